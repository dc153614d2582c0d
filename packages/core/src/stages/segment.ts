import type { Stage } from '../context.js';
import type { Paragraph, Sentence } from '../model/types.js';
import { paragraphRanges } from '../text/paragraphs.js';
import { sentenceRanges } from '../text/sentences.js';
import { tokenize } from '../text/tokens.js';
import { splitChrome } from './paragraph-kinds/split.js';

/**
 * Stage 1, `segment`: paragraphs, sentences and tokens, all with offsets.
 * Chrome glued to article text on one line (a caption, "Click here for full story.", a
 * copyright line) is split off into a paragraph of its own, and the rule that found it is left
 * in `context.chromeSplits`. Segment writes no field another stage owns: `paragraph-kinds` adds each
 * paragraph's kind and `sentence-scores` each sentence's scores (a pipeline without them fills in
 * `body` and 0 at the end, so its output still meets the schema).
 */
export function segmentStage(): Stage {
  return {
    id: 'segment',
    description: 'paragraphs, sentences and tokens with offsets',
    provides: ['paragraphs', 'sentences', 'tokens'],
    run(article, context) {
      const { text } = article;
      const paragraphs: Paragraph[] = [];
      const sentences: Sentence[] = [];
      for (const piece of splitChrome(text, paragraphRanges(text))) {
        // `kind` is paragraph-kinds' to add: the type says what the finished article holds.
        const paragraph = { id: `p${paragraphs.length + 1}`, start: piece.start, end: piece.end, text: text.slice(piece.start, piece.end) } as Paragraph;
        if (piece.rule) context.chromeSplits.set(paragraph.id, piece.rule);
        paragraphs.push(paragraph);
        for (const [ss, se] of sentenceRanges(text, piece.start, piece.end)) {
          sentences.push({
            id: `s${sentences.length + 1}`,
            paragraph: paragraph.id,
            start: ss,
            end: se,
            text: text.slice(ss, se),
          } as Sentence); // the scores are sentence-scores' to add
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
