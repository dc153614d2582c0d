import type { NerMention } from '../../context.js';
import type { EntityType } from '../../model/types.js';
import { decideClass, MISC, PER, sumEvidence, TYPE_WEIGHTS, type TypeEvidence } from './evidence.js';
import { miscType } from './misc-type.js';

/** Rule id for a type changed to agree with the evidence of all mentions of the same name. */
export const RULE_CONSISTENCY = 'ner/name-consistency';
/** Rule id for a type decided against the tagger by rule evidence ("Holdings", "X's chief executive"). */
export const RULE_TYPE_EVIDENCE = 'ner/type-evidence';

const TYPE_OF_CLASS: EntityType[] = ['PERSON', 'ORG', 'PLACE', 'OTHER'];

/** Mentions written the same way (case kept: "NEW YORK" in a dateline is not "New York" the team). */
function key(text: string): string {
  return text.replace(/[’‘]/g, "'").replace(/\s+/g, ' ');
}

/**
 * Gives every mention of `group` the type of class `k` (MISC keeps a mention's own
 * NORP/EVENT/OTHER type, or takes one from its words); a changed mention records why.
 */
export function applyClass(group: readonly NerMention[], k: number, byRule: boolean): number {
  let changed = 0;
  for (const m of group) {
    const own = m.type === 'NORP' || m.type === 'EVENT' || m.type === 'OTHER';
    const type: EntityType = k === MISC ? (own ? m.type : miscType(m.text.split(/\s+/))) : TYPE_OF_CLASS[k];
    if (type === m.type) continue;
    m.type = type;
    m.rule = byRule ? RULE_TYPE_EVIDENCE : RULE_CONSISTENCY;
    changed++;
  }
  return changed;
}

/** Whether the rule votes, rather than the tagger's probabilities, chose class `k` over the tagger's favourite. */
export function decidedByRules(list: readonly TypeEvidence[], k: number): boolean {
  const tagger = new Float64Array(4);
  for (const e of list) for (let c = 0; c < 4; c++) tagger[c] += e.tagger[c];
  return decideClass(tagger).k !== k;
}

/**
 * One type per name across the document: the mentions written the same way pool their
 * evidence (tagger probabilities and rule votes) and all take the class with the most; a
 * one-word name that is the last word of a full name decided PERSON gets a
 * surname vote ("Blair" after "Tony Blair"). Returns how many mentions changed type.
 */
export function decideNameTypes(mentions: NerMention[], evidence: ReadonlyMap<NerMention, TypeEvidence>): number {
  const groups = new Map<string, NerMention[]>();
  for (const m of mentions) {
    if (m.type === 'DATE' || !evidence.has(m)) continue;
    const k = key(m.text);
    const g = groups.get(k);
    if (g) g.push(m);
    else groups.set(k, [m]);
  }
  let changed = 0;
  const lastWords = new Set<string>();
  const single: Array<[string, NerMention[]]> = [];
  for (const [k, group] of groups) {
    if (!k.includes(' ')) {
      single.push([k, group]);
      continue;
    }
    const list = group.map((m) => evidence.get(m)!);
    const { k: cls } = decideClass(sumEvidence(list));
    changed += applyClass(group, cls, decidedByRules(list, cls));
    if (cls === PER) lastWords.add(k.slice(k.lastIndexOf(' ') + 1));
  }
  for (const [k, group] of single) {
    const list = group.map((m) => evidence.get(m)!);
    const extra = new Float64Array(4);
    if (lastWords.has(k)) extra[PER] = TYPE_WEIGHTS.surname * group.length;
    const { k: cls } = decideClass(sumEvidence(list, extra));
    changed += applyClass(group, cls, decidedByRules(list, cls) && extra[PER] === 0);
  }
  return changed;
}

