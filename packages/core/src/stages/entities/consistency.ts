import type { EntityType } from '../../model/types.js';

/** Rule id for a type changed to agree with a fuller name of the same document. */
export const RULE_CONSISTENCY = 'ner/name-consistency';

interface TypedName {
  text: string;
  type: EntityType;
  rule: string;
}

/**
 * One sense per document for names: a one-word name that is the first or last word of a
 * longer PERSON name in the same document ("Putin" after "Vladimir Putin") is a PERSON
 * too, whatever the tagger thought in its own sentence; and a name the tagger typed
 * differently across the document takes its majority type. Returns how many it changed.
 */
export function harmoniseNameTypes(mentions: TypedName[], taggerRule: string): number {
  const personParts = new Map<string, number>();
  for (const m of mentions) {
    if (m.type !== 'PERSON') continue;
    const parts = m.text.split(/\s+/);
    if (parts.length < 2) continue;
    personParts.set(parts[parts.length - 1], (personParts.get(parts[parts.length - 1]) ?? 0) + 1);
  }
  let changed = 0;
  for (const m of mentions) {
    if (m.type === 'PERSON' || m.type === 'DATE' || m.type === 'NORP' || m.text.includes(' ')) continue;
    if (personParts.has(m.text)) {
      m.type = 'PERSON';
      m.rule = RULE_CONSISTENCY;
      changed++;
    }
  }
  // The same name written several times takes the type most of its mentions got.
  const votes = new Map<string, Map<EntityType, number>>();
  for (const m of mentions) {
    if (m.type === 'DATE' || m.rule !== taggerRule) continue;
    const byType = votes.get(m.text) ?? new Map<EntityType, number>();
    byType.set(m.type, (byType.get(m.type) ?? 0) + 1);
    votes.set(m.text, byType);
  }
  for (const m of mentions) {
    if (m.type === 'DATE' || m.rule !== taggerRule) continue;
    const byType = votes.get(m.text)!;
    let best: EntityType = m.type;
    for (const [type, n] of byType) if (n > byType.get(best)!) best = type;
    if (best !== m.type) {
      m.type = best;
      m.rule = RULE_CONSISTENCY;
      changed++;
    }
  }
  return changed;
}
