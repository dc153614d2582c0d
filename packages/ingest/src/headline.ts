/**
 * The headline of a plain-text article, when its first line reads as one: a line of 2 to 25
 * words and at most 200 characters, starting with a capital letter or a digit, not ending as a
 * sentence does (`.`, `,`, `;`, `:`), followed by a line break and more text. Otherwise null.
 * "Harbour vote splits Lisbon council\n\nThe council voted…" has the headline "Harbour vote
 * splits Lisbon council"; an article whose first line is its first sentence has none.
 */
export function plainTextHeadline(text: string): string | null {
  const m = /^\s*([^\r\n]+)\r?\n(?:[ \t]*\r?\n)*[ \t]*\S/.exec(text);
  if (!m) return null;
  const line = m[1].trim();
  const words = line.split(/\s+/).length;
  if (line.length > 200 || words < 2 || words > 25) return null;
  if (!/^[\p{Lu}\p{Lt}\p{N}"'“‘«(]/u.test(line)) return null;
  if (/[.,;:]$/.test(line) && !/\.\.\.$|…$/.test(line)) return null;
  if (/^(by|von|par|di|por)\s/i.test(line)) return null;
  return line.replace(/^#+\s*/, '');
}
