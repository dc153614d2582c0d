/**
 * Frames that look like attributions and are not (issue #12): impersonal and epistemic frames are hedges,
 * not sources ("it seems that", "is expected to", "It now emerges that", "is reported to"); the author's own
 * "I think", "One wonders", "we can safely say" outside any quotation; a question put to someone
 * ("when asked about …", "was asked whether …"). Each test reads only the few tokens around the cue.
 */
import type { FinderInput, FoundAttribution } from './found.js';
import { tokenAt } from './found.js';

/** Cue words of impersonal or epistemic frames: whoever "seems" or "is expected" says nothing. */
const EPISTEMIC_CUES = /^(?:seems?|seemed|appears?|appeared|emerges?|emerged|expected|expects?|supposed|likely|unlikely|thought|believed|rumou?red)$/i;
/** Impersonal subjects: `It seems`, `There are questions over`. */
const IMPERSONAL_SOURCES = /^(?:it|there|this|that)$/i;
/** The author or the reader as subject, outside quotes: "I think", "One wonders", "we can safely say", "you may think". */
const AUTHOR_SOURCES = /^(?:i|we|one|you)$/i;
/** What the author does in their own voice: thinking, wondering, guessing ("we can safely say" is handled with its modal). */
const AUTHOR_CUES = /^(?:think|wonders?|wondered|believe|suppose|guess|suspect|doubt|imagine|reckon|feel|fear|hope|bet|assume|expect)$/;
const MODALS = new Set(['can', 'could', 'may', 'might', 'must', 'should', 'would', 'safely', 'fairly', 'confidently']);
/** Adverbs between an auxiliary and its participle ("are now expected to"). */
const ADVERBS = new Set(['now', 'also', 'still', 'widely', 'generally', 'already', 'not', 'long', 'often', 'commonly', 'largely', 'being']);
const PASSIVE_BEFORE = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being', 'when', 'if', 'after', 'once', 'whether']);

function words(text: string, span: [number, number] | null): string {
  return span ? text.slice(span[0], span[1]).trim() : '';
}

/** Why `f` is not an attribution (a short reason), or null when it may be one. */
export function notAttribution(input: FinderInput, f: FoundAttribution): string | null {
  const { text, tokens } = input;
  if (!f.cue) return null;
  const cueWords = words(text, f.cue).toLowerCase().split(/\s+/);
  const head = cueWords[0] ?? '';
  const source = words(text, f.source);
  const c = tokenAt(tokens, f.cue[0]);
  let b = c - 1;
  while (b > 0 && ADVERBS.has(tokens[b].text.toLowerCase())) b--;
  const before = tokens[b]?.text.toLowerCase() ?? '';
  const after = tokens[c + 1]?.text.toLowerCase() ?? '';
  // `is reported to`, `is said to`, `is expected to`: a hedge on the clause, not a source.
  if (!f.direct && PASSIVE_BEFORE.has(before) && after === 'to' && /^(?:reported|said|expected|thought|believed|known|understood|rumou?red|alleged)$/.test(head)) return 'hedge-frame';
  if (cueWords.every((w) => EPISTEMIC_CUES.test(w) || w === 'to') && (!source || IMPERSONAL_SOURCES.test(source) || PASSIVE_BEFORE.has(before))) return 'epistemic-frame';
  if (IMPERSONAL_SOURCES.test(source) && /^(?:seems?|seemed|appears?|appeared|emerges?|emerged|questions?|concerns?|hopes?|fears?)$/.test(head)) return 'impersonal-frame';
  // The author's own voice outside quotes (inside a quote, "I think" is the quoted speaker's).
  if (input.quoteOfToken[c] < 0 && !f.direct && authorFrame(source, head, before)) return 'author-voice';
  // A question put to someone: "when asked about …", "was asked whether …".
  if (/^ask(?:ed|ing)?$/.test(head) && PASSIVE_BEFORE.has(before)) return 'question';
  return null;
}

/** "I think", "we can safely say", "One wonders whether the minister [read] …": the source opens with the author's own frame. */
function authorFrame(source: string, head: string, before: string): boolean {
  const words = source.split(/\s+/);
  if (!AUTHOR_SOURCES.test(words[0] ?? '')) return false;
  if (words.length === 1) return AUTHOR_CUES.test(head) || (head === 'say' && MODALS.has(before));
  const second = (words[1] ?? '').toLowerCase();
  return AUTHOR_CUES.test(second) || (MODALS.has(second) && (head === 'say' || AUTHOR_CUES.test(head)));
}
