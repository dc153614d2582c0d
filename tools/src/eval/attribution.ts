/**
 * `npm run eval -- attribution --data <path> [--split dev|train] [--errors N] [--reliability]`:
 * PolNeAR attribution figures. A prediction matches a gold attribution when the
 * content spans overlap by at least half the longer one; then source accuracy
 * (predicted source overlaps gold source, among matched pairs with a gold source)
 * and cue accuracy (the same for cues).
 */
import { attributionStage, segmentStage } from '../../../packages/core/src/index.js';
import { createNodeAnalyzer } from '../../../packages/core/src/node.js';
import { MIN_CONFIDENCE } from '../../../packages/core/src/stages/attribution/confidence.js';
import { dataDir, fail, type ToolArgs } from '../lib/cli.js';
import { readPolnear } from '../lib/polnear-read.js';
import { asPredicted, emptyScore, figures, scoreArticle, type PredictedAttribution } from '../lib/polnear-score.js';

export const summary = 'PolNeAR attribution: content P/R/F1 (overlap >= half), source and cue accuracy on matched pairs';

/** Confidence bins against the observed share of right attributions (content matched and source right), for docs/attribution-claims.md. */
function printReliability(rows: ReadonlyArray<[number, boolean]>): void {
  const edges = [0, 0.2, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0001];
  let ece = 0;
  process.stdout.write('| confidence | attributions | mean confidence | right |\n|---|---|---|---|\n');
  for (let b = 0; b + 1 < edges.length; b++) {
    const bin = rows.filter(([c]) => c >= edges[b] && c < edges[b + 1]);
    if (!bin.length) continue;
    const mean = bin.reduce((n, [c]) => n + c, 0) / bin.length;
    const right = bin.filter(([, r]) => r).length / bin.length;
    ece += (bin.length / rows.length) * Math.abs(mean - right);
    process.stdout.write(`| ${edges[b].toFixed(1)}–${Math.min(1, edges[b + 1]).toFixed(1)} | ${bin.length} | ${mean.toFixed(3)} | ${right.toFixed(3)} |\n`);
  }
  process.stdout.write(`expected calibration error: ${ece.toFixed(3)}\n`);
}

export async function run(args: ToolArgs): Promise<void> {
  const data = dataDir(args, 'polnear/data');
  const split = args.options.get('split') ?? 'dev';
  if (split !== 'dev' && split !== 'train') fail(`eval attribution: --split must be dev or train, got ${String(split)}.`);
  const showErrors = Number(args.options.get('errors') ?? 0);
  const articles = readPolnear(data, split);
  // PolNeAR's scheme counts every attribution relation (votes, requests, beliefs), so the whole layer is scored;
  // the default output keeps those at or above MIN_CONFIDENCE, scored apart below.
  const analyzer = createNodeAnalyzer({ stages: [segmentStage(), attributionStage({ minConfidence: 0 })] });
  analyzer.loadSync();
  const score = emptyScore();
  const defaultScore = emptyScore();
  const byRule = new Map<string, { predicted: number; matched: number }>();
  let chars = 0;
  let ms = 0;
  let shown = 0;
  const reliability: Array<[number, boolean]> = [];
  for (const article of articles) {
    const t0 = performance.now();
    const analysed = analyzer.analyzeSync(article.text);
    ms += performance.now() - t0;
    chars += article.text.length;
    const predicted: Array<PredictedAttribution & { rule: string }> = analysed.attributions.map((a) => ({ ...asPredicted(a), rule: a.rule ?? '?' }));
    const pairs = scoreArticle(article.attributions, predicted, score);
    scoreArticle(
      article.attributions,
      predicted.filter((_, i) => (analysed.attributions[i].confidence ?? 1) >= MIN_CONFIDENCE),
      defaultScore,
    );
    const matched = new Set(pairs.map(([, p]) => p));
    // Reliability: an attribution is right when its content matched and, where gold has a source, the sources overlap.
    const goldOf = new Map(pairs.map(([g, p]) => [p, g]));
    analysed.attributions.forEach((a, i) => {
      const g = goldOf.get(predicted[i]);
      const right = !!g && (!g.source || (!!a.source && Math.min(g.source.end, a.source.end) > Math.max(g.source.start, a.source.start)));
      reliability.push([a.confidence ?? 0, right]);
    });
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
  const d = figures(defaultScore);
  process.stdout.write(
    `default output (confidence >= ${MIN_CONFIDENCE}): content F1 ${pct(d.f1)}% (P ${pct(d.precision)}, R ${pct(d.recall)}), source ${pct(d.sourceAccuracy)}%\n`,
  );
  if (args.options.has('reliability')) printReliability(reliability);
  process.stdout.write(`speed (segment + attribution): ${Math.round(chars / (ms / 1000)).toLocaleString('en-US')} chars/s\n`);
  process.stdout.write(
    `summary: PolNeAR ${split} content F1 ${pct(f.f1)}% (P ${pct(f.precision)}, R ${pct(f.recall)}), source ${pct(f.sourceAccuracy)}%, cue ${pct(f.cueAccuracy)}%; default output F1 ${pct(d.f1)}%\n`,
  );
}
