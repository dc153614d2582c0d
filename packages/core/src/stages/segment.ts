import type { Stage } from '../context.js';
import type { Paragraph, Sentence } from '../model/types.js';
import { paragraphRanges } from '../text/paragraphs.js';
import { sentenceRanges } from '../text/sentences.js';
import { tokenize } from '../text/tokens.js';

/**
 * Stage 1, `segment`: paragraphs, sentences and tokens, all with offsets.
 * Paragraphs start as `body`; the `paragraph-kinds` stage decides their kind.
 * Sentence scores start at 0; the `sentence-scores` stage owns those two fields.
 */
export function segmentStage(): Stage {
  return {
    id: 'segment',
    description: 'paragraphs, sentences and tokens with offsets',
    run(article, context) {
      const { text } = article;
      const paragraphs: Paragraph[] = [];
      const sentences: Sentence[] = [];
      for (const [ps, pe] of paragraphRanges(text)) {
        const paragraph: Paragraph = { id: `p${paragraphs.length + 1}`, start: ps, end: pe, text: text.slice(ps, pe), kind: 'body' };
        paragraphs.push(paragraph);
        for (const [ss, se] of sentenceRanges(text, ps, pe)) {
          sentences.push({
            id: `s${sentences.length + 1}`,
            paragraph: paragraph.id,
            start: ss,
            end: se,
            text: text.slice(ss, se),
            checkworthiness: 0,
            subjectivity: 0,
          });
          const first = context.tokens.length;
          for (const token of tokenize(text, ss, se)) context.tokens.push(token);
          context.sentenceTokens.push([first, context.tokens.length]);
        }
      }
      article.paragraphs = paragraphs;
      article.sentences = sentences;
    },
  };
}
