import type { Stage } from '../../context.js';
import { spanOf, trimRange } from '../../model/span.js';
import type { Attribution } from '../../model/types.js';
import { findContinuedQuotes, findDirectQuotes, findMixedQuotes } from './direct.js';
import type { FinderInput, FoundAttribution } from './found.js';
import { findQuotes } from './quotes.js';
import { findReportedSpeech } from './reported.js';
import { SourceLinker } from './sources.js';

/**
 * Stage `attribution`: who said what, PolNeAR-style source, cue and content.
 * Passes over the tokens: quotes with a cue beside them, mixed quotes after
 * their verb, reported speech around cue verbs, then long quotes that continue
 * the last speaker's.
 * Sources link to entities through mentions and resolved pronouns.
 */
export function attributionStage(): Stage {
  return {
    id: 'attribution',
    description: 'who said what: source, cue and content of quotes and reported speech',
    run(article, context) {
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
      const input: FinderInput = {
        text,
        tokens,
        sentences: context.sentenceTokens,
        quotes,
        quoteOfToken,
        taken: new Uint8Array(tokens.length),
        sentenceOfToken,
      };
      const found: FoundAttribution[] = [];
      findDirectQuotes(input, found);
      findMixedQuotes(input, found);
      findReportedSpeech(input, found);
      findContinuedQuotes(input, found);
      found.sort((a, b) => a.content[0] - b.content[0]);

      const linker = new SourceLinker(article, context);
      article.attributions = found.map((f, i): Attribution => {
        const [cs, ce] = trimRange(text, f.content[0], f.content[1]);
        const direct = f.direct || /[“"]|''|``/.test(text.slice(cs, ce));
        return {
          id: `a${i + 1}`,
          direct,
          source: f.source ? { ...spanOf(text, f.source[0], f.source[1]), entity: linker.entityFor(f.source[0], f.source[1]) } : null,
          cue: f.cue ? spanOf(text, f.cue[0], f.cue[1]) : null,
          content: spanOf(text, cs, ce),
          rule: f.rule,
        };
      });
    },
  };
}
