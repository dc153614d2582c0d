/**
 * Markdown to the plain text the reader shows and the analysis reads: formatting
 * is stripped (emphasis, links, images, code marks, list and quote markers), each
 * heading, paragraph, list item and quote is one paragraph, joined by blank lines.
 * Offsets of the analysis refer to this text, not to the Markdown source.
 */

export interface MarkdownResult {
  text: string;
  /** Title from YAML front matter, else the first level-1 heading. */
  title: string | null;
  /** `author` / `date` from YAML front matter, when present. */
  byline: string | null;
  published: string | null;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX = /^ {0,3}(#{1,6})(?:\s+(.*?))?(?:\s+#+)?\s*$/;
const SETEXT = /^ {0,3}(=+|-+)\s*$/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:\s*\1){2,}\s*$/;
const LIST_ITEM = /^\s*(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?/;
const QUOTE = /^\s{0,3}>\s?/;
const REFERENCE_DEFINITION = /^ {0,3}\[[^\]]+\]:\s*\S+/;
const TABLE_DIVIDER = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;

export function markdownToText(source: string): MarkdownResult {
  const { body, fields } = splitFrontMatter(source.replace(/\r\n?/g, '\n'));
  const lines = body.replace(/<!--[\s\S]*?-->/g, '').split('\n');
  const blocks: string[] = [];
  let paragraph: string[] = [];
  let firstH1: string | null = null;
  const flush = () => {
    if (paragraph.length > 0) blocks.push(inlineToText(paragraph.join(' ')));
    paragraph = [];
  };
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i];
    const fence = FENCE.exec(line);
    if (fence) {
      flush();
      const code: string[] = [];
      for (i++; i < lines.length && !lines[i].trimStart().startsWith(fence[1]); i++) code.push(lines[i]);
      if (code.some((l) => l.trim())) blocks.push(code.join('\n').trim());
      continue;
    }
    while (QUOTE.test(line)) line = line.replace(QUOTE, '');
    if (line.trim() === '') {
      flush();
      continue;
    }
    if (paragraph.length > 0 && SETEXT.test(line) && !LIST_ITEM.test(line)) {
      const heading = inlineToText(paragraph.join(' '));
      if (line.trim().startsWith('=') && firstH1 === null) firstH1 = heading;
      blocks.push(heading);
      paragraph = [];
      continue;
    }
    if (THEMATIC_BREAK.test(line) || REFERENCE_DEFINITION.test(line) || TABLE_DIVIDER.test(line)) {
      flush();
      continue;
    }
    const atx = ATX.exec(line);
    if (atx) {
      flush();
      const heading = inlineToText(atx[2] ?? '');
      if (atx[1].length === 1 && firstH1 === null && heading) firstH1 = heading;
      if (heading) blocks.push(heading);
      continue;
    }
    if (LIST_ITEM.test(line)) {
      flush();
      line = line.replace(LIST_ITEM, '');
    }
    if (/^\s*\|.*\|\s*$/.test(line)) {
      // A table row: its cells, separated by a middle dot, as one paragraph.
      flush();
      blocks.push(inlineToText(line.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim()).filter(Boolean).join(' · ')));
      continue;
    }
    paragraph.push(line.trim());
  }
  flush();
  return {
    text: blocks.filter((b) => b.trim()).join('\n\n'),
    title: fields.title ?? firstH1,
    byline: fields.author ?? null,
    published: fields.date ?? null,
  };
}

// Private-use characters stand in for escaped characters while the inline rules run.
const ESCAPABLE = '\\`*_{}[]()#+-.!>~|"<';
const ESCAPE_BASE = 0xe000;

/** Strips inline Markdown: code, images, links, emphasis, strike-through, raw tags, escapes. */
export function inlineToText(markdown: string): string {
  let s = markdown.replace(/\\([\\`*_{}[\]()#+\-.!>~|"<])/g, (_m, ch: string) => String.fromCharCode(ESCAPE_BASE + ESCAPABLE.indexOf(ch)));
  const codes: string[] = [];
  s = s.replace(/(`+)(.+?)\1/g, (_m, _ticks, code: string) => {
    codes.push(code.trim());
    return `\ue100${codes.length - 1}\ue101`;
  });
  s = s
    .replace(/!\[([^\]]*)\]\((?:[^()]|\([^)]*\))*\)/g, '$1')
    .replace(/!\[([^\]]*)\]\[[^\]]*\]/g, '$1')
    .replace(/\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<((?:https?|mailto):[^>\s]+)>/g, '$1')
    .replace(/<\/?[a-zA-Z][\w-]*(?:\s[^<>]*)?\/?>/g, '')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(^|[^\w*])\*(?=\S)([^*]*?\S)\*(?![\w*])/g, '$1$2')
    .replace(/(^|[^\w_])_(?=\S)([^_]*?\S)_(?!\w)/g, '$1$2')
    .replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1')
    .replace(/ {2,}/g, ' ')
    .trim();
  s = s.replace(/\ue100(\d+)\ue101/g, (_m, n: string) => codes[Number(n)]);
  return s.replace(/[\ue000-\ue0ff]/g, (ch) => ESCAPABLE[ch.charCodeAt(0) - ESCAPE_BASE] ?? ch);
}

/** Splits off a leading YAML front matter block and reads its flat `key: value` fields. */
function splitFrontMatter(source: string): { body: string; fields: Record<string, string> } {
  const m = /^---\n([\s\S]*?)\n(?:---|\.\.\.)\n/.exec(source);
  if (!m) return { body: source, fields: {} };
  const fields: Record<string, string> = {};
  for (const line of m[1].split('\n')) {
    const kv = /^([A-Za-z_][\w-]*):\s*(.+?)\s*$/.exec(line);
    if (kv) fields[kv[1].toLowerCase()] = kv[2].replace(/^["']|["']$/g, '');
  }
  return { body: source.slice(m[0].length), fields };
}
