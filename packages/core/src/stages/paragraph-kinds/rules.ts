import type { ParagraphKind } from '../../model/types.js';

/** One way to recognise a paragraph's kind; `id` becomes `paragraph.kindRule`. */
export interface KindRule {
  id: string;
  kind: Exclude<ParagraphKind, 'body'>;
  pattern: RegExp;
  /** Longer paragraphs are article text that happens to mention the cue, not boilerplate. */
  maxLength: number;
  /**
   * A cheap test that every text `pattern` matches passes (a literal the pattern needs), tried
   * first: a big Unicode pattern costs milliseconds to compile on its first use, and most
   * paragraphs never need it. It changes no decision.
   */
  cue?: (text: string) => boolean;
}

/** A photo agency or picture desk as it closes a credit ("Jane Doe/Getty Images"). */
const AGENCY =
  '(?:Getty(?:\\s+Images)?|AFP|Reuters|REUTERS|AP(?:\\s+Photo)?|EPA(?:-EFE)?|PA(?:\\s+(?:Images|Wire|Media))?|Bloomberg|Shutterstock|Alamy|Corbis|NurPhoto|WireImage|FilmMagic|Sipa(?:\\s+USA)?|Xinhua|Anadolu(?:\\s+Agency)?|ZUMA(?:\\s+(?:Press|Wire))?|Zuma(?:\\s+Press)?|Rex(?:\\s+Features)?|iStock(?:photo)?|SOPA\\s+Images|LightRocket|Pool|TASS|Sputnik|dpa|UPI|Polaris|Redux)';
/** A capitalised name word or an initial ("J."), never a word with its sentence's full stop. */
const NAME_WORD = "\\p{Lu}(?:\\.|[\\p{L}'’-]*)";
/** "Allen Einstein/Getty Images", "(AP Photo/Carlos Osorio)", "REUTERS/Kevin Lamarque". */
export const CREDIT_SOURCE = `(?:${NAME_WORD}(?:\\s+${NAME_WORD}){0,3}\\s*/\\s*${AGENCY}|\\(?(?:AP|AFP|Reuters|REUTERS)(?:\\s+Photo)?\\s*/\\s*${NAME_WORD}(?:\\s+${NAME_WORD}){0,3}\\)?)`;

/*
 * Boilerplate cues, each an appeal or notice that belongs to the page, not the story.
 * They are written to need the page's own wording ("please consider donating", "Back to
 * top"), so a story about campaign donations or a newsletter leak stays body text; most are
 * anchored at the start of the paragraph, where a link or a prompt begins.
 */
export const BOILERPLATE_RULES: readonly KindRule[] = [
  {
    id: 'boilerplate/donation',
    kind: 'boilerplate',
    pattern:
      /\b(?:please\s+(?:consider\s+)?(?:donat|support\s+(?:us|our))|consider\s+(?:donating|supporting\s+(?:us|our|this))|donate\s+(?:now|today|here|to\s+(?:us|our|keep))|make\s+a\s+(?:one-time\s+)?donation|(?:^|[.!]\s+)chip\s+in\b|\bchip\s+in\s+(?:[$£€]|today|now|to\s+(?:help|keep|support))|tip\s+jar|buy\s+me\s+a\s+coffee|(?:our|my)\s+(?:patreon|gofundme|gogetfunding)|(?:support|join|back)\s+(?:us|me)\s+on\s+patreon|patreon\.com\/|support\s+(?:independent|our)\s+journalism|become\s+a\s+(?:patron|member|supporter)|(?:thank\s+you|thanks)\s+for\s+your\s+support)/i,
    maxLength: 900,
    cue: (text) => /please|consider|donat|chip|tip|coffee|patreon|gofundme|gogetfunding|journalism|become|thank/i.test(text),
  },
  {
    id: 'boilerplate/subscription',
    kind: 'boilerplate',
    pattern:
      /\b(?:subscribe\s+(?:now|today|here|to\s+(?:our|my)\b)|sign\s+up\s+(?:for|to)\s+(?:our|the|my)\s+\w*\s*(?:newsletter|email|digest|updates)|(?:get|receive)\s+(?:our|the)\s+(?:\w+\s+)?newsletter|(?:delivered\s+)?straight\s+to\s+your\s+(?:inbox|mobile|phone)|delivered\s+to\s+your\s+inbox|already\s+a\s+subscriber|subscribers?\s+only|start\s+your\s+free\s+trial|enter\s+your\s+e-?mail(?:\s+address)?|never\s+miss\s+(?:our|a)\s+(?:top\s+)?(?:stories|story|headlines?)|free\s+sign\s+up$)/i,
    maxLength: 600,
    cue: (text) => /subscri|sign|newsletter|inbox|straight|trial|mail|never/i.test(text),
  },
  {
    // A prompt that opens its line: "Sign up for the Morning Brief", "Text alerts", "Newsletter".
    id: 'boilerplate/subscription',
    kind: 'boilerplate',
    pattern: /^(?:sign\s+up\s+(?:for|to)\s+(?:the|our|my)\b|text\s+alerts?\b|(?:free\s+)?(?:e-?mail\s+)?newsletters?\s*(?:$|[:|])|subscribe\s*(?:$|[.!:|]))/i,
    maxLength: 200,
    cue: (text) => /^(?:sign|text|free|e-?mail|newsletter|subscribe)/i.test(text),
  },
  {
    // The small print of a sign-up or poll form.
    id: 'boilerplate/form',
    kind: 'boilerplate',
    pattern: /\b(?:this\s+field\s+is\s+(?:for\s+validation|required)|you\s+(?:may|can)\s+(?:opt\s+out|unsubscribe)\s+at\s+any\s*time|completing\s+this\s+(?:poll|survey|form)\s+(?:grants|gives|entitles|subscribes)|you\s+(?:also\s+)?agree\s+to\s+(?:this\s+site's|our|the\s+site's)\s+(?:privacy\s+policy|terms))\b/i,
    maxLength: 200,
    cue: (text) => /field|opt|unsubscribe|completing|agree/i.test(text),
  },
  {
    id: 'boilerplate/poll',
    kind: 'boilerplate',
    pattern: /^(?:quick\s+(?:vote|poll)|vote\s+now|take\s+(?:our|the|this)\s+(?:poll|survey|quiz)|cast\s+your\s+vote|view\s+(?:the\s+)?(?:poll\s+)?results|results\s+so\s+far)\b/i,
    maxLength: 300,
    cue: (text) => /^(?:quick|vote|take|cast|view|results)/i.test(text),
  },
  {
    // A caption or photo credit: a line that ends in an agency credit or opens with its label.
    id: 'boilerplate/caption',
    kind: 'boilerplate',
    pattern: new RegExp(
      `(?:(?:^|\\s)${CREDIT_SOURCE}\\.?$|^\\((?:AP|AFP|Reuters|REUTERS|Getty\\s+Images|EPA)(?:\\s+file)?(?:\\s+photo)?\\)$|\\((?:AP|AFP|Reuters|Getty\\s+Images|EPA)\\s+(?:file\\s+)?photo\\)$|^(?:[Ii]mage\\s+(?:caption|copyright|source)|[Ii]mage\\s*:|[Pp]hoto(?:graph)?\\s*(?:[Cc]redit)?\\s*:|[Pp]icture\\s*:|[Pp]ictured\\s*:|[Cc]aption\\s*:|[Pp]hoto\\s+by\\s+\\p{Lu}))`,
      'u',
    ),
    maxLength: 400,
    // Every credit has a slash; the agency labels close the line with ")"; the rest open with a label.
    cue: (text) => text.includes('/') || text.endsWith(')') || /^(?:image|photo|picture|caption)/i.test(text),
  },
  {
    id: 'boilerplate/social',
    kind: 'boilerplate',
    pattern:
      /\b(?:follow\s+(?:us|me|\w+)\s+on\s+(?:twitter|x|facebook|instagram|telegram|tiktok|youtube|linkedin|social\s+media)|like\s+us\s+on\s+facebook|share\s+this(?:\s+(?:article|story|post|page))?\s*(?:[:!]|$|\s+(?:on|with))|join\s+(?:us|our\s+\w+)\s+on\s+(?:telegram|discord|facebook))/i,
    maxLength: 400,
    cue: (text) => /follow|like|share|join/i.test(text),
  },
  {
    id: 'boilerplate/cookies',
    kind: 'boilerplate',
    pattern: /\b(?:(?:this|our)\s+(?:site|website)\s+uses\s+cookies|(?:accept|consent\s+to)\s+(?:all\s+)?cookies|cookie\s+(?:policy|settings|preferences))\b/i,
    maxLength: 600,
    cue: (text) => /cookie/i.test(text),
  },
  {
    // "Related stories > …" lists every headline on one line; the arrow or colon says it is a list.
    id: 'boilerplate/related',
    kind: 'boilerplate',
    pattern: /^(?:related|more)\s+(?:articles?|stories|links|coverage|content|news|headlines)\s*[>:»›|]/i,
    maxLength: 2000,
    cue: (text) => /^(?:related|more)/i.test(text),
  },
  {
    id: 'boilerplate/related',
    kind: 'boilerplate',
    pattern:
      /^(?:related(?:\s+(?:articles?|stories|posts|coverage|content|reading|links))?|read\s+(?:more|also|next|the\s+(?:full|rest|whole|original)\b|the\s+rest\s+(?:here|of\s+(?:the|this)\s+(?:story|article)))|continue\s+reading|full\s+story|see\s+also|recommended(?:\s+for\s+you)?|more\s+(?:from|on)\s+[\w ]{0,30}|you\s+may\s+also\s+like|click\s+here)\b/i,
    maxLength: 300,
    cue: (text) => /^(?:related|read|continue|full|see|recommended|more|you|click)/i.test(text),
  },
  {
    id: 'boilerplate/contact',
    kind: 'boilerplate',
    pattern:
      /(?:\be-?mail\s+(?:the\s+)?(?:writers?|authors?|reporters?|columnist|editors?)\s+at\b|^(?:contact|reach|e-?mail)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}at\s+[\w.+-]+@|\be-?mail\s+(?:us\s+)?your\s+(?:comments|views|thoughts|letters?|feedback|questions)\b|\bsend\s+us\s+your\s+(?:comments|views|thoughts|tips|letters?|feedback)\b)/iu,
    maxLength: 300,
    cue: (text) => /mail|@|send/iu.test(text),
  },
  {
    id: 'boilerplate/rights',
    kind: 'boilerplate',
    pattern: /(?:(?:^|\s)©\s*(?:\d{4}|\p{Lu})|\(c\)\s*\d{4}|^copyright\s*(?:©|\(c\))?\s*\d{4}|\ball\s+rights\s+reserved\b|\bmay\s+not\s+be\s+(?:re)?published\b)/iu,
    maxLength: 300,
    cue: (text) => /©|\(c\)|copyright|rights|publish/i.test(text),
  },
  {
    id: 'boilerplate/updated',
    kind: 'boilerplate',
    pattern: /^(?:last\s+(?:modified|updated)|page\s+last\s+updated)\s*(?::|at|on)/i,
    maxLength: 120,
    cue: (text) => /^(?:last|page)/i.test(text),
  },
  {
    // A site header's controls, each alone on its line.
    id: 'boilerplate/navigation',
    kind: 'boilerplate',
    pattern: /^(?:skip\s+to\s+(?:the\s+)?(?:main\s+)?(?:content|navigation)|toggle\s+(?:navigation|menu)|(?:open|close|main)\s+(?:menu|navigation)|menu|search|sign\s+in|log\s*in|sign\s+out|log\s*out|register|home)$/i,
    maxLength: 40,
    cue: (text) => /^(?:skip|toggle|open|close|main|menu|search|sign|log|register|home)/i.test(text),
  },
  {
    id: 'boilerplate/back-to-top',
    kind: 'boilerplate',
    pattern: /^(?:back\s+to\s+(?:the\s+)?top|(?:return|go|scroll)\s+to\s+(?:the\s+)?top|top\s+of\s+(?:the\s+)?page)\b/i,
    maxLength: 40,
    cue: (text) => /top/i.test(text),
  },
  {
    // A video player's labels: "JUST WATCHED … Replay More Videos … MUST WATCH".
    id: 'boilerplate/video',
    kind: 'boilerplate',
    pattern: /^(?:just\s+watched|must\s+watch|now\s+playing|watch\s+(?:the\s+)?video\s*:?$)/i,
    maxLength: 400,
    cue: (text) => /^(?:just|must|now|watch)/i.test(text),
  },
  {
    // A reader comment's header: "Jane Doe • 13 hours ago".
    id: 'boilerplate/comments',
    kind: 'boilerplate',
    pattern: /^\p{Lu}[\p{L}.'’ -]{1,40}\s*[•·|]\s*\d+\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\s+ago$/u,
    maxLength: 80,
    cue: (text) => text.endsWith('ago'),
  },
  {
    // A shop widget filling its line: "Book Title… Author Best Price: $9.85 Buy New $9.95 (as of 03:35 EDT - Details)".
    // No sentence may end before it ("… out.” The Files… Best Price"): that line also holds the story.
    id: 'boilerplate/promo',
    kind: 'boilerplate',
    pattern:
      /^(?!.*(?:[.!?]["”’]|\p{Ll}{2}[.!?])\s+\p{Lu}.*\bbest\s+price:).*\bbest\s+price:\s*[$£€]\s?\d[\d.,]*\s+buy\s+new\s+[$£€]\s?\d[\d.,]*\s+\(as\s+of\s+[^)]{1,40}\)$/iu,
    maxLength: 200,
    cue: (text) => /price:/iu.test(text),
  },
  {
    // A coupon or discount offer: "Save $150 with coupons in Sunday's paper".
    id: 'boilerplate/promo',
    kind: 'boilerplate',
    pattern: /^(?:save|get|enjoy)\s+(?:more\s+than\s+|up\s+to\s+|over\s+)?[$£€]?\d[\d,.]*%?\s+(?:off\s+)?(?:with|on|when|in)\b/i,
    maxLength: 120,
    cue: (text) => /^(?:save|get|enjoy)/i.test(text),
  },
  {
    id: 'boilerplate/advert',
    kind: 'boilerplate',
    pattern: /^(?:advertisement|sponsored(?:\s+content)?|paid\s+content|story\s+continues\s+below(?:\s+advertisement)?)$/i,
    maxLength: 40,
    cue: (text) => /^(?:advertisement|sponsored|paid|story)/i.test(text),
  },
  {
    id: 'boilerplate/author-bio',
    kind: 'boilerplate',
    pattern:
      // A name, not a pronoun: "He is a former professor" is as often the story's subject as its author.
      /^(?!(?:He|She|It|They|This|That)\s)(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:is|was)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,6}(?:writer|journalist|reporter|editor|author|columnist|commentator|correspondent|contributor|blogger|broadcaster|presenter|analyst|fellow|professor|researcher)\b/u,
    maxLength: 500,
    cue: (text) => /\s(?:is|was)\s/.test(text) && /writer|journalist|reporter|editor|author|columnist|commentator|correspondent|contributor|blogger|broadcaster|presenter|analyst|fellow|professor|researcher/.test(text),
  },
];
