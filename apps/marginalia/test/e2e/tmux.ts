/**
 * Drives the built `marginalia` in a real terminal (tmux) for end-to-end tests:
 * a private tmux server per test file, one key per `send-keys` call (as a
 * person types), and polling of the captured screen instead of fixed sleeps.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../../bin/marginalia.js', import.meta.url));
export const DIST_CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
export const SAMPLE = fileURLToPath(new URL('../../samples/kremlin-signal.txt', import.meta.url));

export function hasTmux(): boolean {
  return spawnSync('tmux', ['-V'], { encoding: 'utf8' }).status === 0;
}

export function assertBuilt(): void {
  if (!existsSync(DIST_CLI)) throw new Error(`The e2e test runs the built CLI, but ${DIST_CLI} is missing. Build first: cd apps/marginalia && npx tsup`);
}

export class TmuxSession {
  private readonly socket = `marginalia-e2e-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  private readonly name = 'reader';

  private tmux(...args: string[]): string {
    const result = spawnSync('tmux', ['-L', this.socket, ...args], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`tmux ${args.join(' ')} failed (exit ${result.status}): ${result.stderr.trim()}`);
    return result.stdout;
  }

  /** Starts `command` in a detached session of the given size. */
  start(command: string, columns: number, rows: number): void {
    this.tmux('new-session', '-d', '-s', this.name, '-x', String(columns), '-y', String(rows), command);
    // Keep the pane after the app exits so its last screen can be read.
    this.tmux('set-option', '-t', this.name, 'remain-on-exit', 'on');
  }

  /** Sends exactly one key (a tmux key name such as Enter, or one character). */
  key(key: string): void {
    const literal = key.length === 1;
    this.tmux('send-keys', '-t', this.name, ...(literal ? ['-l', key] : [key]));
  }

  screen(): string {
    return this.tmux('capture-pane', '-p', '-t', this.name);
  }

  /** True once the program in the pane has exited. */
  exited(): boolean {
    return this.tmux('display-message', '-p', '-t', this.name, '#{pane_dead}').trim() === '1';
  }

  async waitFor(check: (screen: string) => boolean, what: string, timeoutMs = 20_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    let screen = '';
    while (Date.now() < deadline) {
      screen = this.screen();
      if (check(screen)) return screen;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}. The screen was:\n${screen}`);
  }

  async waitForExit(timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (this.exited()) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`The reader did not exit within ${timeoutMs} ms. The screen was:\n${this.screen()}`);
  }

  /** The pane's title, which an OSC 0/2 sequence in the output would change. */
  title(): string {
    return this.tmux('display-message', '-p', '-t', this.name, '#{pane_title}').trim();
  }

  kill(): void {
    spawnSync('tmux', ['-L', this.socket, 'kill-server'], { encoding: 'utf8' });
  }
}

/** Quotes a path for the shell command tmux runs. */
export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}
