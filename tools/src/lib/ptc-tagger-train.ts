/**
 * The tagger half of `npm run train -- techniques`: trains the networks on the fit part of
 * train, tunes each label's thresholds (token network, sentence network, and whether the
 * learned phrases of the label stay) on the check part by coordinate ascent on micro F1
 * together with every other source's marks, then retrains on all of train and writes
 * the model package's techniques-tagger (packages/model-en/models). Dev is never read.
 */
import { createContext, createPipeline, paragraphKindsStage, segmentStage } from '../../../packages/core/src/index.js';
import { hashWord } from '../../../packages/core/src/models/classifier/hash.js';
import type { LexiconEntry } from '../../../packages/core/src/stages/techniques/lexicons.js';
import { techniquesStage } from '../../../packages/core/src/stages/techniques/index.js';
import { ptc2020ClassOf, PTC2020_TO_2023, type TechniqueLabel } from '../../../packages/core/src/stages/techniques/labels.js';
import { PhraseMatcher } from '../../../packages/core/src/stages/techniques/phrase-matcher.js';
import { TechniqueTagger, type TaggerMark } from '../../../packages/core/src/stages/techniques/tagger.js';
import type { PtcArticle } from './ptc-corpus.js';
import { loadGlove } from './glove.js';
import { countPhrases, selectEntries, type Thresholds } from './ptc-lexicon.js';
import { chooseVocabulary, countLexicon, crossFitLexicon, exportTagger, prepare, SENTENCE_LABELS, TOKEN_LABELS, trainTagger, type Prepared } from './ptc-tagger.js';
import type { Technique } from '../../../packages/core/src/model/types.js';
import { emptyTally, figures, microTally, scoreArticle, type ScoredSpan, type Tally } from './ptc-score.js';
import { writeModel } from './model-files.js';
import { TAGGER_FORMAT } from './model-formats.js';
import { wordSlots } from '../../../packages/core/src/models/word-slots.js';
import type { TaggerFile } from '../../../packages/core/src/stages/techniques/tagger.js';
import { shippedModelStore } from './analyzer.js';

export const TAGGER_ID = 'technique-tagger@1';
const GRID = [0.1, 0.12, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7, 0.8];
const OFF = 2;
/** A started mark grows over neighbours whose probability reaches the start threshold times one of these. */
const EXTEND = [1, 0.6, 0.4, 0.25, 0.15, 0.1, 0.06];
const tokenKey = (t: number, f: number) => `${t}:${f}`;
/** Token labels that may mark every other use of a marked phrase (tuned on or off). */
const PROPAGATING: TechniqueLabel[] = ['Repetition', 'Loaded_Language', 'Name_Calling-Labeling'];
const isAgain = (m: TaggerMark) => m.rule.includes('-again p=');
/** Out-of-fold tuning: train is cut into this many parts (article index mod TUNE_FOLDS). */
const TUNE_FOLDS = 4;
/** An option whose marks are right less often than this on train (out of fold) is never offered. */
const MIN_PRECISION = 0.1;
const SEED = 20200911;

interface Option {
  tokenT: number;
  extendF: number;
  propagate: boolean;
  sentenceT: number;
  keepLexicon: boolean;
  tally: Tally;
}

export async function trainTaggerModel(train: readonly PtcArticle[], learnedThresholds: ReadonlyMap<TechniqueLabel, Thresholds>, log: (line: string) => void): Promise<void> {
  const t0 = Date.now();
  const glove = loadGlove();
  log(`GloVe: ${glove.words.length} words (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  const prepared = train.map(prepare);
  const { rows: vocabulary, byHash } = chooseVocabulary(glove, prepared);
  const wordOf = new Map<number, string>();
  for (const p of prepared) p.tokens.forEach((t, i) => wordOf.has(p.hashes[i]) || wordOf.set(p.hashes[i], t.text.toLowerCase()));

  // Out-of-fold predictions over all of train: each quarter is tagged by networks (and a
  // learned lexicon) fitted on the other three, so thresholds are tuned on 297 articles, not 74.
  const L = TOKEN_LABELS.length;
  const C = SENTENCE_LABELS.length;
  const check: Prepared[] = [];
  const sources: Technique[][] = [];
  const atToken = new Map<string, TaggerMark[][]>(GRID.flatMap((t) => EXTEND.map((f) => [tokenKey(t, f), []])));
  const atSentence = new Map<number, TaggerMark[][]>(GRID.map((t) => [t, []]));
  for (let fold = 0; fold < TUNE_FOLDS; fold++) {
    const fit = prepared.filter((_, i) => i % TUNE_FOLDS !== fold);
    const held = prepared.filter((_, i) => i % TUNE_FOLDS === fold);
    crossFitLexicon(fit);
    const fitModel = trainTagger(fit, glove, byHash, SEED);
    log(`fold ${fold + 1}/${TUNE_FOLDS}: networks trained (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
    const file = exportTagger(fitModel, glove, vocabulary, countLexicon(fit), wordOf, { token: new Array(L).fill(OFF), sentence: new Array(C).fill(OFF) }, [], TAGGER_ID);
    const tagger = new TechniqueTagger(file, hashWord);
    // Every other source's marks on the held-out quarter, with the learned lexicon of the fit part only.
    const learnedFit = selectEntries(countPhrases(fit.map((p) => p.article)), learnedThresholds);
    const matcher = new PhraseMatcher<LexiconEntry>(
      learnedFit.map((e) => ({ tokens: e.phrase.split(' '), entry: { label: e.label, rule: `learned:${e.phrase}`, ...(e.attach ? { attach: e.attach } : {}), ...(learnedThresholds.get(e.label)?.span === 'sentence' ? { wholeSentence: true } : {}) } })),
    );
    const pipeline = createPipeline([segmentStage(), paragraphKindsStage(), techniquesStage({ tagger: false, learnedMatcher: matcher, minConfidence: 0, reported: 'keep' })]);
    for (const p of held) sources.push(pipeline.run(p.article.text, {}, createContext(shippedModelStore())).techniques);
    // Tagger marks at each grid threshold.
    for (const t of GRID) {
      for (const f of EXTEND) {
        file.token.thresholds.fill(t);
        file.token.extend = new Array(L).fill(t * f);
        file.token.propagate = TOKEN_LABELS.map((l) => (PROPAGATING.includes(l) ? 1 : 0));
        file.sentence.thresholds.fill(f === 1 ? t : OFF);
        const retuned = new TechniqueTagger(file, hashWord);
        for (const p of held) {
          const out: TaggerMark[] = [];
          retuned.tag(p.article.text, p.tokens, p.ranges, p.spans, out);
          atToken.get(tokenKey(t, f))!.push(out.filter((x) => !x.rule.includes('-sentence p=')));
          if (f === 1) atSentence.get(t)!.push(out.filter((x) => x.rule.includes('-sentence p=')));
        }
      }
    }
    check.push(...held);
  }

  const labels = [...new Set([...Object.values(PTC2020_TO_2023).map((l) => l[0]), ...TOKEN_LABELS, ...SENTENCE_LABELS])];
  const options = new Map<TechniqueLabel, Option[]>();
  for (const label of labels) {
    const ptc = ptc2020ClassOf(label)!;
    const list: Option[] = [];
    const tokenGrid = TOKEN_LABELS.includes(label) ? [OFF, ...GRID] : [OFF];
    const sentenceGrid = SENTENCE_LABELS.includes(label) ? [OFF, ...GRID] : [OFF];
    for (const keepLexicon of [true, false]) {
      for (const tokenT of tokenGrid) {
       for (const extendF of tokenT === OFF ? [1] : EXTEND) {
        for (const propagate of tokenT !== OFF && PROPAGATING.includes(label) ? [false, true] : [false]) {
        for (const sentenceT of sentenceGrid) {
          if (!keepLexicon && tokenT === OFF) continue;
          const tallies = new Map<string, Tally>();
          check.forEach((p, i) => {
            const predicted: ScoredSpan[] = [];
            for (const m of sources[i]) {
              if (ptc2020ClassOf(m.technique) !== ptc) continue;
              if (!keepLexicon && m.rule.startsWith('learned:')) continue;
              predicted.push({ label: ptc, start: m.start, end: m.end });
            }
            if (tokenT !== OFF) for (const m of atToken.get(tokenKey(tokenT, extendF))![i]) if (m.label === label && (propagate || !isAgain(m))) predicted.push({ label: ptc, start: m.start, end: m.end });
            if (sentenceT !== OFF) for (const m of atSentence.get(sentenceT)![i]) if (m.label === label) predicted.push({ label: ptc, start: m.start, end: m.end });
            scoreArticle(predicted, p.article.spans.filter((g) => g.label === ptc), tallies);
          });
          const tally = tallies.get(ptc) ?? emptyTally();
          const base = tokenT === OFF && sentenceT === OFF;
          if (base || figures(tally).precision >= MIN_PRECISION) list.push({ tokenT, extendF, propagate, sentenceT, keepLexicon, tally });
        }
        }
       }
      }
    }
    options.set(label, list);
  }
  const choice = new Map<TechniqueLabel, number>(labels.map((l) => [l, 0]));
  const microF1 = () => figures(microTally(new Map(labels.map((l) => [l, options.get(l)![choice.get(l)!].tally])))).f1;
  log(`check micro F1 without the tagger: ${microF1().toFixed(3)}`);
  for (let round = 0; round < 4; round++) {
    let changed = false;
    for (const label of labels) {
      let best = choice.get(label)!;
      let bestF1 = microF1();
      for (let k = 0; k < options.get(label)!.length; k++) {
        choice.set(label, k);
        const f1 = microF1();
        if (f1 > bestF1 + 1e-6) [best, bestF1] = [k, f1];
      }
      if (best !== choice.get(label)) changed = true;
      choice.set(label, best);
    }
    log(`round ${round + 1}: check micro F1 with the tagger ${microF1().toFixed(3)}`);
    if (!changed) break;
  }
  const tokenThresholds = TOKEN_LABELS.map((l) => options.get(l)![choice.get(l)!].tokenT);
  const extendThresholds = TOKEN_LABELS.map((l) => { const o = options.get(l)![choice.get(l)!]; return o.tokenT === OFF ? OFF : Number((o.tokenT * o.extendF).toPrecision(3)); });
  const sentenceThresholds = SENTENCE_LABELS.map((l) => options.get(l)![choice.get(l)!].sentenceT);
  const replaces = labels.filter((l) => !options.get(l)![choice.get(l)!].keepLexicon);
  for (const label of labels) {
    const o = options.get(label)![choice.get(label)!];
    const f = figures(o.tally);
    log(`${label.padEnd(28)} token ${o.tokenT === OFF ? 'off' : `${o.tokenT} (grows at ${o.extendF}×${o.propagate ? ', every use' : ''})`} sentence ${o.sentenceT === OFF ? 'off' : o.sentenceT} learned phrases ${o.keepLexicon ? 'kept' : 'replaced'}  check P ${f.precision.toFixed(3)} R ${f.recall.toFixed(3)} F1 ${f.f1.toFixed(3)}`);
  }

  // Final model: all of train, the tuned thresholds.
  crossFitLexicon(prepared);
  const model = trainTagger(prepared, glove, byHash, SEED);
  const shipped = exportTagger(model, glove, vocabulary, countLexicon(prepared), wordOf, { token: tokenThresholds, extend: extendThresholds, propagate: TOKEN_LABELS.map((l) => (options.get(l)![choice.get(l)!].propagate ? 1 : 0)), sentence: sentenceThresholds }, replaces, TAGGER_ID);
  const files = writeTagger(shipped);
  log(`wrote ${files.join(', ')} (${(shipped.vectors.length / 1e6).toFixed(2)} MB of vectors, ${shipped.words.split(' ').length} words; ${((Date.now() - t0) / 1000).toFixed(1)} s)`);
}

/** Writes the tagger to the model package (`techniques-tagger`) with its word look-up table (`wordSlots` under hashWord): the same bytes for the same model. */
export function writeTagger(shipped: TaggerFile): string[] {
  const { slotKeys: _keys, slotRows: _rows, ...rest } = shipped;
  const words = rest.words.length > 0 ? rest.words.split(' ') : [];
  return writeModel('techniques-tagger', { ...rest, ...wordSlots(words, hashWord) }, { version: TAGGER_ID, format: TAGGER_FORMAT, trainedOn: shipped.about });
}
