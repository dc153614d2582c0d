import type { Article, Span } from './types.js';

export interface LabelledSpan {
  /** Where in the article the span sits, e.g. `entities[2].mentions[0]`. */
  path: string;
  span: Span;
}

/** Every span of every layer of an article, with a path that names it. */
export function allSpans(article: Article): LabelledSpan[] {
  const out: LabelledSpan[] = [];
  const add = (path: string, span: Span | null | undefined) => {
    if (span) out.push({ path, span });
  };
  article.paragraphs.forEach((p, i) => add(`paragraphs[${i}]`, p));
  article.sentences.forEach((s, i) => add(`sentences[${i}]`, s));
  article.entities.forEach((e, i) => e.mentions.forEach((m, j) => add(`entities[${i}].mentions[${j}]`, m)));
  article.attributions.forEach((a, i) => {
    add(`attributions[${i}].source`, a.source);
    add(`attributions[${i}].cue`, a.cue);
    add(`attributions[${i}].content`, a.content);
    a.contentParts?.forEach((p, j) => add(`attributions[${i}].contentParts[${j}]`, p));
  });
  article.claims.forEach((c, i) => {
    add(`claims[${i}]`, c);
    c.hedges.forEach((h, j) => add(`claims[${i}].hedges[${j}]`, h));
  });
  article.hedges.forEach((h, i) => add(`hedges[${i}]`, h));
  article.techniques.forEach((t, i) => add(`techniques[${i}]`, t));
  return out;
}

/**
 * The spans whose offsets do not match their text (`text.slice(start, end) !== span.text`)
 * or fall outside the article. An empty list means the article keeps the offset contract.
 */
export function findSpanViolations(article: Article): string[] {
  const problems: string[] = [];
  const n = article.text.length;
  for (const { path, span } of allSpans(article)) {
    if (!Number.isInteger(span.start) || !Number.isInteger(span.end) || span.start < 0 || span.end > n || span.start > span.end) {
      problems.push(`${path}: offsets [${span.start}, ${span.end}) are outside the text (length ${n})`);
    } else if (article.text.slice(span.start, span.end) !== span.text) {
      problems.push(
        `${path}: text.slice(${span.start}, ${span.end}) is ${JSON.stringify(article.text.slice(span.start, span.end))}, span.text is ${JSON.stringify(span.text)}`,
      );
    }
  }
  return problems;
}
