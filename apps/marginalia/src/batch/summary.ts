import type { ArticleStats } from './types.js';

/** Past this many distinct names, rare ones are dropped, so the tally stays bounded on any corpus. */
const MAX_DISTINCT = 50_000;

/** Counts of names with bounded memory: when too many, names seen fewer than the pruning floor are dropped. */
export class BoundedTally {
  private counts = new Map<string, number>();

  constructor(private readonly maxDistinct = MAX_DISTINCT) {}

  add(name: string): void {
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
    if (this.counts.size > this.maxDistinct) this.prune();
  }

  top(n: number): Array<[string, number]> {
    return [...this.counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, n);
  }

  get size(): number {
    return this.counts.size;
  }

  /** Drops names below the median count: the frequent ones, which the top lists show, survive. */
  private prune(): void {
    const sorted = [...this.counts.values()].sort((a, b) => a - b);
    const floor = Math.max(2, sorted[Math.floor(sorted.length / 2)]);
    for (const [name, count] of this.counts) if (count < floor) this.counts.delete(name);
  }
}

/** The corpus figures `--summary` prints, gathered from each article's stats as lines are written. */
export class CorpusSummary {
  articles = 0;
  chars = 0;
  paragraphs = 0;
  sentences = 0;
  entities = 0;
  claims = 0;
  hedgedClaims = 0;
  attributions = 0;
  skipped = 0;
  failures = 0;
  readonly failuresByProblem = new Map<string, number>();
  readonly entityNames = new BoundedTally();
  readonly quotedSources = new BoundedTally();
  readonly techniques = new Map<string, number>();

  add(stats: ArticleStats): void {
    this.articles++;
    this.chars += stats.chars;
    this.paragraphs += stats.paragraphs;
    this.sentences += stats.sentences;
    this.entities += stats.entityCount;
    this.claims += stats.claims;
    this.hedgedClaims += stats.hedgedClaims;
    this.attributions += stats.quotedCount;
    for (const e of stats.entities) this.entityNames.add(e);
    for (const s of stats.quotedSources) this.quotedSources.add(s);
    for (const t of stats.techniques) this.techniques.set(t, (this.techniques.get(t) ?? 0) + 1);
  }

  addFailure(problem: string): void {
    this.failures++;
    this.failuresByProblem.set(problem, (this.failuresByProblem.get(problem) ?? 0) + 1);
  }

  /** A readable report for standard error. */
  format(options: { seconds: number; top?: number }): string {
    const top = options.top ?? 10;
    const n = (x: number) => x.toLocaleString('en-US');
    const lines = [
      'Corpus summary (articles analysed in this run)',
      `  articles      ${n(this.articles)}${this.skipped ? ` (+${n(this.skipped)} already done, skipped)` : ''}`,
      `  characters    ${n(this.chars)} (${n(Math.round(this.chars / Math.max(0.001, options.seconds)))} a second)`,
      `  paragraphs    ${n(this.paragraphs)}`,
      `  sentences     ${n(this.sentences)}`,
      `  entities      ${n(this.entities)}`,
      `  attributions  ${n(this.attributions)}`,
      `  claims        ${n(this.claims)} (${n(this.hedgedClaims)} hedged)`,
      `  failures      ${n(this.failures)}${this.failures ? ` (${[...this.failuresByProblem].map(([p, c]) => `${p} ${c}`).join(', ')})` : ''}`,
    ];
    const list = (title: string, rows: Array<[string, number]>) => {
      lines.push(`  ${title}`);
      if (rows.length === 0) lines.push('    (none)');
      for (const [name, count] of rows) lines.push(`    ${String(count).padStart(7)}  ${name}`);
    };
    list('top entities', this.entityNames.top(top).map(([key, count]) => [key.replace('\t', ' (') + ')', count]));
    list('top quoted sources', this.quotedSources.top(top));
    list('techniques', [...this.techniques].sort((a, b) => b[1] - a[1]));
    return `${lines.join('\n')}\n`;
  }
}
