import type { NerMention, Stage } from '../../context.js';
import { buildEntities } from './build.js';
import { clusterMentions } from './cluster.js';
import { COMMON_WORDS_MODEL } from '../../models/gazetteers/common-words.js';
import { decideClusterTypes, dropUnlikely } from './types.js';
import { EVIDENCE_SCRATCH } from '../entities/index.js';
import type { TypeEvidence } from '../entities/evidence.js';
import { genderOfName, resolvePronouns, type PersonMention } from './pronouns.js';

/** Scratch key under which the stage leaves its pronoun links (token offsets -> entity). */
export const PRONOUN_SCRATCH = 'coreference/pronouns';

/**
 * Stage `coreference`: clusters the NER mentions into `article.entities` (aliases,
 * salience, first mention) and fills `context.referents`, pronouns included. Pronouns stay
 * out of the entities' mention lists; they live only in `context.referents`.
 */
export function coreferenceStage(): Stage {
  return {
    id: 'coreference',
    description: 'merges mentions of the same entity (aliases, acronyms, surnames), decides one type per entity, and resolves he/she pronouns',
    requires: ['mentions', 'tokens'],
    provides: ['entities', 'referents'],
    models: [COMMON_WORDS_MODEL],
    run(article, context) {
      const evidence = context.scratch.get(EVIDENCE_SCRATCH) as Map<NerMention, TypeEvidence> | undefined;
      const all = clusterMentions(context.nerMentions);
      const confidence = decideClusterTypes(all, evidence, undefined, context.models.get(COMMON_WORDS_MODEL));
      // Mentions more likely wrong than right leave the analysis (and later stages' view).
      const clusters = dropUnlikely(all, confidence, evidence);
      if (clusters.length !== all.length || clusters.some((c, i) => c !== all[i])) {
        const kept = new Set(clusters.flatMap((c) => c.mentions));
        context.nerMentions = context.nerMentions.filter((m) => kept.has(m));
      }
      const { entities, idOf } = buildEntities(clusters, article.text.length, confidence);
      const entityOf = new Map<NerMention, string>();
      for (const cluster of clusters) for (const m of cluster.mentions) entityOf.set(m, idOf.get(cluster)!);
      for (const [m, id] of entityOf) context.referents.set(m.start, id);
      const byId = new Map(entities.map((e) => [e.id, e]));
      const people: PersonMention[] = [];
      for (const m of context.nerMentions) {
        const id = entityOf.get(m);
        const entity = id ? byId.get(id) : undefined;
        if (entity && entity.type === 'PERSON') people.push({ mention: m, entity: entity.id, gender: genderOfName(entity.name) });
      }
      const links = resolvePronouns(context.tokens, context.sentenceTokens, people, article.text);
      for (const link of links) context.referents.set(link.token.start, link.entity);
      context.scratch.set(PRONOUN_SCRATCH, links);
      article.entities = entities;
    },
  };
}
