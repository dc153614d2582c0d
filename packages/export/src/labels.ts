import type { EntityType } from '@marginalia/core';

/**
 * Entity label sets: Marginalia's own types, CoNLL-2003's four (PER, ORG, LOC, MISC) and
 * spaCy's English (OntoNotes 5) labels. A type with no counterpart in a set (DATE in
 * CoNLL-2003, OTHER in spaCy) maps to null: the mention is left untagged.
 */
export const LABEL_SCHEMES = ['marginalia', 'conll', 'spacy'] as const;
export type LabelScheme = (typeof LABEL_SCHEMES)[number];

const MAPS: Record<LabelScheme, Record<EntityType, string | null>> = {
  marginalia: { PERSON: 'PERSON', ORG: 'ORG', PLACE: 'PLACE', NORP: 'NORP', DATE: 'DATE', EVENT: 'EVENT', OTHER: 'OTHER' },
  conll: { PERSON: 'PER', ORG: 'ORG', PLACE: 'LOC', NORP: 'MISC', DATE: null, EVENT: 'MISC', OTHER: 'MISC' },
  spacy: { PERSON: 'PERSON', ORG: 'ORG', PLACE: 'GPE', NORP: 'NORP', DATE: 'DATE', EVENT: 'EVENT', OTHER: null },
};

/** The label of an entity type in a scheme, or null when the scheme has none for it. */
export function entityLabel(type: EntityType, scheme: LabelScheme = 'marginalia'): string | null {
  return MAPS[scheme][type] ?? null;
}

/** Every label a scheme uses for entities, in a fixed order. */
export function entityLabels(scheme: LabelScheme = 'marginalia'): string[] {
  return [...new Set(Object.values(MAPS[scheme]).filter((x): x is string => x !== null))];
}
