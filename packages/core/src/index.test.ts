import { describe, expect, it } from 'vitest';
import * as core from './index.js';
import * as node from './node.js';

/**
 * The public API of @marginalia/core, by name. A change here is a change to what users
 * may import: add a name on purpose, never by accident.
 */
const PUBLIC_NAMES = [
  // analysis: an analyzer over a model source (issue #14: models are assets, loaded per analyzer)
  'createAnalyzer', 'Pipeline', 'createPipeline', 'defaultPipeline', 'defaultStages', 'emptyArticle', 'createContext',
  // the stages, in pipeline order, for composing pipelines
  'segmentStage', 'paragraphKindsStage', 'entitiesStage', 'coreferenceStage', 'rolesStage', 'attributionStage', 'hedgesStage',
  'sentenceScoresStage', 'claimsStage', 'techniquesStage', 'toneStage',
  // the model's value sets, schema and thresholds
  'SCHEMA_ID', 'analysisSchema', 'PARAGRAPH_KINDS', 'ENTITY_TYPES', 'CLAIM_KINDS', 'TECHNIQUE_LABELS', 'CHECKWORTHY_THRESHOLD',
  'VERDICTS', 'VERDICT_MARKERS',
  // span helpers and text segmentation
  'spanOf', 'trimRange', 'overlapLength', 'contains', 'allSpans', 'findSpanViolations', 'paragraphRanges', 'sentenceRanges', 'tokenize',
  'contentHash',
  // confidence
  'filterByConfidence',
  // model sources and loading (the model package, e.g. @marginalia/model-en, holds the weights)
  'fetchModelSource', 'memoryModelSource', 'ModelStore', 'ModelError',
];

/** `@marginalia/core/node`: the file-system source and an analyzer over @marginalia/model-en (core keeps none of its own). */
const NODE_NAMES = ['fileModelSource', 'shippedModels', 'createNodeAnalyzer'];

describe('@marginalia/core public API', () => {
  it('exports exactly the intended names', () => {
    expect(Object.keys(core).sort()).toEqual([...PUBLIC_NAMES].sort());
    expect(Object.keys(node).sort()).toEqual([...NODE_NAMES].sort());
  });

  it('exports functions and data of the right kinds', () => {
    expect(typeof core.createAnalyzer).toBe('function');
    expect(typeof node.createNodeAnalyzer).toBe('function');
    expect(core.SCHEMA_ID).toBe('marginalia/analysis@2');
    expect(core.CHECKWORTHY_THRESHOLD).toBeGreaterThan(0);
    expect(core.CHECKWORTHY_THRESHOLD).toBeLessThan(1);
    expect(core.defaultStages().map((s) => s.id)).toEqual(core.defaultPipeline().ids);
  });
});
