import type { Stage } from '../../context.js';
import type { Paragraph } from '../../model/types.js';
import { BYLINE_RULES, isDateLine } from './bylines.js';
import { captionsAboveCredits, orphanLines, pollBlocks, pullQuotes, relatedHeadlines, trailingLinks } from './context.js';
import { isMenuLine, isShareLine } from './link-lists.js';
import { BOILERPLATE_RULES, type KindRule } from './rules.js';

/**
 * Stage `paragraph-kinds`: decides each paragraph's kind (body, heading, byline or
 * boilerplate) and records the deciding rule in `kindRule`. It runs right after
 * segmentation so every later stage can skip boilerplate. Paragraphs that `segment` split
 * off a line as chrome (`context.chromeSplits`) are boilerplate by the rule that split them.
 */
export function paragraphKindsStage(): Stage {
  return {
    id: 'paragraph-kinds',
    description: "decides each paragraph's kind: body, heading, byline or boilerplate",
    requires: ['paragraphs'],
    provides: ['paragraph-kinds'],
    run(article, context) {
      const { paragraphs } = article;
      // Every paragraph is body until a rule decides otherwise.
      for (const p of paragraphs) p.kind = 'body';
      for (let i = 0; i < paragraphs.length; i++) {
        const splitBy = context.chromeSplits.get(paragraphs[i].id);
        if (splitBy) {
          paragraphs[i].kind = 'boilerplate';
          paragraphs[i].kindRule = splitBy;
          continue;
        }
        const decided = classifyParagraph(paragraphs[i], i, paragraphs);
        if (decided) {
          paragraphs[i].kind = decided.kind;
          paragraphs[i].kindRule = decided.id;
        }
      }
      const decide = (i: number, id: string, kind: Paragraph['kind'] = 'boilerplate') => {
        paragraphs[i].kind = kind;
        paragraphs[i].kindRule = id;
      };
      // Order matters: a pull quote's credit and a related headline must be chrome before the trailing-links run is measured.
      pollBlocks(paragraphs, decide);
      pullQuotes(paragraphs, decide);
      captionsAboveCredits(paragraphs, decide);
      relatedHeadlines(paragraphs, decide);
      trailingLinks(paragraphs, decide);
      orphanLines(paragraphs, decide);
      for (const p of paragraphs) p.kindRule ??= 'body/default';
    },
  };
}

function matchRules(text: string, rules: readonly KindRule[]): KindRule | undefined {
  for (const rule of rules) if (text.length <= rule.maxLength && (!rule.cue || rule.cue(text)) && rule.pattern.test(text)) return rule;
  return undefined;
}

/** The kind one paragraph shows on its own, or undefined when it reads as body text. */
export function classifyParagraph(
  paragraph: Paragraph,
  index: number,
  paragraphs: readonly Paragraph[],
): Pick<KindRule, 'id' | 'kind'> | undefined {
  const text = paragraph.text;
  return (
    // Chrome first: a contributor line that also asks readers to e-mail the writers is chrome.
    matchRules(text, BOILERPLATE_RULES) ??
    matchRules(text, BYLINE_RULES) ??
    (isDateLine(text) ? { id: 'byline/date', kind: 'byline' } : undefined) ??
    (isShareLine(text) ? { id: 'boilerplate/share', kind: 'boilerplate' } : undefined) ??
    (isMenuLine(text) ? { id: 'boilerplate/menu', kind: 'boilerplate' } : undefined) ??
    headingRule(text, index, paragraphs)
  );
}

const TERMINAL = /[.!?;,:…"”’)\]]$/;
const SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'is', 'vs', 'vs.', 'over', 'into', 'up']);

/**
 * A heading is one short line without terminal punctuation. To tell it from a stray
 * fragment it must also look like a title: most words capitalised, or it is the first
 * paragraph and a longer one follows (how titles sit above a story).
 */
function headingRule(text: string, index: number, paragraphs: readonly Paragraph[]): Pick<KindRule, 'id' | 'kind'> | undefined {
  if (text.length > 150 || text.includes('\n') || TERMINAL.test(text)) return undefined;
  const first = text.charCodeAt(0);
  const startsWell = (first >= 48 && first <= 57) || text[0] !== text[0].toLowerCase();
  if (!startsWell) return undefined;
  const words = text.split(/\s+/);
  if (words.length > 18) return undefined;
  const content = words.filter((w) => !SMALL_WORDS.has(w.toLowerCase()));
  const capitalised = content.filter((w) => /^[\p{Lu}\p{N}"“‘'(]/u.test(w)).length;
  if (content.length > 0 && capitalised / content.length >= 0.6) return { id: 'heading/title-case', kind: 'heading' };
  const next = paragraphs[index + 1];
  if (index === 0 && next && next.text.length > text.length) return { id: 'heading/first-line', kind: 'heading' };
  return undefined;
}
