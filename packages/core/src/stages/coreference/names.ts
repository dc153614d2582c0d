/** Name-matching helpers for clustering mentions of one entity. */

const SUFFIXES = new Set(['jr.', 'jr', 'sr.', 'sr', 'ii', 'iii', 'iv']);
const FUNCTION_WORDS = new Set(['of', 'the', 'and', 'for', 'de', 'la', 'on', 'in', '&']);
const ORG_SUFFIXES = new Set(['inc', 'inc.', 'corp', 'corp.', 'co', 'co.', 'ltd', 'ltd.', 'llc', 'plc', 'corporation', 'company']);

/** Lower-cased, straight apostrophes, no leading "the", single spaces. */
export function nameKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words of a person's name without generational suffixes ("Jr."). */
export function nameParts(text: string): string[] {
  const parts = text.split(/\s+/).filter(Boolean);
  while (parts.length > 1 && SUFFIXES.has(parts[parts.length - 1].toLowerCase())) parts.pop();
  return parts;
}

/** An organisation's key without its legal suffix ("Acme Corp." -> "acme"). */
export function orgKey(text: string): string {
  const parts = nameKey(text).split(' ');
  while (parts.length > 1 && ORG_SUFFIXES.has(parts[parts.length - 1])) parts.pop();
  return parts.join(' ');
}

/** "U.N." -> "UN"; null unless the text is an all-capitals word of 2 to 6 letters. */
export function acronymOf(text: string): string | null {
  const bare = text.replace(/\./g, '');
  return /^\p{Lu}{2,6}$/u.test(bare) ? bare : null;
}

/** Initials of a long form's capitalised words ("United Nations" -> "UN"); null for one word. */
export function initialsOf(text: string): string | null {
  const words = text.split(/[\s-]+/).filter((w) => w && !FUNCTION_WORDS.has(w.toLowerCase()));
  if (words.length < 2 || !words.every((w) => /^\p{Lu}/u.test(w))) return null;
  return words.map((w) => w[0]).join('');
}
