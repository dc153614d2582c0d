/**
 * `npm run eval -- techniques-neutral --data <shared/data> [--show N] [--min-confidence C]`:
 * technique marks per 1,000 characters on neutral reference copy, where few marks are right:
 * the mainstream PolNeAR articles (nyt, politico, usa-today, wash-post; train and dev) and the
 * CoNLL-2003 Reuters stories (train and dev only; testb is never read), each split apart (the
 * train splits help fit the confidence's density factor, dev is held out). Runs the default
 * pipeline (the techniques stage reads entities and attributions). Prints marks/k per corpus,
 * per label and the most frequent rules; `--show N` prints N sample marks with their context.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Technique } from '../../../packages/core/src/index.js';
import { analyzeSync } from '../lib/analyzer.js';
import { dataDir, type ToolArgs } from '../lib/cli.js';
import { readConll } from '../lib/ner-conll.js';

export const summary = 'technique marks per 1,000 characters on neutral copy (mainstream PolNeAR, CoNLL Reuters train/dev)';

const MAINSTREAM = ['nyt', 'politico', 'usa-today', 'wash-post'];

export interface NeutralText {
  name: string;
  text: string;
}

/** The mainstream PolNeAR article texts of train and dev (or the splits given). */
export function polnearNeutral(data: string, splits: readonly string[] = ['train', 'dev']): NeutralText[] {
  const out: NeutralText[] = [];
  for (const split of splits) {
    const dir = join(data, 'polnear', 'data', split, 'text');
    for (const f of readdirSync(dir).sort()) {
      if (!MAINSTREAM.some((m) => f.startsWith(`${m}_`))) continue;
      out.push({ name: `polnear/${split}/${f}`, text: readFileSync(join(dir, f), 'utf8') });
    }
  }
  return out;
}

/** The CoNLL-2003 Reuters stories of train and dev (never testb), detokenised: headline and dateline on their own lines. */
export function conllNeutral(data: string, splits: readonly string[] = ['train', 'dev']): NeutralText[] {
  const out: NeutralText[] = [];
  for (const split of splits) {
    const sentences = readConll(join(data, 'conll2003', `${split}.txt`));
    const byDoc = new Map<number, string[]>();
    for (const s of sentences) {
      const list = byDoc.get(s.doc) ?? [];
      list.push(detokenize(s.words));
      byDoc.set(s.doc, list);
    }
    for (const [doc, lines] of byDoc) {
      const head = lines.slice(0, 2).join('\n\n');
      out.push({ name: `conll/${split}/${doc}`, text: `${head}\n\n${lines.slice(2).join(' ')}\n` });
    }
  }
  return out;
}

function detokenize(words: string[]): string {
  let s = words.join(' ');
  s = s.replace(/ ([.,;:!?%)\]}])/g, '$1').replace(/([([{$]) /g, '$1').replace(/ (n't|'s|'re|'ve|'ll|'d|'m)\b/gi, '$1');
  // Straight quotes: alternate opening and closing.
  let open = false;
  s = s.replace(/ ?" ?/g, () => {
    open = !open;
    return open ? ' "' : '" ';
  });
  return s.trim();
}

export interface NeutralFigures {
  chars: number;
  marks: number;
  perK: number;
  byLabel: Map<string, number>;
  byRule: Map<string, number>;
  samples: Array<{ name: string; mark: Technique; context: string }>;
}

export function neutralFigures(texts: NeutralText[], minConfidence = 0): NeutralFigures {
  let chars = 0;
  let marks = 0;
  const byLabel = new Map<string, number>();
  const byRule = new Map<string, number>();
  const samples: NeutralFigures['samples'] = [];
  for (const t of texts) {
    const article = analyzeSync(t.text);
    chars += t.text.length;
    for (const m of article.techniques) {
      if ((m.confidence ?? 1) < minConfidence) continue;
      marks++;
      byLabel.set(m.technique, (byLabel.get(m.technique) ?? 0) + 1);
      const rule = m.rule.replace(/ p=.*$/, '').replace(/\/[^/]*$/, (x) => (m.rule.startsWith('lexicon:') ? '' : x));
      byRule.set(rule, (byRule.get(rule) ?? 0) + 1);
      samples.push({ name: t.name, mark: m, context: t.text.slice(Math.max(0, m.start - 60), m.end + 40).replace(/\s+/g, ' ') });
    }
  }
  return { chars, marks, perK: (1000 * marks) / Math.max(1, chars), byLabel, byRule, samples };
}

export async function run(args: ToolArgs): Promise<void> {
  const data = dataDir(args, 'polnear');
  dataDir(args, 'conll2003');
  const show = Number(args.options.get('show') ?? 0);
  const minConfidence = Number(args.options.get('min-confidence') ?? 0);
  // The train splits help fit the confidence's density factor (techniques-calibration); dev is held out.
  for (const [name, texts] of [
    ['PolNeAR mainstream train', polnearNeutral(data, ['train'])],
    ['PolNeAR mainstream dev', polnearNeutral(data, ['dev'])],
    ['CoNLL-2003 Reuters train', conllNeutral(data, ['train'])],
    ['CoNLL-2003 Reuters dev', conllNeutral(data, ['dev'])],
  ] as const) {
    const f = neutralFigures(texts, minConfidence);
    process.stdout.write(`${name}: ${texts.length} articles, ${f.chars} chars, ${f.marks} marks, ${f.perK.toFixed(3)} marks per 1,000 chars\n`);
    for (const [label, n] of [...f.byLabel].sort((a, b) => b[1] - a[1])) {
      process.stdout.write(`  ${label.padEnd(36)} ${((1000 * n) / f.chars).toFixed(3)}/k (${n})\n`);
    }
    for (const [rule, n] of [...f.byRule].sort((a, b) => b[1] - a[1]).slice(0, 12)) process.stdout.write(`  rule ${rule}: ${n}\n`);
    if (show > 0) {
      // An evenly spread sample, deterministic.
      const step = Math.max(1, Math.floor(f.samples.length / show));
      for (let i = 0; i < f.samples.length && i / step < show; i += step) {
        const s = f.samples[i];
        process.stdout.write(`    [${s.mark.technique} ${s.mark.confidence?.toFixed(2) ?? '-'}] "${s.mark.text}" … ${s.context}  (${s.mark.rule.slice(0, 80)})\n`);
      }
    }
  }
}
