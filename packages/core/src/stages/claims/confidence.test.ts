import { loadedModels, modelContext } from '../../../test/models.js';
import { analyzeSync } from '../../../test/models.js';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../context.js';
import { CLAIM_KINDS } from '../../model/types.js';
import { emptyArticle } from '../../pipeline.js';
import { segmentStage } from '../segment.js';
import { CHROME_CLAIM_CONFIDENCE, CLAIM_CONFIDENCE_MODEL, claimConfidence as confidenceUnder, type ClaimConfidenceInput } from './confidence.js';
import { claimsStage } from './index.js';

const weights = loadedModels().get(CLAIM_CONFIDENCE_MODEL);
const claimConfidence = (input: ClaimConfidenceInput, kind?: Parameters<typeof confidenceUnder>[2]) => confidenceUnder(input, weights, kind);

describe('claim confidence', () => {
  it('is in 0..1 for every kind and score, and rises with check-worthiness', () => {
    for (const kind of CLAIM_KINDS) {
      let last = -1;
      for (const cw of [0, 0.001, 0.1, 0.3, 0.5, 0.7, 0.9, 0.999, 1]) {
        for (const subjectivity of [0, 0.5, 1]) {
          const c = claimConfidence({ checkworthiness: cw, subjectivity, kind, reasons: ['claim/attributed', 'claim/hedged-report'] });
          expect(c).toBeGreaterThanOrEqual(0);
          expect(c).toBeLessThanOrEqual(1);
        }
        const c = claimConfidence({ checkworthiness: cw, subjectivity: 0.2, kind, reasons: [] });
        expect(c).toBeGreaterThanOrEqual(last);
        last = c;
      }
    }
  });

  it('stays low outside body text and headings, whatever the scores', () => {
    const sure = { checkworthiness: 1, subjectivity: 0, kind: 'statistical' as const, reasons: ['claim/checkworthy', 'claim/statistic'] };
    expect(claimConfidence(sure, 'body')).toBeGreaterThan(0.5);
    expect(claimConfidence(sure, 'boilerplate')).toBeLessThanOrEqual(CHROME_CLAIM_CONFIDENCE);
    expect(claimConfidence(sure, 'byline')).toBeLessThanOrEqual(CHROME_CLAIM_CONFIDENCE);
  });

  it('every claim of the default pipeline carries one; a chrome paragraph yields no confident claim', () => {
    const text =
      'Unemployment fell to 4.2% in the port town, the ministry said on Monday.\n\nSubscribe to our newsletter for just $5 a month. Donate now to support our 1,000 reporters.\n\nThe new ferry will carry cars from June.';
    const article = analyzeSync(text);
    expect(article.claims.length).toBeGreaterThan(0);
    for (const claim of article.claims) {
      expect(claim.confidence).toBeGreaterThanOrEqual(0);
      expect(claim.confidence).toBeLessThanOrEqual(1);
    }
    const chrome = article.paragraphs[1];
    expect(chrome.kind).toBe('boilerplate');
    const inChrome = article.claims.filter((c) => c.start >= chrome.start && c.end <= chrome.end);
    for (const claim of inChrome) expect(claim.confidence).toBeLessThanOrEqual(CHROME_CLAIM_CONFIDENCE);
  });

  it('caps a claim whose paragraph is chrome even when the sentence scores high', () => {
    const article = emptyArticle('Prices rose 40% in 2023, officials said.');
    segmentStage().run(article, modelContext());
    for (const s of article.sentences) (s.checkworthiness = 0.99), (s.subjectivity = 0);
    article.paragraphs[0].kind = 'heading';
    claimsStage().run(article, modelContext());
    expect(article.claims[0].confidence).toBeGreaterThan(0.5);
    // A stage that stopped skipping chrome would still not list it with confidence.
    const kinds = ['boilerplate', 'byline'] as const;
    for (const kind of kinds) expect(claimConfidence({ checkworthiness: 0.99, subjectivity: 0, kind: 'statistical', reasons: [] }, kind)).toBeLessThanOrEqual(CHROME_CLAIM_CONFIDENCE);
  });
});
