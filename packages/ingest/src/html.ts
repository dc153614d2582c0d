import { createRequire } from 'node:module';
import type { Readability } from '@mozilla/readability';
import type { parseHTML } from 'linkedom';
import { readPageMetadata, type PageMetadata } from './metadata.js';

/**
 * HTML to article text: page chrome that Readability may keep (cookie banners, ads,
 * share bars, navigation) is removed first, Readability picks the main content on
 * linkedom's DOM, and its headings, paragraphs, list items and quotes become
 * paragraphs joined by blank lines (the segmenter splits paragraphs there).
 */

export interface HtmlResult {
  text: string;
  meta: PageMetadata;
}

/** Elements that are never article text. */
const NEVER_TEXT = 'script, style, noscript, template, iframe, svg, canvas, form, button, input, select, textarea, nav, aside, dialog, object, embed';

/** Landmarks and states that mark page chrome rather than content. */
const CHROME_SELECTOR = [
  '[role="navigation"]',
  '[role="banner"]',
  '[role="contentinfo"]',
  '[role="complementary"]',
  '[role="dialog"]',
  '[role="alertdialog"]',
  '[aria-hidden="true"]',
  '[hidden]',
  'body > header',
  'body > footer',
].join(', ');

/** Class or id words that mark chrome: consent banners, ads, share bars, newsletter boxes. */
const CHROME_WORDS =
  /(?:^|[-_\s])(cookies?|consent|gdpr|cmp|ads?|advert\w*|sponsor\w*|promo\w*|newsletter|subscribe|subscription|paywall|share|sharing|social|related|recommended|popup|modal|outbrain|taboola|breadcrumbs?|comments?|skip-link)(?:[-_\s]|$)/i;

/** Block elements: each one starts and ends a paragraph of the output. */
const BLOCKS = new Set([
  'P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'FIGCAPTION', 'DT', 'DD', 'TD', 'TH', 'CAPTION',
  'DIV', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'MAIN', 'UL', 'OL', 'DL', 'TABLE', 'TR', 'FIGURE', 'ADDRESS', 'HR',
]);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

interface HtmlLibraries {
  parseHTML: typeof parseHTML;
  Readability: typeof Readability;
}

let libraries: HtmlLibraries | undefined;

/**
 * linkedom and Readability, loaded on the first HTML page: they take about 100 ms to load,
 * which plain text and Markdown (and `marginalia analyze story.txt`) need not pay.
 */
function htmlLibraries(): HtmlLibraries {
  if (!libraries) {
    const require = createRequire(import.meta.url);
    libraries = {
      parseHTML: (require('linkedom') as typeof import('linkedom')).parseHTML,
      Readability: (require('@mozilla/readability') as typeof import('@mozilla/readability')).Readability,
    };
  }
  return libraries;
}

export function extractHtml(html: string, baseUrl?: string | null): HtmlResult {
  const { parseHTML, Readability } = htmlLibraries();
  const { document } = parseHTML(html);
  // Metadata first: Readability rewrites the document it reads.
  const meta = readPageMetadata(document as never, baseUrl);
  removeChrome(document);
  let article: ReturnType<Readability<string>['parse']> = null;
  try {
    article = new Readability(document as never, { charThreshold: 100, keepClasses: false }).parse();
  } catch {
    article = null; // Readability gives up on some odd documents; the body text below still serves.
  }
  let text = '';
  if (article?.content) {
    const { document: content } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
    text = blocksToText(content.body as unknown as DomNode);
  }
  if (!text.trim()) text = blocksToText(document.body as unknown as DomNode);
  return {
    text,
    meta: {
      ...meta,
      title: meta.title ?? clean(article?.title),
      byline: meta.byline ?? clean(article?.byline),
      siteName: meta.siteName ?? clean(article?.siteName),
      published: meta.published ?? clean(article?.publishedTime),
    },
  };
}

function clean(value: string | null | undefined): string | null {
  const s = value?.replace(/\s+/g, ' ').trim();
  return s ? s : null;
}

function removeChrome(document: ReturnType<typeof parseHTML>['document']): void {
  for (const el of Array.from(document.querySelectorAll(`${NEVER_TEXT}, ${CHROME_SELECTOR}`))) el.remove();
  for (const el of Array.from(document.querySelectorAll('[class], [id]'))) {
    const words = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    // Never drop the document's main containers, whatever their class says.
    if (CHROME_WORDS.test(words) && !['HTML', 'BODY', 'MAIN', 'ARTICLE'].includes(el.tagName)) el.remove();
  }
}

/** Walks the DOM and returns its text as paragraphs separated by blank lines. */
export function blocksToText(root: DomNode | null): string {
  if (!root) return '';
  const blocks: string[] = [];
  let inline = '';
  const flush = () => {
    const text = inline.replace(/[ \t\r\n\f]+/g, ' ').replace(/ ?\u2028 ?/g, '\n').trim();
    if (text) blocks.push(text);
    inline = '';
  };
  const walk = (node: DomNode) => {
    if (node.nodeType === 3) {
      inline += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const name = node.nodeName.toUpperCase();
    if (name === 'SCRIPT' || name === 'STYLE' || name === 'NOSCRIPT' || name === 'TEMPLATE') return;
    if (name === 'BR') {
      inline += '\u2028'; // A line break inside a paragraph; turned into "\n" after spaces collapse.
      return;
    }
    if (name === 'PRE') {
      flush();
      const pre = (node.textContent ?? '').replace(/\r\n?/g, '\n').replace(/\n{2,}/g, '\n').trim();
      if (pre) blocks.push(pre);
      return;
    }
    const block = BLOCKS.has(name);
    if (block) flush();
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]);
    if (block) flush();
  };
  walk(root);
  flush();
  return blocks.join('\n\n');
}
