/**
 * `npm run eval -- techniques-calibration --data <shared/data> [--write]`: fits the techniques'
 * confidence table on the PTC dev articles and prints its reliability out of fold (the dev
 * articles in two halves, odd and even: each half scored with the table fitted on the other).
 * A mark's observed precision is its SemEval-2020 partial credit: the share of its characters
 * inside a gold span of the same technique. `--write` writes the table fitted on all of dev to
 * the model package's techniques-calibration (packages/model-en/models). Also prints PTC dev micro F1 at several
 * confidence thresholds (out-of-fold confidences).
 */
import { createContext } from '../../../packages/core/src/index.js';
import { binOf, Calibrator, markScore, markSource, signalDensity, type CalibrationFile } from '../../../packages/core/src/stages/techniques/confidence.js';
import type { Mark } from '../../../packages/core/src/stages/techniques/index.js';
import { PTC2020_TO_2023, ptc2020ClassOf } from '../../../packages/core/src/stages/techniques/labels.js';
import type { TechniqueLabel } from '../../../packages/core/src/stages/techniques/labels.js';
import { dataDir, type ToolArgs } from '../lib/cli.js';
import { PTC_FOLDER, readPtc, splitPtc, type PtcArticle } from '../lib/ptc-corpus.js';
import { ptcPipeline } from '../lib/ptc-pipeline.js';
import { conllNeutral, polnearNeutral } from './techniques-neutral.js';
import { figures, mergeIntervals, microTally, scoreArticle, type ScoredSpan, type Tally } from '../lib/ptc-score.js';
import { shippedModelStore } from '../lib/analyzer.js';
import { writeModel } from '../lib/model-files.js';
import { CALIBRATION_FORMAT } from '../lib/model-formats.js';

export const summary = 'fits the techniques confidence table on PTC dev; reliability out of fold (two halves); --write saves it';

const EDGES = [0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.8, 1.01];
const K = 5;
const DENSITY_EDGES = [0, 0.3, 0.6, 0.9, 1.3, 1e9];

interface ScoredMark {
  article: number;
  /** The article's length in characters. */
  chars: number;
  mark: Mark;
  /** Partial credit: share of the mark's characters inside same-label gold; undefined for labels PTC lacks. */
  credit: number | undefined;
}

function creditOf(m: Mark, gold: PtcArticle['spans']): number | undefined {
  const ptc = ptc2020ClassOf(m.label);
  if (!ptc) return undefined;
  const union = mergeIntervals(gold.filter((g) => g.label === ptc));
  let inside = 0;
  for (const [s, e] of union) inside += Math.max(0, Math.min(e, m.end) - Math.max(s, m.start));
  return inside / Math.max(1, m.end - m.start);
}

/**
 * Fits the table on the PTC marks (those with `credit`), then the density factor on them and
 * on the neutral marks (`neutral`: marks in neutral reference copy, counted as wrong).
 */
export function fit(marks: readonly ScoredMark[], about: string, neutral: readonly ScoredMark[] = []): CalibrationFile {
  const pooled: CalibrationFile['pooled'] = {};
  const cells: CalibrationFile['cells'] = {};
  let credit = 0;
  let n = 0;
  const add = (table: Record<string, Array<[number, number]>>, key: string, bin: number, c: number) => {
    table[key] ??= EDGES.slice(1).map((): [number, number] => [0, 0]);
    table[key][bin][0] += c;
    table[key][bin][1] += 1;
  };
  for (const { mark, credit: c } of marks) {
    if (c === undefined) continue;
    const source = markSource(mark.rule);
    const bin = binOf(EDGES, markScore(mark.rule));
    add(pooled, source, bin, c);
    add(cells, `${source}|${mark.label}`, bin, c);
    credit += c;
    n++;
  }
  const round = (t: Record<string, Array<[number, number]>>) => {
    for (const v of Object.values(t)) for (const cell of v) cell[0] = Math.round(cell[0] * 1000) / 1000;
  };
  round(pooled);
  round(cells);
  const file: CalibrationFile = { about, edges: EDGES, k: K, global: Math.round((1000 * credit) / Math.max(1, n)) / 1000, pooled, cells };
  // Then the density factor: per density bin, observed precision over mean table confidence.
  const table = new Calibrator(file);
  const byArticle = new Map<number, number[]>();
  const chars = new Map<number, number>();
  const all = [...marks, ...neutral];
  for (const s of all) {
    const list = byArticle.get(s.article) ?? [];
    list.push(table.confidence(s.mark));
    byArticle.set(s.article, list);
    chars.set(s.article, s.chars);
  }
  const empty = () => DENSITY_EDGES.slice(1).map(() => ({ credit: 0, confidence: 0 }));
  const sums = empty();
  const bySource = new Map<string, ReturnType<typeof empty>>();
  for (const s of all) {
    if (s.credit === undefined) continue;
    const bin = binOf(DENSITY_EDGES, signalDensity(byArticle.get(s.article)!, chars.get(s.article)!));
    const source = markSource(s.mark.rule);
    if (!bySource.has(source)) bySource.set(source, empty());
    for (const t of [sums, bySource.get(source)!]) {
      t[bin].credit += s.credit;
      t[bin].confidence += table.confidence(s.mark);
    }
  }
  const r3 = (v: number) => Math.round(1000 * v) / 1000;
  const factor = sums.map((b) => (b.confidence > 0 ? r3(b.credit / b.confidence) : 1));
  file.density = {
    edges: DENSITY_EDGES,
    factor,
    bySource: Object.fromEntries([...bySource].map(([source, bins]) => [source, bins.map((b, i) => r3((b.credit + factor[i]) / (b.confidence + 1)))])),
  };
  return file;
}

export async function run(args: ToolArgs): Promise<void> {
  const data = dataDir(args, PTC_FOLDER);
  const articles = splitPtc(readPtc(data)).dev;
  const pipeline = ptcPipeline({ minConfidence: 0, reported: 'keep' });
  const scored: ScoredMark[] = [];
  // Neutral reference copy for the density factor: every 8th mainstream PolNeAR train article
  // and every 16th CoNLL train story (about as many articles as PTC dev), their marks counted as
  // wrong. Article numbers from 100000 keep them apart from PTC's.
  const neutralTexts = [...polnearNeutral(data, ['train']).filter((_, i) => i % 8 === 0), ...conllNeutral(data, ['train']).filter((_, i) => i % 16 === 0)];
  const neutral: ScoredMark[] = [];
  const defaultPipeline = ptcPipeline({ minConfidence: 0 });
  neutralTexts.forEach((t, i) => {
    const article = defaultPipeline.run(t.text, {}, createContext(shippedModelStore()));
    for (const x of article.techniques) {
      const credit = ptc2020ClassOf(x.technique) ? 0 : undefined;
      neutral.push({ article: 100000 + i, chars: t.text.length, mark: { label: x.technique as TechniqueLabel, start: x.start, end: x.end, rule: x.rule }, credit });
    }
  });
  articles.forEach((a, i) => {
    const article = pipeline.run(a.text, {}, createContext(shippedModelStore()));
    for (const t of article.techniques) {
      const mark: Mark = { label: t.technique as TechniqueLabel, start: t.start, end: t.end, rule: t.rule };
      scored.push({ article: i, chars: a.text.length, mark, credit: creditOf(mark, a.spans) });
    }
  });
  // Out of fold: each half's marks get the table fitted on the other half.
  const halves = [0, 1].map((h) => new Calibrator(fit(scored.filter((s) => s.article % 2 !== h), 'fold', neutral)));
  const density = new Map<number, number>();
  for (let i = 0; i < articles.length; i++) {
    const mine = scored.filter((s) => s.article === i);
    density.set(i, signalDensity(mine.map((s) => halves[i % 2].confidence(s.mark)), articles[i].text.length));
  }
  const oof = scored.map((s) => {
    const h = halves[s.article % 2];
    return { ...s, confidence: Math.min(1, h.confidence(s.mark) * h.densityFactor(density.get(s.article)!, markSource(s.mark.rule))) };
  });

  const bins = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 1.01];
  process.stdout.write(`neutral train articles for the density factor: ${neutralTexts.length}, ${neutral.length} marks\n`);
  process.stdout.write(`PTC dev: ${articles.length} articles, ${scored.length} marks (${oof.filter((s) => s.credit !== undefined).length} with a PTC class)\n`);
  process.stdout.write('reliability out of fold (two halves of dev):\n| confidence | marks | mean confidence | observed precision |\n|---|---|---|---|\n');
  for (let b = 0; b + 1 < bins.length; b++) {
    const inBin = oof.filter((s) => s.credit !== undefined && s.confidence >= bins[b] && s.confidence < bins[b + 1]);
    if (!inBin.length) continue;
    const mean = (f: (s: (typeof inBin)[number]) => number) => inBin.reduce((x, s) => x + f(s), 0) / inBin.length;
    process.stdout.write(`| ${bins[b].toFixed(1)}–${Math.min(1, bins[b + 1]).toFixed(1)} | ${inBin.length} | ${mean((s) => s.confidence).toFixed(3)} | ${mean((s) => s.credit!).toFixed(3)} |\n`);
  }
  for (const threshold of [0, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5]) {
    const tallies = new Map<string, Tally>();
    for (const ptc of Object.keys(PTC2020_TO_2023)) tallies.set(ptc, { precisionCredit: 0, predicted: 0, recallCredit: 0, gold: 0 });
    articles.forEach((a, i) => {
      const predicted: ScoredSpan[] = [];
      for (const s of oof) {
        if (s.article !== i || s.confidence < threshold) continue;
        const ptc = ptc2020ClassOf(s.mark.label);
        if (ptc) predicted.push({ label: ptc, start: s.mark.start, end: s.mark.end });
      }
      scoreArticle(predicted, a.spans, tallies);
    });
    const f = figures(microTally(tallies));
    const ll = figures(tallies.get('Loaded_Language')!);
    process.stdout.write(`min confidence ${threshold.toFixed(2)}: micro P ${f.precision.toFixed(3)} R ${f.recall.toFixed(3)} F1 ${f.f1.toFixed(3)}; Loaded_Language F1 ${ll.f1.toFixed(3)}\n`);
  }
  if (args.options.has('write')) {
    const file = fit(scored, `Fitted by \`npm run eval -- techniques-calibration --write\` on the ${articles.length} PTC dev articles (${scored.length} marks of the stage with filters on, no threshold): per source and score bin, [partial credit summed, marks]; the density factor also on ${neutralTexts.length} neutral train articles (PolNeAR mainstream, CoNLL), their ${neutral.length} marks counted wrong; see docs/techniques-tone.md.`, neutral);
    const files = writeModel('techniques-calibration', file, { version: 'techniques/calibration@1', format: CALIBRATION_FORMAT, trainedOn: file.about });
    process.stdout.write(`wrote ${files.join(', ')}\n`);
  }
}
