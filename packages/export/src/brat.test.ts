import { describe, expect, it } from 'vitest';
import { exportArticle } from './index.js';
import { hostileArticle, sampleReview } from './fixture-article.js';
import { markedSpans } from './spans.js';

interface TextBound { id: string; type: string; fragments: Array<[number, number]>; text: string }

/** Reads a brat .ann file back, strictly: any line of an unknown shape fails the test. */
function parseAnn(ann: string) {
  const spans = new Map<string, TextBound>();
  const relations: Array<{ type: string; arg1: string; arg2: string }> = [];
  const attributes: Array<{ type: string; target: string; value: string }> = [];
  const notes: Array<{ target: string; text: string }> = [];
  for (const line of ann.split('\n').filter(Boolean)) {
    let m: RegExpExecArray | null;
    if ((m = /^(T\d+)\t([A-Za-z0-9_-]+) (\d+ \d+(?:;\d+ \d+)*)\t([^\t\n]*)$/.exec(line))) {
      const fragments = m[3].split(';').map((f) => f.split(' ').map(Number) as [number, number]);
      spans.set(m[1], { id: m[1], type: m[2], fragments, text: m[4] });
    } else if ((m = /^R\d+\t(\w+) Arg1:(T\d+) Arg2:(T\d+)$/.exec(line))) {
      relations.push({ type: m[1], arg1: m[2], arg2: m[3] });
    } else if ((m = /^A\d+\t(\w+) (T\d+) (\w+)$/.exec(line))) {
      attributes.push({ type: m[1], target: m[2], value: m[3] });
    } else if ((m = /^#\d+\tAnnotatorNotes (T\d+)\t([^\t\n]*)$/.exec(line))) {
      notes.push({ target: m[1], text: m[2] });
    } else {
      throw new Error(`not a brat line: ${JSON.stringify(line)}`);
    }
  }
  return { spans, relations, attributes, notes };
}

describe('brat export', () => {
  const article = hostileArticle();
  const files = exportArticle('brat', article, sampleReview(article)).files;
  const txt = files.find((f) => f.suffix === '.txt')!.content;
  const ann = parseAnn(files.find((f) => f.suffix === '.ann')!.content);
  const points = Array.from(txt);

  it('writes the text unchanged and a .ann beside it', () => {
    expect(files.map((f) => f.name ?? f.suffix)).toEqual(['.txt', '.ann', 'annotation.conf', 'visual.conf']);
    expect(txt).toBe(article.text);
  });

  it('has a T line per span whose code point offsets give back its text', () => {
    expect(ann.spans.size).toBe(markedSpans(article).length);
    for (const t of ann.spans.values()) {
      const pieces = t.fragments.map(([s, e]) => points.slice(s, e).join(''));
      expect(pieces.join(' ')).toBe(t.text);
      for (const piece of pieces) expect(piece).not.toMatch(/[\r\n]/);
    }
    const bySpan = [...ann.spans.values()];
    const expected = markedSpans(article).map((s) => s.text.replace(/\n/g, ' '));
    expect(bySpan.map((t) => t.text)).toEqual(expected);
  });

  it('types entities, attribution parts, claims, hedges and techniques', () => {
    const types = new Set([...ann.spans.values()].map((t) => t.type));
    for (const type of ['PERSON', 'ORG', 'PLACE', 'Attribution_Source', 'Attribution_Cue', 'Attribution_Content', 'Claim', 'Hedge', 'Loaded_Language']) expect(types).toContain(type);
    expect([...ann.spans.values()].find((t) => t.text === 'Elena Rossi')?.type).toBe('PERSON');
  });

  it('splits a span across a line break into fragments', () => {
    const content = [...ann.spans.values()].find((t) => t.type === 'Attribution_Content' && t.fragments.length === 2);
    expect(content?.text).toBe('the council had ignored the </textarea> fishermen');
  });

  it('relates each attribution content to its source and cue', () => {
    for (const a of article.attributions) {
      const content = [...ann.spans.values()].find((t) => t.type === 'Attribution_Content' && t.text === a.content.text.replace(/\n/g, ' '))!;
      const source = ann.relations.find((r) => r.type === 'Attributed_To' && r.arg1 === content.id);
      const cue = ann.relations.find((r) => r.type === 'Cued_By' && r.arg1 === content.id);
      expect(ann.spans.get(source!.arg2)?.text).toBe(a.source!.text);
      expect(ann.spans.get(cue!.arg2)?.text).toBe(a.cue!.text);
    }
  });

  it('records verdicts as attributes and notes on claims', () => {
    expect(ann.attributes.map((a) => [ann.spans.get(a.target)?.type, a.value])).toEqual([
      ['Claim', 'misleading'],
      ['Claim', 'false'],
    ]);
    expect(ann.notes.map((n) => n.text)).toContain('Counts <b>temporary</b> jobs | "twice"');
  });
});
