/**
 * `npm run eval -- attribution --data <path> [--split dev|train] [--errors N]`:
 * PolNeAR attribution figures. A prediction matches a gold attribution when the
 * content spans overlap by at least half the longer one; then source accuracy
 * (predicted source overlaps gold source, among matched pairs with a gold source)
 * and cue accuracy (the same for cues).
 */
import { attributionStage, createPipeline, segmentStage } from '../../../packages/core/src/index.js';
import { dataDir, fail, type ToolArgs } from '../lib/cli.js';
import { readPolnear } from '../lib/polnear-read.js';
import { asPredicted, emptyScore, figures, scoreArticle, type PredictedAttribution } from '../lib/polnear-score.js';

export const summary = 'PolNeAR attribution: content P/R/F1 (overlap >= half), source and cue accuracy on matched pairs';

export async function run(args: ToolArgs): Promise<void> {
  const data = dataDir(args, 'polnear/data');
  const split = args.options.get('split') ?? 'dev';
  if (split !== 'dev' && split !== 'train') fail(`eval attribution: --split must be dev or train, got ${String(split)}.`);
  const showErrors = Number(args.options.get('errors') ?? 0);
  const articles = readPolnear(data, split);
  const pipeline = createPipeline([segmentStage(), attributionStage()]);
  const score = emptyScore();
  const byRule = new Map<string, { predicted: number; matched: number }>();
  let chars = 0;
  let ms = 0;
  let shown = 0;
  for (const article of articles) {
    const t0 = performance.now();
    const analysed = pipeline.run(article.text);
    ms += performance.now() - t0;
    chars += article.text.length;
    const predicted: Array<PredictedAttribution & { rule: string }> = analysed.attributions.map((a) => ({ ...asPredicted(a), rule: a.rule ?? '?' }));
    const pairs = scoreArticle(article.attributions, predicted, score);
    const matched = new Set(pairs.map(([, p]) => p));
    for (const p of predicted) {
      const r = byRule.get(p.rule) ?? { predicted: 0, matched: 0 };
      r.predicted++;
      if (matched.has(p)) r.matched++;
      byRule.set(p.rule, r);
    }
    if (shown < showErrors) {
      const matchedGold = new Set(pairs.map(([g]) => g));
      for (const g of article.attributions) {
        if (matchedGold.has(g) || shown >= showErrors) continue;
        shown++;
        const s = g.source ? article.text.slice(g.source.start, g.source.end) : '-';
        const c = g.cue ? article.text.slice(g.cue.start, g.cue.end) : '-';
        process.stdout.write(`MISS  [${s}] [${c}] ${article.text.slice(g.content.start, g.content.end).slice(0, 120)}\n`);
      }
      for (const p of predicted) {
        if (matched.has(p) || shown >= showErrors) continue;
        shown++;
        const s = p.source ? article.text.slice(p.source.start, p.source.end) : '-';
        process.stdout.write(`EXTRA ${p.rule} [${s}] [${p.cue ? article.text.slice(p.cue.start, p.cue.end) : '-'}] ${article.text.slice(p.content.start, p.content.end).slice(0, 120)}\n`);
      }
    }
  }
  const f = figures(score);
  const pct = (x: number) => (100 * x).toFixed(2);
  process.stdout.write(`articles (${split}): ${articles.length}\n`);
  process.stdout.write(`gold attributions: ${score.gold}\n`);
  process.stdout.write(`predicted attributions: ${score.predicted}\n`);
  for (const [rule, r] of [...byRule].sort((a, b) => b[1].predicted - a[1].predicted)) {
    process.stdout.write(`rule ${rule}: ${r.predicted} predicted, precision ${pct(r.predicted ? r.matched / r.predicted : 0)}%\n`);
  }
  process.stdout.write(`content precision: ${pct(f.precision)}%\n`);
  process.stdout.write(`content recall: ${pct(f.recall)}%\n`);
  process.stdout.write(`content F1: ${pct(f.f1)}% (target >= 70)\n`);
  process.stdout.write(`source accuracy (matched, gold has a source): ${pct(f.sourceAccuracy)}% of ${score.withGoldSource} (target >= 80)\n`);
  process.stdout.write(`cue accuracy (matched, gold has a cue): ${pct(f.cueAccuracy)}% of ${score.withGoldCue}\n`);
  process.stdout.write(`speed (segment + attribution): ${Math.round(chars / (ms / 1000)).toLocaleString('en-US')} chars/s\n`);
  process.stdout.write(
    `summary: PolNeAR ${split} content F1 ${pct(f.f1)}% (P ${pct(f.precision)}, R ${pct(f.recall)}), source ${pct(f.sourceAccuracy)}%, cue ${pct(f.cueAccuracy)}%\n`,
  );
}
