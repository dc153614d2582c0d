import { describe, expect, it } from 'vitest';
import * as api from './index.js';

describe('@marginalia/export public API', () => {
  it('exports exactly the intended names', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        'EXPORT_FORMATS', 'exportArticle',
        'renderMarkdownReport', 'renderHtmlReport', 'renderReviewedJson', 'reviewedArticle',
        'renderClaimReview', 'claimReviews', 'renderWebAnnotation', 'webAnnotations', 'renderBrat', 'renderConll',
        'renderBratConfig', 'claimReviewMarkupPage', 'doccanoRecord', 'labelStudioTask', 'renderLabelStudio', 'goldFromDoccano', 'goldFromLabelStudio', 'GOLD_SCHEMA', 'labelStudioConfig',
        'ExportError', 'isExportError', 'entityLabel', 'LABEL_SCHEMES', 'articleWithOffsets', 'OFFSET_UNITS', 'FORMAT_OFFSETS',
      ].sort(),
    );
  });

  it('lists every format exportArticle accepts', () => {
    expect(api.EXPORT_FORMATS).toEqual([
      'markdown', 'json', 'html', 'claimreview', 'claimreview-page', 'webannotation', 'brat', 'conll', 'doccano', 'labelstudio', 'labelstudio-config',
    ]);
  });
});
