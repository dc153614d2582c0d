import { CLAIM_KINDS } from '@marginalia/core';
import { escapeHtml } from './escape.js';
import { entityLabels, type LabelScheme } from './labels.js';
import { ATTRIBUTION_LABELS, LABEL_STUDIO_NAMES, RELATION_LABELS } from './labelstudio.js';

const COLOURS = ['#ff8a65', '#4fc3f7', '#81c784', '#ba68c8', '#ffd54f', '#f06292', '#90a4ae', '#aed581'];

/**
 * The Label Studio labelling config (XML) that the `labelstudio` tasks match: one `<Text>`
 * named `text` reading `$text`, `<Labels>` controls for entities, attribution parts and
 * claim kinds, and `<Relations>` for "said_by" and "cued_by".
 */
export function labelStudioConfig(scheme: LabelScheme = 'marginalia'): string {
  const labels = (values: readonly string[]) => values.map((v, i) => `    <Label value="${escapeHtml(v)}" background="${COLOURS[i % COLOURS.length]}"/>`).join('\n');
  const n = LABEL_STUDIO_NAMES;
  return `<View>
  <Relations>
    <Relation value="${RELATION_LABELS.source}"/>
    <Relation value="${RELATION_LABELS.cue}"/>
  </Relations>
  <Labels name="${n.entity}" toName="${n.text}">
${labels(entityLabels(scheme))}
  </Labels>
  <Labels name="${n.attribution}" toName="${n.text}">
${labels(Object.values(ATTRIBUTION_LABELS))}
  </Labels>
  <Labels name="${n.claim}" toName="${n.text}">
${labels(CLAIM_KINDS)}
  </Labels>
  <Text name="${n.text}" value="$text"/>
</View>
`;
}
