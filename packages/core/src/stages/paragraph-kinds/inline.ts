import { sentenceRanges } from '../../text/sentences.js';
import { shareRun } from './link-lists.js';
import { CREDIT_SOURCE } from './rules.js';

/** A stretch of page chrome inside a line of article text, and the rule that found it. */
export interface ChromePiece {
  start: number;
  end: number;
  rule: string;
}

/*
 * Web extracts glue chrome to article text on one line: a photo caption before the story,
 * "Click here for full story." between teasers, a share bar before the headline, the
 * copyright or contact line after the last sentence. Each finder below needs the chrome's own
 * wording at a sentence boundary, so a sentence that merely mentions copyright stays whole.
 */

const READ_MORE =
  /(?:click\s+here\s+(?:for|to\s+read)\s+(?:the\s+)?(?:full|whole|complete)\s+(?:story|article|report)|(?:read|see)\s+(?:the\s+)?full\s+(?:story|article)|continue\s+reading)\s*[.:!»›>]+/giy;
const COPYRIGHT = /(?:Copyright\s*(?:©|\([cC]\))?|©)\s*\d{4}(?:\s*[-–]\s*\d{4})?\b/g;
const NOTICE = /\ball\s+rights\s+reserved\b|\bmay\s+not\s+be\s+(?:re)?(?:published|produced|distributed)\b/i;
const CONTACT =
  /(?:Contact|E-?mail|Reach|Write\s+to)\s+(?:the\s+)?(?:writers?|authors?|reporters?|columnist|\p{Lu}(?:\.|[\p{L}'’-]*)(?:\s+\p{Lu}(?:\.|[\p{L}'’-]*)){0,3})\s+(?:at|on|via)\s/gu;
/** A phone number: fixed width, so a scan of a whole line stays linear. */
const PHONE = /\d{3}[-. )]\d{3}[-. ]\d{4}/;
/** An e-mail address or a phone number (run on short pieces only: see tailNotice). */
const ADDRESS = new RegExp(`[\\w.+-]+@[\\w-]+\\.[\\w.]+|${PHONE.source}`);
const CREDIT = new RegExp(CREDIT_SOURCE, 'gu');
const MAX_CAPTION = 300;

/** The chrome pieces of the line [start, end) of `text`, in order and not overlapping. */
export function chromePieces(text: string, start: number, end: number): ChromePiece[] {
  const pieces: ChromePiece[] = [];
  const share = shareRun(text, start, end);
  if (share.items >= 2 && /[|•·]/.test(text.slice(start, share.end)) && share.end < end) pieces.push({ start, end: share.end, rule: 'boilerplate/share' });
  for (let i = start; i < end; i++) {
    if (!atSentenceStart(text, i, start)) continue;
    READ_MORE.lastIndex = i;
    const m = READ_MORE.exec(text);
    if (m && m.index + m[0].length <= end) {
      pieces.push({ start: i, end: m.index + m[0].length, rule: 'boilerplate/read-more' });
      i = m.index + m[0].length - 1;
    }
  }
  captions(text, start, end, pieces);
  const tail = tailNotice(text, start, end);
  if (tail) pieces.push(tail);
  pieces.sort((a, b) => a.start - b.start);
  return pieces.filter((p, k) => k === 0 || p.start >= pieces[k - 1].end);
}

/** True at `i` when a sentence may begin there: the line's start, or after a sentence end and a space. */
function atSentenceStart(text: string, i: number, lineStart: number): boolean {
  if (i === lineStart) return true;
  if (text[i - 1] !== ' ') return false;
  return /[.!?"”’)]/.test(text[i - 2] ?? '');
}

/** "An official separates the players. Jane Doe/Getty Images": the credit and the sentence before it. */
function captions(text: string, start: number, end: number, out: ChromePiece[]): void {
  // Scan the line alone, so each line costs its own length.
  const line = text.slice(start, end);
  // Every credit has its slash ("Jane Doe/Getty Images"): without one the big pattern need not be compiled or run.
  if (!line.includes('/')) return;
  CREDIT.lastIndex = 0;
  for (let m = CREDIT.exec(line); m; m = CREDIT.exec(line)) {
    const s = start + m.index;
    const creditEnd = s + m[0].length;
    if (s > start && !/\s/.test(text[s - 1])) continue;
    // The credit must close its caption: the line ends or a new capitalised stretch starts.
    if (creditEnd < end && !/^\.?\s+[\p{Lu}\p{N}"“‘]/u.test(text.slice(creditEnd, creditEnd + 3))) continue;
    // A caption is one short sentence; a longer stretch before the credit is left alone. Looking
    // back no further than a caption's length keeps a line full of credits linear.
    const from = Math.max(start, s - MAX_CAPTION);
    const before = sentenceRanges(text, from, s);
    const last = before[before.length - 1];
    const captionStart = last && (last[0] > from || from === start) ? last[0] : s;
    out.push({ start: captionStart, end: creditEnd + (text[creditEnd] === '.' ? 1 : 0), rule: 'boilerplate/caption' });
  }
}

/** A copyright notice or a contact line that runs from a sentence start to the end of the line. */
function tailNotice(text: string, start: number, end: number): ChromePiece | undefined {
  const line = text.slice(start, end);
  for (const [re, rule] of [
    [COPYRIGHT, 'boilerplate/rights'],
    [CONTACT, 'boilerplate/contact'],
  ] as const) {
    // A contact line counts only with an address after it (see below), so a line without one needs no
    // contact search. Tested by what an address needs, an "@" or a phone number: ADDRESS itself, run
    // over a whole line, is quadratic on a long run of word characters and dots with no "@" (200,000
    // dots took 38 s); it runs below on pieces of at most 300 characters.
    if (re === CONTACT && !line.includes('@') && !PHONE.test(line)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(line); m; m = re.exec(line)) {
      const s = start + m.index;
      if (!atSentenceStart(text, s, start) || end - s > 300) continue;
      const piece = text.slice(s, end);
      if (rule === 'boilerplate/rights' ? NOTICE.test(piece) || piece.length <= 80 : ADDRESS.test(piece) && piece.length <= 200) return { start: s, end, rule };
    }
  }
  return undefined;
}
