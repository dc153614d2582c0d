/**
 * `npm run eval -- same-analyses --data <path> --write FILE | --check FILE`: analyses the bundled sample
 * and the development corpora (PolNeAR dev, CoNLL-2003 dev (testa), PTC dev, the real articles) and
 * records one sha256 per analysis (hashes only, never the texts). `--write` stores them; `--check`
 * compares and prints, per corpus, how many analyses are identical, and which differ. The analysis'
 * `meta.model` (the model package's name and version) is left out of the hash, so a change of
 * model packaging alone does not count as a change of analysis.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Article } from '../../../packages/core/src/index.js';
import { analyzeWithShippedModels } from '../lib/analyzer.js';
import { dataDir, fail, type ToolArgs } from '../lib/cli.js';
import { readConll } from '../lib/ner-conll.js';
import { readPolnear } from '../lib/polnear-read.js';
import { readPtc, splitPtc } from '../lib/ptc-corpus.js';
import { readRealArticles } from '../lib/real-gold.js';

export const summary = 'sha256 of every analysis of the sample and the dev corpora: --write FILE records them, --check FILE compares';

type Hashes = Record<string, Record<string, string>>;

/** The analysis as JSON without `meta.model`, hashed. */
export function analysisHash(article: Article): string {
  const { model: _model, ...meta } = article.meta as Article['meta'] & { model?: unknown };
  return createHash('sha256').update(JSON.stringify({ ...article, meta })).digest('hex');
}

/** Every corpus: name -> [id, text] in a fixed order. */
function corpora(data: string): Record<string, Array<[string, string]>> {
  const sample = readFileSync(new URL('../../../apps/marginalia/samples/kremlin-signal.txt', import.meta.url), 'utf8');
  const conll = new Map<number, string[]>();
  for (const s of readConll(resolve(data, 'conll2003/dev.txt'))) {
    const lines = conll.get(s.doc) ?? [];
    lines.push(s.words.join(' '));
    conll.set(s.doc, lines);
  }
  return {
    sample: [['kremlin-signal', sample]],
    'polnear-dev': readPolnear(data, 'dev').map((a) => [a.name, a.text]),
    'conll-dev': [...conll].map(([doc, lines]) => [`doc${doc}`, lines.join('\n')]),
    'ptc-dev': splitPtc(readPtc(data)).dev.map((a) => [a.id, a.text]),
    'real-articles': readRealArticles(resolve(data, 'real-articles')).map((a) => [a.file, a.text]),
  };
}

export async function run(args: ToolArgs): Promise<void> {
  const write = args.options.get('write');
  const check = args.options.get('check');
  if (typeof write !== 'string' && typeof check !== 'string') fail('eval same-analyses: give --write FILE or --check FILE.');
  const data = dataDir(args, 'conll2003/dev.txt');
  const hashes: Hashes = {};
  for (const [corpus, texts] of Object.entries(corpora(data))) {
    hashes[corpus] = {};
    for (const [id, text] of texts) hashes[corpus][id] = analysisHash(await analyzeWithShippedModels(text));
  }
  if (typeof write === 'string') {
    writeFileSync(write, `${JSON.stringify(hashes, null, 1)}\n`);
    const n = Object.values(hashes).reduce((s, h) => s + Object.keys(h).length, 0);
    process.stdout.write(`same-analyses: wrote ${n} hashes to ${write}\n`);
    return;
  }
  const expected = JSON.parse(readFileSync(check as string, 'utf8')) as Hashes;
  let ok = true;
  for (const corpus of new Set([...Object.keys(expected), ...Object.keys(hashes)])) {
    const want = expected[corpus] ?? {};
    const got = hashes[corpus] ?? {};
    const ids = new Set([...Object.keys(want), ...Object.keys(got)]);
    const differ = [...ids].filter((id) => want[id] !== got[id]);
    if (differ.length) ok = false;
    process.stdout.write(`${corpus}: ${ids.size - differ.length}/${ids.size} identical${differ.length ? `; differ: ${differ.slice(0, 20).join(', ')}${differ.length > 20 ? ', ...' : ''}` : ''}\n`);
  }
  process.stdout.write(`summary: same-analyses ${ok ? 'identical' : 'CHANGED'}\n`);
  if (!ok) process.exitCode = 1;
}
