/**
 * Page metadata from an HTML document: JSON-LD (`NewsArticle` and kin) first, then
 * Open Graph and article meta tags, then plain meta tags and the document title.
 */

export interface PageMetadata {
  title: string | null;
  byline: string | null;
  published: string | null;
  siteName: string | null;
  canonicalUrl: string | null;
  description: string | null;
  language: string | null;
}

/** The JSON-LD types that describe an article's page. */
const ARTICLE_TYPES = new Set([
  'NewsArticle',
  'Article',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'BackgroundNewsArticle',
  'ReviewNewsArticle',
  'BlogPosting',
  'LiveBlogPosting',
  'Report',
  'ScholarlyArticle',
]);

type JsonObject = Record<string, unknown>;

/** A minimal DOM surface, so linkedom's and a browser's documents both fit. */
interface MetaDocument {
  querySelectorAll(selector: string): ArrayLike<{ getAttribute(name: string): string | null; textContent: string | null }>;
  querySelector(selector: string): { getAttribute(name: string): string | null; textContent: string | null } | null;
  title?: string;
}

export function readPageMetadata(document: MetaDocument, baseUrl?: string | null): PageMetadata {
  const ld = findArticleJsonLd(document);
  const meta = (...keys: string[]) => {
    for (const key of keys) {
      const el = document.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
      const value = clean(el?.getAttribute('content'));
      if (value) return value;
    }
    return null;
  };
  const canonical =
    clean(document.querySelector('link[rel="canonical"]')?.getAttribute('href')) ?? meta('og:url') ?? urlOf(ld?.url) ?? urlOf(ld?.mainEntityOfPage);
  const time = clean(document.querySelector('time[datetime]')?.getAttribute('datetime'));
  return {
    title: textOf(ld?.headline) ?? meta('og:title', 'twitter:title', 'dc.title', 'DC.title') ?? clean(document.querySelector('title')?.textContent),
    byline: namesOf(ld?.author) ?? meta('author', 'article:author', 'byl', 'dc.creator', 'DC.creator', 'parsely-author', 'sailthru.author'),
    published:
      textOf(ld?.datePublished) ??
      meta('article:published_time', 'datePublished', 'pubdate', 'publishdate', 'date', 'dc.date', 'DC.date', 'parsely-pub-date') ??
      time,
    siteName: namesOf(ld?.publisher) ?? meta('og:site_name', 'application-name', 'twitter:site'),
    canonicalUrl: canonical ? absolute(canonical, baseUrl) : null,
    description: textOf(ld?.description) ?? meta('description', 'og:description', 'twitter:description'),
    language: clean(document.querySelector('html')?.getAttribute('lang')) ?? textOf(ld?.inLanguage),
  };
}

/** The first JSON-LD object (top level, in an array or in `@graph`) whose type is an article type. */
export function findArticleJsonLd(document: MetaDocument): JsonObject | null {
  const scripts = document.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    let data: unknown;
    try {
      data = JSON.parse(scripts[i].textContent ?? '');
    } catch {
      continue; // A broken JSON-LD block is common on real pages; the meta tags still count.
    }
    const found = searchArticle(data, 0);
    if (found) return found;
  }
  return null;
}

function searchArticle(node: unknown, depth: number): JsonObject | null {
  if (depth > 4 || node === null || typeof node !== 'object') return null;
  if (Array.isArray(node)) {
    for (const item of node) {
      const found = searchArticle(item, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const obj = node as JsonObject;
  const types = ([] as unknown[]).concat(obj['@type'] ?? []);
  if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.has(t.replace(/^schema:/, '')))) return obj;
  return searchArticle(obj['@graph'], depth + 1);
}

function clean(value: string | null | undefined): string | null {
  const s = value?.replace(/\s+/g, ' ').trim();
  return s ? s : null;
}

function textOf(value: unknown): string | null {
  if (typeof value === 'string') return clean(value);
  if (Array.isArray(value)) return textOf(value[0]);
  return null;
}

/** Names from a string, a `{ name }` object or an array of either, joined with commas. */
function namesOf(value: unknown): string | null {
  const items = Array.isArray(value) ? value : value == null ? [] : [value];
  const names = items
    .map((item) => (typeof item === 'string' ? clean(item) : item && typeof item === 'object' ? textOf((item as JsonObject).name) : null))
    .filter((n): n is string => Boolean(n));
  return names.length > 0 ? names.join(', ') : null;
}

function urlOf(value: unknown): string | null {
  if (typeof value === 'string') return clean(value);
  if (value && typeof value === 'object') return textOf((value as JsonObject)['@id']) ?? textOf((value as JsonObject).url);
  return null;
}

function absolute(url: string, base: string | null | undefined): string {
  try {
    return new URL(url, base ?? undefined).href;
  } catch {
    return url;
  }
}
