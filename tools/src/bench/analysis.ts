/**
 * `npm run bench` (or `npm run bench -- analysis [--articles N] [--runs N]`): throughput
 * of the default analysis on one core, in characters a second (median of several runs),
 * each stage's own figure, the cold first call (model loading), and peak memory; then, side by side on
 * the same texts, compromise's people/places/organisations/sentences/quotations, and the ratio.
 * compromise is an optional peer of the tools (`npm run setup -- baselines`): without it the
 * benchmark prints its own figures and one line saying how to get the comparison.
 */
import { readFileSync } from 'node:fs';
import { createContext, emptyArticle, type Stage } from '../../../packages/core/src/index.js';
import { createNodeAnalyzer } from '../../../packages/core/src/node.js';
import { MissingPackageError, requireOptionalPackage, type ToolArgs } from '../lib/cli.js';
import { syntheticCorpus } from '../lib/synthetic-news.js';

export const summary = 'default analysis throughput (chars/s, median), per-stage figures, cold start, peak memory';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

function fmt(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

export async function run(args: ToolArgs): Promise<void> {
  const articles = Number(args.options.get('articles') ?? 400);
  const runs = Number(args.options.get('runs') ?? 7);
  const sample = readFileSync(new URL('../../../apps/marginalia/samples/kremlin-signal.txt', import.meta.url), 'utf8');
  const corpus = [sample, ...syntheticCorpus(articles - 1)];
  const chars = corpus.reduce((n, t) => n + t.length, 0);
  // A new analyzer over @marginalia/model-en, read from the file system: the cold analysis loads its models.
  const analyzer = createNodeAnalyzer();
  const pipeline = analyzer.pipeline;

  let peakRss = process.memoryUsage().rss;
  const sampleMemory = () => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  };

  const coldStart = performance.now();
  analyzer.loadSync();
  analyzer.analyzeSync(sample);
  const coldMs = performance.now() - coldStart;

  // Time each stage by wrapping it; the wrapper costs two clock reads per stage per article.
  const stageTime = new Map<string, number>();
  const timed = pipeline.stages.map((stage): Stage => ({
    ...stage,
    run(article, context) {
      const t0 = performance.now();
      stage.run(article, context);
      stageTime.set(stage.id, (stageTime.get(stage.id) ?? 0) + performance.now() - t0);
    },
  }));

  // Warm up (JIT, lazily built caches) before measuring, as a long-running process would be.
  const warmups = Number(args.options.get('warmups') ?? 2);
  for (let r = 0; r < warmups; r++) for (const text of corpus) analyzer.analyzeSync(text);

  const throughputs: number[] = [];
  for (let r = 0; r < runs; r++) {
    (globalThis as { gc?: () => void }).gc?.();
    const t0 = performance.now();
    for (const text of corpus) analyzer.analyzeSync(text);
    const seconds = (performance.now() - t0) / 1000;
    throughputs.push(chars / seconds);
    sampleMemory();
  }
  const stageRuns = 3;
  for (let r = 0; r < stageRuns; r++) {
    for (const text of corpus) {
      const article = emptyArticle(text);
      const context = createContext(analyzer.models);
      for (const stage of timed) stage.run(article, context);
    }
  }
  sampleMemory();

  console.log(`corpus: ${corpus.length} articles, ${fmt(chars)} characters (the sample plus generated news-like articles)`);
  console.log(`cold first analysis (loads models): ${coldMs.toFixed(1)} ms`);
  console.log(`runs: ${throughputs.map((t) => fmt(t)).join(', ')} chars/s`);
  const totalStage = [...stageTime.values()].reduce((a, b) => a + b, 0);
  for (const stage of pipeline.stages) {
    const ms = stageTime.get(stage.id) ?? 0;
    const perSecond = ms > 0 ? (stageRuns * chars) / (ms / 1000) : Infinity;
    console.log(`stage ${stage.id.padEnd(16)} ${Number.isFinite(perSecond) ? fmt(perSecond).padStart(13) : '     (no time)'} chars/s  ${((100 * ms) / totalStage).toFixed(1).padStart(5)}% of the time`);
  }
  console.log(`peak RSS: ${(peakRss / 1024 / 1024).toFixed(0)} MB`);
  const ours = median(throughputs);
  const theirs = compromiseThroughput(corpus, chars, Math.min(runs, 3));
  if (typeof theirs === 'string') console.log(`compromise side by side: not run: ${theirs}`);
  else {
    console.log(`compromise (people, places, organizations, sentences, quotations; median of ${Math.min(runs, 3)}): ${fmt(theirs)} chars/s`);
    console.log(`ratio: the whole default analysis is ${(ours / theirs).toFixed(1)}x compromise's entity/sentence/quote pass (target >= 4x)`);
  }
  console.log(`throughput (median of ${runs}, one core): ${fmt(ours)} chars/s`);

}

/**
 * compromise (a rule-and-lexicon tagger from npm, an optional peer of the tools) doing the part of our
 * work it can do: people, places, organisations, sentences and quotations, on the same texts. When it
 * is not installed: the one-line message that says how to install it.
 */
function compromiseThroughput(corpus: string[], chars: number, runs: number): number | string {
  type View = { json(o?: object): unknown[] };
  type Nlp = (text: string) => { people(): View; places(): View; organizations(): View; sentences(): View; quotations(): View };
  let nlp: Nlp;
  try {
    nlp = requireOptionalPackage<Nlp>('compromise');
  } catch (error) {
    if (error instanceof MissingPackageError) return error.message;
    throw error;
  }
  for (const text of corpus.slice(0, 20)) nlp(text).people().json();
  const out: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    for (const text of corpus) {
      const doc = nlp(text);
      doc.people().json({ offset: true });
      doc.places().json({ offset: true });
      doc.organizations().json({ offset: true });
      doc.sentences().json({ offset: true });
      doc.quotations().json({ offset: true });
    }
    out.push(chars / ((performance.now() - t0) / 1000));
  }
  return median(out);
}
