/**
 * `npm run train -- techniques --data <shared/data>`: learns the technique phrase
 * lexicon from the PTC train portion (sorted article ids, every 5th held out as dev and
 * never read here) and writes packages/core/src/models/techniques/learned.json.
 *
 * Per-label thresholds are tuned on an inner split of train (every 4th train article),
 * then the lexicon is re-learned on all of train with the chosen thresholds.
 * Deterministic: no randomness, sorted inputs, sorted output.
 */
import { writeFileSync } from 'node:fs';
import { PhraseMatcher } from '../../../packages/core/src/stages/techniques/phrase-matcher.js';
import { PTC2020_TO_2023, ptc2020ClassOf, type TechniqueLabel } from '../../../packages/core/src/stages/techniques/labels.js';
import { dataDir, type ToolArgs } from '../lib/cli.js';
import { PTC_FOLDER, readPtc, splitPtc, type PtcArticle } from '../lib/ptc-corpus.js';
import { countPhrases, segmentPtc, selectEntries, type LearnedEntry, type Thresholds } from '../lib/ptc-lexicon.js';
import { figures, scoreArticle, type Tally } from '../lib/ptc-score.js';

export const summary = 'technique phrase lexicon from the PTC train portion -> packages/core/src/models/techniques/learned.json';

const OUT = new URL('../../../packages/core/src/models/techniques/learned.json', import.meta.url);
const PRECISIONS = [0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6, 0.7];
const MIN_ARTICLES = [1, 2, 3];
const LABELS = Object.values(PTC2020_TO_2023).map((l) => l[0]);

/** Per-label tallies of the learned lexicon alone on `articles`. */
export function scoreLexicon(entries: readonly LearnedEntry[], articles: readonly PtcArticle[]): Map<string, Tally> {
  const matcher = new PhraseMatcher(entries.map((e) => ({ tokens: e.phrase.split(' '), entry: e })));
  const tallies = new Map<string, Tally>();
  for (const article of articles) {
    const { context, normalized } = segmentPtc(article.text);
    const predicted = [];
    for (const [a, b] of context.sentenceTokens) {
      for (const m of matcher.match(normalized, a, b)) {
        predicted.push({ label: ptc2020ClassOf(m.entry.label)!, start: context.tokens[m.first].start, end: context.tokens[m.end - 1].end });
      }
    }
    scoreArticle(predicted, article.spans, tallies);
  }
  return tallies;
}

export async function run(args: ToolArgs): Promise<void> {
  const data = dataDir(args, PTC_FOLDER);
  const { train } = splitPtc(readPtc(data));
  const inner = { fit: train.filter((_, i) => i % 4 !== 3), check: train.filter((_, i) => i % 4 === 3) };
  process.stdout.write(`PTC train portion: ${train.length} articles; tuning on ${inner.fit.length} fit / ${inner.check.length} check\n`);

  const fitStats = countPhrases(inner.fit);
  const chosen = new Map<TechniqueLabel, Thresholds>();
  for (const label of LABELS) {
    let best: { f1: number; t?: Thresholds } = { f1: 0 };
    for (const minPrecision of PRECISIONS) {
      for (const minArticles of MIN_ARTICLES) {
        const t = { minPrecision, minArticles };
        const entries = selectEntries(fitStats, new Map([[label, t]]));
        if (entries.length === 0) continue;
        const f = figures(scoreLexicon(entries, inner.check).get(ptc2020ClassOf(label)!) ?? { precisionCredit: 0, predicted: 0, recallCredit: 0, gold: 0 });
        if (f.f1 > best.f1 + 1e-9) best = { f1: f.f1, t };
      }
    }
    // A label is learned only when its lexicon earns something on the check split.
    if (best.t && best.f1 >= 0.05) chosen.set(label, best.t);
    process.stdout.write(
      `${label.padEnd(28)} ${best.t ? `precision>=${best.t.minPrecision} articles>=${best.t.minArticles} check F1 ${best.f1.toFixed(3)}` : 'no lexicon'}${best.t && best.f1 < 0.05 ? ' (too weak, dropped)' : ''}\n`,
    );
  }

  const entries = selectEntries(countPhrases(train), chosen);
  const file = {
    about:
      'Technique phrases learned by `npm run train -- techniques` from the PTC (SemEval-2020 Task 11) train portion: article ids sorted, every 5th held out. Rows: [normalised tokens joined by spaces, label, smoothed train precision, train occurrences].',
    thresholds: Object.fromEntries([...chosen].map(([l, t]) => [l, t])),
    entries: entries.map((e) => [e.phrase, e.label, e.precision, e.count]),
  };
  writeFileSync(OUT, `${JSON.stringify(file, null, 0).replace(/\],\[/g, '],\n[')}\n`);
  const byLabel = new Map<string, number>();
  for (const e of entries) byLabel.set(e.label, (byLabel.get(e.label) ?? 0) + 1);
  process.stdout.write(`wrote ${entries.length} entries (${[...byLabel].map(([l, n]) => `${l} ${n}`).join(', ')}) to ${OUT.pathname}\n`);
}
