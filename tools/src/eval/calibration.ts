/**
 * `npm run eval -- calibration --data <shared/data> [--layers mentions,attributions,claims,techniques,hedges,real] [--bins 10]`:
 * how well each layer's `confidence` is calibrated. For every finding the default pipeline makes on
 * development data, its confidence against whether it was right; a reliability table per layer (bins
 * of confidence: findings, mean confidence, observed precision) and the expected calibration error
 * (ECE: the bins' |observed − mean confidence| weighted by their share of findings).
 *
 * What "right" means, per layer and data set:
 * - mentions, CoNLL-2003 dev: the mention's span and type equal a gold chunk's (PERSON→PER, ORG→ORG,
 *   PLACE→LOC, NORP/EVENT/OTHER→MISC; DATE is not scored). Documents are analysed as text, one
 *   sentence a line, tokens joined by spaces.
 * - attributions, PolNeAR dev: the content matches a gold content one-to-one (overlap ≥ half the longer,
 *   as `eval attribution`) and, when the gold has a source, the predicted source overlaps it.
 * - techniques, PTC dev (every 5th article): SemEval-2020 partial credit, the share of the mark covered by
 *   gold spans of its class; marks with no PTC class (Rhetorical_Question, ...) are not scored.
 * - claims, CT24 dev, the "report" half (the half the claims map was not fitted on): the sentence is
 *   check-worthy. Each sentence is analysed alone.
 * - hedges: no development data has hedge gold; not measured.
 * - real articles (shared/data/real-articles, the README's rules applied to one finding at a time):
 *   a PERSON/ORG/PLACE mention is right when its text names a gold entity of an accepted type, wrong when
 *   it names none or one of another type, left out when it is an ignored string; an attribution is right
 *   when it hits a required item with a right speaker, left out when the rules ignore it, wrong otherwise;
 *   a technique mark in an opinion or propaganda article is right when it overlaps a gold device of its
 *   label, wrong otherwise, and every mark in a wire or feature article is wrong (those texts should draw
 *   none; the devices are not exhaustive, so these precisions are lower bounds).
 * Findings without a confidence are counted apart ("without a confidence") and left out of the table.
 */
import { join, resolve } from 'node:path';
import { type Article } from '../../../packages/core/src/index.js';
import { ptc2020ClassOf } from '../../../packages/core/src/stages/techniques/labels.js';
import { CLAIM_CONFIDENCE_MODEL, claimConfidence } from '../../../packages/core/src/stages/claims/confidence.js';
import { analyzeSync, shippedModel } from '../lib/analyzer.js';
import { reliability, reliabilityLines, type Reliability, type Scored } from '../lib/calibration.js';
import { dataDir, fail, type ToolArgs } from '../lib/cli.js';
import { readConll } from '../lib/ner-conll.js';
import { TO_CONLL } from '../lib/ner-conll-eval.js';
import { goldChunks } from '../lib/ner-tagged.js';
import { readPolnear, type GoldSpan } from '../lib/polnear-read.js';
import { asPredicted, emptyScore, scoreArticle as scorePolnear } from '../lib/polnear-score.js';
import { PTC_FOLDER, readPtc, splitPtc } from '../lib/ptc-corpus.js';
import { scoreArticle as scorePtc, type Tally } from '../lib/ptc-score.js';
import { readRealArticles, type RealArticle } from '../lib/real-gold.js';
import { emptyTotals, scoreReal, type ScoredAnalysis } from '../lib/real-score.js';
import { claimCalibrationData, claimExamples } from '../train/claim-confidence.js';

export const summary = 'reliability tables (confidence vs observed precision) and ECE per layer on development data';

const LAYERS = ['mentions', 'attributions', 'claims', 'techniques', 'hedges', 'real'] as const;
type Layer = (typeof LAYERS)[number];

/** Findings with a confidence, and how many had none. */
interface Collected {
  items: Scored[];
  missing: number;
}

function collect(): Collected {
  return { items: [], missing: 0 };
}

function add(into: Collected, confidence: number | undefined, correct: number): void {
  if (confidence === undefined) into.missing++;
  else into.items.push({ confidence, correct });
}

function mentionsOnConll(data: string): Collected {
  const out = collect();
  const byDoc = new Map<number, ReturnType<typeof readConll>>();
  for (const s of readConll(resolve(data, 'conll2003/dev.txt'))) byDoc.set(s.doc, [...(byDoc.get(s.doc) ?? []), s]);
  for (const doc of byDoc.values()) {
    let text = '';
    const gold = new Set<string>();
    for (const s of doc) {
      const starts: number[] = [];
      const ends: number[] = [];
      for (const w of s.words) {
        if (starts.length) text += ' ';
        starts.push(text.length);
        text += w;
        ends.push(text.length);
      }
      for (const c of goldChunks(s)) gold.add(`${starts[c.start]}:${ends[c.end - 1]}:${c.type}`);
      text += '\n';
    }
    const article = analyzeSync(text);
    for (const e of article.entities) {
      const type = TO_CONLL[e.type];
      if (!type) continue;
      for (const m of e.mentions) add(out, m.confidence, gold.has(`${m.start}:${m.end}:${type}`) ? 1 : 0);
    }
  }
  return out;
}

function overlaps(a: GoldSpan, b: { start: number; end: number }): boolean {
  return Math.min(a.end, b.end) > Math.max(a.start, b.start);
}

function attributionsOnPolnear(data: string): Collected {
  const out = collect();
  for (const doc of readPolnear(data, 'dev')) {
    const article = analyzeSync(doc.text);
    const predicted = article.attributions.map(asPredicted);
    const pairs = scorePolnear(doc.attributions, predicted, emptyScore());
    const right = new Set(pairs.filter(([g, p]) => !g.source || (p.source !== null && overlaps(g.source, p.source))).map(([, p]) => p));
    article.attributions.forEach((a, i) => add(out, a.confidence, right.has(predicted[i]) ? 1 : 0));
  }
  return out;
}

function techniquesOnPtc(data: string): Collected & { unscored: number } {
  const out = { ...collect(), unscored: 0 };
  for (const doc of splitPtc(readPtc(data)).dev) {
    const article = analyzeSync(doc.text);
    for (const t of article.techniques) {
      const label = ptc2020ClassOf(t.technique);
      if (!label || t.end <= t.start) {
        out.unscored++;
        continue;
      }
      const tally = new Map<string, Tally>();
      scorePtc([{ label, start: t.start, end: t.end }], doc.spans.filter((g) => g.label === label), tally);
      add(out, t.confidence, tally.get(label)?.precisionCredit ?? 0);
    }
  }
  return out;
}

function claimsOnCt24(data: string): Collected {
  const out = collect();
  const weights = shippedModel(CLAIM_CONFIDENCE_MODEL);
  for (const e of claimExamples(claimCalibrationData(data).report)) add(out, claimConfidence(e.input, weights, e.paragraphKind), e.label);
  return out;
}

/** The README's rules on an analysis that holds one finding: which way its precision count moved. */
function realVerdict(article: RealArticle, analysis: ScoredAnalysis, layer: 'entities' | 'attributions'): number | null {
  const totals = emptyTotals();
  scoreReal(article, analysis, totals);
  if (layer === 'entities') {
    const t = totals.entities;
    return t.right > 0 ? 1 : t.wrong > 0 ? 0 : null;
  }
  const t = totals.attributions;
  return t.precRight > 0 ? 1 : t.precIgnored > 0 ? null : t.predicted > 0 ? 0 : null;
}

function onReal(data: string): { mentions: Collected; attributions: Collected; techniques: Collected } {
  const out = { mentions: collect(), attributions: collect(), techniques: collect() };
  for (const real of readRealArticles(join(data, 'real-articles'))) {
    const article: Article = analyzeSync(real.text);
    const base: ScoredAnalysis = { paragraphs: article.paragraphs, entities: [], attributions: [], techniques: [] };
    for (const e of article.entities) {
      if (e.type !== 'PERSON' && e.type !== 'ORG' && e.type !== 'PLACE') continue;
      for (const m of e.mentions) {
        const verdict = realVerdict(real, { ...base, entities: [{ id: e.id, name: m.text, type: e.type, mentions: [m] }] }, 'entities');
        if (verdict !== null) add(out.mentions, m.confidence, verdict);
      }
    }
    for (const a of article.attributions) {
      const verdict = realVerdict(real, { ...base, entities: article.entities, attributions: [a] }, 'attributions');
      if (verdict !== null) add(out.attributions, a.confidence, verdict);
    }
    const kind = real.gold.kind;
    if (kind === 'analysis') continue;
    const devices = real.gold.techniqueDevices.map((d) => {
      const start = real.text.indexOf(d.text);
      return { start, end: start + d.text.length, labels: new Set([d.technique, ...(d.alsoTechnique ?? [])]) };
    });
    for (const t of article.techniques) {
      if (t.end <= t.start) continue;
      const right = (kind === 'opinion' || kind === 'propaganda') && devices.some((d) => d.start >= 0 && d.labels.has(t.technique) && overlaps(d, t));
      add(out.techniques, t.confidence, right ? 1 : 0);
    }
  }
  return out;
}

export async function run(args: ToolArgs): Promise<void> {
  const data = dataDir(args, 'checkworthiness/CT24_checkworthy_english_train.tsv');
  const bins = Number(args.options.get('bins') ?? 10);
  if (!Number.isInteger(bins) || bins < 2 || bins > 50) fail(`eval calibration: --bins takes a whole number from 2 to 50; got ${String(args.options.get('bins'))}.`);
  const asked = String(args.options.get('layers') ?? LAYERS.join(',')).split(',').filter(Boolean);
  for (const l of asked) if (!(LAYERS as readonly string[]).includes(l)) fail(`eval calibration: --layers takes ${LAYERS.join(', ')}; got "${l}".`);
  const wants = (l: Layer) => asked.includes(l);
  const results: Array<[string, Reliability]> = [];
  const report = (name: string, c: Collected, note = '') => {
    const r = reliability(c.items, bins, c.missing);
    results.push([name, r]);
    process.stdout.write(`\n${reliabilityLines(name, r).join('\n')}${note ? `\n${note}` : ''}\n`);
  };
  if (wants('mentions')) report('mentions (CoNLL-2003 dev)', mentionsOnConll(data));
  if (wants('attributions')) report('attributions (PolNeAR dev)', attributionsOnPolnear(data));
  if (wants('techniques')) {
    const t = techniquesOnPtc(data);
    report('techniques (PTC dev)', t, `techniques (PTC dev): ${t.unscored} marks without a PTC class not scored`);
  }
  if (wants('claims')) report('claims (CT24 dev, report half)', claimsOnCt24(data));
  if (wants('hedges')) process.stdout.write('\nhedges: no development data carries hedge gold; not measured\n');
  if (wants('real')) {
    const real = onReal(data);
    report('mentions (real articles)', real.mentions);
    report('attributions (real articles)', real.attributions);
    report('techniques (real articles; lower bound)', real.techniques);
  }
  const parts = results.map(([name, r]) => `${name.split(' (')[0]}${name.includes('real') ? ' real' : ''} ${r.count ? r.ece.toFixed(3) : 'n/a'}`);
  process.stdout.write(`\nsummary: ECE ${parts.join('; ')}\n`);
}
