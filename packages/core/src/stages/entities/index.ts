import type { Stage } from '../../context.js';
import { findMentions } from './find-mentions.js';

/**
 * Stage `entities`: named-entity mentions (PERSON, ORG, PLACE, NORP, EVENT, OTHER) from
 * the averaged-perceptron tagger, and DATE mentions by rule, into `context.nerMentions`.
 */
export function entitiesStage(): Stage {
  return {
    id: 'entities',
    description: 'finds named-entity mentions (people, organisations, places, groups, dates, events)',
    run(article, context) {
      context.nerMentions = findMentions(article.text, context.tokens, context.sentenceTokens);
    },
  };
}
