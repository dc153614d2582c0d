import type { NerMention } from '../../context.js';
import type { EntityType } from '../../model/types.js';
import { acronymOf, initialsOf, nameKey, nameParts, orgKey } from './names.js';

/** A group of mentions taken to name one entity. */
export interface MentionCluster {
  mentions: NerMention[];
  /** The mention whose text is the fullest name. */
  longest: NerMention;
}

function fullness(m: NerMention): number {
  return nameParts(m.text).length * 1000 + m.text.length;
}

function typeGroup(type: EntityType): string {
  return type === 'ORG' || type === 'PLACE' || type === 'OTHER' || type === 'EVENT' ? 'named' : type;
}

/**
 * Clusters mentions in text order:
 * - people: a full name joins the cluster with the same full name; a one-word name joins
 *   the nearest preceding full name whose last (or else first) word it is, so two people
 *   sharing a surname stay apart; a one-word name seen before any full name is taken up
 *   by the first full name that fits it;
 * - other names: same key (case, "the" and legal suffixes ignored), or an acronym and
 *   its long form ("UN" and "United Nations");
 * - dates by their text.
 */
export function clusterMentions(mentions: readonly NerMention[]): MentionCluster[] {
  const clusters: MentionCluster[] = [];
  const byKey = new Map<string, MentionCluster>();
  /** Person clusters with their name parts and the offset of their latest full-name mention. */
  const people: Array<{ cluster: MentionCluster; first: string; last: string; lastFull: number }> = [];
  const loneSurnames = new Map<string, MentionCluster>();

  const open = (m: NerMention, key: string): MentionCluster => {
    const c: MentionCluster = { mentions: [m], longest: m };
    clusters.push(c);
    byKey.set(key, c);
    return c;
  };
  const join = (c: MentionCluster, m: NerMention) => {
    c.mentions.push(m);
    if (fullness(m) > fullness(c.longest)) c.longest = m;
  };

  for (const m of mentions) {
    if (m.type === 'PERSON') {
      const parts = nameParts(m.text);
      const key = `PERSON:${nameKey(parts.join(' '))}`;
      // "Donald Trump" and "Donald J. Trump": the same full name once middle initials are dropped.
      const withoutInitials = parts.filter((p, i) => i === 0 || i === parts.length - 1 || !/^\p{Lu}\.?$/u.test(p));
      const looseKey = `PERSON~:${nameKey(withoutInitials.join(' '))}`;
      const same = byKey.get(key) ?? (parts.length > 1 ? byKey.get(looseKey) : undefined);
      if (parts.length > 1) {
        const first = parts[0];
        const last = parts[parts.length - 1];
        let cluster = same;
        if (!cluster) {
          // A surname met alone before the full name ("Peskov ... Dmitry Peskov").
          const lone = loneSurnames.get(last) ?? loneSurnames.get(first);
          if (lone && !people.some((p) => p.cluster === lone)) {
            cluster = lone;
            byKey.set(key, lone);
          }
        }
        if (cluster) join(cluster, m);
        else cluster = open(m, key);
        byKey.set(key, cluster);
        if (!byKey.has(looseKey)) byKey.set(looseKey, cluster);
        const entry = people.find((p) => p.cluster === cluster);
        if (entry) entry.lastFull = m.start;
        else people.push({ cluster, first, last, lastFull: m.start });
        continue;
      }
      const word = parts[0];
      const candidates = people.filter((p) => p.last === word);
      const pool = candidates.length ? candidates : people.filter((p) => p.first === word);
      if (pool.length) {
        const nearest = pool.reduce((a, b) => (b.lastFull > a.lastFull ? b : a));
        join(nearest.cluster, m);
        continue;
      }
      const lone = loneSurnames.get(word);
      if (lone) join(lone, m);
      else loneSurnames.set(word, open(m, key));
      continue;
    }
    if (m.type === 'DATE' || m.type === 'NORP') {
      const key = `${m.type}:${nameKey(m.text)}`;
      const c = byKey.get(key);
      if (c) join(c, m);
      else open(m, key);
      continue;
    }
    const group = typeGroup(m.type);
    const key = `${group}:${orgKey(m.text)}`;
    const acronym = acronymOf(m.text);
    const initials = initialsOf(m.text);
    const c = byKey.get(key) ?? (acronym ? byKey.get(`${group}:initials:${acronym}`) : undefined) ?? (initials ? byKey.get(`${group}:acronym:${initials}`) : undefined);
    const cluster = c ?? open(m, key);
    if (c) join(c, m);
    byKey.set(key, cluster);
    if (acronym) byKey.set(`${group}:acronym:${acronym}`, cluster);
    if (initials) byKey.set(`${group}:initials:${initials}`, cluster);
  }
  return clusters;
}
