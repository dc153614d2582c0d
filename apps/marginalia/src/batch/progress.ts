import type { Writable } from 'node:stream';

export interface ProgressCounts {
  /** Articles finished: analysed, skipped (resume) or failed. */
  done: number;
  failed: number;
  skipped: number;
  /** Characters analysed. */
  chars: number;
}

/**
 * Progress on standard error: a redrawn bar on a terminal (articles done, articles a
 * second, ETA, failures), or a plain line every `intervalMs` when not a terminal.
 * It never writes to standard output, which carries only data.
 */
export class Progress {
  private total: number | undefined;
  private readonly startedAt = Date.now();
  private lastDrawAt = 0;
  private drawn = false;

  constructor(
    private readonly stream: Writable,
    private readonly options: { terminal: boolean; intervalMs: number; width?: number },
  ) {
    this.lastDrawAt = options.terminal ? 0 : this.startedAt;
  }

  setTotal(total: number | undefined): void {
    this.total = total;
  }

  update(counts: ProgressCounts): void {
    const now = Date.now();
    const every = this.options.terminal ? 100 : this.options.intervalMs;
    if (now - this.lastDrawAt < every) return;
    this.lastDrawAt = now;
    this.draw(counts, now);
  }

  /** The last figures; on a terminal, the bar is ended with a newline. */
  finish(counts: ProgressCounts): void {
    if (this.options.terminal) {
      this.draw(counts, Date.now());
      if (this.drawn) this.stream.write('\n');
    }
  }

  private draw(counts: ProgressCounts, now: number): void {
    const seconds = Math.max(0.001, (now - this.startedAt) / 1000);
    const perSecond = counts.done / seconds;
    const line = describeProgress(counts, this.total, perSecond, counts.chars / seconds);
    if (this.options.terminal) {
      const width = this.options.width || 80; // a terminal of unknown size reports 0 columns
      const bar = this.total ? `${progressBar(counts.done / this.total, width >= 110 ? 20 : 10)} ` : '';
      this.stream.write(`\r\u001b[K${(bar + line).slice(0, Math.max(20, width - 1))}`);
      this.drawn = true;
    } else {
      this.stream.write(`marginalia batch: ${line}\n`);
    }
  }
}

/** One progress line; the figures that matter most come first, as a narrow terminal cuts the end. */
export function describeProgress(counts: ProgressCounts, total: number | undefined, perSecond: number, charsPerSecond: number): string {
  const parts = [`${counts.done}${total !== undefined ? `/${total}` : ''} articles`, `${perSecond.toFixed(1)} articles/s`];
  if (total !== undefined && perSecond > 0) parts.push(`ETA ${formatDuration(Math.max(0, total - counts.done) / perSecond)}`);
  parts.push(`${counts.failed} failed`);
  if (counts.skipped > 0) parts.push(`${counts.skipped} already done`);
  parts.push(`${Math.round(charsPerSecond).toLocaleString('en-US')} chars/s`);
  return parts.join(' · ');
}

export function progressBar(fraction: number, width: number): string {
  const filled = Math.round(Math.min(1, Math.max(0, fraction)) * width);
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}]`;
}

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}
