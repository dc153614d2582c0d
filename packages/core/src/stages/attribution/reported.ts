/**
 * Reported speech: a cue verb in a sentence, its source on one side and its
 * content on the other. "SOURCE CUE (that) CONTENT", "CONTENT, SOURCE CUE",
 * "CONTENT, CUE SOURCE", "According to SOURCE, CONTENT", "CONTENT, according to SOURCE".
 */
import { BETWEEN_SOURCE_AND_CUE, CUE_MIN_WEIGHT, isSpeechVerb } from './lexicon.js';
import {
  CLOSE_QUOTE,
  type FinderInput,
  type FoundAttribution,
  isLowerWord,
  OPEN_QUOTE,
  offsetsOf,
  SENTENCE_END,
  take,
  tokenAt,
} from './found.js';
import { isBoundary, leadingSubject, sourceAfter, sourceBefore } from './sources.js';

/** Words after a cue that show the content came before it ("…, Obama said on Tuesday"). */
const TRAILING_AFTER_CUE = new Set(['on', 'in', 'at', 'during', 'with', 'after', 'before', 'last', 'this', 'earlier', 'later', 'yesterday', 'today', 'recently', 'in']);
/** A cue that can close a tag ("…, Obama said"): a finite form, not a base form or participle. */
const FINITE_CUE = /(?:ed|[^s]s|^said|^told|^wrote|^thought|^says)$/;
const PARTICLES = new Set(['for', 'up', 'with', 'in', 'on', 'at', 'to', 'about', 'by', 'from', 'out', 'off', 'into', 'over', 'down', 'back']);
/** Learned cue words that are mostly nouns or adjectives outside a cue phrase ("in a statement", "well known"). */
const NOUN_LIKE = /(?:ment|ism|tion|sion)$|^(?:known|note|claim|report|tweet|state|view|word|words|statements?|interview)$/;
/** Fewest tokens a content span may have. */
const MIN_CONTENT_TOKENS = 2;

/** Content after the cue: from "that" (if near) to the sentence end, or to the close of a quote it opens. */
function contentAfter(input: FinderInput, from: number, sentenceEnd: number): [number, number] | null {
  const { tokens } = input;
  let start = from;
  for (let k = from; k < sentenceEnd && k < from + 5; k++) {
    if (tokens[k].text === 'that') {
      start = k;
      break;
    }
    if (isBoundary(tokens[k]) && !OPEN_QUOTE.has(tokens[k].text)) break;
  }
  while (start < sentenceEnd && (tokens[start].text === ':' || tokens[start].text === ',')) start++;
  let end = sentenceEnd;
  while (end > start && SENTENCE_END.has(tokens[end - 1].text)) end--;
  if (end - start < MIN_CONTENT_TOKENS) return null;
  let endOffset = tokens[end - 1].end;
  const quote = input.quoteOfToken[end - 1] >= 0 ? input.quotes[input.quoteOfToken[end - 1]] : null;
  if (quote && quote.close > endOffset) {
    endOffset = quote.close;
    take(input, end, tokenAt(tokens, quote.close));
  }
  return [tokens[start].start, endOffset];
}

/** Handles the cue at token `c`; returns the attribution and the token where scanning resumes. */
/** "X speaks of …, but insists …": a cue after a coordinator shares the subject of the sentence's last attribution. */
function sharedSubject(input: FinderInput, c: number, found: readonly FoundAttribution[]): [number, number] | null {
  const before = input.tokens[c - 1]?.text.toLowerCase();
  if (before !== 'but' && before !== 'and') return null;
  const sentence = input.sentences[input.sentenceOfToken[c]];
  const sentenceStart = input.tokens[sentence[0]].start;
  for (let i = found.length - 1; i >= 0; i--) {
    const cue = found[i].cue;
    if (cue && cue[0] >= sentenceStart && cue[1] <= input.tokens[c].start) return found[i].source;
  }
  return null;
}

function readCue(
  input: FinderInput,
  c: number,
  floor: number,
  sentenceEnd: number,
  found: readonly FoundAttribution[],
  advice: ModelAdvice,
): [FoundAttribution, number] | null {
  const { tokens } = input;
  const word = tokens[c].text;
  if (/^according$/i.test(word) && tokens[c + 1]?.text === 'to') {
    let k = c + 2;
    while (k < sentenceEnd && !isBoundary(tokens[k])) k++;
    if (k === c + 2) return null;
    const source = offsetsOf(tokens, c + 2, k);
    const cue = offsetsOf(tokens, c, c + 2);
    if (c - 1 > floor && tokens[c - 1].text === ',') {
      take(input, floor, k);
      return [{ direct: false, source, cue, content: offsetsOf(tokens, floor, c - 1), rule: 'attribution/according-to-after' }, k];
    }
    const content = contentAfter(input, k + 1, sentenceEnd);
    if (!content) return null;
    take(input, c, sentenceEnd);
    return [{ direct: false, source, cue, content, rule: 'attribution/according-to-before' }, sentenceEnd];
  }

  const sourceLeft = sourceBefore(tokens, c, floor);
  let boundary = c - 1;
  while (boundary >= floor && !isBoundary(tokens[boundary])) boundary--;
  const after = c + 1;
  const afterText = tokens[after]?.text ?? '';
  const opensSpeech = after < sentenceEnd && (afterText === ':' || OPEN_QUOTE.has(afterText) || afterText === 'that');
  // A tag set off by commas ("…, she said, but …") also closes the content before it.
  const trailing = sentenceEnd - after <= 6 || afterText === ',' || TRAILING_AFTER_CUE.has(afterText.toLowerCase()) || /^\p{Lu}/u.test(afterText);
  const leadTokens = boundary - floor;
  const leadEndsInQuote = boundary > floor && (CLOSE_QUOTE.has(tokens[boundary].text) || CLOSE_QUOTE.has(tokens[boundary - 1].text));
  // A participle after a comma ("…, hinting at …") introduces what follows.
  const participle = tokens[c - 1]?.text === ',' && /ing$/.test(word);
  const finite = FINITE_CUE.test(word);
  const sourceRight = sourceLeft ? null : sourceAfter(tokens, after, sentenceEnd);
  if (boundary >= floor && leadTokens >= 3 && finite && (sourceLeft || sourceRight) && !opensSpeech && !participle && (leadEndsInQuote || trailing)) {
    const source = sourceLeft ?? sourceRight;
    let contentEnd = boundary;
    while (contentEnd > floor && (tokens[contentEnd].text === ',' || isBoundary(tokens[contentEnd]) && !CLOSE_QUOTE.has(tokens[contentEnd].text))) contentEnd--;
    let resume = Math.max(c + 1, source ? source[1] : 0);
    const content = offsetsOf(tokens, floor, contentEnd + 1);
    let rule = 'attribution/reported-content-first';
    // "The plan, she said, is dead.": the content carries on after the tag.
    if (tokens[resume]?.text === ',' && !TRAILING_AFTER_CUE.has(tokens[resume + 1]?.text.toLowerCase() ?? '')) {
      const rest = contentAfter(input, resume + 1, sentenceEnd);
      if (rest) {
        content[1] = rest[1];
        resume = sentenceEnd;
        rule = 'attribution/reported-interrupted';
      }
    }
    // Content first with no resumed content: dev precision was 11%; the model reads these.
    if (rule === 'attribution/reported-content-first') return null;
    take(input, floor, resume);
    return [{ direct: false, source: source && offsetsOf(tokens, source[0], source[1]), cue: offsetsOf(tokens, c, c + 1), content, rule }, resume];
  }

  const content = contentAfter(input, after, sentenceEnd);
  if (!content) return null;
  // Where the learned span model reads content after this cue, it ends where the model ends it.
  const learned = advice.contentAfter(c);
  if (learned && learned > content[0] && learned < content[1]) content[1] = learned;
  // A participle after a comma ("…, hinting at") takes the clause's subject.
  const source = sourceLeft ?? (participle ? leadingSubject(tokens, input.sentences[input.sentenceOfToken[c]][0], c, input.cues) : null);
  take(input, source ? source[0] : c, sentenceEnd);
  return [
    {
      direct: false,
      source: source ? offsetsOf(tokens, source[0], source[1]) : sharedSubject(input, c, found),
      cue: offsetsOf(tokens, c, c + 1),
      content,
      rule: 'attribution/reported-cue-first',
    },
    sentenceEnd,
  ];
}

/** What the learned model tells the word rules: whether it allows a cue word, and where it ends the content after a cue (an offset, or null). */
export interface ModelAdvice {
  allowsCue(i: number): boolean;
  contentAfter(i: number): number | null;
}

const NO_ADVICE: ModelAdvice = { allowsCue: () => true, contentAfter: () => null };

function isCue(input: FinderInput, i: number, sentenceStart: number): boolean {
  const t = input.tokens[i].text;
  if (t === 'according' || (t === 'According' && i === sentenceStart)) return input.tokens[i + 1]?.text === 'to';
  // Adverbs ("reportedly", "allegedly") name no source; the hedges stage marks them.
  if (!isLowerWord(t) || input.cues.weight(t) < CUE_MIN_WEIGHT || t.endsWith('ly')) return false;
  if (isSpeechVerb(t)) return true;
  // A learned cue that is a participle or takes a particle ("spoke for", "shows up") seldom reports speech.
  const next = input.tokens[i + 1]?.text.toLowerCase() ?? '';
  return !t.endsWith('ing') && !PARTICLES.has(next) && !NOUN_LIKE.test(t);
}

/**
 * Reported speech in every sentence, skipping tokens earlier passes took and words inside quotes.
 * With `onlyAccordingTo`, only "according to" (whose source the model's heuristics would miss).
 */
export function findReportedSpeech(
  input: FinderInput,
  found: FoundAttribution[],
  onlyAccordingTo = false,
  advice: ModelAdvice = NO_ADVICE,
): void {
  for (const [start, end] of input.sentences) {
    let floor = start;
    for (let i = start; i < end; i++) {
      if (input.taken[i]) {
        floor = i + 1;
        continue;
      }
      if (input.quoteOfToken[i] >= 0 || !isCue(input, i, start) || !advice.allowsCue(i)) continue;
      if (onlyAccordingTo && input.tokens[i].text.toLowerCase() !== 'according') continue;
      const hit = readCue(input, i, floor, end, found, advice);
      if (!hit) continue;
      found.push(hit[0]);
      i = hit[1] - 1;
      floor = hit[1];
    }
  }
}

/** Speech verbs that close a sentence in an inverted tag ("…, say the Tories."). */
const INVERTED_CUES = new Set(['say', 'says', 'said', 'claim', 'claims', 'claimed', 'insist', 'insists', 'insisted', 'argue', 'argues', 'argued', 'allege', 'alleges', 'alleged', 'warn', 'warns', 'warned', 'add', 'adds', 'added', 'admit', 'admits', 'admitted']);
/** A time, not a source ("…, said Tuesday."). */
const TIME_WORDS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|january|february|march|april|may|june|july|august|september|october|november|december|last|this|earlier|later|on|in|at)$/i;
/** Most tokens of an inverted source ("the Tories", "Labour's Ken Smith", "senior officials"). */
const INVERTED_SOURCE = 6;

/**
 * `CONTENT, say SOURCE.`: a speech verb after a comma with only a short source before the sentence end
 * ("Tony Blair lied about the war, say the Tories."). Read before the model, which would take the source
 * for content and the content's subject for source. One look per sentence: linear.
 */
export function findInvertedTags(input: FinderInput, found: FoundAttribution[]): void {
  const { tokens } = input;
  for (const [start, end] of input.sentences) {
    let last = end;
    while (last > start && SENTENCE_END.has(tokens[last - 1].text)) last--;
    // The cue sits at most INVERTED_SOURCE + 1 tokens before the end.
    for (let c = Math.max(start + 3, last - INVERTED_SOURCE - 1); c < last - 1; c++) {
      if (!INVERTED_CUES.has(tokens[c].text) || tokens[c - 1].text !== ',') continue;
      let ok = true;
      // The source is a bare noun phrase: no auxiliary, no verb-like word ("…, said the talks had failed" is not one).
      for (let k = c + 1; k < last; k++) {
        const w = tokens[k].text;
        if (isBoundary(tokens[k]) || input.quoteOfToken[k] >= 0 || BETWEEN_SOURCE_AND_CUE.has(w.toLowerCase()) || /^\p{Ll}+(?:ed|ing)$/u.test(w) || input.cues.weight(w) > 0) ok = false;
      }
      for (let k = start; k < last; k++) if (input.taken[k]) ok = false;
      const first = tokens[c + 1].text;
      if (!ok || TIME_WORDS.test(first) || !(/^\p{Lu}/u.test(first) || /^(?:the|a|an|some|many|most|several|senior|two|three)$/.test(first))) continue;
      take(input, start, last);
      found.push({
        direct: false,
        source: offsetsOf(tokens, c + 1, last),
        cue: offsetsOf(tokens, c, c + 1),
        content: offsetsOf(tokens, start, c - 1),
        rule: 'attribution/reported-inverted',
      });
      break;
    }
  }
}
