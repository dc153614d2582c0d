import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { InputError } from './errors.js';
import { loadArticle, loadFile, loadStream } from './load.js';

const dir = mkdtempSync(join(tmpdir(), 'marginalia-ingest-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function problemOf(promise: Promise<unknown>): Promise<InputError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

const PAGE = '<!doctype html><html><head><title>Page title</title></head><body><p>Paragraph one of the page.</p><p>Paragraph two.</p></body></html>';
const MARKDOWN = '# Heading\n\nThe **bold** claim, with a [link](https://x.example).\n';

describe('loadArticle tells inputs apart', () => {
  it('reads plain text unchanged, with null metadata fields', async () => {
    const text = 'Plain article.\n\nWith a # sign and *stars*.\n';
    const loaded = await loadArticle(write('plain.txt', text));
    expect(loaded.text).toBe(text);
    expect(loaded.meta).toEqual({ title: null, source: join(dir, 'plain.txt'), format: 'text', byline: null, published: null, siteName: null, url: null, canonicalUrl: null });
  });

  it('reads HTML and Markdown by extension', async () => {
    expect((await loadArticle(write('page.html', PAGE))).text).toBe('Paragraph one of the page.\n\nParagraph two.');
    const md = await loadArticle(write('story.md', MARKDOWN));
    expect(md.text).toBe('Heading\n\nThe bold claim, with a link.');
    expect(md.meta.title).toBe('Heading');
  });

  it('reads HTML and Markdown by content when the name has no known extension', async () => {
    expect((await loadArticle(write('page', PAGE))).meta.format).toBe('html');
    expect((await loadArticle(write('story.dat', MARKDOWN))).meta.format).toBe('markdown');
    // A .txt that is plainly a saved web page is read as HTML.
    expect((await loadArticle(write('saved.txt', PAGE))).meta.format).toBe('html');
  });

  it('reads HTML from standard input by its content', async () => {
    const loaded = await loadStream(Readable.from([Buffer.from(PAGE)]));
    expect(loaded.meta).toMatchObject({ format: 'html', title: 'Page title', source: 'standard input' });
  });

  it('honours an explicit format', async () => {
    expect((await loadFile(write('forced.md', MARKDOWN), { format: 'text' })).text).toBe(MARKDOWN);
  });

  it('refuses file: and other non-http schemes with a one-line message', async () => {
    for (const input of ['file:///etc/passwd', 'ftp://example.org/a.txt', 'data:text/html,<p>x</p>', 'javascript:alert(1)']) {
      const error = await problemOf(loadArticle(input));
      expect(error.problem, input).toBe('unsupported');
      expect(error.message).toContain('only http:// and https://');
      expect(error.message).not.toContain('\n');
    }
  });

  it('refuses an HTML page or Markdown file with no text', async () => {
    expect((await problemOf(loadArticle(write('empty.html', '<html><body><script>x()</script></body></html>')))).problem).toBe('empty');
    expect((await problemOf(loadArticle(write('empty.md', '---\n\n***\n')))).problem).toBe('empty');
  });

  it('keeps the old checks: missing, empty, binary, too large', async () => {
    expect((await problemOf(loadArticle(join(dir, 'nope.txt')))).problem).toBe('missing');
    expect((await problemOf(loadArticle(write('zero.txt', '')))).problem).toBe('empty');
    expect((await problemOf(loadArticle(write('bin.html', Uint8Array.of(0x3c, 0, 1, 2))))).problem).toBe('binary');
    expect((await problemOf(loadArticle(write('big.txt', 'x'.repeat(2048)), { maxBytes: 1024 }))).problem).toBe('too-large');
    expect((await problemOf(loadArticle(dir))).problem).toBe('not-a-file');
  });
});
