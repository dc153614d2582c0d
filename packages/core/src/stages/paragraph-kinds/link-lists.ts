/**
 * Lines made of page controls and navigation links: share, print, e-mail and save links
 * ("Printable version | Send it to a friend | Save story"), and menus or breadcrumbs
 * ("Home | News | Sport", "News › Politics › Europe").
 */

/** One share or page-tool link, as the page labels it. */
const SHARE_ITEM =
  /(?:printer[- ]friendly(?:\s+(?:version|format|page))?|printable\s+(?:version|format|page)|print(?:\s+(?:this|article|story|page|version))?(?:\s+(?:article|story|page))?|e-?mail\s+(?:this|to\s+a\s+friend)(?:\s+(?:article|story|page|link))?|e-?mail|send\s+(?:it|this(?:\s+(?:article|story|page))?)\s+to\s+a\s+friend|save(?:\s+(?:this\s+)?(?:story|article|page))?|share(?:\s+(?:this|on\s+\w+))?(?:\s+(?:article|story|page))?|tweet(?:\s+this)?|facebook|twitter|linkedin|whatsapp|pinterest|reddit|messenger|comments?|reprints?(?:\s+(?:&|and)\s+permissions)?|bookmark|(?:increase|decrease)\s+(?:text|font)\s+size|(?:text|font)\s+size|copy\s+link|gift\s+(?:this\s+)?article)/giy;
const SEPARATOR = /[\s|•·,/>»›-]+/y;

/**
 * The end of the run of share links that `text` holds from `start` (at most `end`), with the
 * number of links in it. Sticky regexes walk the run once: linear in its length.
 */
export function shareRun(text: string, start: number, end: number): { end: number; items: number } {
  let pos = start;
  let last = start;
  let items = 0;
  for (;;) {
    SHARE_ITEM.lastIndex = pos;
    const m = SHARE_ITEM.exec(text);
    if (!m || m.index + m[0].length > end || isWordChar(text.charCodeAt(m.index + m[0].length))) break;
    items++;
    last = pos = m.index + m[0].length;
    SEPARATOR.lastIndex = pos;
    const s = SEPARATOR.exec(text);
    if (!s) break;
    pos = Math.min(end, s.index + s[0].length);
  }
  return { end: last, items };
}

function isWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 45 || code > 127;
}

/** A whole line of share links: two or more, or one that names what it shares ("Print this article"). */
export function isShareLine(text: string): boolean {
  if (text.length > 200) return false;
  const run = shareRun(text, 0, text.length);
  if (run.end !== text.length && /\p{L}/u.test(text.slice(run.end))) return false;
  return run.items >= 2 || (run.items === 1 && text.length <= 40);
}

/** Three or more short items between bars, bullets or breadcrumb arrows. */
export function isMenuLine(text: string): boolean {
  if (text.length > 300) return false;
  const items = text.split(/\s*[|•·»›>]\s*/);
  if (items.length < 3) return false;
  return items.every((item) => item.length <= 30 && item.split(/\s+/).length <= 4 && !/[.!?]$/.test(item));
}
