import type { Stage } from '../../context.js';
import type { Paragraph } from '../../model/types.js';
import { BOILERPLATE_RULES, BYLINE_RULES, type KindRule } from './rules.js';

/**
 * Stage `paragraph-kinds`: decides each paragraph's kind (body, heading, byline or
 * boilerplate) and records the deciding rule in `kindRule`. It runs right after
 * segmentation so every later stage can skip boilerplate.
 */
export function paragraphKindsStage(): Stage {
  return {
    id: 'paragraph-kinds',
    description: "decides each paragraph's kind: body, heading, byline or boilerplate",
    run(article) {
      const { paragraphs } = article;
      for (let i = 0; i < paragraphs.length; i++) {
        const decided = classifyParagraph(paragraphs[i], i, paragraphs);
        if (decided) {
          paragraphs[i].kind = decided.kind;
          paragraphs[i].kindRule = decided.id;
        } else paragraphs[i].kindRule = 'body/default';
      }
    },
  };
}

function matchRules(text: string, rules: readonly KindRule[]): KindRule | undefined {
  for (const rule of rules) if (text.length <= rule.maxLength && rule.pattern.test(text)) return rule;
  return undefined;
}

export function classifyParagraph(
  paragraph: Paragraph,
  index: number,
  paragraphs: readonly Paragraph[],
): Pick<KindRule, 'id' | 'kind'> | undefined {
  const text = paragraph.text;
  return matchRules(text, BYLINE_RULES) ?? matchRules(text, BOILERPLATE_RULES) ?? headingRule(text, index, paragraphs);
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
