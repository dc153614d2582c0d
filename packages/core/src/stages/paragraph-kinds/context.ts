import type { Paragraph } from '../../model/types.js';

/*
 * Rules that need a paragraph's neighbours: chrome whose wording is ordinary text and
 * whose place on the page gives it away. They run after the one-line rules and only ever
 * turn undecided (body) paragraphs into chrome or headings.
 */

/** A word triple in more paragraphs than this is common phrasing, not a repeat. */
const MAX_SHARERS = 8;

type Decide = (index: number, id: string, kind?: Paragraph['kind']) => void;

const TERMINAL = /(?:[.!?…]["”’')\]]*|[:;,])$/;
/** Body, or a heading only by its look (title case, first line): context may still show it is chrome. */
const isUndecided = (p: Paragraph | undefined): p is Paragraph =>
  !!p && (!p.kindRule || p.kindRule === 'body/default' || p.kindRule === 'heading/title-case' || p.kindRule === 'heading/first-line');
const isChrome = (p: Paragraph | undefined) => !!p && p.kind === 'boilerplate';
const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}'’-]+/gu) ?? [];
/** Article prose: a paragraph long enough to be a story's, ending its sentence. */
const isProse = (p: Paragraph | undefined) => !!p && p.kind === 'body' && p.text.length >= 80 && /[.!?…]["”’')\]]*$/.test(p.text);

/**
 * A pull quote repeats, in large type, a stretch of the story: a short paragraph most of whose
 * word triples occur in one longer paragraph. The short line after it naming someone the
 * article names ("Glenn Carle, former CIA officer") is the pull quote's credit.
 */
export function pullQuotes(paragraphs: readonly Paragraph[], decide: Decide): void {
  const owners = new Map<string, number>();
  const grams = paragraphs.map((p, i) => {
    const list = trigrams(words(p.text));
    for (const g of list) owners.set(g, owners.has(g) && owners.get(g) !== i ? -1 : i);
    return list;
  });
  // Triples found in a few paragraphs, by paragraph. A triple in many ("one of the") shows no
  // repeat, and dropping those keeps the rule linear on text that repeats itself.
  const shared = new Map<string, number[]>();
  grams.forEach((list, i) => {
    for (const g of list) {
      if (owners.get(g) !== -1) continue;
      const at = shared.get(g) ?? shared.set(g, []).get(g)!;
      if (at.length <= MAX_SHARERS && at[at.length - 1] !== i) at.push(i);
    }
  });
  const firstProse = paragraphs.findIndex((p) => isProse(p));
  let paragraphCount: Map<string, number> | undefined;
  for (let i = Math.max(1, firstProse); i < paragraphs.length; i++) {
    const p = paragraphs[i];
    // Display type drops the full stop; a repeated sentence that keeps one is left to the story.
    if (!isUndecided(p) || p.text.length > 300 || p.text.includes('\n') || grams[i].length < 4 || /[.!?…]["”’')\]]*$/.test(p.text)) continue;
    if (!/^[\p{L}\p{N}"“‘']/u.test(p.text) || isTitleCase(p.text)) continue;
    const hits = new Map<number, number>();
    for (const g of new Set(grams[i])) {
      const at = shared.get(g);
      if (at && at.length <= MAX_SHARERS) for (const j of at) if (j !== i) hits.set(j, (hits.get(j) ?? 0) + 1);
    }
    let repeated = false;
    for (const [j, n] of hits) if (n >= 0.6 * grams[i].length && paragraphs[j].text.length > p.text.length + 20) repeated = true;
    if (!repeated) continue;
    decide(i, 'boilerplate/pull-quote');
    const next = paragraphs[i + 1];
    if (isUndecided(next) && isCredit(next.text, p.text, (paragraphCount ??= countParagraphs(paragraphs)))) decide(i + 1, 'boilerplate/pull-quote');
  }
}

/** Most words capitalised: a heading or a name, not a sentence set in display type. */
function isTitleCase(text: string): boolean {
  const list = text.split(/\s+/).filter((w) => w.length > 3);
  return list.filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).length >= 0.6 * list.length;
}

function trigrams(list: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 2 < list.length; i++) out.push(`${list[i]} ${list[i + 1]} ${list[i + 2]}`);
  return out;
}

/** "Jane Doe, Harbour Board": a short unpunctuated line whose name the article uses beyond it and the quote. */
function isCredit(text: string, quote: string, paragraphCount: Map<string, number>): boolean {
  if (text.length > 80 || TERMINAL.test(text) || text.includes('\n')) return false;
  const name = /^[—–-]?\s*(\p{Lu}[\p{L}'’-]+)\s+(\p{Lu}[\p{L}'’-]+)/u.exec(text);
  if (!name) return false;
  const surname = name[2];
  const inQuote = words(quote).includes(surname.toLowerCase()) ? 1 : 0;
  return (paragraphCount.get(surname.toLowerCase()) ?? 0) > 1 + inQuote;
}

/** In how many paragraphs each word occurs. */
function countParagraphs(paragraphs: readonly Paragraph[]): Map<string, number> {
  const count = new Map<string, number>();
  for (const p of paragraphs) for (const w of new Set(words(p.text))) count.set(w, (count.get(w) ?? 0) + 1);
  return count;
}

/**
 * A credit alone on its line ("(AP file photo)", "Photo: Jane Doe/Reuters") closes the
 * caption printed just above it. Not the first paragraph: that is the title.
 */
export function captionsAboveCredits(paragraphs: readonly Paragraph[], decide: Decide): void {
  for (let i = 2; i < paragraphs.length; i++) {
    const credit = paragraphs[i];
    if (credit.kindRule !== 'boilerplate/caption' || credit.text.length > 60 || credit.text.split(/\s+/).length > 6) continue;
    const above = paragraphs[i - 1];
    if (isUndecided(above) && above.text.length <= 250 && !above.text.includes('\n')) decide(i - 1, 'boilerplate/caption');
  }
}

/** The headline of a related story sits right above its "Read more" link. */
export function relatedHeadlines(paragraphs: readonly Paragraph[], decide: Decide): void {
  for (let i = 1; i < paragraphs.length; i++) {
    if (!/^read\s+more\s*[.:>»›]?$/i.test(paragraphs[i].text) || !isChrome(paragraphs[i])) continue;
    const before = paragraphs[i - 1];
    if (isUndecided(before) && before.text.length <= 200 && !before.text.includes('\n') && !/[.!]["”’')\]]*$/.test(before.text)) decide(i - 1, 'boilerplate/related');
  }
}

/**
 * After the story, pages list links: a run of short unpunctuated lines ("Special report",
 * "Police reform") among chrome. When at least two lines of that trailing run are chrome by
 * their own wording, its short link-like lines are chrome too.
 */
export function trailingLinks(paragraphs: readonly Paragraph[], decide: Decide): void {
  let strong = 0;
  let first = paragraphs.length;
  for (let i = paragraphs.length - 1; i >= 0; i--) {
    const p = paragraphs[i];
    if (isChrome(p)) strong++;
    else if (!(p.kind === 'byline' || isLinkLike(p))) break;
    first = i;
  }
  if (strong < 2) return;
  for (let i = first; i < paragraphs.length; i++) if (isUndecided(paragraphs[i]) && isLinkLike(paragraphs[i])) decide(i, 'boilerplate/link-list');
}

function isLinkLike(p: Paragraph): boolean {
  const t = p.text;
  return t.length <= 80 && !t.includes('\n') && !TERMINAL.test(t) && /^[\p{Lu}\p{N}"“‘]/u.test(t) && t.split(/\s+/).length <= 12;
}

/** A poll: after its "Quick vote" line, the question and its short answers ("Yes", "No", "52%"). */
export function pollBlocks(paragraphs: readonly Paragraph[], decide: Decide): void {
  for (let i = 0; i < paragraphs.length; i++) {
    if (paragraphs[i].kindRule !== 'boilerplate/poll') continue;
    for (let j = i + 1; j < paragraphs.length && j <= i + 12; j++) {
      const p = paragraphs[j];
      // The block ends where other chrome (the form under the poll) or the story begins.
      if (p.kindRule === 'boilerplate/poll') continue;
      if (!isUndecided(p)) break;
      const t = p.text;
      const question = t.length <= 200 && /\?["”’]?$/.test(t);
      // Short answers, or a form's bulleted options run together ("* Yes * No").
      const answer = (t.length <= 60 && !/[.!:;]$/.test(t)) || (t.length <= 400 && /^\*\s/.test(t));
      if (t.includes('\n')) break;
      if (!question && !answer) break;
      if (isUndecided(p)) decide(j, 'boilerplate/poll');
    }
  }
}

/**
 * A clause standing alone between two paragraphs of prose, without a full stop, is a
 * caption, a teaser or a sub-heading. Which one the text cannot tell, so it is a heading:
 * outside the body, never called boilerplate.
 */
export function orphanLines(paragraphs: readonly Paragraph[], decide: Decide): void {
  for (let i = 1; i + 1 < paragraphs.length; i++) {
    const p = paragraphs[i];
    if (p.kind !== 'body' || p.text.length > 100 || p.text.includes('\n') || TERMINAL.test(p.text)) continue;
    // Not a sentence broken across lines: it neither ends on an opening quote nor runs on in lower case.
    if (/[.!?…]["”’')\]]+$|[“‘(\[-]$/.test(p.text) || !/^[\p{Lu}\p{N}"“‘]/u.test(p.text)) continue;
    const n = p.text.split(/\s+/).length;
    const next = paragraphs[i + 1];
    if (n < 2 || n > 14 || !/^[\p{Lu}\p{N}"“‘]/u.test(next.text)) continue;
    if (isProse(paragraphs[i - 1]) && isProse(next)) decide(i, 'heading/orphan-line', 'heading');
  }
}
