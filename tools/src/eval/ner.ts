/**
 * `npm run eval -- ner --data <path>`: per-type precision, recall and F1 of the entity
 * finder on CoNLL-2003 dev (gold tokens) and on the GUM news documents (raw text through
 * the real tokenizer), then the throughput of the `entities` stage on raw text.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createContext, emptyArticle, entitiesStage, segmentStage } from '../../../packages/core/src/index.js';
import { NER_MODEL_INFO, nerModel } from '../../../packages/core/src/models/ner/model.js';
import { dataDir, type ToolArgs } from '../lib/cli.js';
import { readConll } from '../lib/ner-conll.js';
import { scoreConll } from '../lib/ner-conll-eval.js';
import { readGumNews } from '../lib/ner-gum.js';
import { SpanScorer } from '../lib/ner-score.js';
import { syntheticCorpus } from '../lib/synthetic-news.js';

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
    const context = createContext();
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
  nerModel();
  console.log(`model ${NER_MODEL_INFO.id}: ${NER_MODEL_INFO.trainedOn}; load ${(performance.now() - t0).toFixed(0)} ms`);

  const dev = readConll(resolve(data, 'conll2003/dev.txt'));
  const conll = scoreConll(dev);
  for (const line of conll.scorer.report('conll-dev', ['PER', 'ORG', 'LOC', 'MISC'], ['PER', 'ORG', 'LOC'])) console.log(line);
  console.log(`conll-dev micro(PER+ORG+LOC+MISC) F1 ${conll.scorer.figures(['PER', 'ORG', 'LOC', 'MISC']).f1.toFixed(4)}`);
  console.log(`conll-dev tagging speed (gold tokens): ${fmt(conll.tokens / conll.seconds)} tokens/s`);

  const gum = new SpanScorer();
  const docs = readGumNews(data);
  for (const doc of docs) {
    const article = emptyArticle(doc.text);
    const context = createContext();
    segmentStage().run(article, context);
    entitiesStage().run(article, context);
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
