import type { Article } from '../../model/types.js';
import type { Mark } from './index.js';
import { normalizeToken } from './phrase-matcher.js';

/*
 * What a technique mark may not be, read from earlier stages:
 * - a name on its own: a mark that holds nothing but entity mentions is dropped (a label with
 *   a name, "crooked Hillary", stays: the label is the device);
 * - someone else's words: a mark that lies mostly inside an attribution's content or a quoted
 *   stretch is the reported speaker's device, not the author's (short scare quotes, one or two
 *   words outside any attribution, are the author's own: 'the so-called "experts"');
 * - an echo of something dropped: a propagated Repetition mark stays only while a use of the
 *   phrase the author wrote is still marked.
 * Every step is one pass over sorted spans (binary search per mark), linear in the article.
 */

export interface Range {
  start: number;
  end: number;
}

/** Sorted, non-overlapping union of the ranges. */
export function mergeRanges(ranges: Range[]): Range[] {
  ranges.sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Range[] = [];
  for (const r of ranges) {
    if (r.end <= r.start) continue;
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ start: r.start, end: r.end });
  }
  return out;
}

/** Index of the first range whose end is after `offset` (ranges sorted and disjoint). */
function firstEndingAfter(ranges: readonly Range[], offset: number): number {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Characters of [start, end) covered by the (sorted, disjoint) ranges. */
export function coverage(ranges: readonly Range[], start: number, end: number): number {
  let n = 0;
  for (let i = firstEndingAfter(ranges, start); i < ranges.length && ranges[i].start < end; i++) {
    n += Math.min(end, ranges[i].end) - Math.max(start, ranges[i].start);
  }
  return n;
}

/** The range holding `offset`, or undefined. */
function rangeAt(ranges: readonly Range[], offset: number): Range | undefined {
  const i = firstEndingAfter(ranges, offset);
  return i < ranges.length && ranges[i].start <= offset ? ranges[i] : undefined;
}

/**
 * Quoted stretches of the text, quote marks included: “…”, «…», „…“, "…" (straight marks
 * alternate) and ‘…’ (opened after a space or line start, closed by ’ before a non-letter). A
 * quote left open at a line end closes there (quotes that run over paragraphs reopen on each).
 * One pass over the character codes.
 */
export function quotedRanges(text: string): Range[] {
  const out: Range[] = [];
  let open = -1;
  let closer = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      if (open >= 0 && closer !== 0x2019) out.push({ start: open, end: i });
      open = -1;
      continue;
    }
    if (c !== 0x201c && c !== 0x201d && c !== 0xab && c !== 0xbb && c !== 0x201e && c !== 34 && c !== 0x2018 && c !== 0x2019) continue;
    if (open < 0) {
      if (c === 0x201c) closer = 0x201d;
      else if (c === 0xab) closer = 0xbb;
      else if (c === 0x201e) closer = 0x201c;
      else if (c === 34) closer = 34;
      else if (c === 0x2018 && (i === 0 || /[\s(“"—–-]/.test(text[i - 1]))) closer = 0x2019;
      else continue;
      open = i;
    } else if (c === closer && (closer !== 0x2019 || i + 1 >= text.length || !/\p{L}/u.test(text[i + 1]))) {
      out.push({ start: open, end: i + 1 });
      open = -1;
    } else if (closer === 0x2019 && i - open > 300) open = -1;
  }
  if (open >= 0 && closer !== 0x2019) out.push({ start: open, end: text.length });
  return out;
}

/** Words in a span (runs of letters or digits). */
function wordCount(text: string): number {
  const m = text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu);
  return m ? m.length : 0;
}

/** A verb that reports someone's label just before a short quote ('X called him "a disgrace"'): the quote is theirs, not scare quotes. */
const NAMING_CUE_BEFORE = /\b(?:call(?:s|ed|ing)?|dubb(?:ed|ing)|dubs?|describ(?:es|ed|ing)|label(?:s|l?ed|l?ing)|brand(?:s|ed|ing)|term(?:s|ed|ing)|said|says)\b(?:\s+[\p{L}’']+){0,2}(?:\s+as)?\s*$/iu;
/** Every verb NAMING_CUE_BEFORE names holds one of these; the cheap test spares compiling that Unicode pattern (milliseconds) where no quote needs it. */
const NAMING_STEM = /call|dub|describ|label|brand|term|sa[iy][ds]/i;

function namingCueBefore(before: string): boolean {
  return NAMING_STEM.test(before) && NAMING_CUE_BEFORE.test(before);
}

/**
 * What the article reports rather than says: the contents of direct attributions (their pieces,
 * when a tag interrupts them; with `indirect`, of reported speech too) and quoted stretches of
 * three or more words. Sorted and merged.
 */
export function reportedRanges(article: Article, indirect: boolean): Range[] {
  const contents: Range[] = [];
  for (const a of article.attributions) {
    if (!a.direct && !indirect) continue;
    if (a.contentParts?.length) for (const p of a.contentParts) contents.push({ start: p.start, end: p.end });
    else contents.push({ start: a.content.start, end: a.content.end });
  }
  const merged = mergeRanges(contents.slice());
  const ranges = contents;
  for (const q of quotedRanges(article.text)) {
    // Scare quotes ('a "reform"') are the author's words unless an attribution reports them.
    if (wordCount(article.text.slice(q.start, q.end)) <= 2 && coverage(merged, q.start, q.end) === 0 && !namingCueBefore(article.text.slice(Math.max(0, q.start - 40), q.start))) continue;
    ranges.push(q);
  }
  return mergeRanges(ranges);
}

/** Names of people and organisations: their capitalised entity mentions (pronouns left out), merged. */
export function nameRanges(article: Article): Range[] {
  const ranges: Range[] = [];
  for (const e of article.entities) {
    if (e.type !== 'PERSON' && e.type !== 'ORG') continue;
    for (const m of e.mentions) {
      const c = m.text.charCodeAt(0);
      if (c >= 65 && c <= 90) ranges.push({ start: m.start, end: m.end });
    }
  }
  return mergeRanges(ranges);
}

const EDGE = /[\s,.;:!?"“”‘’'()\-–—]/;
const DETERMINER = /^(?:the|a|an|this|that|these|those|his|her|their|its|our|my|your)$/i;

/**
 * True when the mark holds nothing but names (and the punctuation, possessives and
 * determiners around them): "the Washington Post", "Rush Limbaugh’s".
 */
export function onlyName(text: string, names: readonly Range[], m: Mark): boolean {
  let i = m.start;
  let sawName = false;
  while (i < m.end) {
    const r = rangeAt(names, i);
    if (r) {
      sawName = true;
      i = r.end;
      continue;
    }
    if (EDGE.test(text[i])) {
      i++;
      continue;
    }
    // A word outside every name: a possessive "s" after a name, or a determiner, is allowed.
    let j = i;
    while (j < m.end && !EDGE.test(text[j])) j++;
    const word = text.slice(i, j);
    if (!(word === 's' && i > m.start && /['’]/.test(text[i - 1])) && !DETERMINER.test(word)) return false;
    i = j;
  }
  return sawName;
}

const PROPAGATED = /-again\b|loaded-phrase-again/;

/**
 * Drops propagated Repetition marks whose phrase no longer has a mark the author wrote (the
 * seed was reported speech or a name: a reported slogan is not spread through the article),
 * and propagated marks of a single word.
 */
export function dropOrphanRepetitions(text: string, marks: Mark[]): Mark[] {
  const seeds = new Set<string>();
  for (const m of marks) if (!PROPAGATED.test(m.rule)) seeds.add(normalizeToken(text.slice(m.start, m.end)));
  return marks.filter((m) => {
    if (m.label !== 'Repetition' || !PROPAGATED.test(m.rule)) return true;
    const phrase = text.slice(m.start, m.end);
    // One plain word said again ("health", "dog") is the topic, not repetition for effect.
    return seeds.has(normalizeToken(phrase)) && /[\s-]/.test(phrase.trim());
  });
}
