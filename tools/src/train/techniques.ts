/**
 * `npm run train -- techniques --data <shared/data>`: learns the technique phrase
 * lexicon from the PTC train portion (sorted article ids, every 5th held out as dev and
 * never read here) and writes the model package's techniques-lexicon (packages/model-en/models).
 *
 * Per-label thresholds are tuned out of fold on train (four parts by article index mod 4;
 * each part is scored with the phrases counted on the other three): for each label, each
 * candidate threshold (or none) is scored together with the hand-written rules' marks of
 * that label, and a few rounds of coordinate ascent pick the combination with the best
 * micro F1. The lexicon is then re-learned on all of
 * train with the chosen thresholds. Deterministic: no randomness, sorted output.
 */
import { createContext, createPipeline, paragraphKindsStage, segmentStage } from '../../../packages/core/src/index.js';
import { lexiconMarks, techniquesStage, type Mark } from '../../../packages/core/src/stages/techniques/index.js';
import type { LexiconEntry } from '../../../packages/core/src/stages/techniques/lexicons.js';
import { MODEL_FOLDER, writeModel } from '../lib/model-files.js';
import { LEXICON_FORMAT } from '../lib/model-formats.js';
import { PhraseMatcher } from '../../../packages/core/src/stages/techniques/phrase-matcher.js';
import { PTC2020_TO_2023, ptc2020ClassOf, type TechniqueLabel } from '../../../packages/core/src/stages/techniques/labels.js';
import { dataDir, type ToolArgs } from '../lib/cli.js';
import { PTC_FOLDER, readPtc, splitPtc, type PtcArticle } from '../lib/ptc-corpus.js';
import { countPhrases, segmentPtc, selectEntries, type LearnedEntry, type Thresholds } from '../lib/ptc-lexicon.js';
import { emptyTally, figures, microTally, scoreArticle, type ScoredSpan, type Tally } from '../lib/ptc-score.js';
import { trainTaggerModel } from '../lib/ptc-tagger-train.js';
import { readFileSync } from 'node:fs';
import { shippedModelStore } from '../lib/analyzer.js';

export const summary = 'technique phrase lexicon and tagger from the PTC train portion -> packages/model-en/models/techniques-*';

const OUT = `${MODEL_FOLDER}/techniques-lexicon.json`;
const PRECISIONS = [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.7];
const MIN_ARTICLES = [1, 2, 3];
const MIN_CHECK_PRECISION = 0.1;
/** Thresholds are tuned out of fold: train is cut into this many parts (article index mod TUNE_FOLDS). */
const TUNE_FOLDS = 4;
/** Word-level techniques always mark the phrase; clause-level ones may mark the sentence. */
const PHRASE_ONLY = new Set<TechniqueLabel>(['Loaded_Language', 'Name_Calling-Labeling', 'Repetition', 'Slogans', 'Exaggeration-Minimisation']);
const spansFor = (label: TechniqueLabel): ReadonlyArray<Thresholds['span']> => (PHRASE_ONLY.has(label) ? ['phrase'] : ['phrase', 'sentence']);
const LABELS = Object.values(PTC2020_TO_2023).map((l) => l[0]);

/** The marks the hand-written sources make (no learned lexicon, no tagger: it is trained after), per article, as PTC classes. */
function ruleMarks(articles: readonly PtcArticle[]): ScoredSpan[][] {
  const pipeline = createPipeline([segmentStage(), paragraphKindsStage(), techniquesStage({ learned: false, tagger: false, minConfidence: 0, reported: 'keep' })]);
  return articles.map((a) =>
    pipeline
      .run(a.text, {}, createContext(shippedModelStore()))
      .techniques.map((t) => ({ label: ptc2020ClassOf(t.technique) ?? '', start: t.start, end: t.end }))
      .filter((s) => s.label),
  );
}

/** The matcher the stage would build from `entries` (see models/techniques/index.ts). */
function matcherOf(entries: readonly LearnedEntry[], span: Thresholds['span']): PhraseMatcher<LexiconEntry> {
  return new PhraseMatcher(
    entries.map((e) => ({
      tokens: e.phrase.split(' '),
      entry: { label: e.label, rule: e.phrase, ...(e.attach ? { attach: e.attach } : {}), ...(span === 'sentence' ? { wholeSentence: true } : {}) },
    })),
  );
}

/** One label's tally on `articles` when its learned `entries` join the rules' marks. */
function labelTally(
  ptcClass: string,
  entries: readonly LearnedEntry[],
  span: Thresholds['span'],
  articles: readonly PtcArticle[],
  segmented: Array<ReturnType<typeof segmentPtc> & { sentences: Array<{ start: number; end: number }> }>,
  rules: ScoredSpan[][],
): Tally {
  const matcher = matcherOf(entries, span);
  const tallies = new Map<string, Tally>();
  articles.forEach((article, i) => {
    const { context, normalized, sentences } = segmented[i];
    const predicted = rules[i].filter((s) => s.label === ptcClass);
    const marks: Mark[] = [];
    sentences.forEach((sentence, s) => lexiconMarks(matcher, normalized, context, s, sentence, marks));
    for (const m of marks) predicted.push({ label: ptcClass, start: m.start, end: m.end });
    scoreArticle(predicted, article.spans.filter((s) => s.label === ptcClass), tallies);
  });
  return tallies.get(ptcClass) ?? emptyTally();
}

export async function run(args: ToolArgs): Promise<void> {
  const data = dataDir(args, PTC_FOLDER);
  const { train } = splitPtc(readPtc(data));
  const log = (line: string) => process.stdout.write(`${line}\n`);
  if (args.options.has('tagger-only')) {
    // Keep the committed phrase lexicon; retrain only the networks (with its thresholds).
    const committed = JSON.parse(readFileSync(OUT, 'utf8')) as { thresholds: Record<string, Thresholds> };
    await trainTaggerModel(train, new Map(Object.entries(committed.thresholds)) as Map<TechniqueLabel, Thresholds>, log);
    return;
  }
  // Out of fold: each quarter of train is scored with the phrases counted on the other three,
  // so every setting is judged on all 297 train articles.
  const folds = Array.from({ length: TUNE_FOLDS }, (_, f) => ({
    stats: countPhrases(train.filter((_, i) => i % TUNE_FOLDS !== f)),
    held: train.filter((_, i) => i % TUNE_FOLDS === f),
  }));
  process.stdout.write(`PTC train portion: ${train.length} articles; tuning out of fold (${TUNE_FOLDS} folds)\n`);
  const segmentedOf = folds.map((f) => f.held.map((a) => segmentPtc(a.text)));
  const rulesOf = folds.map((f) => ruleMarks(f.held));
  const addTally = (sum: Tally, t: Tally): Tally => ({ precisionCredit: sum.precisionCredit + t.precisionCredit, predicted: sum.predicted + t.predicted, recallCredit: sum.recallCredit + t.recallCredit, gold: sum.gold + t.gold });

  // Every label's candidate settings with their tallies; `undefined` = learn nothing for it.
  const options = new Map<TechniqueLabel, Array<{ t?: Thresholds; tally: Tally }>>();
  for (const label of LABELS) {
    const ptcClass = ptc2020ClassOf(label)!;
    const outOfFold = (t?: Thresholds): Tally | undefined => {
      let sum = emptyTally();
      let any = false;
      folds.forEach((f, k) => {
        const entries = t ? selectEntries(f.stats, new Map([[label, t]])) : [];
        if (entries.length) any = true;
        sum = addTally(sum, labelTally(ptcClass, entries, t?.span ?? 'phrase', f.held, segmentedOf[k], rulesOf[k]));
      });
      return t && !any ? undefined : sum;
    };
    const list: Array<{ t?: Thresholds; tally: Tally }> = [{ tally: outOfFold()! }];
    for (const minPrecision of PRECISIONS) {
      for (const minArticles of MIN_ARTICLES) {
        for (const span of spansFor(label)) {
          // A whole-sentence mark costs the reader more, so it must rest on a surer phrase.
          if (span === 'sentence' && (minPrecision < 0.4 || minArticles < 2)) continue;
          const t: Thresholds = { minPrecision, minArticles, span };
          const tally = outOfFold(t);
          if (!tally) continue;
          // Marks a reader would find wrong nine times in ten are not worth a micro-F1 crumb.
          if (figures(tally).precision >= MIN_CHECK_PRECISION) list.push({ t, tally });
        }
      }
    }
    options.set(label, list);
  }

  const choice = new Map<TechniqueLabel, number>(LABELS.map((l) => [l, 0]));
  const microF1 = () => figures(microTally(new Map(LABELS.map((l) => [l, options.get(l)![choice.get(l)!].tally])))).f1;
  for (let round = 0; round < 4; round++) {
    let changed = false;
    for (const label of LABELS) {
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
    process.stdout.write(`round ${round + 1}: check micro F1 ${microF1().toFixed(3)}\n`);
    if (!changed) break;
  }

  const chosen = new Map<TechniqueLabel, Thresholds>();
  for (const label of LABELS) {
    const o = options.get(label)![choice.get(label)!];
    const f = figures(o.tally);
    process.stdout.write(`${label.padEnd(28)} ${o.t ? `precision>=${o.t.minPrecision} articles>=${o.t.minArticles} marks ${o.t.span}` : 'rules only'}  check P ${f.precision.toFixed(3)} R ${f.recall.toFixed(3)} F1 ${f.f1.toFixed(3)}\n`);
    if (o.t) chosen.set(label, o.t);
  }

  const entries = selectEntries(countPhrases(train), chosen);
  const file = {
    about:
      'Technique phrases learned by `npm run train -- techniques` from the PTC (SemEval-2020 Task 11) train portion: article ids sorted, every 5th held out. Rows: [normalised tokens joined by spaces, label, smoothed train precision, train occurrences].',
    thresholds: Object.fromEntries(chosen),
    spans: Object.fromEntries([...chosen].map(([l, t]) => [l, t.span])),
    entries: entries.map((e) => [e.phrase, e.label, e.precision, e.count, e.attach ?? '']),
  };
  writeModel('techniques-lexicon', file, { version: 'techniques/learned-lexicon@1', format: LEXICON_FORMAT, trainedOn: file.about });
  const byLabel = new Map<string, number>();
  for (const e of entries) byLabel.set(e.label, (byLabel.get(e.label) ?? 0) + 1);
  process.stdout.write(`wrote ${entries.length} entries (${[...byLabel].map(([l, n]) => `${l} ${n}`).join(', ')}) to ${OUT}\n`);
  await trainTaggerModel(train, chosen, log);
}
