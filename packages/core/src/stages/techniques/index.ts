import type { AnalysisContext, Stage } from '../../context.js';
import { spanOf } from '../../model/span.js';
import type { Article, Technique } from '../../model/types.js';
import { curatedLexicon, TECHNIQUE_LEXICON_MODEL, TECHNIQUE_TAGGER_MODEL, type LexiconEntry } from './lexicons.js';
import { ruleMark, type TechniqueLabel } from './labels.js';
import { normalizeToken, normalizeTokens, type PhraseMatcher } from './phrase-matcher.js';
import { PATTERN_RULES } from './rules.js';
import { anaphoraMarks, smearMarks } from './smears.js';
import { STOPWORDS } from './stopwords.js';
import type { TechniqueTagger } from './tagger.js';
import { markSource, TECHNIQUE_CALIBRATION_MODEL, type Calibrator } from './confidence.js';
import { coverage, dropOrphanRepetitions, nameRanges, onlyName, reportedRanges } from './filters.js';

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
  /**
   * Drop marks that are names, reported speech or echoes of dropped marks (filters.ts); on by
   * default. `false` measures the stage without them.
   */
  filters?: boolean;
  /**
   * Marks in reported speech: `drop` (default: the output holds the author's devices), or `keep`
   * (PTC's convention: its annotators marked techniques inside quotes too; the PTC evaluation
   * and calibration use this).
   */
  reported?: 'drop' | 'keep';
  /** Whether indirect (reported, unquoted) speech counts as reported too (default false: its wording is the author's). */
  indirect?: boolean;
  /** Marks whose confidence is below this stay out (default `DEFAULT_MIN_CONFIDENCE`; 0 keeps every mark). */
  minConfidence?: number;
  /** The confidence table (default: the model package's techniques-calibration). */
  calibrator?: Calibrator;
}

/** Marks below this confidence are left out of the default output (see docs/techniques-tone.md). */
export const DEFAULT_MIN_CONFIDENCE = 0.09;

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
    requires: ['sentences', 'tokens'],
    uses: ['paragraph-kinds', 'entities', 'attributions'],
    provides: ['techniques'],
    // Only the models the options leave to the model package: a stage given its tagger never loads one.
    models: [
      ...(options.tagger === undefined ? [TECHNIQUE_TAGGER_MODEL] : []),
      ...(options.learned !== false && !options.learnedMatcher ? [TECHNIQUE_LEXICON_MODEL] : []),
      ...(options.calibrator ? [] : [TECHNIQUE_CALIBRATION_MODEL]),
    ],
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
  const tagger = options.tagger === false ? undefined : (options.tagger ?? context.models.get(TECHNIQUE_TAGGER_MODEL));

  const lexicons = [options.curated !== false ? curatedLexicon() : undefined, options.learned !== false ? (options.learnedMatcher ?? context.models.get(TECHNIQUE_LEXICON_MODEL)) : undefined];
  for (const lexicon of lexicons) {
    if (!lexicon) continue;
    // The learned phrases of a label the tagger covers are left to the tagger (it reads their rates).
    const replaced = lexicon !== lexicons[0] ? tagger?.replacesLexicon : undefined;
    for (let s = 0; s < sentences.length; s++) {
      if (!skip[s]) lexiconMarks(lexicon, normalized, context, s, sentences[s], marks, replaced);
    }
  }

  if (options.curated !== false) {
    smearMarks(article, tokens, (offset) => {
      const s = sentenceAt(article, offset);
      return s < 0 || skip[s];
    }, marks);
    anaphoraMarks(sentences, skip, marks);
  }

  if (tagger) {
    const spans = sentences.filter((_, i) => !skip[i]);
    tagger.tag(text, tokens, ranges, spans, marks);
  }

  if (options.patterns !== false) {
    for (const rule of PATTERN_RULES) {
      if (rule.needle && !text.includes(rule.needle)) continue;
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
        marks.push(ruleMark('Rhetorical_Question', sentences[i].start, sentences[i].end, 'rule:rhetorical-question/author-question'));
      }
    }
  }

  let kept = options.filters === false ? marks : authorMarks(article, context, marks, options);
  if (options.repetition !== false) {
    // A loaded phrase used again is repetition for effect; every use after the first is marked.
    const seen = new Map<string, number>();
    const startsSeen = new Set<number>();
    for (const m of [...kept].sort((x, y) => x.start - y.start)) {
      if (m.label !== 'Loaded_Language' && m.label !== 'Name_Calling-Labeling') continue;
      // Two lexicons marking the same words are one use, not two.
      if (startsSeen.has(m.start)) continue;
      startsSeen.add(m.start);
      const key = normalizeToken(text.slice(m.start, m.end));
      const uses = (seen.get(key) ?? 0) + 1;
      seen.set(key, uses);
      if (uses > 1) kept.push(ruleMark('Repetition', m.start, m.end, `rule:repetition/loaded-phrase-again (use ${uses})`));
    }
  }

  if (options.filters !== false) kept = dropOrphanRepetitions(text, kept);
  const calibrator = options.calibrator ?? context.models.get(TECHNIQUE_CALIBRATION_MODEL);
  const minConfidence = options.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
  // The article's signal density from the de-duplicated marks; then every mark's confidence,
  // the threshold, and de-duplication among the marks that stay (a long unsure mark does not
  // hide a short sure one).
  const table = kept.map((m) => ({ ...m, confidence: calibrator.confidence(m) }));
  let sum = 0;
  for (const m of dedupe(table)) sum += m.confidence;
  const density = (1000 * sum) / Math.max(1000, text.length);
  const confident: Array<Mark & { confidence: number }> = [];
  for (const m of table) {
    const factor = calibrator.densityFactor(density, markSource(m.rule));
    const confidence = Math.round(Math.min(1, m.confidence * factor) * 1000) / 1000;
    if (confidence >= minConfidence) confident.push({ ...m, confidence });
  }
  const out = dedupe(confident);
  return toTechniques(text, out);
}

/**
 * The marks that are the author's own: a mark that is only a name is dropped, and (unless
 * `reported: 'keep'`) marks mostly inside reported speech or quotes (filters.ts).
 */
function authorMarks(article: Article, context: AnalysisContext, marks: Mark[], options: TechniqueOptions): Mark[] {
  const { text, sentences } = article;
  const names = nameRanges(article);
  const reported = options.reported === 'keep' ? [] : reportedRanges(article, options.indirect === true);
  const out: Mark[] = [];
  for (const raw of marks) {
    const s = sentenceAt(article, raw.start);
    const sentence = s >= 0 ? sentences[s] : undefined;
    const wholeSentence = sentence !== undefined && raw.start <= sentence.start && raw.end >= sentence.end;
    // A name on its own is no technique ("crooked Hillary" stays whole: the label makes it one);
    // a hand-written entry that is a name on purpose ("Hitler", Guilt_by_Association) stays.
    if (!wholeSentence && !(raw.rule.startsWith('lexicon:') && !raw.rule.includes('(learned')) && onlyName(text, names, raw)) continue;
    const m = raw;
    if (2 * coverage(reported, m.start, m.end) >= m.end - m.start) continue;
    out.push(m);
  }
  return out;
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

/**
 * Of overlapping marks with one label, keep the longest (ties: the first found). Marks are
 * sorted by label and start and cut into runs of overlapping marks; the longest-first choice
 * is made inside each run (a run stays within a sentence or two), so the whole is O(n log n)
 * — the former pairwise check over all of a label's marks was quadratic.
 */
export function dedupe<M extends Mark>(marks: readonly M[]): M[] {
  const order = marks.map((m, i) => ({ m, i }));
  order.sort((x, y) => (x.m.label < y.m.label ? -1 : x.m.label > y.m.label ? 1 : x.m.start - y.m.start || x.i - y.i));
  const kept: M[] = [];
  let run: Array<{ m: M; i: number }> = [];
  let runEnd = -1;
  const flush = () => {
    if (run.length === 1) kept.push(run[0].m);
    else if (run.length > 1) {
      run.sort((x, y) => y.m.end - y.m.start - (x.m.end - x.m.start) || x.i - y.i);
      const taken: M[] = [];
      for (const { m } of run) {
        let free = true;
        for (let k = 0; k < taken.length && free; k++) free = !(taken[k].start < m.end && m.start < taken[k].end);
        if (free) taken.push(m);
      }
      for (const m of taken) kept.push(m);
    }
    run = [];
  };
  let label = '';
  for (const x of order) {
    if (x.m.label !== label || x.m.start >= runEnd) {
      flush();
      label = x.m.label;
      runEnd = x.m.end;
    } else runEnd = Math.max(runEnd, x.m.end);
    run.push(x);
  }
  flush();
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

function toTechniques(text: string, marks: ReadonlyArray<Mark & { confidence: number }>): Technique[] {
  return marks.map((m, i) => ({ id: `t${i + 1}`, ...spanOf(text, m.start, m.end), technique: m.label, rule: m.rule, confidence: m.confidence }));
}
