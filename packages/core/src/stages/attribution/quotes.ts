/**
 * Quoted stretches of text: “curly” pairs, "straight" pairs and the typewriter
 * style ``…'' or ''…'' (two apostrophes), found per
 * paragraph. A quote left open at the end of a paragraph ends there (news style
 * reopens a long quote in the next paragraph).
 */
export interface Quote {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just after the closing mark (or the paragraph end when unclosed). */
  close: number;
  /** The words inside, without the marks. */
  innerStart: number;
  innerEnd: number;
  words: number;
}

const QUOTE_MARK = /[“”"]|''|``/g;
const WORD = /[\p{L}\p{N}]+/gu;

function countWords(text: string, start: number, end: number): number {
  WORD.lastIndex = 0;
  return text.slice(start, end).match(WORD)?.length ?? 0;
}

function makeQuote(text: string, open: number, openLength: number, close: number, closeLength: number): Quote {
  const innerStart = open + openLength;
  let innerEnd = close - closeLength;
  // A trailing comma belongs to the sentence around the quote, not to what was said.
  while (innerEnd > innerStart && /[\s,]/.test(text[innerEnd - 1])) innerEnd--;
  return { open, close, innerStart, innerEnd, words: countWords(text, innerStart, innerEnd) };
}

/** Whether [start, end) holds a character QUOTE_MARK can start with (“ ” " ' `). */
function hasQuoteMark(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c || c === 0x201d || c === 34 || c === 39 || c === 96) return true;
  }
  return false;
}

/** Every quote in `text` within the paragraphs given as [start, end) ranges, in text order. */
export function findQuotes(text: string, paragraphs: ReadonlyArray<{ start: number; end: number }>): Quote[] {
  const quotes: Quote[] = [];
  for (const p of paragraphs) {
    // The search for the next mark runs on to the end of the text: skip a paragraph without one
    // (issue #14: 100,000 one-word lines took 12 s, quadratic).
    if (!hasQuoteMark(text, p.start, p.end)) continue;
    let openAt = -1;
    let openMark = '';
    QUOTE_MARK.lastIndex = p.start;
    for (let m = QUOTE_MARK.exec(text); m && m.index < p.end; m = QUOTE_MARK.exec(text)) {
      const mark = m[0];
      if (openAt < 0) {
        if (mark === '”') continue; // a stray closing mark
        openAt = m.index;
        openMark = mark;
      } else if ((openMark === '“' && mark === '”') || (openMark === '"' && mark === '"') || (openMark !== '“' && openMark !== '"' && mark === "''")) {
        quotes.push(makeQuote(text, openAt, openMark.length, m.index + mark.length, mark.length));
        openAt = -1;
      } else if (mark === openMark && mark !== '"') {
        // Unbalanced: the earlier quote never closed; start over from here.
        openAt = m.index;
      }
    }
    if (openAt >= 0) {
      let end = p.end;
      while (end > openAt + openMark.length && /\s/.test(text[end - 1])) end--;
      quotes.push(makeQuote(text, openAt, openMark.length, end, 0));
    }
  }
  return quotes;
}
