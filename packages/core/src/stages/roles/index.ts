import type { Stage } from '../../context.js';
import { cooccurrences } from './cooccurrence.js';
import { roleAfter, roleBefore } from './titles.js';

export const RULE_ROLE_TITLE = 'roles/title';

/**
 * Stage `roles`: titles and appositions around people's mentions become `entity.roles`
 * ("Kremlin spokesman", "Senator"); pairs of entities sharing sentences become
 * `article.cooccurrence`.
 */
export function rolesStage(): Stage {
  return {
    id: 'roles',
    description: 'roles from titles and appositions; which entities share sentences',
    requires: ['entities', 'tokens'],
    provides: ['roles'],
    run(article, context) {
      const { tokens, sentenceTokens } = context;
      const sentenceOfToken = new Int32Array(tokens.length);
      for (let s = 0; s < sentenceTokens.length; s++) for (let i = sentenceTokens[s][0]; i < sentenceTokens[s][1]; i++) sentenceOfToken[i] = s;
      // Character offset -> the token starting (ending) there, or -1; a later token wins, as a Map would keep it.
      const size = article.text.length + 1;
      const startsAt = new Int32Array(size).fill(-1);
      const endsAt = new Int32Array(size).fill(-1);
      for (let i = 0; i < tokens.length; i++) {
        if (tokens[i].start < size) startsAt[tokens[i].start] = i;
        if (tokens[i].end < size) endsAt[tokens[i].end] = i;
      }
      const tokenAt = { get: (offset: number): number | undefined => (offset >= 0 && offset < size && startsAt[offset] >= 0 ? startsAt[offset] : undefined) };
      const tokenEndingAt = { get: (offset: number): number | undefined => (offset >= 0 && offset < size && endsAt[offset] >= 0 ? endsAt[offset] : undefined) };
      for (const entity of article.entities) {
        if (entity.type !== 'PERSON') continue;
        const roles = new Set(entity.roles);
        for (const m of entity.mentions) {
          const first = tokenAt.get(m.start);
          const last = tokenEndingAt.get(m.end);
          if (first === undefined || last === undefined) continue;
          const [from, to] = sentenceTokens[sentenceOfToken[first]];
          for (const range of [roleBefore(tokens, from, first), roleAfter(tokens, last + 1, to)]) {
            if (range) roles.add(article.text.slice(tokens[range[0]].start, tokens[range[1] - 1].end));
          }
        }
        entity.roles = [...roles];
      }
      article.cooccurrence = cooccurrences(article.entities, (offset) => {
        const i = tokenAt.get(offset);
        return i === undefined ? -1 : sentenceOfToken[i];
      });
    },
  };
}
