import type { Stage } from '../../context.js';
import { chromeRanges, overlapsChrome } from '../../model/chrome.js';
import { NER_MODEL } from '../../models/ner/model.js';
import { findMentions } from './find-mentions.js';
import type { TypeEvidence } from './evidence.js';
import type { NerMention } from '../../context.js';

/** Scratch key of the mentions' type evidence (read by the `coreference` stage). */
export const EVIDENCE_SCRATCH = 'entities/evidence';

/**
 * Stage `entities`: named-entity mentions (PERSON, ORG, PLACE, NORP, EVENT, OTHER) from
 * the averaged-perceptron tagger, and DATE mentions by rule, into `context.nerMentions`.
 */
export function entitiesStage(): Stage {
  return {
    id: 'entities',
    description: 'finds named-entity mentions (people, organisations, places, groups, dates, events)',
    requires: ['sentences', 'tokens'],
    uses: ['paragraph-kinds'],
    provides: ['mentions'],
    models: [NER_MODEL],
    run(article, context) {
      const ner = context.models.get(NER_MODEL);
      const evidence = new Map<NerMention, TypeEvidence>();
      // Page chrome (captions, teasers, prompts) names no entity of the article.
      const chrome = chromeRanges(article);
      context.nerMentions = findMentions(article.text, context.tokens, context.sentenceTokens, { table: ner.table, scale: ner.scale, evidence }).filter((m) => !overlapsChrome(chrome, m.start, m.end));
      context.scratch.set(EVIDENCE_SCRATCH, evidence);
    },
  };
}
