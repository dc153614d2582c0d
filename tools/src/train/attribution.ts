/**
 * `npm run train -- attribution --data <path>`: learns the cue-word table from the
 * PolNeAR train split (never dev). A word's weight is the share of its occurrences
 * in train texts that sit inside a gold cue span. Deterministic: plain counting,
 * sorted output. Writes packages/core/src/models/attribution/cues.ts.
 */
import { writeFileSync } from 'node:fs';
import { tokenize } from '../../../packages/core/src/index.js';
import { dataDir, type ToolArgs } from '../lib/cli.js';
import { readPolnear } from '../lib/polnear-read.js';

export const summary = 'cue-word weights from PolNeAR train -> packages/core/src/models/attribution/cues.ts';

/** Fewest times a word must be a cue to enter the table. */
const MIN_CUE_COUNT = 5;
/** Least share of its occurrences a word must spend as a cue. */
const MIN_WEIGHT = 0.25;
/** Words never taken as cues on their own (function words inside multi-word cues). */
const STOP = new Set(['the', 'a', 'an', 'to', 'of', 'in', 'on', 'for', 'and', 'that', 'with', 'as', 'by', 'at', 'from', 'it', 'is', 'was', 'be', 'has', 'have', 'had', 'not', 'also']);

export async function run(args: ToolArgs): Promise<void> {
  const articles = readPolnear(dataDir(args, 'polnear/data'), 'train');
  const inCue = new Map<string, number>();
  const total = new Map<string, number>();
  for (const article of articles) {
    const cues = article.attributions.flatMap((a) => (a.cue ? [a.cue] : [])).sort((x, y) => x.start - y.start);
    for (const token of tokenize(article.text)) {
      const word = token.text;
      if (!/^[a-z][a-z’'-]+$/.test(word) || STOP.has(word)) continue;
      total.set(word, (total.get(word) ?? 0) + 1);
      if (cues.some((c) => token.start >= c.start && token.end <= c.end)) inCue.set(word, (inCue.get(word) ?? 0) + 1);
    }
  }
  const table: Array<[string, number]> = [];
  for (const [word, n] of inCue) {
    const weight = n / (total.get(word) ?? n);
    if (n >= MIN_CUE_COUNT && weight >= MIN_WEIGHT) table.push([word, Math.round(weight * 1000) / 1000]);
  }
  table.sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const body = table.map(([w, x]) => `  ${JSON.stringify(w)}: ${x},`).join('\n');
  const out = new URL('../../../packages/core/src/models/attribution/cues.ts', import.meta.url);
  writeFileSync(
    out,
    `/**\n * Cue-word weights learned from the PolNeAR train split by \`npm run train -- attribution\`\n * (share of a word's occurrences inside a gold cue span; words seen as cues >= ${MIN_CUE_COUNT} times,\n * weight >= ${MIN_WEIGHT}). Generated: do not edit by hand.\n */\nexport const LEARNED_CUES: Record<string, number> = {\n${body}\n};\n`,
  );
  process.stdout.write(`articles: ${articles.length}\ncue words kept: ${table.length}\nsummary: wrote ${table.length} cue weights to ${out.pathname}\n`);
}
