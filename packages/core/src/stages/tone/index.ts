import type { AnalysisContext, Stage } from '../../context.js';
import type { Article, ToneFigures, ToneReport } from '../../model/types.js';
import { fleschKincaidGrade, syllables as syllablesImport } from './readability.js';

/** A local copy: an imported binding can compile to a getter (tsx), too slow per word. */
const syllables = syllablesImport;
import { sensationalism } from './sensationalism.js';

/**
 * Stage `tone`: for the article and each non-boilerplate paragraph, the share of
 * sentences carrying a technique, mean subjectivity, the Flesch–Kincaid grade and a
 * sensationalism score (formula in sensationalism.ts). Boilerplate stays out.
 */
export function toneStage(): Stage {
  return {
    id: 'tone',
    description: 'tone figures for the article and each paragraph',
    requires: ['sentences', 'tokens', 'sentence-scores', 'techniques'],
    uses: ['paragraph-kinds', 'attributions'],
    provides: ['tone'],
    run(article, context) {
      article.tone = toneReport(article, context);
    },
  };
}

/** Per-sentence counts, summed per paragraph and for the article. */
interface Counts {
  sentences: number;
  withTechnique: number;
  techniques: number;
  subjectivity: number;
  words: number;
  syllables: number;
  exclaimsOrQuestions: number;
  fragments: number;
  /** Sum of the confidences of the technique marks overlapping the sentences. */
  techniqueWeight: number;
  shouted: number;
  /** Characters, and characters inside attributed content. */
  chars: number;
  attributedChars: number;
}

const zero = (): Counts => ({ sentences: 0, withTechnique: 0, techniques: 0, subjectivity: 0, words: 0, syllables: 0, exclaimsOrQuestions: 0, fragments: 0, techniqueWeight: 0, shouted: 0, chars: 0, attributedChars: 0 });

export function toneReport(article: Article, context: AnalysisContext): ToneReport {
  const boilerplate = new Set(article.paragraphs.filter((p) => p.kind === 'boilerplate').map((p) => p.id));
  const byParagraph = new Map<string, Counts>();
  const total = zero();
  // Techniques are sorted by start; walk them alongside the sentences.
  const techniques = [...article.techniques].sort((a, b) => a.start - b.start);
  let t = 0;
  // Attributed content, merged and sorted, walked alongside the sentences too.
  const attributed = mergedContents(article);
  let q = 0;
  article.sentences.forEach((sentence, i) => {
    if (boilerplate.has(sentence.paragraph)) return;
    const c = byParagraph.get(sentence.paragraph) ?? zero();
    byParagraph.set(sentence.paragraph, c);
    const [a, b] = context.sentenceTokens[i] ?? [0, 0];
    let words = 0;
    let syl = 0;
    let shouted = 0;
    for (let k = a; k < b; k++) {
      const w = context.tokens[k].text;
      if (!isWord(w)) continue;
      words++;
      syl += syllables(w);
      if (w.length >= 4 && isShouted(w)) shouted++;
    }
    while (q < attributed.length && attributed[q].end <= sentence.start) q++;
    let inside = 0;
    for (let k = q; k < attributed.length && attributed[k].start < sentence.end; k++) {
      inside += Math.max(0, Math.min(sentence.end, attributed[k].end) - Math.max(sentence.start, attributed[k].start));
    }
    while (t < techniques.length && techniques[t].end <= sentence.start) t++;
    let n = 0;
    let weight = 0;
    for (let k = t; k < techniques.length && techniques[k].start < sentence.end; k++) {
      if (techniques[k].end > sentence.start) {
        n++;
        weight += techniques[k].confidence ?? 0.3;
      }
    }
    const last = sentence.text.replace(/["”’)\s]+$/, '').slice(-1);
    for (const target of [c, total]) {
      target.sentences++;
      target.withTechnique += n > 0 ? 1 : 0;
      target.techniques += n;
      target.subjectivity += sentence.subjectivity;
      target.words += words;
      target.syllables += syl;
      target.exclaimsOrQuestions += last === '!' || last === '?' ? 1 : 0;
      target.fragments += words > 0 && words <= 5 ? 1 : 0;
      target.techniqueWeight += weight;
      target.shouted += shouted;
      target.chars += sentence.end - sentence.start;
      target.attributedChars += inside;
    }
  });
  return {
    article: figuresOf(total),
    paragraphs: [...byParagraph].map(([paragraph, c]) => ({ paragraph, ...figuresOf(c) })),
  };
}

/** Attribution contents (their pieces when a tag interrupts them), sorted and merged. */
function mergedContents(article: Article): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  for (const a of article.attributions) {
    if (a.contentParts?.length) for (const p of a.contentParts) spans.push({ start: p.start, end: p.end });
    else spans.push({ start: a.content.start, end: a.content.end });
  }
  spans.sort((x, y) => x.start - y.start);
  const out: Array<{ start: number; end: number }> = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/** A word in capitals only ("BOMBSHELL"). */
function isShouted(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c > 127 && w[i] !== w[i].toUpperCase()) return false;
  }
  return /[A-Z]/.test(w);
}

function isWord(token: string): boolean {
  const c = token.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 191;
}

function figuresOf(c: Counts): ToneFigures {
  const round = (v: number) => Math.round(v * 1000) / 1000;
  return {
    techniqueShare: c.sentences ? round(c.withTechnique / c.sentences) : 0,
    meanSubjectivity: c.sentences ? round(c.subjectivity / c.sentences) : 0,
    readabilityGrade: fleschKincaidGrade(c.words, c.sentences, c.syllables),
    sensationalism: sensationalism({
      words: c.words,
      sentences: c.sentences,
      techniques: c.techniques,
      meanSubjectivity: c.sentences ? c.subjectivity / c.sentences : 0,
      exclaimsOrQuestions: c.exclaimsOrQuestions,
      fragments: c.fragments,
      techniqueWeight: c.techniqueWeight,
      shouted: c.shouted,
      authorShare: c.chars ? 1 - c.attributedChars / c.chars : 1,
    }),
  };
}
