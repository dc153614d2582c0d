/**
 * The scoring rules of `shared/data/real-articles/README.md`, applied to one analysis per article.
 * Totals are summed over articles before ratios are taken (micro-averages). Every figure keeps the
 * items behind it so that `npm run eval -- real --errors LAYER` can list the errors one by one.
 * This file scores each layer; real-match.ts places the gold in the text and says what a hit is,
 * real-figures.ts holds the totals and the figures taken from them.
 */
import type { GoldArticle, RealArticle } from './real-gold.js';
import { locate, overlap, placeEntries, placeItems, precisionHits, recallHits, type PlacedItem, type Range } from './real-match.js';
import { hasNamingWord, namesSurface, sameName, variants } from './real-names.js';
import type { RealTotals } from './real-figures.js';

export { emptyTotals, rankingAuc, realFigures, summaryLine, type RealFigures, type RealTotals } from './real-figures.js';

/** The parts of an analysis the rules read (a structural subset of core's `Article`). */
export interface ScoredAnalysis {
  paragraphs: Array<{ start: number; end: number; kind: string }>;
  entities: Array<{ id: string; name: string; type: string; aliases?: string[]; mentions: Array<{ text: string }> }>;
  attributions: Array<{
    content: { start: number; end: number; text: string };
    source: { text: string; entity: string | null } | null;
    cue: { start: number; end: number } | null;
    rule?: string;
  }>;
  techniques: Array<{ start: number; end: number; technique: string; text: string; rule?: string }>;
  tone?: { article: { sensationalism: number; techniqueShare: number } };
}

export interface ErrorLine {
  file: string;
  layer: 'entities' | 'attributions' | 'boilerplate' | 'techniques';
  kind: string;
  detail: string;
}

const clip = (s: string, n = 100) => {
  const one = s.replace(/\s+/g, ' ');
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
};

/** Scores one article into `totals` and returns its error lines. */
export function scoreReal(article: RealArticle, analysis: ScoredAnalysis, totals: RealTotals): ErrorLine[] {
  const errors: ErrorLine[] = [];
  scoreEntities(article, analysis, totals, errors);
  scoreAttributions(article, analysis, totals, errors);
  scoreBoilerplate(article, analysis, totals, errors);
  scoreTechniques(article, analysis, totals, errors);
  if (analysis.tone) {
    totals.tone.push({
      file: article.file,
      kind: article.gold.kind,
      sensationalism: analysis.tone.article.sensationalism,
      techniqueShare: analysis.tone.article.techniqueShare,
    });
  }
  return errors;
}

// --- entities -------------------------------------------------------------------------------

function scoreEntities(article: RealArticle, analysis: ScoredAnalysis, totals: RealTotals, errors: ErrorLine[]): void {
  const { gold, file } = article;
  const t = totals.entities;
  const forms = (p: ScoredAnalysis['entities'][number]) => p.mentions.map((m) => m.text);
  const matches = (p: ScoredAnalysis['entities'][number], g: GoldArticle['entities'][number]) => {
    const goldForms = [g.name, ...g.surface];
    return forms(p).some((m) => goldForms.some((s) => sameName(m, s)));
  };
  const accepted = (g: GoldArticle['entities'][number]) => new Set([g.type, ...(g.alsoType ?? [])]);
  for (const g of gold.entities) {
    t.gold++;
    const ok = analysis.entities.some((p) => accepted(g).has(p.type) && matches(p, g));
    if (ok) t.found++;
    else {
      const typed = analysis.entities.find((p) => matches(p, g));
      errors.push({
        file,
        layer: 'entities',
        kind: typed ? 'MISS-TYPE' : 'MISS',
        detail: `${g.type} ${g.name}${typed ? ` (predicted ${typed.type} "${typed.name}")` : ''}`,
      });
    }
  }
  const ignore = gold.ignoreEntities.map((s) => variants(s));
  const ignored = (s: string) => {
    const v = variants(s);
    return ignore.some((iv) => [...v].some((x) => iv.has(x)));
  };
  for (const p of analysis.entities) {
    if (p.type !== 'PERSON' && p.type !== 'ORG' && p.type !== 'PLACE') continue;
    const matched = gold.entities.filter((g) => matches(p, g));
    if (matched.some((g) => accepted(g).has(p.type))) t.right++;
    else if (matched.length > 0) {
      t.wrong++;
      t.typeErrors++;
      errors.push({ file, layer: 'entities', kind: 'TYPE', detail: `${p.type} "${p.name}" (gold ${matched.map((g) => g.type).join('/')} ${matched[0].name})` });
    } else if (forms(p).some(ignored) || ignored(p.name)) t.ignored++;
    else {
      t.wrong++;
      errors.push({ file, layer: 'entities', kind: 'EXTRA', detail: `${p.type} "${p.name}" [${[...new Set(forms(p))].slice(0, 3).join(' | ')}]` });
    }
  }
}

// --- attributions ---------------------------------------------------------------------------

type Prediction = ScoredAnalysis['attributions'][number];

function speakerRight(p: Prediction, g: PlacedItem, analysis: ScoredAnalysis): boolean {
  if (g.item.speaker === null) return true;
  if (!p.source || !p.source.text.trim()) return false;
  const entity = p.source.entity ? analysis.entities.find((e) => e.id === p.source!.entity) : undefined;
  if (entity) {
    if ([entity.name, ...(entity.aliases ?? [])].some((n) => namesSurface(n, g.naming, false))) return true;
    if (entity.type === 'PERSON') return false;
    return namesSurface(p.source.text, g.naming, false);
  }
  return namesSurface(p.source.text, g.naming, true);
}

function describe(p: Prediction, analysis: ScoredAnalysis): string {
  const entity = p.source?.entity ? analysis.entities.find((e) => e.id === p.source!.entity) : undefined;
  const src = p.source ? `[${clip(p.source.text, 40)}${entity ? ` → ${entity.type} ${entity.name}` : ''}]` : '[no source]';
  return `${p.rule ?? '?'} ${src} «${clip(p.content.text, 90)}»`;
}

function scoreAttributions(article: RealArticle, analysis: ScoredAnalysis, totals: RealTotals, errors: ErrorLine[]): void {
  const { file, gold, text } = article;
  const t = totals.attributions;
  const items = placeItems(article);
  const predictions = analysis.attributions.filter((p) => p.content.end > p.content.start);
  const not = gold.notAttributions.map((s) => locate(text, s)).filter((r): r is Range => r !== null);

  for (const g of items.filter((i) => i.required)) {
    t.required++;
    const hitting = predictions.filter((p) => recallHits(p, g));
    if (hitting.some((p) => speakerRight(p, g, analysis))) t.right++;
    else if (hitting.length > 0) {
      t.wrongSpeaker++;
      errors.push({ file, layer: 'attributions', kind: 'WRONG-SPEAKER', detail: `gold ${g.item.speaker}: ${describe(hitting[0], analysis)}` });
    } else {
      if (g.item.direct) t.missedDirect++;
      else t.missedReported++;
      errors.push({ file, layer: 'attributions', kind: g.item.direct ? 'MISS-DIRECT' : 'MISS-REPORTED', detail: `${g.item.speaker} «${clip(g.item.content, 90)}»` });
    }
  }

  for (const p of predictions) {
    t.predicted++;
    const hit = items.filter((g) => precisionHits(p, g));
    const right = hit.filter((g) => speakerRight(p, g, analysis));
    if (right.some((g) => g.required)) t.precRight++;
    else if (right.length > 0) t.precIgnored++;
    else if (hit.length > 0) {
      t.precWrongSpeaker++;
      if (!hit.some((g) => g.required)) {
        errors.push({ file, layer: 'attributions', kind: 'WRONG-SPEAKER-OPT', detail: `gold ${hit[0].item.speaker}: ${describe(p, analysis)}` });
      }
    } else {
      const falseAlarm =
        (p.cue !== null && not.some((r) => overlap(p.cue!, r) > 0)) ||
        not.some((r) => overlap(p.content, r) >= Math.min(r.end - r.start, p.content.end - p.content.start) / 2);
      if (falseAlarm) t.falseAlarms++;
      else t.other++;
      errors.push({ file, layer: 'attributions', kind: falseAlarm ? 'FALSE-ALARM' : 'OTHER', detail: describe(p, analysis) });
    }
    const named = hit.filter((g) => g.item.speaker !== null);
    if (named.length > 0) {
      const usable = p.source !== null && (p.source.entity !== null || hasNamingWord(p.source.text));
      if (!usable) t.unnamedHits++;
      else {
        t.namedHits++;
        if (!named.some((g) => speakerRight(p, g, analysis))) t.namedWrong++;
      }
    }
  }
}

// --- boilerplate ----------------------------------------------------------------------------

const letters = (s: string) => (s.match(/\p{L}/gu) ?? []).length;

function scoreBoilerplate(article: RealArticle, analysis: ScoredAnalysis, totals: RealTotals, errors: ErrorLine[]): void {
  const { file, gold, text } = article;
  const t = totals.boilerplate;
  const paragraphs = analysis.paragraphs.length > 0 ? analysis.paragraphs : [{ start: 0, end: text.length, kind: 'body' }];
  const placed = placeEntries(text, gold.boilerplate);
  const mixedSet = new Set(gold.boilerplateMixed);
  const entries = gold.boilerplate.map((s, i) => ({ s, range: placed[i], mixed: mixedSet.has(s) })).filter((e) => e.range);
  for (const e of entries) {
    t.entries++;
    const over = paragraphs.filter((p) => overlap(p, e.range) > 0);
    const found = over.every((p) => p.kind !== 'body');
    if (found) t.found++;
    if (over.every((p) => p.kind === 'boilerplate')) t.foundStrict++;
    if (!found) errors.push({ file, layer: 'boilerplate', kind: 'MISS', detail: clip(e.s) });
  }
  const metas = gold.meta.map((m) => locate(text, m)).filter((r): r is Range => r !== null);
  const nonMixed = entries.filter((e) => !e.mixed).map((e) => e.range);
  const mixed = entries.filter((e) => e.mixed).map((e) => e.range);
  for (const p of paragraphs) {
    if (p.kind !== 'boilerplate') continue;
    let at = p.start;
    const body = text.slice(p.start, p.end);
    const isFalse = body.split('\n').some((line) => {
      const r = { start: at, end: at + line.length };
      at = r.end + 1;
      if (letters(line) < 3) return false;
      if (nonMixed.some((q) => overlap(q, r) > 0) || metas.some((q) => overlap(q, r) > 0)) return false;
      let outside = '';
      for (let i = r.start; i < r.end; i++) if (!mixed.some((q) => i >= q.start && i < q.end)) outside += text[i];
      return letters(outside) >= 3;
    });
    if (isFalse) {
      t.falseParagraphs++;
      errors.push({ file, layer: 'boilerplate', kind: 'FALSE', detail: clip(body) });
    }
  }
}

// --- techniques -----------------------------------------------------------------------------

function scoreTechniques(article: RealArticle, analysis: ScoredAnalysis, totals: RealTotals, errors: ErrorLine[]): void {
  const { file, gold, text } = article;
  const t = totals.techniques;
  const marks = analysis.techniques.filter((m) => m.end > m.start);
  if (gold.kind === 'wire' || gold.kind === 'feature') {
    t.neutralChars += text.length;
    t.neutralMarks += marks.length;
    for (const m of marks) errors.push({ file, layer: 'techniques', kind: 'NEUTRAL-MARK', detail: `${m.technique} «${clip(m.text, 60)}» ${m.rule ?? ''}` });
  }
  if (gold.kind === 'opinion' || gold.kind === 'propaganda') {
    for (const d of gold.techniqueDevices) {
      const r = locate(text, d.text);
      if (!r) continue;
      t.devices++;
      const labels = new Set([d.technique, ...(d.alsoTechnique ?? [])]);
      const over = marks.filter((m) => overlap(m, r) > 0);
      if (over.length > 0) t.devicesAnyLabel++;
      if (over.some((m) => labels.has(m.technique))) t.devicesFound++;
      else {
        errors.push({
          file,
          layer: 'techniques',
          kind: over.length ? 'DEVICE-LABEL' : 'DEVICE-MISS',
          detail: `${d.technique} «${clip(d.text, 70)}»${over.length ? ` (marked ${over.map((m) => m.technique).join(', ')})` : ''}`,
        });
      }
    }
  }
}
