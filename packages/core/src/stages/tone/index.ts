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
}

const zero = (): Counts => ({ sentences: 0, withTechnique: 0, techniques: 0, subjectivity: 0, words: 0, syllables: 0, exclaimsOrQuestions: 0, fragments: 0 });

export function toneReport(article: Article, context: AnalysisContext): ToneReport {
  const boilerplate = new Set(article.paragraphs.filter((p) => p.kind === 'boilerplate').map((p) => p.id));
  const byParagraph = new Map<string, Counts>();
  const total = zero();
  // Techniques are sorted by start; walk them alongside the sentences.
  const techniques = [...article.techniques].sort((a, b) => a.start - b.start);
  let t = 0;
  article.sentences.forEach((sentence, i) => {
    if (boilerplate.has(sentence.paragraph)) return;
    const c = byParagraph.get(sentence.paragraph) ?? zero();
    byParagraph.set(sentence.paragraph, c);
    const [a, b] = context.sentenceTokens[i] ?? [0, 0];
    let words = 0;
    let syl = 0;
    for (let k = a; k < b; k++) {
      const w = context.tokens[k].text;
      if (!isWord(w)) continue;
      words++;
      syl += syllables(w);
    }
    while (t < techniques.length && techniques[t].end <= sentence.start) t++;
    let n = 0;
    for (let k = t; k < techniques.length && techniques[k].start < sentence.end; k++) if (techniques[k].end > sentence.start) n++;
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
    }
  });
  return {
    article: figuresOf(total),
    paragraphs: [...byParagraph].map(([paragraph, c]) => ({ paragraph, ...figuresOf(c) })),
  };
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
    }),
  };
}
