/**
 * `npm run bench -- adversarial [--only NAME,NAME] [--scale X] [--runs N]`: hostile inputs, each
 * analysed at a size and at twice that size, with the time ratio (linear is about 2; the target is at
 * most 2.3) and the stage that took longest at the larger size, with its own ratio. Then the issue's
 * headline figure: 200,000 dots analysed end to end (target under 2 s).
 *
 * `--scale 0.25` runs every input at a quarter of its size (a quick look); `--runs N` takes the
 * fastest of at least N runs of each size (default 3: the machine is shared, the fastest is the least
 * disturbed). A size that takes under a second is run again until a second is spent (at most 12 runs):
 * a 200 ms input measured twice gives a ratio that one pause on a shared core can push past 2.3.
 */
import { createContext, defaultPipeline, emptyArticle } from '../../../packages/core/src/index.js';
import type { ToolArgs } from '../lib/cli.js';
import { shippedModelStore } from '../lib/analyzer.js';
import { lcgRandom } from '../lib/random.js';

export const summary = 'hostile inputs (punctuation runs, a 5 MB line, nested quotes, "he said that" chains, ...) at size n and 2n: time ratio per input (target <= 2.3)';

function cycle(parts: readonly string[], length: number, seed = 7): string {
  const rand = lcgRandom(seed); // deterministic: every run sees the same text
  const out: string[] = [];
  let n = 0;
  while (n < length) {
    const p = parts[Math.floor(rand() * parts.length)];
    out.push(p);
    n += p.length;
  }
  return out.join('').slice(0, length);
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'ta', 'dor', 'vi', 'sel', 'an', 'bru', 'pe', 'zor', 'qui', 'mel', 'ost', 'har'];

/** The i-th of many distinct capitalised names ("Kalomi Renta"). */
function name(i: number): string {
  const word = (k: number, len: number) => {
    let w = '';
    for (let j = 0; j < len; j++) {
      w += SYLLABLES[k % SYLLABLES.length];
      k = Math.floor(k / SYLLABLES.length);
    }
    return w[0].toUpperCase() + w.slice(1);
  };
  return `${word(i, 3)} ${word(i * 7 + 3, 3)}`;
}

interface Input {
  name: string;
  /** The size at which it runs first (then at twice that), in the unit below. */
  base: number;
  unit: string;
  make(n: number): string;
}

export const INPUTS: Input[] = [
  { name: 'dots', base: 100_000, unit: 'chars', make: (n) => '.'.repeat(n) },
  { name: 'dashes', base: 100_000, unit: 'chars', make: (n) => '-'.repeat(n) },
  { name: 'underscores', base: 100_000, unit: 'chars', make: (n) => '_'.repeat(n) },
  { name: 'pluses', base: 100_000, unit: 'chars', make: (n) => '+'.repeat(n) },
  {
    name: 'line-no-spaces',
    base: 2_500_000,
    unit: 'chars',
    // Words glued by punctuation, e-mail and URL pieces, no white space at all.
    make: (n) => cycle(['word', 'Name', '.', ',', '-', '_', '+', '@', 'x.y', 'http://', '/', ':', "'s", '42', '"', '“', '”'], n),
  },
  // From 100,000 lines: at 50,000 the tagger marks nothing and at 100,000 it marks 20,000 lines as
  // Repetition, so a ratio across that step measures the output, not the algorithm (100,000 to 200,000: 1.85).
  { name: 'one-word-lines', base: 100_000, unit: 'lines', make: (n) => cycle(['Breaking\n', 'word\n', 'Moscow\n', 'said\n', 'It\n'], n * 6).split('\n').slice(0, n).join('\n') },
  {
    name: 'nested-quotes',
    base: 5_000,
    unit: 'levels',
    make: (n) => {
      const open = ['“', '‘', '"', '«'];
      const close = ['”', '’', '"', '»'];
      let s = '';
      for (let i = 0; i < n; i++) s += `Ann Lee said ${open[i % 4]}`;
      s += 'it is over';
      for (let i = n - 1; i >= 0; i--) s += close[i % 4];
      return `${s}.`;
    },
  },
  {
    name: 'boilerplate-hedges',
    base: 20_000,
    unit: 'lines',
    // Short paragraphs, every other one chrome, the rest hedged: hedges x boilerplate paragraphs was quadratic.
    make: (n) => Array.from({ length: n }, (_, i) => (i % 2 ? 'Share this article on Facebook' : 'It reportedly may allegedly rain.')).join('\n\n'),
  },
  { name: 'he-said-that', base: 2_500, unit: 'repeats', make: (n) => `${'he said that she said that '.repeat(n)}it rained.` },
  {
    name: 'distinct-names',
    base: 5_000,
    unit: 'names',
    make: (n) => {
      const out: string[] = [];
      for (let i = 0; i < n; i += 2) out.push(`${name(i)} met ${name(i + 1)} on Monday.`);
      return out.join(' ');
    },
  },
  {
    name: 'emoji-marks',
    base: 500_000,
    unit: 'chars',
    make: (n) => cycle(['😀', '👍🏽', '👨‍👩‍👧', 'e\u0301', '\u0301\u0300\u0302', 'a\u0308\u0308', '🇺🇦', '\u200d', '️'], n),
  },
];

interface Timing {
  ms: number;
  stage: string;
  stageMs: number;
  stages: Map<string, number>;
}

export function timeOnce(text: string): Timing {
  const pipeline = defaultPipeline();
  const article = emptyArticle(text);
  const context = createContext(shippedModelStore());
  const stages = new Map<string, number>();
  (globalThis as { gc?: () => void }).gc?.();
  const t0 = performance.now();
  for (const stage of pipeline.stages) {
    const s0 = performance.now();
    stage.run(article, context);
    stages.set(stage.id, performance.now() - s0);
  }
  const ms = performance.now() - t0;
  let stage = '';
  let stageMs = -1;
  for (const [id, t] of stages) if (t > stageMs) [stage, stageMs] = [id, t];
  return { ms, stage, stageMs, stages };
}

const RUN_BUDGET_MS = 1000;
const MAX_RUNS = 12;

function fastest(text: string, runs: number): Timing {
  let best: Timing | undefined;
  let spent = 0;
  for (let r = 0; r < MAX_RUNS && (r < runs || spent < RUN_BUDGET_MS); r++) {
    const t = timeOnce(text);
    spent += t.ms;
    if (!best || t.ms < best.ms) best = t;
  }
  return best!;
}

function secs(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`;
}

export async function run(args: ToolArgs): Promise<void> {
  const scale = Number(args.options.get('scale') ?? 1);
  const runs = Number(args.options.get('runs') ?? 3);
  const only = typeof args.options.get('only') === 'string' ? new Set(String(args.options.get('only')).split(',')) : undefined;
  // Warm up: models load and the JIT settles on an ordinary article first.
  timeOnce('The Kremlin said on Monday that talks with Ukraine would resume. “We are ready,” Dmitry Peskov told reporters.');

  console.log(`input             size (n → 2n)                 time n     time 2n   ratio  slowest stage at 2n (its ratio)`);
  let worst = 0;
  for (const input of INPUTS) {
    if (only && !only.has(input.name)) continue;
    const n = Math.max(1, Math.round(input.base * scale));
    const small = input.make(n);
    const large = input.make(2 * n);
    const a = fastest(small, runs);
    const b = fastest(large, runs);
    const ratio = b.ms / Math.max(a.ms, 0.001);
    worst = Math.max(worst, ratio);
    const stageRatio = b.stageMs / Math.max(a.stages.get(b.stage) ?? 0, 0.001);
    const size = `${n.toLocaleString('en-US')} → ${(2 * n).toLocaleString('en-US')} ${input.unit}`;
    console.log(
      `${input.name.padEnd(17)} ${size.padEnd(29)} ${secs(a.ms).padStart(9)} ${secs(b.ms).padStart(10)} ${ratio.toFixed(2).padStart(6)}${ratio > 2.3 ? '!' : ' '} ${b.stage} ${secs(b.stageMs)} (${stageRatio.toFixed(2)})`,
    );
  }
  if (!only || only.has('dots')) {
    const dots = fastest('.'.repeat(200_000), 1);
    console.log(`200,000 dots: ${secs(dots.ms)} end to end (target < 2 s)`);
  }
  console.log(`worst ratio on doubling: ${worst.toFixed(2)} (target <= 2.3)`);
}
