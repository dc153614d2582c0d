import type { AnalysisContext, Stage } from '../../context.js';
import { spanOf } from '../../model/span.js';
import type { Article, Technique } from '../../model/types.js';
import { curatedLexicon, learnedLexicon, techniqueTagger, type LexiconEntry } from '../../models/techniques/index.js';
import type { TechniqueLabel } from './labels.js';
import { normalizeToken, normalizeTokens, type PhraseMatcher } from './phrase-matcher.js';
import { PATTERN_RULES } from './rules.js';
import { STOPWORDS } from './stopwords.js';
import type { TechniqueTagger } from './tagger.js';

/** Which sources of marks to use; all on by default (the evaluation switches them to measure each). */
export interface TechniqueOptions {
  curated?: boolean;
  learned?: boolean;
  patterns?: boolean;
  questions?: boolean;
  repetition?: boolean;
  /** A learned lexicon to use instead of the shipped one (training tunes with this). */
  learnedMatcher?: PhraseMatcher<LexiconEntry>;
  /** The token and sentence networks; `false` turns them off, absent = the shipped model. */
  tagger?: TechniqueTagger | false;
}

/** How many content words an attached mark may reach for ("so-called peace initiative"). */
const ATTACH_REACH = 2;

/**
 * Stage `techniques`: propaganda and persuasion techniques, each with the rule,
 * lexicon entry or learned phrase that marked it. Boilerplate paragraphs are skipped.
 */
export function techniquesStage(options: TechniqueOptions = {}): Stage {
  return {
    id: 'techniques',
    description: 'propaganda and persuasion techniques, each with the rule that marked it',
    run(article, context) {
      article.techniques = detectTechniques(article, context, options);
    },
  };
}

export interface Mark {
  label: TechniqueLabel;
  start: number;
  end: number;
  rule: string;
}

export function detectTechniques(article: Article, context: AnalysisContext, options: TechniqueOptions = {}): Technique[] {
  const { text, sentences } = article;
  const { tokens, sentenceTokens } = context;
  const boilerplate = new Set(article.paragraphs.filter((p) => p.kind === 'boilerplate').map((p) => p.id));
  const skip = sentences.map((s) => boilerplate.has(s.paragraph));
  const ranges = sentenceTokens.filter((_, i) => !skip[i]);
  const normalized = normalizeTokens(tokens);
  const marks: Mark[] = [];
  const tagger = options.tagger === false ? undefined : (options.tagger ?? techniqueTagger());

  const lexicons = [options.curated !== false ? curatedLexicon() : undefined, options.learned !== false ? (options.learnedMatcher ?? learnedLexicon()) : undefined];
  for (const lexicon of lexicons) {
    if (!lexicon) continue;
    // The learned phrases of a label the tagger covers are left to the tagger (it reads their rates).
    const replaced = lexicon !== lexicons[0] ? tagger?.replacesLexicon : undefined;
    for (let s = 0; s < sentences.length; s++) {
      if (!skip[s]) lexiconMarks(lexicon, normalized, context, s, sentences[s], marks, replaced);
    }
  }

  if (tagger) {
    const spans = sentences.filter((_, i) => !skip[i]);
    tagger.tag(text, tokens, ranges, spans, marks);
  }

  if (options.patterns !== false) {
    for (const rule of PATTERN_RULES) {
      rule.pattern.lastIndex = 0;
      for (let m = rule.pattern.exec(text); m; m = rule.pattern.exec(text)) {
        const start = m.index + (rule.group ? m[0].indexOf(m[rule.group]) : 0);
        const end = start + (rule.group ? m[rule.group].length : m[0].length);
        const s = sentenceAt(article, start);
        if (s < 0 || skip[s]) continue;
        const span = rule.wholeSentence ? sentences[s] : { start, end: trimEnd(text, start, end) };
        marks.push({ label: rule.label, start: span.start, end: span.end, rule: rule.id });
      }
    }
  }

  if (options.questions !== false) {
    for (let i = 0; i < sentences.length; i++) {
      if (!skip[i] && isAuthorQuestion(sentences[i].text)) {
        marks.push({ label: 'Rhetorical_Question', start: sentences[i].start, end: sentences[i].end, rule: 'rule:rhetorical-question/author-question' });
      }
    }
  }

  if (options.repetition !== false) {
    // A loaded phrase used again is repetition for effect; every use after the first is marked.
    const seen = new Map<string, number>();
    const startsSeen = new Set<number>();
    for (const m of [...marks].sort((x, y) => x.start - y.start)) {
      if (m.label !== 'Loaded_Language' && m.label !== 'Name_Calling-Labeling') continue;
      // Two lexicons marking the same words are one use, not two.
      if (startsSeen.has(m.start)) continue;
      startsSeen.add(m.start);
      const key = normalizeToken(text.slice(m.start, m.end));
      const uses = (seen.get(key) ?? 0) + 1;
      seen.set(key, uses);
      if (uses > 1) marks.push({ label: 'Repetition', start: m.start, end: m.end, rule: `rule:repetition/loaded-phrase-again (use ${uses})` });
    }
  }

  return toTechniques(text, dedupe(marks));
}

/**
 * The marks one lexicon makes in sentence `s`: each hit, widened to its neighbouring
 * content words as the entry asks, or to the whole sentence. Training uses this too.
 */
export function lexiconMarks(
  lexicon: PhraseMatcher<LexiconEntry>,
  normalized: readonly string[],
  context: AnalysisContext,
  s: number,
  sentence: { start: number; end: number },
  out: Mark[],
  skipLabels?: ReadonlySet<string>,
): Mark[] {
  const [a, b] = context.sentenceTokens[s];
  const { tokens } = context;
  for (const m of lexicon.match(normalized, a, b)) {
    if (skipLabels?.has(m.entry.label)) continue;
    if (m.entry.wholeSentence) {
      out.push({ label: m.entry.label, start: sentence.start, end: sentence.end, rule: m.entry.rule });
      continue;
    }
    let first = m.first;
    let end = m.end;
    const { attach } = m.entry;
    if (attach === 'next' || attach === 'both') for (let k = 0; k < ATTACH_REACH && end < b && isContentWord(normalized[end]); k++) end++;
    if ((attach === 'prev' || attach === 'both') && first > a && isContentWord(normalized[first - 1])) first--;
    out.push({ label: m.entry.label, start: tokens[first].start, end: tokens[end - 1].end, rule: m.entry.rule });
  }
  return out;
}

function isContentWord(word: string | undefined): boolean {
  if (!word || STOPWORDS.has(word)) return false;
  const c = word.charCodeAt(0);
  return (c >= 97 && c <= 122) || c > 191;
}

/** Index of the sentence holding `offset`, or -1 (binary search over sentence starts). */
function sentenceAt(article: Article, offset: number): number {
  const s = article.sentences;
  let lo = 0;
  let hi = s.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (s[mid].end <= offset) lo = mid + 1;
    else if (s[mid].start > offset) hi = mid - 1;
    else return mid;
  }
  return -1;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /[\s,;:]/.test(text[end - 1])) end--;
  return end;
}

const QUOTE_MARKS = /["“”«»]/;

/** A question in the author's own voice: ends with "?" and holds no quotation marks. */
export function isAuthorQuestion(sentence: string): boolean {
  return sentence.endsWith('?') && !QUOTE_MARKS.test(sentence);
}

/** Of overlapping marks with one label, keep the longest (ties: the first found). */
function dedupe(marks: Mark[]): Mark[] {
  const byLabel = new Map<string, Mark[]>();
  for (const m of marks) {
    const list = byLabel.get(m.label) ?? [];
    list.push(m);
    byLabel.set(m.label, list);
  }
  const kept: Mark[] = [];
  for (const list of byLabel.values()) {
    const order = list.map((m, i) => ({ m, i })).sort((x, y) => y.m.end - y.m.start - (x.m.end - x.m.start) || x.i - y.i);
    const taken: Mark[] = [];
    for (const { m } of order) if (!taken.some((t) => t.start < m.end && m.start < t.end)) taken.push(m);
    kept.push(...taken);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

function toTechniques(text: string, marks: Mark[]): Technique[] {
  return marks.map((m, i) => ({ id: `t${i + 1}`, ...spanOf(text, m.start, m.end), technique: m.label, rule: m.rule }));
}
