/**
 * Name normalisation of the real-articles scoring rules (`norm`, `variants`, `words`) and the
 * test "x names a surface". Kept apart from the scorer because both the entity and the
 * attribution figures use them.
 */

const HONORIFICS = [
  'president-elect',
  'vice-president',
  'prime minister',
  'representative',
  'chancellor',
  'president',
  'governor',
  'chairman',
  'senator',
  'lord',
  'sir',
  'mrs',
  'gov',
  'sen',
  'rep',
  'rev',
  'mr',
  'ms',
  'dr',
];
const HONORIFIC_PREFIX = new RegExp(`^(?:${HONORIFICS.join('|')})\\.?\\s+`);

export const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'him', 'her', 'his', 'hers', 'their', 'them', 'who', 'which', 'i', 'we', 'you', 'me', 'myself']);

/** Words that do not name anyone: a source made only of these (and pronouns) names nobody. */
export const FUNCTION_WORDS = new Set(
  (
    'what that this these those the a an there here its our your my and or but so as of in on at to for by with far also ' +
    'still now then just even only is was are were be been has have had do does did not no yes if when while who whom'
  ).split(' '),
);

const LEADING = /^[\s'"([]+/;
const TRAILING = /[\s'".,;:)\]]+$/;

function strip(s: string): string {
  return s.replace(LEADING, '').replace(TRAILING, '');
}

export function norm(s: string): string {
  let x = s
    .normalize('NFKC')
    .replace(/[’‘`]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\u00a0/g, ' ')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
  x = strip(x);
  if (x.endsWith("'s")) x = x.slice(0, -2);
  if (x.endsWith("'")) x = x.slice(0, -1);
  x = strip(x);
  if (x.startsWith('the ')) x = x.slice(4);
  return x;
}

export function variants(s: string): Set<string> {
  const n = norm(s);
  const out = new Set([n]);
  const bare = n.replace(HONORIFIC_PREFIX, '');
  if (bare !== n && bare.length > 0) out.add(bare);
  return out;
}

/** `norm(s)` as whole words, padded with one space at each end for containment tests. */
export function words(s: string): string {
  const w = norm(s).replace(/[^\p{L}\p{N}'&-]+/gu, ' ').trim();
  return ` ${w} `;
}

export function wordList(s: string): string[] {
  const w = words(s).trim();
  return w ? w.split(' ') : [];
}

export function sameName(a: string, b: string): boolean {
  const vb = variants(b);
  for (const v of variants(a)) if (vb.has(v)) return true;
  return false;
}

export interface NamingContext {
  /** The gold surfaces of the speaker (`speaker` plus `speakerSurface`). */
  surfaces: string[];
  /** Word forms (as `words()`) of the article's other gold entities. */
  otherEntityForms: string[];
}

/** Does `x` name one of the surfaces? Pronoun surfaces count only when `pronouns` is true. */
export function namesSurface(x: string, ctx: NamingContext, pronouns: boolean): boolean {
  const wx = words(x);
  const xList = wordList(x);
  for (const surface of ctx.surfaces) {
    const ns = norm(surface);
    if (PRONOUNS.has(ns)) {
      if (pronouns && (norm(x) === ns || wx.startsWith(` ${ns} `) || wx.endsWith(` ${ns} `))) return true;
      continue;
    }
    if (sameName(x, surface)) return true;
    const sList = wordList(surface);
    if (sList.length >= 2) {
      if (wx.includes(words(surface))) return true;
    } else if (sList.length === 1) {
      if (xList[xList.length - 1] === sList[0]) return true;
      if (wx.includes(` ${sList[0]} `) && !ctx.otherEntityForms.some((f) => f.trim() && wx.includes(f))) return true;
    }
  }
  return false;
}

/** Does the source text name someone (hold a word that is not a pronoun or function word)? */
export function hasNamingWord(x: string): boolean {
  return wordList(x).some((w) => !PRONOUNS.has(w) && !FUNCTION_WORDS.has(w));
}
