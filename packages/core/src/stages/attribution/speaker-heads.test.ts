/**
 * Issue #12: a source phrase whose head cannot speak ("The pair's long-running row") names nobody; the
 * attribution stays, unresolved and below the default output's least confidence.
 */
import { describe, expect, it } from 'vitest';
import { modelContext } from '../../../test/models.js';
import type { Article } from '../../model/types.js';
import { createPipeline, emptyArticle } from '../../pipeline.js';
import { coreferenceStage } from '../coreference/index.js';
import { entitiesStage } from '../entities/index.js';
import { rolesStage } from '../roles/index.js';
import { segmentStage } from '../segment.js';
import { MIN_CONFIDENCE } from './confidence.js';
import { attributionStage } from './index.js';
import { headCanSpeak } from './speaker-heads.js';

function analyse(text: string): Article {
  const article = emptyArticle(text);
  const context = modelContext();
  for (const stage of createPipeline([segmentStage(), entitiesStage(), coreferenceStage(), rolesStage(), attributionStage({ minConfidence: 0 })]).stages) stage.run(article, context);
  return article;
}

describe('headCanSpeak', () => {
  it('people, roles, groups, institutions and documents speak', () => {
    for (const head of ['a spokesman', 'Congressional sources', 'The jury', 'Many universities', 'the former monopoly', 'the report', 'The protesters', 'Action'])
      expect(headCanSpeak(head), head).toBe(true);
  });

  it('events, things and clauses do not', () => {
    for (const head of ["The pair's long-running row", 'Trump’s performance last night', 'net also backed the proposals', 'An open-ended list', 'a new search engine', 'six-man', 'well'])
      expect(headCanSpeak(head), head).toBe(false);
  });

  it('a trailing cue, adverb or relative is not the head', () => {
    const isCue = (w: string) => ['added', 'said', 'replies'].includes(w);
    expect(headCanSpeak('Mr Finegold replies', 'Mr Finegold replies', isCue)).toBe(true);
    expect(headCanSpeak('His transition team said', 'His transition team said', isCue)).toBe(true);
    expect(headCanSpeak('A senior intelligence official who')).toBe(true);
    expect(headCanSpeak('Child Support Agency widely')).toBe(true);
    expect(headCanSpeak('the alleged')).toBe(false);
  });

  it('looks past "that" to the subject of the clause', () => {
    expect(headCanSpeak('a fight', 'a fight with fans that commissioner David Stern')).toBe(true);
  });
});

describe('an attribution whose source names nobody', () => {
  it('keeps the phrase, unresolved, under the least confidence', () => {
    const text = 'The pair’s long-running row was put back in the headlines on Saturday when the tax was called unfair by critics. The long-running row said the talks were over.';
    const article = analyse(text);
    const row = article.attributions.find((a) => a.source?.text.includes('row'));
    expect(row).toBeDefined();
    expect(row?.sourceResolution).toBe('unresolved');
    expect(row?.source?.entity).toBeNull();
    expect(row?.confidence).toBeLessThan(MIN_CONFIDENCE);
  });

  it('a named speaker keeps its confidence', () => {
    const article = analyse('Dan Kerr said the talks were over.');
    expect(article.attributions[0].sourceResolution).toBe('linked');
    expect(article.attributions[0].confidence).toBeGreaterThanOrEqual(MIN_CONFIDENCE);
  });
});
