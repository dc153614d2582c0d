/** @marginalia/export: export formats from an Article plus a reviewer's verdicts. Isomorphic (no Node built-ins). */
import type { Article, Review } from '@marginalia/core';
import { renderBrat } from './brat.js';
import { renderBratConfig } from './brat-config.js';
import { claimReviews, type ClaimReviewOptions } from './claimreview.js';
import { claimReviewMarkupPage } from './claimreview-page.js';
import { renderConll } from './conll.js';
import { renderDoccano } from './doccano.js';
import { safeJson } from './escape.js';
import { renderHtmlReport } from './html.js';
import { reviewedArticle } from './json.js';
import { type LabelScheme } from './labels.js';
import { labelStudioTask, renderLabelStudio } from './labelstudio.js';
import { labelStudioConfig } from './labelstudio-config.js';
import { renderMarkdownReport } from './markdown.js';
import { articleWithOffsets, type OffsetUnit } from './offsets.js';
import { renderWebAnnotation } from './webannotation.js';

export const EXPORT_FORMATS = [
  'markdown', 'json', 'html', 'claimreview', 'claimreview-page', 'webannotation', 'brat', 'conll', 'doccano', 'labelstudio', 'labelstudio-config',
] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * The offset unit each format writes. `chosen` formats follow `--offsets` (UTF-16 by default);
 * the others count what their consumer counts, whatever is asked.
 */
export const FORMAT_OFFSETS: Record<ExportFormat, OffsetUnit | 'chosen' | null> = {
  markdown: null, html: null, 'labelstudio-config': null, claimreview: null, 'claimreview-page': null,
  json: 'chosen', doccano: 'chosen', conll: null,
  webannotation: 'codepoint', brat: 'codepoint', labelstudio: 'codepoint',
};

export interface ExportFile {
  /** What to append to the output path (`.md`, `.jsonld`, `.txt`, ...). */
  suffix: string;
  content: string;
  /** A file named for the whole output folder rather than the article (brat's `annotation.conf`). */
  name?: string;
}

export interface ExportOptions extends ClaimReviewOptions {
  /** Offsets of `json` and `doccano`: UTF-16 code units (default) or Unicode code points. */
  offsets?: OffsetUnit;
  /** Entity labels of `conll`, `doccano`, `labelstudio` and its config. */
  labels?: LabelScheme;
  /** `model_version` of Label Studio predictions. */
  modelVersion?: string;
  /** The article's id in a corpus (doccano and Label Studio keep it). */
  id?: string;
}

export interface ExportResult {
  files: ExportFile[];
  /** Things the user should be told (on standard error), such as claims left out. */
  notices: string[];
}

/**
 * Renders an article (and the verdicts recorded on it, if any) in one export format.
 * Throws an ExportError when the options or the article cannot make the format
 * (a ClaimReview without --review-url or without any verdict).
 */
export function exportArticle(format: ExportFormat, article: Article, review?: Review | null, options: ExportOptions = {}): ExportResult {
  const notices: string[] = [];
  const fixed = FORMAT_OFFSETS[format];
  if (options.offsets && options.offsets !== 'utf16' && fixed !== 'chosen') {
    notices.push(fixed === null ? `--offsets does not apply to ${format}, which has no offsets.` : `${format} always counts Unicode code points (its consumer does); --offsets is not used.`);
  }
  const leftOut = (unreviewed: number) => {
    if (unreviewed > 0) notices.push(`${unreviewed} claim${unreviewed === 1 ? '' : 's'} without a verdict left out (record verdicts with \`marginalia read\`).`);
  };
  const files = (list: ExportFile[]): ExportResult => ({ files: list, notices });
  switch (format) {
    case 'markdown':
      return files([{ suffix: '.md', content: renderMarkdownReport(article, review) }]);
    case 'html':
      return files([{ suffix: '.html', content: renderHtmlReport(article, review) }]);
    case 'json':
      return files([{ suffix: '.json', content: `${safeJson(articleWithOffsets(reviewedArticle(article, review), options.offsets ?? 'utf16'))}\n` }]);
    case 'claimreview': {
      const { reviews, unreviewed } = claimReviews(article, review, options);
      leftOut(unreviewed);
      if (!options.publisher && !options.reviewer) notices.push('no --publisher: the reviews carry no author (Google recommends naming the fact-checking organisation).');
      return files([{ suffix: '.claimreview.jsonld', content: `${safeJson(reviews)}\n` }]);
    }
    case 'claimreview-page': {
      const { page, unreviewed } = claimReviewMarkupPage(article, review, options);
      leftOut(unreviewed);
      if (!options.publisher && !options.reviewer) notices.push('no --publisher: the page carries no claimReviewAuthor (the Fact Check Tools API asks for the fact-checking organisation).');
      return files([{ suffix: '.claimreview-page.json', content: `${safeJson(page)}\n` }]);
    }
    case 'webannotation':
      return files([{ suffix: '.annotations.jsonld', content: renderWebAnnotation(article, review) }]);
    case 'brat': {
      const { txt, ann } = renderBrat(article, review);
      const { annotationConf, visualConf } = renderBratConfig([ann]);
      return files([
        { suffix: '.txt', content: txt },
        { suffix: '.ann', content: ann },
        { suffix: '', name: 'annotation.conf', content: annotationConf },
        { suffix: '', name: 'visual.conf', content: visualConf },
      ]);
    }
    case 'conll':
      return files([{ suffix: '.conll', content: renderConll(article, options.labels) }]);
    case 'doccano':
      return files([{ suffix: '.jsonl', content: renderDoccano(article, options) }]);
    case 'labelstudio':
      return files([{ suffix: '.labelstudio.json', content: renderLabelStudio([labelStudioTask(article, options)]) }]);
    case 'labelstudio-config':
      return files([{ suffix: '.labelstudio.xml', content: labelStudioConfig(options.labels) }]);
    default:
      throw new Error(`Unknown export format "${String(format)}": expected one of ${EXPORT_FORMATS.join(', ')}.`);
  }
}

export { renderBrat } from './brat.js';
export { renderBratConfig } from './brat-config.js';
export { claimReviews, renderClaimReview } from './claimreview.js';
export type { ClaimReviewOptions } from './claimreview.js';
export { claimReviewMarkupPage } from './claimreview-page.js';
export { renderConll } from './conll.js';
export { doccanoRecord } from './doccano.js';
export { ExportError, isExportError } from './errors.js';
export { goldFromDoccano, goldFromLabelStudio, GOLD_SCHEMA } from './gold.js';
export type { GoldDocument } from './gold.js';
export { renderHtmlReport } from './html.js';
export { renderReviewedJson, reviewedArticle } from './json.js';
export { entityLabel, LABEL_SCHEMES } from './labels.js';
export type { LabelScheme } from './labels.js';
export { labelStudioTask, renderLabelStudio } from './labelstudio.js';
export { labelStudioConfig } from './labelstudio-config.js';
export { renderMarkdownReport } from './markdown.js';
export { articleWithOffsets, OFFSET_UNITS } from './offsets.js';
export type { OffsetUnit } from './offsets.js';
export { renderWebAnnotation, webAnnotations } from './webannotation.js';
