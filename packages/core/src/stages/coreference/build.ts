import type { NerMention } from '../../context.js';
import type { Entity, EntityType } from '../../model/types.js';
import type { MentionCluster } from './cluster.js';

function majorityType(cluster: MentionCluster): EntityType {
  const votes = new Map<EntityType, number>();
  for (const m of cluster.mentions) votes.set(m.type, (votes.get(m.type) ?? 0) + 1);
  let best = cluster.longest.type;
  for (const [type, n] of votes) if (n > (votes.get(best) ?? 0)) best = type;
  // A person's full name outweighs one-word mentions the tagger typed otherwise.
  return cluster.longest.type === 'PERSON' && cluster.longest.text.includes(' ') ? 'PERSON' : best;
}

/**
 * Entities from clusters, ids e1, e2, ... in order of first mention. Salience mixes how
 * often an entity is named (relative to the most-named one) with how early it first appears.
 */
export function buildEntities(
  clusters: readonly MentionCluster[],
  textLength: number,
  confidence?: ReadonlyMap<NerMention, number>,
): { entities: Entity[]; idOf: Map<MentionCluster, string> } {
  const firstStart = (c: MentionCluster) => Math.min(...c.mentions.map((m) => m.start));
  const ordered = [...clusters].sort((a, b) => firstStart(a) - firstStart(b));
  const most = Math.max(1, ...ordered.map((c) => c.mentions.length));
  const idOf = new Map<MentionCluster, string>();
  const entities = ordered.map((cluster, i): Entity => {
    idOf.set(cluster, `e${i + 1}`);
    const mentions = [...cluster.mentions].sort((a, b) => a.start - b.start);
    const name = cluster.longest.text;
    const aliases = [...new Set(mentions.map((m) => m.text))].filter((t) => t !== name);
    const first = mentions[0].start;
    const salience = 0.6 * (mentions.length / most) + 0.4 * (1 - first / Math.max(1, textLength));
    return {
      id: `e${i + 1}`,
      name,
      type: majorityType(cluster),
      roles: [],
      mentions: mentions.map((m: NerMention) => {
        const c = confidence?.get(m);
        return c === undefined ? { start: m.start, end: m.end, text: m.text, rule: m.rule } : { start: m.start, end: m.end, text: m.text, rule: m.rule, confidence: c };
      }),
      aliases,
      salience: Math.round(Math.min(1, Math.max(0, salience)) * 1000) / 1000,
      firstMention: first,
    };
  });
  return { entities, idOf };
}
