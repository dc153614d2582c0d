/** @marginalia/core: the article model and the analysis pipeline. Named exports only. */
export { createAnalyzer, createPipeline, defaultPipeline, defaultStages, emptyArticle, Pipeline } from './pipeline.js';
export type { Analyzer, AnalyzerOptions, AnalyzeOptions } from './pipeline.js';
export { fetchModelSource, memoryModelSource, ModelError, ModelStore } from './models/store.js';
export type { AbortSignalLike, ManifestFile, ManifestModel, ModelData, ModelManifest, ModelPackageInfo, ModelSource, ModelSpec } from './models/store.js';
export { createContext } from './context.js';
export type { AnalysisContext, NerMention, Stage, Token } from './context.js';
export { CLAIM_KINDS, ENTITY_TYPES, PARAGRAPH_KINDS, SCHEMA_ID } from './model/types.js';
export type {
  Article,
  ArticleMeta,
  Attribution,
  AttributionSource,
  Claim,
  ClaimKind,
  Cooccurrence,
  Entity,
  EntityType,
  Hedge,
  Mention,
  Paragraph,
  ParagraphKind,
  Sentence,
  SourcingProfile,
  Span,
  Technique,
  ToneFigures,
  ToneReport,
} from './model/types.js';
export { contains, overlapLength, spanOf, trimRange } from './model/span.js';
export { allSpans, findSpanViolations } from './model/spans.js';
export type { LabelledSpan } from './model/spans.js';
export { analysisSchema, TECHNIQUE_LABELS } from './model/schema.js';
export { filterByConfidence } from './model/confidence.js';
export { paragraphRanges } from './text/paragraphs.js';
export { sentenceRanges } from './text/sentences.js';
export { tokenize } from './text/tokens.js';
export { segmentStage } from './stages/segment.js';
export { paragraphKindsStage } from './stages/paragraph-kinds/index.js';
export { entitiesStage } from './stages/entities/index.js';
export { coreferenceStage } from './stages/coreference/index.js';
export { rolesStage } from './stages/roles/index.js';
export { attributionStage } from './stages/attribution/index.js';
export { hedgesStage } from './stages/hedges/index.js';
export { sentenceScoresStage } from './stages/sentence-scores/index.js';
export { claimsStage } from './stages/claims/index.js';
export { techniquesStage } from './stages/techniques/index.js';
export { toneStage } from './stages/tone/index.js';
export { VERDICT_MARKERS, VERDICTS } from './model/review.js';
export type { ClaimVerdict, Review, Verdict } from './model/review.js';
export { contentHash } from './model/hash.js';
export { CHECKWORTHY_THRESHOLD } from './stages/sentence-scores/index.js';
