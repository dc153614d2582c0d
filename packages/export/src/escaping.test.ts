import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, exportArticle } from './index.js';
import { hostileArticle, sampleReview } from './fixture-article.js';

/**
 * Article text is untrusted. For every format: the hostile fixture (with <script>,
 * </textarea>, a javascript: Markdown link, quotes, pipes) breaks nothing and runs nothing.
 */
const article = hostileArticle();
const review = sampleReview(article);
const out = (format: (typeof EXPORT_FORMATS)[number]) => exportArticle(format, article, review, { reviewUrl: 'https://desk.example/checks/1', publisher: 'Desk' }).files;

describe('escaping untrusted article text', () => {
  it('html: no element, attribute or link comes from the article; its text reads back unchanged', () => {
    const html = out('html')[0].content;
    const { document } = parseHTML(html);
    expect(document.querySelectorAll('script, textarea, iframe, object, embed, link, img')).toHaveLength(0);
    for (const el of Array.from(document.querySelectorAll('*'))) {
      for (const name of el.getAttributeNames()) expect(name.startsWith('on'), `${el.tagName} ${name}`).toBe(false);
    }
    for (const a of Array.from(document.querySelectorAll('a'))) expect(a.getAttribute('href')).toMatch(/^(#claim-\d+|https:\/\/factcheck\.example\/)/);
    const paragraphs = Array.from(document.querySelectorAll('.article p')).map((p) => p.textContent!.replace(/C\d( \[.\])?/g, ''));
    expect(paragraphs).toEqual(article.paragraphs.map((p) => p.text));
    expect(document.querySelector('title')!.textContent).toBe('Harbour <b>plan</b> & "dispute" — Marginalia report');
    expect(html).not.toMatch(/<script|<\/textarea|javascript:alert\(1\)\)"/i);
  });

  it('markdown: every markup character of the article is backslash-escaped', () => {
    const md = out('markdown')[0].content;
    const articleSection = md.slice(md.indexOf('## Article'), md.indexOf('## Entities'));
    // No unescaped bracket, angle bracket, parenthesis, backtick, pipe or quote from the text.
    const unescaped = /(^|[^\\])(\\\\)*[[\]<>()`|"]/m;
    const body = articleSection.split('\n').filter((l) => !l.startsWith('>') && !l.startsWith('##')).join('\n').replace(/⟨[^⟩]*⟩/g, '');
    expect(body).not.toMatch(unescaped);
    // Un-escaping gives back the text (emphasis delimiters and labels aside).
    const plain = body.replace(/\*\*|\*/g, '').replace(/\\(.)/g, '$1').replace(/ {2}\n/g, '\n').replace(/^### /gm, '').trim();
    expect(plain.replace(/\s+⟩?/g, ' ').replace(/ \./g, '.')).toContain('Officials reportedly estimate the cost at <script>alert("x")</script> €210 million | in [the budget](javascript:alert(1)).');
    expect(md).toContain('\\[the budget\\]\\(javascript:alert\\(1\\)\\)');
    // Table rows keep their column count: pipes in cells are escaped.
    for (const row of md.split('\n').filter((l) => /^\| C\d+ \|/.test(l))) expect(row.split(/(?<!\\)\|/).length).toBe(9);
  });

  it('json, claimreview, webannotation: valid JSON equal to the input text, with no raw < or > (safe inside <script>)', () => {
    for (const format of ['json', 'claimreview', 'webannotation'] as const) {
      const content = out(format)[0].content;
      expect(content, format).not.toMatch(/[<>]/);
      expect(() => JSON.parse(content)).not.toThrow();
    }
    expect(JSON.parse(out('json')[0].content).text).toBe(article.text);
  });

  it('brat: the .ann keeps one annotation per line whatever the text holds', () => {
    const ann = out('brat')[1].content;
    for (const line of ann.trimEnd().split('\n')) expect(line).toMatch(/^(T\d+\t[\w-]+ [\d ;]+\t[^\t]*|R\d+\t\w+ Arg1:T\d+ Arg2:T\d+|A\d+\t\w+ T\d+ \w+|#\d+\tAnnotatorNotes T\d+\t[^\t]*)$/);
  });

  it('conll: two tab-separated columns on every token line', () => {
    for (const line of out('conll')[0].content.split('\n').slice(1).filter(Boolean)) expect(line.split('\t')).toHaveLength(2);
  });
});
