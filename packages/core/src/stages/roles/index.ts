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
    run(article, context) {
      const { tokens, sentenceTokens } = context;
      const tokenAt = new Map<number, number>();
      const sentenceOfToken = new Int32Array(tokens.length);
      for (let s = 0; s < sentenceTokens.length; s++) for (let i = sentenceTokens[s][0]; i < sentenceTokens[s][1]; i++) sentenceOfToken[i] = s;
      for (let i = 0; i < tokens.length; i++) tokenAt.set(tokens[i].start, i);
      const tokenEndingAt = new Map<number, number>();
      for (let i = 0; i < tokens.length; i++) tokenEndingAt.set(tokens[i].end, i);
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
