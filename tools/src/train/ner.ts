/**
 * `npm run train -- ner --data <path> [--epochs 12] [--bits 19] [--seed 20250401] [--prune 0] [--watch-dev]`: trains the
 * averaged-perceptron NER tagger on CoNLL-2003 train (dev is kept for scoring) and writes
 * packages/model-en/models/ner.json and ner.packed.bin. Deterministic for a given seed.
 *
 * `--holdout-fold K` (0..4) trains on the other four fifths of train's documents only
 * (document index mod 5 != K) and writes the float weights to `--out FILE` (default
 * /tmp/marginalia-ner-fold-K.bin) instead of the shipped file, for
 * `npm run eval -- ner --heldout FILE` (held-out train figures and confidence calibration).
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { decodeWeights, encodeWeights } from '../../../packages/core/src/models/ner/codec.js';
import { decodeSentence } from '../../../packages/core/src/models/ner/decode.js';
import { denseTable, type WeightTable } from '../../../packages/core/src/models/ner/table.js';
import { chunks } from '../../../packages/core/src/models/ner/tags.js';
import { dataDir, type ToolArgs } from '../lib/cli.js';
import { documentCases, readConll, type ConllSentence } from '../lib/ner-conll.js';
import { PerceptronTrainer } from '../lib/ner-perceptron.js';
import { seededRandom, shuffle } from '../lib/random.js';
import { goldChunks } from '../lib/ner-tagged.js';
import { writeModel } from '../lib/model-files.js';
import { NER_FORMAT } from '../lib/model-formats.js';
import { NER_MODEL_ID } from '../../../packages/core/src/models/ner/model.js';

export const summary = 'averaged-perceptron NER tagger on CoNLL-2003 train -> packages/model-en/models/ner.json and ner.packed.bin';

/** Train's documents fall into this many folds by document index (the held-out fifth). */
export const HOLDOUT_FOLDS = 5;


function devF1(sentences: ConllSentence[], table: WeightTable): number {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const cases = documentCases(sentences);
  for (const s of sentences) {
    const tags = decodeSentence(table, s.words, undefined, cases.get(s.doc)).tags;
    const gold = new Set(goldChunks(s).filter((c) => c.type !== 'MISC').map((c) => `${c.start}:${c.end}:${c.type}`));
    const pred = chunks(tags).filter((c) => c[2] !== 'MISC').map(([a, b, t]) => `${a}:${b}:${t}`);
    for (const p of pred) gold.has(p) ? tp++ : fp++;
    fn += gold.size - pred.filter((p) => gold.has(p)).length;
  }
  return (2 * tp) / Math.max(1, 2 * tp + fp + fn);
}

export async function run(args: ToolArgs): Promise<void> {
  const data = dataDir(args, 'conll2003/train.txt');
  const epochs = Number(args.options.get('epochs') ?? 12);
  const bits = Number(args.options.get('bits') ?? 19);
  const seed = Number(args.options.get('seed') ?? 20250401);
  const prune = Number(args.options.get('prune') ?? 0);
  const fold = args.options.has('holdout-fold') ? Number(args.options.get('holdout-fold')) : -1;
  const train = readConll(resolve(data, 'conll2003/train.txt')).filter((s) => fold < 0 || s.doc % HOLDOUT_FOLDS !== fold);
  const dev = args.options.has('watch-dev') ? readConll(resolve(data, 'conll2003/dev.txt')) : [];
  const tokens = train.reduce((n, s) => n + s.words.length, 0);
  console.log(`training on conll2003/train.txt: ${train.length} sentences, ${tokens} tokens; ${epochs} epochs, 2^${bits} feature buckets, seed ${seed}`);

  const trainCases = documentCases(train);
  const trainer = new PerceptronTrainer(bits);
  const random = seededRandom(seed);
  const order = train.slice();
  for (let epoch = 1; epoch <= epochs; epoch++) {
    const t0 = performance.now();
    let errors = 0;
    for (const s of shuffle(order, random)) errors += trainer.trainSentence(s.words, s.tags, trainCases.get(s.doc));
    const line = `epoch ${epoch}: token error rate ${(errors / tokens).toFixed(4)} (${((performance.now() - t0) / 1000).toFixed(1)} s)`;
    console.log(dev.length ? `${line}, dev PER/ORG/LOC F1 ${devF1(dev, denseTable(trainer.averaged(), bits)).toFixed(4)}` : line);
  }

  const averaged = trainer.averaged();
  if (fold >= 0) {
    const out = String(args.options.get('out') ?? `/tmp/marginalia-ner-fold-${fold}.bin`);
    writeFileSync(out, Buffer.from(new Float32Array(averaged).buffer));
    console.log(`wrote ${out}: float32 weights trained without train documents with index mod ${HOLDOUT_FOLDS} = ${fold}`);
    return;
  }
  let maxAbs = 0;
  for (const w of averaged) maxAbs = Math.max(maxAbs, Math.abs(w));
  // Weights below `prune` of the largest change no decision in practice; dropping them shrinks the file.
  const threshold = maxAbs * prune;
  for (let i = 0; i < averaged.length; i++) if (Math.abs(averaged[i]) < threshold) averaged[i] = 0;
  const scale = 32767 / maxAbs;
  const packed = encodeWeights(averaged, scale);
  if (dev.length) console.log(`shipped (quantised, pruned) weights: dev PER/ORG/LOC F1 ${devF1(dev, decodeWeights(packed, bits)).toFixed(4)}; largest weight ${maxAbs.toFixed(2)}`);
  const trainedOn = `CoNLL-2003 English train (${train.length} sentences), ${epochs} epochs, seed ${seed}`;
  const files = writeModel('ner', { bits, scale, trainedOn, packed }, { version: NER_MODEL_ID, format: NER_FORMAT, trainedOn });
  console.log(`wrote ${files.join(', ')}: ${(packed.length / 1024 / 1024).toFixed(2)} MB (pruned below ${threshold.toFixed(4)})`);
}
