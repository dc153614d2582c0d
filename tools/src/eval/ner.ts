/**
 * `npm run eval -- ner --data <path>`: per-type precision, recall and F1 of the entity
 * finder on CoNLL-2003 dev (gold tokens) and on the GUM news documents (raw text through
 * the real tokenizer), then the throughput of the `entities` stage on raw text.
 *
 * `--heldout PATTERN` (e.g. `/tmp/marginalia-ner-fold-{K}.bin`, written by
 * `npm run train -- ner --holdout-fold K`): also scores each held-out fifth of CoNLL train
 * with the model trained without it (the folds whose file exists), prints the reliability
 * of mention confidence there and on dev, and with `--fit-confidence` the logistic
 * confidence weights fitted on the held-out fifths (for models/ner/confidence.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { coreferenceStage, createContext, emptyArticle, entitiesStage, segmentStage } from '../../../packages/core/src/index.js';
import { NER_MODEL, NER_MODEL_ID } from '../../../packages/core/src/models/ner/model.js';
import { shippedModel, shippedModelStore } from '../lib/analyzer.js';
import { dataDir, type ToolArgs } from '../lib/cli.js';
import { readConll } from '../lib/ner-conll.js';
import { reliability, scoreConll, type ScoredMention } from '../lib/ner-conll-eval.js';
import { calibrationError, fitConfidence } from '../lib/ner-confidence.js';
import { SpanScorer as HeldOutScorer } from '../lib/ner-score.js';
import { readGumNews } from '../lib/ner-gum.js';
import { SpanScorer } from '../lib/ner-score.js';
import { syntheticCorpus } from '../lib/synthetic-news.js';
import { denseTable } from '../../../packages/core/src/models/ner/table.js';

export const summary = 'NER per-type P/R/F1 on CoNLL-2003 dev and GUM news, and the entities stage throughput';

function fmt(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

/** chars/s of the `entities` stage alone on raw text (segmentation done beforehand, untimed). */
export function entitiesThroughput(texts: string[], runs = 5): number {
  const stage = entitiesStage();
  const segment = segmentStage();
  const prepared = texts.map((t) => {
    const article = emptyArticle(t);
    const context = createContext(shippedModelStore());
    segment.run(article, context);
    return { article, context };
  });
  const chars = texts.reduce((n, t) => n + t.length, 0);
  const rates: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    for (const { article, context } of prepared) stage.run(article, context);
    rates.push(chars / ((performance.now() - t0) / 1000));
  }
  return rates.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

export async function run(args: ToolArgs): Promise<void> {
  const data = dataDir(args, 'conll2003/dev.txt');
  const t0 = performance.now();
  const ner = shippedModel(NER_MODEL);
  console.log(`model ${NER_MODEL_ID}: ${ner.trainedOn}; load ${(performance.now() - t0).toFixed(0)} ms`);

  const dev = readConll(resolve(data, 'conll2003/dev.txt'));
  const conll = scoreConll(dev);
  for (const line of conll.scorer.report('conll-dev', ['PER', 'ORG', 'LOC', 'MISC'], ['PER', 'ORG', 'LOC'])) console.log(line);
  console.log(`conll-dev micro(PER+ORG+LOC+MISC) F1 ${conll.scorer.figures(['PER', 'ORG', 'LOC', 'MISC']).f1.toFixed(4)}`);
  console.log(`conll-dev tagging speed (gold tokens): ${fmt(conll.tokens / conll.seconds)} tokens/s`);

  if (args.options.has('heldout')) heldOut(args, conll.mentions);

  const gum = new SpanScorer();
  const docs = readGumNews(data);
  for (const doc of docs) {
    const article = emptyArticle(doc.text);
    const context = createContext(shippedModelStore());
    segmentStage().run(article, context);
    entitiesStage().run(article, context);
    // The entity types and the drop of unlikely mentions are decided by coreference.
    coreferenceStage().run(article, context);
    const predicted = context.nerMentions.filter((m) => m.type === 'PERSON' || m.type === 'ORG' || m.type === 'PLACE');
    gum.add(doc.gold, predicted);
  }
  console.log(`gum-news: ${docs.length} documents, ${docs.reduce((n, d) => n + d.gold.length, 0)} gold named mentions`);
  for (const line of gum.report('gum-news', ['PERSON', 'ORG', 'PLACE'], ['PERSON', 'ORG', 'PLACE'])) console.log(line);

  const sample = readFileSync(resolve(import.meta.dirname, '../../../apps/marginalia/samples/kremlin-signal.txt'), 'utf8');
  const texts = [sample, ...syntheticCorpus(199)];
  const speed = entitiesThroughput(texts);
  console.log(`entities stage throughput (raw text, one core, median of 5): ${fmt(speed)} chars/s`);
  const f = conll.scorer.figures(['PER', 'ORG', 'LOC']);
  console.log(`summary: CoNLL dev PER/ORG/LOC micro F1 ${f.f1.toFixed(4)}; GUM news PERSON/ORG/PLACE micro F1 ${gum.figures(['PERSON', 'ORG', 'PLACE']).f1.toFixed(4)}; entities stage ${fmt(speed)} chars/s`);
}

const FOLDS = 5;

function printReliability(label: string, mentions: readonly ScoredMention[]): void {
  console.log(`${label} reliability of mention confidence (${mentions.length} PER/ORG/LOC/MISC mentions; ECE ${calibrationError(mentions).toFixed(3)}):`);
  for (const r of reliability(mentions)) {
    console.log(`  ${r.from.toFixed(2)}-${r.to.toFixed(2)}  n ${String(r.n).padStart(5)}  mean confidence ${r.mean.toFixed(3)}  observed right ${r.observed.toFixed(3)}`);
  }
}

/** Held-out fifths of CoNLL train, each scored with the model trained on the other four. */
function heldOut(args: ToolArgs, devMentions: ScoredMention[]): void {
  const data = dataDir(args, 'conll2003/train.txt');
  const pattern = String(args.options.get('heldout'));
  const train = readConll(resolve(data, 'conll2003/train.txt'));
  const scorer = new HeldOutScorer();
  const mentions: ScoredMention[] = [];
  const used: number[] = [];
  for (let k = 0; k < FOLDS; k++) {
    const file = pattern.replace('{K}', String(k));
    if (!existsSync(file)) continue;
    const buffer = readFileSync(file);
    const weights = new Float32Array(buffer.buffer, buffer.byteOffset, buffer.byteLength / 4);
    const bits = Math.log2(weights.length / 9);
    const result = scoreConll(train, { table: denseTable(weights, bits), scale: 1, docs: (doc) => doc % FOLDS === k });
    for (const [type, c] of result.scorer.counts) {
      const into = scorer.counts.get(type) ?? { tp: 0, fp: 0, fn: 0 };
      (into.tp += c.tp), (into.fp += c.fp), (into.fn += c.fn);
      scorer.counts.set(type, into);
    }
    const f = result.scorer.figures(['PER', 'ORG', 'LOC']);
    console.log(`conll-train held-out fifth ${k}: PER/ORG/LOC micro F1 ${f.f1.toFixed(4)} (ORG ${result.scorer.figures(['ORG']).f1.toFixed(4)})`);
    mentions.push(...result.mentions);
    used.push(k);
  }
  if (!used.length) {
    console.log(`held-out: no fold model matches ${pattern}; write them with \`npm run train -- ner --holdout-fold K\``);
    return;
  }
  for (const line of scorer.report(`conll-train-heldout(${used.join(',')})`, ['PER', 'ORG', 'LOC', 'MISC'], ['PER', 'ORG', 'LOC'])) console.log(line);
  printReliability('conll-train held-out', mentions);
  printReliability('conll-dev', devMentions);
  if (args.options.has('fit-confidence')) console.log(`fitted confidence weights (held-out train fifths ${used.join(',')}): ${JSON.stringify(fitConfidence(mentions))}`);
}
