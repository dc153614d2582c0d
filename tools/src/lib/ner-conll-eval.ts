import { findMentions } from '../../../packages/core/src/stages/entities/find-mentions.js';
import type { Token } from '../../../packages/core/src/context.js';
import type { ConllSentence } from './ner-conll.js';
import { goldChunks } from './ner-tagged.js';
import { SpanScorer } from './ner-score.js';

/** Marginalia types as CoNLL classes; DATE has no CoNLL counterpart and is not scored. */
export const TO_CONLL: Record<string, string | undefined> = { PERSON: 'PER', ORG: 'ORG', PLACE: 'LOC', NORP: 'MISC', EVENT: 'MISC', OTHER: 'MISC' };

/**
 * Runs the `entities` stage's own mention finder on CoNLL's gold tokens, one document at
 * a time (the tokens joined by spaces), and scores exact token spans per class.
 */
export function scoreConll(sentences: ConllSentence[]): { scorer: SpanScorer; seconds: number; tokens: number } {
  const scorer = new SpanScorer();
  const byDoc = new Map<number, ConllSentence[]>();
  for (const s of sentences) byDoc.set(s.doc, [...(byDoc.get(s.doc) ?? []), s]);
  let seconds = 0;
  let count = 0;
  for (const doc of byDoc.values()) {
    const tokens: Token[] = [];
    const sentenceTokens: Array<[number, number]> = [];
    let text = '';
    for (const s of doc) {
      const first = tokens.length;
      for (const w of s.words) {
        tokens.push({ start: text.length, end: text.length + w.length, text: w });
        text += `${w} `;
      }
      sentenceTokens.push([first, tokens.length]);
    }
    count += tokens.length;
    const t0 = performance.now();
    const mentions = findMentions(text, tokens, sentenceTokens);
    seconds += (performance.now() - t0) / 1000;
    const predicted = mentions.flatMap((m) => {
      const type = TO_CONLL[m.type];
      return type ? [{ start: m.tokenStart, end: m.tokenEnd, type }] : [];
    });
    const gold = doc.flatMap((s, i) => goldChunks(s).map((g) => ({ start: g.start + sentenceTokens[i][0], end: g.end + sentenceTokens[i][0], type: g.type })));
    scorer.add(gold, predicted);
  }
  return { scorer, seconds, tokens: count };
}
