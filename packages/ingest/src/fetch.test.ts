import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from './errors.js';
import { loadArticle } from './load.js';

const NEWS_PAGE = readFileSync(new URL('./fixtures/news-page.html', import.meta.url));
const LATIN_PAGE = readFileSync(new URL('./fixtures/windows-1252-page.html', import.meta.url));

let server: Server;
let base = '';
const pending = new Set<() => void>();

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    if (path === '/article') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(NEWS_PAGE);
    } else if (path === '/latin') {
      // No charset in the header: the page's own meta tag must be used.
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(LATIN_PAGE);
    } else if (path === '/plain') {
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Plain text article from a server.\n');
    } else if (path === '/moved') {
      res.writeHead(301, { location: '/hop' });
      res.end();
    } else if (path === '/hop') {
      res.writeHead(302, { location: `${base}/article` });
      res.end();
    } else if (path.startsWith('/loop')) {
      res.writeHead(302, { location: `/loop${Number(path.slice(5) || 0) + 1}` });
      res.end();
    } else if (path === '/to-file') {
      res.writeHead(302, { location: 'file:///etc/passwd' });
      res.end();
    } else if (path === '/slow') {
      pending.add(() => res.end()); // never answers within the test's timeout
    } else if (path === '/huge-declared') {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(5 * 1024 * 1024) });
      res.end('<p>cut</p>');
    } else if (path === '/huge-streamed') {
      res.writeHead(200, { 'content-type': 'text/html' }); // chunked: no length to check in advance
      const chunk = Buffer.alloc(64 * 1024, 'a');
      let sent = 0;
      const push = () => {
        while (sent < 40 && res.write(chunk)) sent++;
        if (sent < 40) res.once('drain', push);
        else res.end();
      };
      res.on('error', () => {});
      push();
    } else if (path === '/pdf') {
      res.writeHead(200, { 'content-type': 'application/pdf' });
      res.end('%PDF-1.4');
    } else {
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end('<h1>Not found</h1>');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const finish of pending) finish();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

async function problemOf(promise: Promise<unknown>): Promise<InputError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('URL inputs', () => {
  it('fetches an HTML page and extracts the article and its metadata', async () => {
    const { text, meta } = await loadArticle(`${base}/article`);
    expect(text).toContain('The city council approved the harbour redevelopment plan');
    expect(text).not.toContain('COOKIE-BANNER-TEXT');
    expect(meta).toMatchObject({ format: 'html', url: `${base}/article`, source: `${base}/article`, byline: 'Maria Okafor, Tom Reyes' });
    expect(meta.canonicalUrl).toBe(`${base}/news/2024/harbour-plan`);
  });

  it('follows relative and absolute redirects and records the final URL', async () => {
    const { meta } = await loadArticle(`${base}/moved`);
    expect(meta.url).toBe(`${base}/article`);
    expect(meta.title).toBe('Harbour plan approved after long dispute');
  });

  it('decodes a page by its meta charset when the header has none', async () => {
    expect((await loadArticle(`${base}/latin`)).text).toContain('„Wir sind froh“');
  });

  it('reads text/plain as plain text', async () => {
    expect((await loadArticle(`${base}/plain`)).text).toBe('Plain text article from a server.\n');
  });

  it('stops after the redirect limit', async () => {
    const error = await problemOf(loadArticle(`${base}/loop`, { maxRedirects: 3 }));
    expect(error.problem).toBe('network');
    expect(error.message).toContain('redirected more than 3 times');
  });

  it('refuses a redirect to a file: URL', async () => {
    const error = await problemOf(loadArticle(`${base}/to-file`));
    expect(error.problem).toBe('unsupported');
    expect(error.message).toContain('file:///etc/passwd');
  });

  // No wall-clock assertion: a timeout that did not fire would leave the request hanging and the
  // test would fail on its own 20 s limit, however busy the machine.
  it('gives up after the timeout', { timeout: 20_000 }, async () => {
    const error = await problemOf(loadArticle(`${base}/slow`, { timeoutMs: 300 }));
    expect(error.problem).toBe('network');
    expect(error.message).toContain('did not answer within 0.3 s');
  });

  it('refuses an oversized page, by its Content-Length or while streaming', async () => {
    const declared = await problemOf(loadArticle(`${base}/huge-declared`, { maxBytes: 1024 * 1024 }));
    expect(declared.problem).toBe('too-large');
    expect(declared.message).toContain('5.0 MB');
    const streamed = await problemOf(loadArticle(`${base}/huge-streamed`, { maxBytes: 1024 * 1024 }));
    expect(streamed.problem).toBe('too-large');
    expect(streamed.message).toContain('more than 1.0 MB');
  });

  it('reports a 404 with the status', async () => {
    const error = await problemOf(loadArticle(`${base}/missing-page`));
    expect(error.problem).toBe('network');
    expect(error.message).toMatch(/answered 404 Not Found, expected 200 OK/);
  });

  it('refuses a content type that is not an article', async () => {
    expect((await problemOf(loadArticle(`${base}/pdf`))).problem).toBe('unsupported');
  });

  it('says clearly when the host cannot be reached (offline)', async () => {
    // A port that was just free: nothing listens there.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));
    const error = await problemOf(loadArticle(`http://127.0.0.1:${port}/x`));
    expect(error.problem).toBe('network');
    expect(error.message).toContain(`cannot reach 127.0.0.1:${port} (ECONNREFUSED)`);
    expect(error.message).not.toContain('\n');
  });
});
