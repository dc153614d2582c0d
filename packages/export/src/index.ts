/** @marginalia/export: export formats from an Article plus a reviewer's verdicts. Isomorphic (no Node built-ins). */
import type { Article, Review } from '@marginalia/core';
import { renderBrat } from './brat.js';
import { renderClaimReview, type ClaimReviewOptions } from './claimreview.js';
import { renderConll } from './conll.js';
import { renderHtmlReport } from './html.js';
import { renderReviewedJson } from './json.js';
import { renderMarkdownReport } from './markdown.js';
import { renderWebAnnotation } from './webannotation.js';

export const EXPORT_FORMATS = ['markdown', 'json', 'html', 'claimreview', 'webannotation', 'brat', 'conll'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFile {
  /** What to append to the output path (`.md`, `.jsonld`, `.txt`, ...). */
  suffix: string;
  content: string;
}

export type ExportOptions = ClaimReviewOptions;

/** Renders an article (and the verdicts recorded on it, if any) in one export format. */
export function exportArticle(format: ExportFormat, article: Article, review?: Review | null, options: ExportOptions = {}): { files: ExportFile[] } {
  switch (format) {
    case 'markdown':
      return { files: [{ suffix: '.md', content: renderMarkdownReport(article, review) }] };
    case 'html':
      return { files: [{ suffix: '.html', content: renderHtmlReport(article, review) }] };
    case 'json':
      return { files: [{ suffix: '.json', content: renderReviewedJson(article, review) }] };
    case 'claimreview':
      return { files: [{ suffix: '.claimreview.jsonld', content: renderClaimReview(article, review, options) }] };
    case 'webannotation':
      return { files: [{ suffix: '.annotations.jsonld', content: renderWebAnnotation(article, review) }] };
    case 'brat': {
      const { txt, ann } = renderBrat(article, review);
      return { files: [{ suffix: '.txt', content: txt }, { suffix: '.ann', content: ann }] };
    }
    case 'conll':
      return { files: [{ suffix: '.conll', content: renderConll(article) }] };
    default:
      throw new Error(`Unknown export format "${String(format)}": expected one of ${EXPORT_FORMATS.join(', ')}.`);
  }
}

export { renderBrat } from './brat.js';
export { claimReviews, renderClaimReview } from './claimreview.js';
export type { ClaimReviewOptions } from './claimreview.js';
export { renderConll } from './conll.js';
export { renderHtmlReport } from './html.js';
export { renderReviewedJson, reviewedArticle } from './json.js';
export { renderMarkdownReport } from './markdown.js';
export { renderWebAnnotation, webAnnotations } from './webannotation.js';
