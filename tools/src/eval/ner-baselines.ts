/**
 * `npm run eval -- ner-baselines --data <path>`: the candidates the entity approach was
 * chosen from, measured the same way on CoNLL-2003 dev: compromise (rule lexicon),
 * wink-nlp (its lite English model has no person/organisation/place recogniser, so its
 * proper-noun runs are scored untyped) and our perceptron. Each document's gold tokens
 * are joined by spaces; a predicted span counts only when it starts and ends on the gold
 * token bounds with the same class. Prints F1 and chars/s per system.
 */
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Token } from '../../../packages/core/src/context.js';
import { findMentions } from '../../../packages/core/src/stages/entities/find-mentions.js';
import { shippedNer } from '../lib/analyzer.js';
import { dataDir, requireOptionalPackage, type ToolArgs } from '../lib/cli.js';
import { readConll, type ConllSentence } from '../lib/ner-conll.js';
import { TO_CONLL } from '../lib/ner-conll-eval.js';
import { SpanScorer } from '../lib/ner-score.js';
import { goldChunks } from '../lib/ner-tagged.js';

export const summary = 'compromise and wink-nlp against our perceptron on CoNLL-2003 dev: F1 and chars/s';

const require = createRequire(import.meta.url);

interface Doc {
  text: string;
  tokens: Token[];
  sentenceTokens: Array<[number, number]>;
  gold: Array<{ start: number; end: number; type: string }>;
}
type CharSpan = { start: number; end: number; type: string };

function documents(sentences: ConllSentence[]): Doc[] {
  const byDoc = new Map<number, ConllSentence[]>();
  for (const s of sentences) byDoc.set(s.doc, [...(byDoc.get(s.doc) ?? []), s]);
  return [...byDoc.values()].map((doc) => {
    const tokens: Token[] = [];
    const sentenceTokens: Array<[number, number]> = [];
    const gold: Doc['gold'] = [];
    let text = '';
    for (const s of doc) {
      const first = tokens.length;
      for (const w of s.words) {
        tokens.push({ start: text.length, end: text.length + w.length, text: w });
        text += `${w} `;
      }
      // A newline between sentences, so sentence-splitting libraries see the same sentences.
      text = `${text.slice(0, -1)}\n`;
      sentenceTokens.push([first, tokens.length]);
      for (const g of goldChunks(s)) gold.push({ start: tokens[first + g.start].start, end: tokens[first + g.end - 1].end, type: g.type });
    }
    return { text, tokens, sentenceTokens, gold };
  });
}

/** Trims white space and punctuation libraries leave on a span ("Russia," -> "Russia"). */
function trimSpan(text: string, s: CharSpan): CharSpan {
  let { start, end } = s;
  while (start < end && /[\s.,;:!?"'()]/.test(text[start])) start++;
  while (end > start && /[\s,;:!?"'()]/.test(text[end - 1])) end--;
  if (end > start && text[end - 1] === '.' && !/\s/.test(text[end])) end--;
  return { start, end, type: s.type };
}

function measure(name: string, docs: Doc[], predict: (d: Doc) => CharSpan[], typed: boolean): void {
  const scorer = new SpanScorer();
  let seconds = 0;
  let chars = 0;
  for (const d of docs) {
    const t0 = performance.now();
    const predicted = predict(d).map((p) => trimSpan(d.text, p));
    seconds += (performance.now() - t0) / 1000;
    chars += d.text.length;
    const untyped = (xs: CharSpan[]) => xs.map((x) => ({ ...x, type: 'NAME' }));
    if (typed) scorer.add(d.gold, predicted);
    else scorer.add(untyped(d.gold.filter((g) => g.type !== 'MISC')), untyped(predicted));
  }
  const types = typed ? ['PER', 'ORG', 'LOC'] : ['NAME'];
  const f = scorer.figures(types);
  for (const t of types) {
    const x = scorer.figures([t]);
    console.log(`${name} ${t} P ${x.precision.toFixed(4)} R ${x.recall.toFixed(4)} F1 ${x.f1.toFixed(4)}`);
  }
  console.log(`${name} ${typed ? 'micro(PER+ORG+LOC)' : 'untyped names (PER/ORG/LOC gold)'} F1 ${f.f1.toFixed(4)}; ${Math.round(chars / seconds).toLocaleString('en-US')} chars/s`);
}

export async function run(args: ToolArgs): Promise<void> {
  const data = dataDir(args, 'conll2003/dev.txt');
  // compromise is an optional peer of the tools (`npm run setup -- baselines`): asked for before any work is done.
  const nlp = requireOptionalPackage<(text: string) => {
    people(): { json(o: object): Array<{ offset: { start: number; length: number } }> };
    places(): { json(o: object): Array<{ offset: { start: number; length: number } }> };
    organizations(): { json(o: object): Array<{ offset: { start: number; length: number } }> };
  }>('compromise');
  const docs = documents(readConll(resolve(data, 'conll2003/dev.txt')));

  measure('marginalia', docs, (d) => findMentions(d.text, d.tokens, d.sentenceTokens, shippedNer()).flatMap((m) => (TO_CONLL[m.type] ? [{ start: m.start, end: m.end, type: TO_CONLL[m.type]! }] : [])), true);

  measure('compromise', docs, (d) => {
    const doc = nlp(d.text);
    const spans = (list: Array<{ offset: { start: number; length: number } }>, type: string) => list.map((x) => ({ start: x.offset.start, end: x.offset.start + x.offset.length, type }));
    return [...spans(doc.people().json({ offset: true }), 'PER'), ...spans(doc.organizations().json({ offset: true }), 'ORG'), ...spans(doc.places().json({ offset: true }), 'LOC')];
  }, true);

  const winkNLP = require('wink-nlp');
  const model = require('wink-eng-lite-web-model');
  const wink = winkNLP(model);
  const its = wink.its;
  const winkRuns = (d: Doc): CharSpan[] => {
    const doc = wink.readDoc(d.text);
    const out: CharSpan[] = [];
    let offset = 0;
    let runStart = -1;
    let runEnd = -1;
    // wink gives token texts, not offsets: find each token in the text in order.
    doc.tokens().each((t: { out(x: unknown): string }) => {
      const value = t.out(its.value);
      const at = d.text.indexOf(value, offset);
      const start = at < 0 ? offset : at;
      offset = start + value.length;
      if (t.out(its.pos) === 'PROPN') {
        if (runStart < 0) runStart = start;
        runEnd = offset;
      } else if (runStart >= 0) {
        out.push({ start: runStart, end: runEnd, type: 'NAME' });
        runStart = -1;
      }
    });
    if (runStart >= 0) out.push({ start: runStart, end: runEnd, type: 'NAME' });
    return out;
  };
  measure('wink-nlp(PROPN runs)', docs, winkRuns, false);
  measure('marginalia(untyped)', docs, (d) => findMentions(d.text, d.tokens, d.sentenceTokens, shippedNer()).filter((m) => TO_CONLL[m.type] && TO_CONLL[m.type] !== 'MISC').map((m) => ({ start: m.start, end: m.end, type: 'NAME' })), false);
  console.log('summary: see the micro lines above; wink-nlp has no typed person/organisation/place model, compromise is a lexicon-and-rules tagger');
}
