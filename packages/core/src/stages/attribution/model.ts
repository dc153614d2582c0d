/**
 * The learned pass: a cue classifier over candidate tokens and a content-span model
 * (both averaged perceptrons trained on PolNeAR train by `npm run train -- attribution`).
 * It finds attributions the rules miss (beliefs, intentions, long-tail cue verbs) and
 * chooses the content's boundaries. Sources come from the same heuristics the rules use.
 */
import type { ModelData, ModelSpec } from '../../models/store.js';
import { type FinderInput, type FoundAttribution, offsetsOf, take, tokenAt } from './found.js';
import { bestContent, groupCues, scoreOf } from './model-decode.js';
import { int16Values } from '../../models/views.js';
import { cueFeatures, TABLE_BITS, type TokenView, tokenView } from './model-features.js';
import type { ModelAdvice } from './reported.js';
import { leadingSubject, sourceAfter, sourceBefore } from './sources.js';

export const MODEL_RULE = 'attribution/model@1';

const CUE_PREPOSITIONS = new Set(['at', 'about', 'of', 'on', 'for', 'against', 'over', 'to', 'with']);
const MEASURE_UNITS = new Set(['seconds', 'minutes', 'hours', 'days', 'weeks', 'months', 'years', 'decades', 'times', 'minute', 'hour', 'day', 'week', 'month', 'year']);
const NUMBER_WORDS = new Set(['a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twelve', 'twenty', 'several', 'few', 'many', 'dozens', 'hundreds']);

/**
 * The pieces of a content that runs around its tag (`The plan, she said, is dead`): the tokens before
 * the tag and after it, without the commas or dashes that set the tag off; undefined when a piece would be empty.
 */
function aroundParts(view: TokenView, start: number, last: number, tagFirst: number, tagEnd: number, contentEnd: number): Array<[number, number]> | undefined {
  const tokens = view.input.tokens;
  let before = tagFirst;
  while (before > start && view.clausePunct[before - 1]) before--;
  let after = tagEnd;
  while (after <= last && view.clausePunct[after]) after++;
  if (before <= start || after > last) return undefined;
  return [
    [tokens[start].start, tokens[before - 1].end],
    [tokens[after].start, contentEnd],
  ];
}

/**
 * A content that is only a length of time or a count ("for over two hours", "three times")
 * says how long or how often someone spoke, not what they said.
 */
function isMeasureOnly(view: TokenView, start: number, last: number): boolean {
  if (last - start > 4 || !MEASURE_UNITS.has(view.words[last])) return false;
  for (let k = start; k < last; k++) if (view.shape[k] === 3 || NUMBER_WORDS.has(view.words[k])) return true;
  return false;
}

/** The attribution model as the model package ships it (`attribution.json`, int16 tables). */
export interface ShippedAttributionModel {
  tableBits: number;
  cueThreshold: number;
  contentWeight: number;
  contentCenter: number;
  acceptThreshold: number;
  ruleGate: number;
  vocab: string[];
  cueScale: number;
  /** 2^tableBits int16 weights, little-endian. */
  cue: Uint8Array;
  contentScale: number;
  content: Uint8Array;
}

export interface AttributionModel {
  vocab: Set<string>;
  cue: Float32Array;
  content: Float32Array;
  /** Cue tokens scoring above this are candidates. */
  cueThreshold: number;
  /** Weight of the best content's score in the decision to keep a cue, its centre, and the decision threshold. */
  contentWeight: number;
  contentCenter: number;
  acceptThreshold: number;
  /** Least cue score at which the later word rules may still use a word the classifier knows. */
  ruleGate: number;
}

function decodeTable(bytes: Uint8Array, scale: number, bits: number): Float32Array {
  // Over an int16 view (no copy where aligned): this loop runs once per process, interpreted, so fewer steps per weight count.
  if (bytes.length !== 2 << bits) throw new Error(`attribution model: expected 2^${bits} int16 weights, got ${bytes.length} bytes; retrain with npm run train -- attribution.`);
  const values = int16Values(bytes);
  const table = new Float32Array(1 << bits);
  for (let i = 0; i < table.length; i++) table[i] = values[i] * scale;
  return table;
}

/** Decodes the model's weights. */
export function decodeAttributionModel(data: ShippedAttributionModel): AttributionModel {
  if (data.tableBits !== TABLE_BITS) throw new Error(`attribution model: table of 2^${data.tableBits} weights, the features need 2^${TABLE_BITS}; retrain with npm run train -- attribution.`);
  return {
    vocab: new Set(data.vocab),
    cue: decodeTable(data.cue, data.cueScale, data.tableBits),
    content: decodeTable(data.content, data.contentScale, data.tableBits),
    cueThreshold: data.cueThreshold,
    contentWeight: data.contentWeight,
    contentCenter: data.contentCenter,
    acceptThreshold: data.acceptThreshold,
    ruleGate: data.ruleGate,
  };
}

/** The learned attribution pass's cue classifier and content-span model (PolNeAR train). */
export const ATTRIBUTION_MODEL: ModelSpec<AttributionModel> = {
  name: 'attribution',
  decode: (data: ModelData) => decodeAttributionModel(data as unknown as ShippedAttributionModel),
};

const features: number[] = [];

/** Cue tokens the classifier accepts, skipping tokens `skip` marks, with their scores. */
function cueTokens(view: TokenView, m: AttributionModel, skip: Uint8Array, scores: Float64Array): number[] {
  const out: number[] = [];
  for (let i = 0; i < view.words.length; i++) {
    if (skip[i] || !m.vocab.has(view.words[i])) continue;
    features.length = 0;
    cueFeatures(view, i, features);
    const score = scoreOf(m.cue, features);
    if (score > m.cueThreshold) {
      out.push(i);
      scores[i] = score;
    }
  }
  return out;
}

/**
 * Adds the model's attributions to `found`. `skip` marks tokens that must not be cues
 * (those earlier passes used as cues, sources or content). Cues are read surest first; a cue
 * inside the content or source an earlier one took is dropped (PolNeAR seldom nests attributions:
 * such cues were right a quarter of the time on dev).
 */
export function findModelAttributions(input: FinderInput, found: FoundAttribution[], skip: Uint8Array, m: AttributionModel): ModelAdvice {
  const view = tokenView(input);
  const { tokens } = input;
  const scores = new Float64Array(tokens.length);
  const cues = groupCues(view, cueTokens(view, m, skip, scores)).map((cue) => {
    let best = -Infinity;
    for (let k = cue.first; k < cue.end; k++) if (scores[k] > best) best = scores[k];
    return { cue, best };
  });
  cues.sort((a, b) => b.best - a.best || a.cue.first - b.cue.first);
  // A surer cue may not end up inside a later cue's content.
  const cueMarks = new Uint8Array(tokens.length);
  for (const { cue, best } of cues) {
    let taken = false;
    for (let k = cue.first; k < cue.end; k++) if (skip[k]) taken = true;
    if (taken) continue;
    const choice = bestContent(view, cue, m.content);
    if (!choice) continue;
    // A cue is kept when its own score and how well a content fits it agree (content scores centre near 60).
    const margin = best + m.contentWeight * (choice.score - m.contentCenter) - m.acceptThreshold;
    if (margin <= 0) continue;
    let swallows = false;
    for (let k = choice.start; k <= choice.last; k++) if (cueMarks[k]) swallows = true;
    if (swallows || isMeasureOnly(view, choice.start, choice.last)) continue;
    // A preposition between the cue and its content belongs to the cue ("hinting at", "called for", "spoke of").
    if (choice.kind === 'after' && choice.start === cue.end + 1 && CUE_PREPOSITIONS.has(view.words[cue.end])) cue.end++;
    const [s0, s1] = input.sentences[input.sentenceOfToken[cue.first]];
    let source: [number, number] | null;
    if (choice.kind === 'after') source = sourceBefore(tokens, cue.first, s0) ?? leadingSubject(tokens, s0, cue.first, input.cues);
    else if (choice.kind === 'around') source = sourceBefore(tokens, cue.first, choice.start);
    else source = sourceBefore(tokens, cue.first, choice.last + 1) ?? sourceAfter(tokens, cue.end, s1);
    take(input, cue.first, cue.end);
    cueMarks.fill(1, cue.first, cue.end);
    take(input, choice.start, choice.last + 1);
    if (source) take(input, source[0], source[1]);
    const content = offsetsOf(tokens, choice.start, choice.last + 1);
    // Content that reaches the sentence end inside a quote runs on to the quote's close.
    const q = input.quoteOfToken[choice.last];
    if (q >= 0 && choice.last + 2 >= s1 && input.quotes[q].innerEnd > content[1]) {
      content[1] = input.quotes[q].innerEnd;
      take(input, s1, tokenAt(tokens, input.quotes[q].close));
    }
    const parts = choice.kind === 'around' ? aroundParts(view, choice.start, choice.last, source ? Math.min(source[0], cue.first) : cue.first, cue.end, content[1]) : undefined;
    found.push({
      direct: false,
      source: source && offsetsOf(tokens, source[0], source[1]),
      cue: offsetsOf(tokens, cue.first, cue.end),
      content,
      ...(parts && { parts }),
      rule: MODEL_RULE,
      score: margin,
    });
  }
  // Later word rules may use a cue word the classifier knows only when it does not turn it down.
  return {
    allowsCue(i) {
      if (!m.vocab.has(view.words[i])) return true;
      features.length = 0;
      cueFeatures(view, i, features);
      return scoreOf(m.cue, features) > m.ruleGate;
    },
    contentAfter(i) {
      const choice = bestContent(view, { first: i, end: i + 1, head: view.hash[i] }, m.content);
      return choice && choice.kind === 'after' ? tokens[choice.last].end : null;
    },
  };
}
