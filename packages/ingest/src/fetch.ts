import { InputError } from './errors.js';
import { formatSize } from './size.js';
import { readCappedBytes } from './bytes.js';

/**
 * Fetching an article from an http(s) URL: one deadline for the whole exchange,
 * redirects followed by hand (so each target's scheme is checked and counted),
 * and the body streamed under a byte cap so a huge page is cut off, not buffered.
 */

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_REDIRECTS = 5;

export interface FetchOptions {
  maxBytes: number;
  timeoutMs?: number;
  maxRedirects?: number;
}

export interface FetchedPage {
  bytes: Uint8Array;
  contentType: string | null;
  /** The URL after redirects. */
  url: string;
}

/** True for inputs that name a web page rather than a file. */
export function isHttpUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

const NEVER_FETCHED = new Set(['file', 'ftp', 'ftps', 'data', 'javascript', 'blob', 'about', 'mailto', 'ws', 'wss', 'gopher', 'sftp', 'ssh', 'view-source']);

/** True for URLs of schemes that are never fetched (`file:`, `ftp:`, `data:`, any `x://`). */
export function isOtherSchemeUrl(input: string): boolean {
  const m = /^([a-z][a-z0-9+.-]+):/i.exec(input);
  if (!m || isHttpUrl(input)) return false;
  return input.slice(m[0].length).startsWith('//') || NEVER_FETCHED.has(m[1].toLowerCase());
}

export function refuseScheme(input: string): InputError {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(input)?.[1] ?? 'this';
  return new InputError(
    'unsupported',
    input,
    `${input}: ${scheme}: URLs are not read; only http:// and https:// URLs are fetched. For a local file pass its path instead.`,
  );
}

export async function fetchPage(url: string, options: FetchOptions): Promise<FetchedPage> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const signal = AbortSignal.timeout(timeoutMs);
  let current = url;
  try {
    for (let hops = 0; ; hops++) {
      const response = await fetch(current, {
        redirect: 'manual',
        signal,
        headers: { accept: 'text/html,application/xhtml+xml,text/plain,text/markdown;q=0.9,*/*;q=0.1', 'user-agent': 'marginalia/0.1 (+article reader)' },
      });
      if (response.status >= 300 && response.status < 400 && response.status !== 304) {
        const location = response.headers.get('location');
        await response.body?.cancel();
        if (!location) throw new InputError('network', url, `${current} answered ${response.status} (a redirect) without a Location header; open it in a browser and pass the final URL.`);
        const next = new URL(location, current).href;
        if (!isHttpUrl(next)) {
          throw new InputError('unsupported', url, `${current} redirects to ${next}, which is not an http(s) URL; only http and https are followed.`);
        }
        if (hops + 1 > maxRedirects) {
          throw new InputError('network', url, `${url} redirected more than ${maxRedirects} times (last to ${next}); pass the final URL, or check for a redirect loop.`);
        }
        current = next;
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new InputError(
          'network',
          url,
          `${current} answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}, expected 200 OK: check the URL, or save the page and pass the file.`,
        );
      }
      const declared = Number(response.headers.get('content-length'));
      if (Number.isFinite(declared) && declared > options.maxBytes) {
        await response.body?.cancel();
        throw tooLargePage(current, `${formatSize(declared)}`, options.maxBytes);
      }
      const bytes = await readCapped(response, current, options.maxBytes);
      return { bytes, contentType: response.headers.get('content-type'), url: current };
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw networkError(url, current, error, timeoutMs, signal.aborted);
  }
}

async function readCapped(response: Response, url: string, maxBytes: number): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(0);
  // Node's web streams are async iterable (the DOM typings say otherwise); leaving the loop cancels the body.
  return readCappedBytes(response.body as unknown as AsyncIterable<Uint8Array>, maxBytes, () => tooLargePage(url, `more than ${formatSize(maxBytes)}`, maxBytes));
}

function tooLargePage(url: string, size: string, max: number): InputError {
  return new InputError('too-large', url, `${url} is ${size}; the largest page read is ${formatSize(max)} (--max-size to raise it).`);
}

function networkError(url: string, current: string, error: unknown, timeoutMs: number, timedOut: boolean): InputError {
  const err = error as { name?: string; cause?: { code?: string; message?: string }; message?: string };
  if (timedOut || err.name === 'TimeoutError' || err.name === 'AbortError') {
    return new InputError('network', url, `${current} did not answer within ${timeoutMs / 1000} s: try again later, or save the page and pass the file.`);
  }
  const code = err.cause?.code ?? err.cause?.message ?? err.message ?? String(error);
  const host = safeHost(current);
  return new InputError(
    'network',
    url,
    `Could not fetch ${current}: cannot reach ${host} (${code}). Check the URL and the network connection, or save the page and pass the file.`,
  );
}

function safeHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
