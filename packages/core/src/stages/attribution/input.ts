import type { AnalysisContext } from '../../context.js';
import type { Article } from '../../model/types.js';
import type { FinderInput } from './found.js';
import { ATTRIBUTION_CUES_MODEL } from './lexicon.js';
import { findQuotes } from './quotes.js';

/** The finders' shared view of one article: tokens, sentences, quotes, and which quote each token sits in. */
export function buildFinderInput(article: Article, context: AnalysisContext): FinderInput {
  const { text } = article;
  const { tokens } = context;
  const quotes = findQuotes(text, article.paragraphs);
  const quoteOfToken = new Int32Array(tokens.length).fill(-1);
  let q = 0;
  for (let i = 0; i < tokens.length && q < quotes.length; i++) {
    while (q < quotes.length && quotes[q].close <= tokens[i].start) q++;
    if (q < quotes.length && tokens[i].start >= quotes[q].open) quoteOfToken[i] = q;
  }
  const sentenceOfToken = new Int32Array(tokens.length);
  context.sentenceTokens.forEach(([s, e], index) => sentenceOfToken.fill(index, s, e));
  return {
    text,
    tokens,
    sentences: context.sentenceTokens,
    quotes,
    quoteOfToken,
    taken: new Uint8Array(tokens.length),
    sentenceOfToken,
    cues: context.models.get(ATTRIBUTION_CUES_MODEL),
  };
}
