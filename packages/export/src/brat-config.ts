/**
 * brat's configuration for an exported collection: `annotation.conf` declares every
 * text-bound type, relation and attribute the `.ann` files use, and lets any two spans
 * overlap (claims hold entity mentions, techniques cross claims), which brat otherwise
 * refuses; `visual.conf` gives each type a readable label and a colour. Both are written
 * beside the `.txt`/`.ann` pairs, so brat (and its verifier) load the folder as it is.
 */

/** The argument types of the relations the brat export writes. */
const RELATIONS: Record<string, [string, string]> = {
  Attributed_To: ['Attribution_Content', 'Attribution_Source'],
  Cued_By: ['Attribution_Content', 'Attribution_Cue'],
};

/** The attributes the brat export writes: which type they sit on and their values. */
const ATTRIBUTES: Record<string, { on: string; values: string[] }> = {
  Verdict: { on: 'Claim', values: ['true', 'false', 'misleading', 'unverifiable'] },
};

const COLOURS: Record<string, string> = {
  PERSON: '#ffccaa', ORG: '#8fb2ff', PLACE: '#95dfff', NORP: '#b4c8ff', DATE: '#9affe6', EVENT: '#f1f447', OTHER: '#e0e0e0',
  Attribution_Source: '#ffd700', Attribution_Cue: '#ffb6c1', Attribution_Content: '#fffacd',
  Claim: '#c9f2c7', Hedge: '#e6ccff',
};
/** Techniques and any other type: one shade. */
const DEFAULT_COLOUR = '#ffa07a';

const LABELS: Record<string, string> = {
  Attribution_Source: 'Source | Src', Attribution_Cue: 'Cue', Attribution_Content: 'Attributed content | Content',
  Attributed_To: 'attributed to', Cued_By: 'cued by',
};

export interface BratTypesUsed {
  entities: Set<string>;
  relations: Set<string>;
  attributes: Set<string>;
}

/** The types, relations and attributes that `.ann` files use (read from their T, R and A lines). */
export function bratTypesUsed(annFiles: string[]): BratTypesUsed {
  const used: BratTypesUsed = { entities: new Set(), relations: new Set(), attributes: new Set() };
  for (const ann of annFiles) {
    for (const line of ann.split('\n')) {
      const m = /^([TRA])\d+\t(\S+)[ \t]/.exec(line);
      if (!m) continue;
      (m[1] === 'T' ? used.entities : m[1] === 'R' ? used.relations : used.attributes).add(m[2]);
    }
  }
  for (const r of used.relations) for (const arg of RELATIONS[r] ?? []) used.entities.add(arg);
  for (const a of used.attributes) if (ATTRIBUTES[a]) used.entities.add(ATTRIBUTES[a].on);
  return used;
}

/** `annotation.conf` and `visual.conf` for a collection whose `.ann` files are given. */
export function renderBratConfig(annFiles: string[]): { annotationConf: string; visualConf: string } {
  const used = bratTypesUsed(annFiles);
  const entities = [...used.entities].sort();
  const relations = [...used.relations].filter((r) => RELATIONS[r]).sort();
  const attributes = [...used.attributes].filter((a) => ATTRIBUTES[a]).sort();
  const annotationConf = [
    '# brat configuration written by Marginalia (marginalia export --to brat).',
    '# Offsets in the .ann files count Unicode code points.',
    '[entities]',
    ...entities,
    '',
    '[relations]',
    ...relations.map((r) => `${r}\tArg1:${RELATIONS[r][0]}, Arg2:${RELATIONS[r][1]}`),
    '# Any two spans may overlap: claims hold mentions, techniques cross claims.',
    '<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>',
    '',
    '[events]',
    '',
    '[attributes]',
    ...attributes.map((a) => `${a}\tArg:${ATTRIBUTES[a].on}, Value:${ATTRIBUTES[a].values.join('|')}`),
    '',
  ].join('\n');
  const labelOf = (type: string) => LABELS[type] ?? type.replace(/_/g, ' ');
  const visualConf = [
    '# brat display settings written by Marginalia.',
    '[labels]',
    ...[...entities, ...relations, ...attributes].map((t) => `${t} | ${labelOf(t)}`),
    '',
    '[drawing]',
    'SPAN_DEFAULT\tfgColor:black, bgColor:lightgreen, borderColor:darken',
    'ARC_DEFAULT\tcolor:black, arrowHead:triangle-5',
    ...entities.map((t) => `${t}\tbgColor:${COLOURS[t] ?? DEFAULT_COLOUR}`),
    ...relations.map((r) => `${r}\tcolor:#3060c0, dashArray:-`),
    ...attributes.map((a) => `${a}\tglyph:${ATTRIBUTES[a].values.map((v) => `[${v[0].toUpperCase()}]`).join('|')}`),
    '',
  ].join('\n');
  return { annotationConf, visualConf };
}
