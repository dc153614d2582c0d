/**
 * Learns a phrase lexicon from PTC articles: every 1- to 4-token n-gram inside a
 * sentence is counted, in all and inside gold spans of each technique; a phrase is
 * kept for the technique it most often sits inside when its smoothed precision
 *   inside / (occurrences + 1)
 * reaches that technique's threshold and it was marked in enough distinct articles.
 */
import { createContext, createPipeline, paragraphKindsStage, segmentStage, type AnalysisContext } from '../../../packages/core/src/index.js';
import { PTC2020_TO_2023, type TechniqueLabel } from '../../../packages/core/src/stages/techniques/labels.js';
import { normalizeToken } from '../../../packages/core/src/stages/techniques/phrase-matcher.js';
import { STOPWORDS } from '../../../packages/core/src/stages/techniques/stopwords.js';
import type { PtcArticle } from './ptc-corpus.js';
import { shippedModelStore } from './analyzer.js';

export const MAX_PHRASE_TOKENS = 4;
export const MIN_OCCURRENCES = 2;

export interface PhraseStats {
  total: number;
  /** 2023 label -> occurrences inside a gold span of that label. */
  inside: Map<TechniqueLabel, number>;
  /** 2023 label -> distinct articles where it sat inside such a span. */
  articles: Map<TechniqueLabel, Set<string>>;
  /** 2023 label -> inside occurrences whose gold span also holds the token before / after. */
  widen: Map<TechniqueLabel, { prev: number; next: number }>;
}

export interface LearnedEntry {
  phrase: string;
  label: TechniqueLabel;
  precision: number;
  count: number;
  /** Widen a mark to the neighbouring word when gold spans usually did. */
  attach?: 'next' | 'prev' | 'both';
}

export interface Thresholds {
  minPrecision: number;
  minArticles: number;
  /** Mark the phrase, or the whole sentence that holds it (for clause-length techniques). */
  span: 'phrase' | 'sentence';
}

const segmenter = createPipeline([segmentStage(), paragraphKindsStage()]);

/** Segments an article the way the analysis does, so learned phrases tokenize alike. */
export function segmentPtc(text: string): { context: AnalysisContext; normalized: string[]; sentences: Array<{ start: number; end: number }> } {
  const context = createContext(shippedModelStore());
  const article = segmenter.run(text, {}, context);
  return { context, normalized: context.tokens.map((t) => normalizeToken(t.text)), sentences: article.sentences };
}

function isWord(w: string): boolean {
  const c = w.charCodeAt(0);
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c > 191;
}

/** An n-gram worth counting: starts and ends with a word that is not a function word. */
export function isCandidate(normalized: readonly string[], first: number, end: number): boolean {
  const a = normalized[first];
  const b = normalized[end - 1];
  return isWord(a) && isWord(b) && !STOPWORDS.has(a) && !STOPWORDS.has(b);
}

export function countPhrases(articles: readonly PtcArticle[]): Map<string, PhraseStats> {
  const stats = new Map<string, PhraseStats>();
  for (const article of articles) {
    const { context, normalized } = segmentPtc(article.text);
    const { tokens } = context;
    const gold = article.spans.map((s) => ({ ...s, label: PTC2020_TO_2023[s.label]?.[0] }));
    for (const [a, b] of context.sentenceTokens) {
      for (let i = a; i < b; i++) {
        for (let n = 1; n <= MAX_PHRASE_TOKENS && i + n <= b; n++) {
          if (!isCandidate(normalized, i, i + n)) continue;
          const key = normalized.slice(i, i + n).join(' ');
          let st = stats.get(key);
          if (!st) stats.set(key, (st = { total: 0, inside: new Map(), articles: new Map(), widen: new Map() }));
          st.total++;
          const start = tokens[i].start;
          const end = tokens[i + n - 1].end;
          const labels = new Map<TechniqueLabel, { prev: boolean; next: boolean }>();
          for (const g of gold) {
            if (!g.label || g.start > start || end > g.end) continue;
            const w = labels.get(g.label) ?? { prev: false, next: false };
            w.prev ||= i > a && g.start <= tokens[i - 1].start;
            w.next ||= i + n < b && g.end >= tokens[i + n].end;
            labels.set(g.label, w);
          }
          for (const [label, w] of labels) {
            const widen = st.widen.get(label) ?? { prev: 0, next: 0 };
            widen.prev += w.prev ? 1 : 0;
            widen.next += w.next ? 1 : 0;
            st.widen.set(label, widen);
            st.inside.set(label, (st.inside.get(label) ?? 0) + 1);
            const set = st.articles.get(label) ?? new Set();
            set.add(article.id);
            st.articles.set(label, set);
          }
        }
      }
    }
  }
  return stats;
}

/** The lexicon under per-label thresholds (labels without thresholds learn nothing). */
export function selectEntries(stats: Map<string, PhraseStats>, thresholds: ReadonlyMap<TechniqueLabel, Thresholds>, oneLabel = false): LearnedEntry[] {
  const entries: LearnedEntry[] = [];
  for (const [phrase, st] of stats) {
    // A phrase seen once teaches nothing that generalises.
    if (st.total < MIN_OCCURRENCES) continue;
    // Each technique the phrase sits inside is judged on its own (PTC often marks a word as
    // both Loaded_Language and Name_Calling), unless one-label mode keeps only the most frequent.
    const labels = [...st.inside].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
    for (const [label, inside] of oneLabel ? labels.slice(0, 1) : labels) {
      const t = thresholds.get(label);
      if (!t) continue;
      const precision = inside / (st.total + 1);
      if (precision < t.minPrecision || (st.articles.get(label)?.size ?? 0) < t.minArticles) continue;
      const widen = st.widen.get(label) ?? { prev: 0, next: 0 };
      const prev = widen.prev > inside / 2;
      const next = widen.next > inside / 2;
      const attach = prev && next ? 'both' : prev ? 'prev' : next ? 'next' : undefined;
      entries.push({ phrase, label, precision: Math.round(precision * 100) / 100, count: st.total, ...(attach ? { attach } : {}) });
    }
  }
  return entries.sort((x, y) => (x.label < y.label ? -1 : x.label > y.label ? 1 : x.phrase < y.phrase ? -1 : x.phrase > y.phrase ? 1 : 0));
}
