import { describe, expect, it } from 'vitest';
import * as api from './index.js';

describe('@marginalia/ingest public API', () => {
  it('exports exactly the intended names', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        // loading any input kind
        'loadArticle', 'loadFile', 'loadStream', 'loadUrl', 'articleFromBytes', 'articleFromText', 'inputLabel', 'DEFAULT_MAX_BYTES',
        // errors
        'InputError', 'isInputError',
        // decoding and format detection
        'decodeText', 'firstInvalidUtf8', 'normalizeCharset', 'formatFromContentType', 'formatFromName', 'looksLikeHtml', 'sniffFormat', 'sniffMetaCharset',
        // the format readers
        'markdownToText', 'extractHtml', 'blocksToText', 'readPageMetadata', 'findArticleJsonLd',
        // fetching
        'fetchPage', 'isHttpUrl', 'isOtherSchemeUrl', 'DEFAULT_MAX_REDIRECTS', 'DEFAULT_TIMEOUT_MS',
      ].sort(),
    );
  });
});
