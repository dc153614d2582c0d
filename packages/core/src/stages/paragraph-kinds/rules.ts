import type { ParagraphKind } from '../../model/types.js';

/** One way to recognise a paragraph's kind; `id` becomes `paragraph.kindRule`. */
export interface KindRule {
  id: string;
  kind: Exclude<ParagraphKind, 'body'>;
  pattern: RegExp;
  /** Longer paragraphs are article text that happens to mention the cue, not boilerplate. */
  maxLength: number;
}

/*
 * Boilerplate cues, each an appeal or notice that belongs to the page, not the story.
 * They are written to need the appeal's own wording ("please consider donating"), so a
 * story about campaign donations or a newsletter leak stays body text.
 */
export const BOILERPLATE_RULES: readonly KindRule[] = [
  {
    id: 'boilerplate/donation',
    kind: 'boilerplate',
    pattern:
      /\b(?:please\s+(?:consider\s+)?(?:donat|support\s+(?:us|our))|consider\s+(?:donating|supporting\s+(?:us|our|this))|donate\s+(?:now|today|here|to\s+(?:us|our|keep))|make\s+a\s+(?:one-time\s+)?donation|(?:chip\s+in|tip\s+jar|buy\s+me\s+a\s+coffee|patreon|gofundme|gogetfunding)|support\s+(?:independent|our)\s+journalism|become\s+a\s+(?:patron|member|supporter)|(?:thank\s+you|thanks)\s+for\s+your\s+support)/i,
    maxLength: 900,
  },
  {
    id: 'boilerplate/subscription',
    kind: 'boilerplate',
    pattern:
      /\b(?:subscribe\s+(?:now|today|here|to\s+(?:our|the|my))|sign\s+up\s+(?:for|to)\s+(?:our|the|my)\s+\w*\s*(?:newsletter|email|digest|updates)|(?:get|receive)\s+(?:our|the)\s+(?:\w+\s+)?newsletter|delivered\s+(?:straight\s+)?to\s+your\s+inbox|already\s+a\s+subscriber|subscribers?\s+only|start\s+your\s+free\s+trial)/i,
    maxLength: 600,
  },
  {
    id: 'boilerplate/social',
    kind: 'boilerplate',
    pattern:
      /\b(?:follow\s+(?:us|me|\w+)\s+on\s+(?:twitter|x|facebook|instagram|telegram|tiktok|youtube|linkedin|social\s+media)|like\s+us\s+on\s+facebook|share\s+this(?:\s+(?:article|story|post|page))?\s*(?:[:!]|$|\s+(?:on|with))|join\s+(?:us|our\s+\w+)\s+on\s+(?:telegram|discord|facebook))/i,
    maxLength: 400,
  },
  {
    id: 'boilerplate/cookies',
    kind: 'boilerplate',
    pattern: /\b(?:(?:this|our)\s+(?:site|website)\s+uses\s+cookies|(?:accept|consent\s+to)\s+(?:all\s+)?cookies|cookie\s+(?:policy|settings|preferences))\b/i,
    maxLength: 600,
  },
  {
    id: 'boilerplate/related',
    kind: 'boilerplate',
    pattern: /^(?:related(?:\s+(?:articles?|stories|posts|coverage|content|reading))?|read\s+(?:more|also|next)|see\s+also|recommended(?:\s+for\s+you)?|more\s+(?:from|on)\s+[\w ]{0,30}|you\s+may\s+also\s+like|click\s+here)\b/i,
    maxLength: 300,
  },
  {
    id: 'boilerplate/rights',
    kind: 'boilerplate',
    pattern: /(?:©|\(c\)\s*\d{4}|\ball\s+rights\s+reserved\b|\bmay\s+not\s+be\s+(?:re)?published\b)/i,
    maxLength: 300,
  },
  {
    id: 'boilerplate/author-bio',
    kind: 'boilerplate',
    pattern:
      /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:is|was)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,6}(?:writer|journalist|reporter|editor|author|columnist|correspondent|contributor|blogger|analyst|fellow|professor|researcher)\b/u,
    maxLength: 500,
  },
];

/** "By Jane Doe", "By Jane Doe and John Roe, Reuters", "Jane Doe | Reuters". */
export const BYLINE_RULES: readonly KindRule[] = [
  {
    id: 'byline/by',
    kind: 'byline',
    pattern: /^[Bb][Yy]:?\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|van|von|de|der|da|al|bin))*(?:\s*(?:,|and|&|\||–|—|-)\s*[\p{L}\p{N}.'’ &-]{1,60})*$/u,
    maxLength: 120,
  },
  {
    id: 'byline/name-outlet',
    kind: 'byline',
    pattern: /^\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3}\s*[|–—]\s*[\p{L}\p{N}.'’ &-]{2,40}$/u,
    maxLength: 100,
  },
];
