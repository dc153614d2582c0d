import { CHECKWORTHY_THRESHOLD, VERDICT_MARKERS, type Article, type Review } from '@marginalia/core';
import { markedSpans, type MarkedSpan } from './spans.js';
import { claimSourceName, reviewClaims, verdictName, type ReviewedClaim } from './verdicts.js';

/**
 * What the Markdown and HTML reports show, as plain (unescaped) strings: each renderer
 * escapes for its own format. Keeping the content here makes the two reports agree.
 */

/** The layers the reports highlight in the article text, with their legend entries. */
export const HIGHLIGHT_LAYERS = [
  { layer: 'claim', name: 'Claim', help: `a claim worth checking (check-worthiness ${CHECKWORTHY_THRESHOLD} or more, or with a verdict); C-number links to the claims table, which lists every claim` },
  { layer: 'attribution-content', name: 'Attributed content', help: 'what a source is reported to have said' },
  { layer: 'attribution-source', name: 'Source', help: 'who said it' },
  { layer: 'entity', name: 'Entity', help: 'a person, organisation, place, group, date or event' },
  { layer: 'hedge', name: 'Hedge', help: 'a word that softens certainty ("reportedly", "may")' },
  { layer: 'technique', name: 'Technique', help: 'a persuasion or propaganda technique (SemEval-2023 labels)' },
] as const;

export type HighlightLayer = (typeof HIGHLIGHT_LAYERS)[number]['layer'];

export interface Segment {
  start: number;
  end: number;
  text: string;
  /** The highlighted spans that cover this piece of text. */
  spans: MarkedSpan[];
}

export interface ReportParagraph {
  id: string;
  kind: string;
  segments: Segment[];
}

export interface ReportModel {
  title: string;
  facts: Array<[string, string]>;
  paragraphs: ReportParagraph[];
  entities: Array<{ id: string; name: string; type: string; mentions: number; roles: string; salience: string }>;
  claims: Array<{ label: string; anchor: string; text: string; kind: string; source: string; checkworthiness: string; verdict: string; marker: string; note: string; evidence: string }>;
  techniques: Array<{ label: string; text: string; technique: string }>;
  sourcing: Array<[string, string]> | null;
  tone: Array<[string, string]> | null;
  claimLabels: Map<string, ReviewedClaim>;
}

const HIGHLIGHTED = new Set<string>(HIGHLIGHT_LAYERS.map((l) => l.layer));

export function buildReportModel(article: Article, review?: Review | null): ReportModel {
  const meta = article.meta;
  const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);
  const facts: Array<[string, string]> = [];
  for (const [label, key] of [['By', 'byline'], ['Published', 'published'], ['Site', 'siteName'], ['URL', 'canonicalUrl'], ['Source', 'source']] as const) {
    const value = str(meta[key]) ?? (key === 'canonicalUrl' ? str(meta.url) : null);
    if (value) facts.push([label, value]);
  }
  const reviewed = reviewClaims(article, review).claims;
  const claimLabels = new Map(reviewed.map((c) => [c.claim.id, c]));
  // Only check-worthy claims (and those with a verdict) are highlighted; the claims table lists them all.
  const worthHighlighting = (id: string) => {
    const c = claimLabels.get(id);
    return c !== undefined && (c.claim.checkworthiness >= CHECKWORTHY_THRESHOLD || c.verdict !== null);
  };
  const spans = markedSpans(article).filter((s) => HIGHLIGHTED.has(s.layer) && (s.layer !== 'claim' || worthHighlighting(s.id)));
  const paragraphs = (article.paragraphs.length > 0 ? article.paragraphs : [{ id: 'p1', kind: 'body', start: 0, end: article.text.length, text: article.text }]).map((p) => ({
    id: p.id,
    kind: p.kind,
    segments: segment(article.text, p.start, p.end, spans),
  }));
  const fixed = (n: number, digits = 2) => (Number.isFinite(n) ? n.toFixed(digits) : '');
  const entityName = (id: string) => article.entities.find((e) => e.id === id)?.name ?? id;
  return {
    title: str(meta.title) ?? 'Untitled article',
    facts,
    paragraphs,
    entities: article.entities.map((e) => ({
      id: e.id,
      name: e.name,
      type: e.type,
      mentions: e.mentions.length,
      roles: e.roles.join(', '),
      salience: e.salience === undefined ? '' : fixed(e.salience),
    })),
    claims: reviewed.map(({ claim, number, verdict }) => ({
      label: `C${number}`,
      anchor: `claim-${number}`,
      text: claim.text,
      kind: claim.kind,
      source: claimSourceName(article, claim),
      checkworthiness: fixed(claim.checkworthiness),
      verdict: verdict ? verdictName(verdict.verdict) : '',
      marker: verdict ? VERDICT_MARKERS[verdict.verdict] : '',
      note: verdict?.note ?? '',
      evidence: verdict?.evidence ?? '',
    })),
    techniques: article.techniques.map((t, i) => ({ label: `T${i + 1}`, text: t.text, technique: t.technique.replace(/_/g, ' ') })),
    sourcing: article.sourcing
      ? [
          ['Claims', String(article.sourcing.claims)],
          ['Named sources', String(article.sourcing.named)],
          ['Unnamed sources', String(article.sourcing.unnamed)],
          ['The author', String(article.sourcing.author)],
          ...Object.entries(article.sourcing.bySource).map(([id, n]): [string, string] => [`  ${entityName(id)}`, String(n)]),
        ]
      : null,
    tone: article.tone
      ? [
          ['Sentences with a technique', `${Math.round(article.tone.article.techniqueShare * 100)}%`],
          ['Mean subjectivity', fixed(article.tone.article.meanSubjectivity)],
          ['Reading grade (Flesch–Kincaid)', fixed(article.tone.article.readabilityGrade, 1)],
          ['Sensationalism', fixed(article.tone.article.sensationalism)],
        ]
      : null,
    claimLabels,
  };
}

/** Cuts [start, end) at every span boundary inside it, so overlapping spans need no nesting. */
export function segment(text: string, start: number, end: number, spans: MarkedSpan[]): Segment[] {
  const inside = spans.filter((s) => s.start < end && s.end > start);
  const cuts = new Set<number>([start, end]);
  for (const s of inside) {
    cuts.add(Math.max(start, s.start));
    cuts.add(Math.min(end, s.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    out.push({ start: a, end: b, text: text.slice(a, b), spans: inside.filter((s) => s.start <= a && s.end >= b) });
  }
  return out;
}
