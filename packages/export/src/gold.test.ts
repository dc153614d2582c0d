import { describe, expect, it } from 'vitest';
import { hostileArticle } from './fixture-article.js';
import { exportArticle, goldFromDoccano, goldFromLabelStudio, isExportError } from './index.js';

describe('gold files from corrected annotation-tool exports', () => {
  const article = hostileArticle();

  it('reads a Label Studio export back: predictions copied into an annotation give the same spans, in UTF-16', () => {
    const tasks = JSON.parse(exportArticle('labelstudio', article).files[0].content);
    // What Label Studio exports after an annotator accepted the predictions and deleted one entity.
    const result = tasks[0].predictions[0].result.filter((r: any) => r.id !== 'e2-m1');
    const exported = [{ id: 7, data: tasks[0].data, annotations: [{ was_cancelled: false, result }] }, { id: 8, data: { text: 'untouched' }, annotations: [] }];
    const { documents, skipped } = goldFromLabelStudio(exported);
    expect(skipped).toBe(1);
    const [gold] = documents;
    expect(gold.text).toBe(article.text);
    expect(gold.entities.map((e) => article.text.slice(e.start, e.end))).toEqual(['Elena Rossi', 'Rossi', 'council']);
    expect(gold.entities[0].label).toBe('PERSON');
    const first = gold.attributions![0];
    expect(article.text.slice(first.content.start, first.content.end)).toBe('the plan would create 400 jobs');
    expect(article.text.slice(first.source!.start, first.source!.end)).toBe('Mayor Elena Rossi');
    expect(article.text.slice(first.cue!.start, first.cue!.end)).toBe('said');
  });

  it('reads doccano JSONL in either unit, and says what is wrong with a bad line', () => {
    const utf16 = exportArticle('doccano', article).files[0].content;
    const codepoint = exportArticle('doccano', article, null, { offsets: 'codepoint' }).files[0].content;
    expect(goldFromDoccano(utf16).documents[0].entities).toEqual(goldFromDoccano(codepoint, 'codepoint').documents[0].entities);
    expect(goldFromDoccano(utf16).documents[0].entities.map((e) => article.text.slice(e.start, e.end))).toContain('Elena Rossi');
    try {
      goldFromDoccano('{"text": "x", "label": [[3, 1, "PER"]]}');
      throw new Error('expected a refusal');
    } catch (error) {
      expect(isExportError(error) && error.message).toMatch(/^line 1: a label is not \[start, end, "LABEL"\] with start < end/);
    }
  });
});
