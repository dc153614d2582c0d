/**
 * `npm run eval -- techniques --data <shared/data> [--without curated,learned,patterns,questions,repetition] [--split train --by-rule] [--no-filters] [--drop-reported [--indirect]] [--min-confidence C]`:
 * technique spans on the PTC dev portion (sorted article ids, every 5th article), scored as
 * SemEval-2020 Task 11 did, with partial credit (see tools/src/lib/ptc-score.ts).
 * Predictions are mapped to the 2020 classes through the one table in
 * packages/core/src/stages/techniques/labels.ts; labels PTC lacks are left out.
 * Prints one line per technique, then the micro figures last. Runs the default stages up to
 * attribution first (the stage reads names and reported speech); `--no-filters` turns those
 * filters off, `--min-confidence` sets a threshold (default: the stage's, 0.1), `--drop-reported`
 * scores the default output's policy (marks in quoted or reported speech dropped).
 */
import { createContext } from '../../../packages/core/src/index.js';
import { PTC2020_TO_2023, ptc2020ClassOf } from '../../../packages/core/src/stages/techniques/labels.js';
import { DEFAULT_MIN_CONFIDENCE, type TechniqueOptions } from '../../../packages/core/src/stages/techniques/index.js';
import { dataDir, fail, type ToolArgs } from '../lib/cli.js';
import { PTC_FOLDER, readPtc, splitPtc } from '../lib/ptc-corpus.js';
import { ptcPipeline } from '../lib/ptc-pipeline.js';
import { figures, microTally, scoreArticle, type ScoredSpan, type Tally } from '../lib/ptc-score.js';
import { shippedModelStore } from '../lib/analyzer.js';

export const summary = 'technique spans on the PTC dev portion: per-technique and micro P/R/F1 (SemEval-2020 partial credit)';

const SOURCES = ['curated', 'learned', 'patterns', 'questions', 'repetition'] as const;

export async function run(args: ToolArgs): Promise<void> {
  const data = dataDir(args, PTC_FOLDER);
  const without = String(args.options.get('without') ?? '').split(',').filter(Boolean);
  for (const w of without) if (!(SOURCES as readonly string[]).includes(w)) fail(`eval techniques: --without takes ${SOURCES.join(', ')}; got "${w}".`);
  const options: TechniqueOptions = Object.fromEntries(without.map((w) => [w, false]));
  const split = args.options.get('split') === 'train' ? 'train' : 'dev';
  const articles = splitPtc(readPtc(data))[split];
  if (args.options.has('no-filters')) options.filters = false;
  // PTC's annotators marked techniques in quoted speech too: scored by its convention unless --drop-reported.
  options.reported = args.options.has('drop-reported') ? 'drop' : 'keep';
  if (args.options.has('indirect')) options.indirect = true;
  if (args.options.has('min-confidence')) options.minConfidence = Number(args.options.get('min-confidence'));
  const pipeline = ptcPipeline(options);

  const tallies = new Map<string, Tally>();
  for (const ptc of Object.keys(PTC2020_TO_2023)) tallies.set(ptc, { precisionCredit: 0, predicted: 0, recallCredit: 0, gold: 0 });
  let unscored = 0;
  // --by-rule: each non-learned rule's precision credit, to prune hand-written entries (use with --split train).
  const byRule = new Map<string, { credit: number; n: number }>();
  for (const a of articles) {
    const article = pipeline.run(a.text, {}, createContext(shippedModelStore()));
    const predicted: ScoredSpan[] = [];
    for (const t of article.techniques) {
      const ptc = ptc2020ClassOf(t.technique);
      if (ptc) predicted.push({ label: ptc, start: t.start, end: t.end });
      else unscored++;
      if (ptc && args.options.has('by-rule') && !t.rule.includes('(learned')) {
        const one = new Map<string, Tally>();
        scoreArticle([{ label: ptc, start: t.start, end: t.end }], a.spans.filter((g) => g.label === ptc), one);
        const r = byRule.get(t.rule) ?? { credit: 0, n: 0 };
        r.credit += one.get(ptc)!.precisionCredit;
        r.n++;
        byRule.set(t.rule, r);
      }
    }
    scoreArticle(predicted, a.spans, tallies);
  }

  const pct = (x: number) => x.toFixed(3);
  process.stdout.write(
    `PTC ${split}: ${articles.length} articles${without.length ? `, without ${without.join(', ')}` : ''}; marks with confidence >= ${options.minConfidence ?? DEFAULT_MIN_CONFIDENCE}, reported speech ${options.reported === 'keep' ? 'kept (PTC marks quotes too)' : 'dropped'}\n`,
  );
  for (const [ptc, tally] of [...tallies].sort((x, y) => y[1].gold - x[1].gold)) {
    const f = figures(tally);
    const name = PTC2020_TO_2023[ptc]?.join('/') ?? ptc;
    process.stdout.write(
      `${name.padEnd(44)} P ${pct(f.precision)} R ${pct(f.recall)} F1 ${pct(f.f1)}  (predicted ${tally.predicted}, gold ${tally.gold})\n`,
    );
  }
  for (const [rule, r] of [...byRule].sort((x, y) => x[1].credit / x[1].n - y[1].credit / y[1].n)) {
    process.stdout.write(`rule ${rule}: precision ${(r.credit / r.n).toFixed(2)} over ${r.n}\n`);
  }
  process.stdout.write(`not scored (no PTC class, e.g. Rhetorical_Question): ${unscored} marks\n`);
  const micro = figures(microTally(tallies));
  process.stdout.write(`micro over all techniques: P ${pct(micro.precision)} R ${pct(micro.recall)} F1 ${pct(micro.f1)}\n`);
}
