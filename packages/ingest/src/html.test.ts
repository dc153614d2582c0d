import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadFile } from './load.js';
import { extractHtml } from './html.js';

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).pathname;

describe('HTML news page', () => {
  it('keeps the article paragraphs and headings, separated by blank lines', async () => {
    const { text, meta } = await loadFile(fixture('news-page.html'));
    expect(meta.format).toBe('html');
    const paragraphs = text.split('\n\n');
    expect(paragraphs).toContain('What the plan contains');
    expect(paragraphs.some((p) => p.startsWith('The city council approved the harbour redevelopment plan on Tuesday'))).toBe(true);
    expect(paragraphs.some((p) => p.startsWith('“This is a good day for the city,” said Mayor Elena Rossi'))).toBe(true);
    expect(paragraphs.some((p) => p.endsWith('told reporters after the vote.'))).toBe(true);
    // No paragraph is broken by a single newline, and none is empty.
    expect(paragraphs.every((p) => p.trim() === p && p.length > 0 && !p.includes('\n'))).toBe(true);
  });

  it('drops navigation, cookie banner, ads, share bar, related links, footer and scripts', async () => {
    const { text } = await loadFile(fixture('news-page.html'));
    for (const marker of ['NAV-LINK', 'COOKIE-BANNER-TEXT', 'ADVERT-TEXT', 'SHARE-TEXT', 'RELATED-TEXT', 'FOOTER-TEXT', 'TRACKING-SCRIPT-TEXT', 'INLINE-SCRIPT-TEXT', 'font-family']) {
      expect(text, marker).not.toContain(marker);
    }
  });

  it('reads metadata from JSON-LD NewsArticle inside @graph, skipping a broken JSON-LD block', async () => {
    const { meta } = await loadFile(fixture('news-page.html'));
    expect(meta.title).toBe('Harbour plan approved after long dispute');
    expect(meta.byline).toBe('Maria Okafor, Tom Reyes');
    expect(meta.published).toBe('2024-03-05T09:30:00Z');
    expect(meta.siteName).toBe('The Daily Ledger');
    expect(meta.canonicalUrl).toBe('/news/2024/harbour-plan');
    expect(meta.language).toBe('en');
  });

  it('resolves a relative canonical URL against the page URL', () => {
    const html = readFileSync(fixture('news-page.html'), 'utf8');
    expect(extractHtml(html, 'https://ledger.example/x?y=1').meta.canonicalUrl).toBe('https://ledger.example/news/2024/harbour-plan');
  });

  it('falls back to Open Graph and meta tags without JSON-LD', async () => {
    const { meta, text } = await loadFile(fixture('og-only.html'));
    expect(meta).toMatchObject({
      title: 'Wind farm opens off the coast',
      siteName: 'Coastal Times',
      byline: 'Ana Lima',
      published: '2023-11-20',
      canonicalUrl: 'https://coastal.example/wind-farm',
    });
    expect(text).toContain('A wind farm with forty turbines');
  });

  it('keeps a short page whose content Readability would not pick, and turns <br> into a line break', () => {
    const { text } = extractHtml('<html><body><nav>Menu</nav><p>One short line.<br>Second line.</p><p>Another.</p></body></html>');
    expect(text).toBe('One short line.\nSecond line.\n\nAnother.');
  });

  it('decodes entities and keeps markup-like text as text', () => {
    const { text } = extractHtml('<html><body><p>Tom &amp; Jerry said &lt;script&gt;alert(1)&lt;/script&gt; &quot;hi&quot;</p></body></html>');
    expect(text).toBe('Tom & Jerry said <script>alert(1)</script> "hi"');
  });
});
