import { analyze } from './models.js';
import { readdirSync, readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { analysisSchema, TECHNIQUE_LABELS } from '../src/index.js';
import { randomArticle, SAMPLE } from './fixtures.js';

/** Made-up articles: reporting, a column, chrome. */
const MADE_UP = [
  'Oil prices rose 4% on Monday, the energy ministry said.\n\n“We will not cut output,” said Minister Anna Berg. Analysts reportedly expect more cuts.\n\nSubscribe to our newsletter for daily updates. Donate now.',
  'This is a disgrace. The so-called reform may ruin the country, and the government knows it.\n\nWhy would anyone believe them? They always lie.',
  'LONDON (Reuters) - The Bank of England held rates at 5.25 percent on Thursday, according to a statement. Governor Andrew Bailey told reporters inflation was likely to fall.\n\nCopyright 2024 Reuters. All rights reserved.',
];

const ajv = new Ajv({ allErrors: true, strict: false });
const validate = ajv.compile(analysisSchema);

function errorsOf(value: unknown): string {
  validate(value);
  return ajv.errorsText(validate.errors, { separator: '\n' });
}

describe('the marginalia/analysis@2 JSON Schema', () => {
  it('accepts the analysis of the sample and survives a JSON round trip', async () => {
    const article = await analyze(SAMPLE, { meta: { title: 'Sample' } });
    const json = JSON.parse(JSON.stringify(article));
    expect(json).toEqual(article);
    expect(validate(json), errorsOf(json)).toBe(true);
  });

  it('accepts generated articles', async () => {
    for (let seed = 1; seed <= 30; seed++) {
      const json = JSON.parse(JSON.stringify(await analyze(randomArticle(seed))));
      expect(validate(json), `seed ${seed}: ${errorsOf(json)}`).toBe(true);
    }
  });

  it('rejects what breaks the contract', async () => {
    const good = JSON.parse(JSON.stringify(await analyze(SAMPLE)));
    const wrongSchema = { ...good, schema: 'marginalia/analysis@1' };
    expect(validate(wrongSchema)).toBe(false);
    const tech = { id: 't1', start: 0, end: 2, text: SAMPLE.slice(0, 2), technique: 'Loaded_Language', rule: 'x' };
    expect(validate({ ...good, techniques: [{ ...tech, confidence: 0.5 }] })).toBe(true);
    expect(validate({ ...good, techniques: [{ ...tech, confidence: 1.2 }] })).toBe(false);
    expect(validate({ ...good, techniques: [{ ...tech, confidence: '0.5' }] })).toBe(false);
    expect(validate({ ...good, hedges: [{ start: 0, end: 2, text: 'In', confidence: -0.1 }] })).toBe(false);
    // confidence is required on every finding.
    expect(validate({ ...good, techniques: [tech] })).toBe(false);
    expect(validate({ ...good, hedges: [{ start: 0, end: 2, text: 'In' }] })).toBe(false);
    const { confidence: _c, ...bareClaim } = good.claims[0];
    expect(validate({ ...good, claims: [bareClaim] })).toBe(false);
    const { confidence: _a, ...bareAttribution } = good.attributions[0];
    expect(validate({ ...good, attributions: [bareAttribution] })).toBe(false);
    const entity = good.entities[0];
    const { confidence: _m, ...bareMention } = entity.mentions[0];
    expect(validate({ ...good, entities: [{ ...entity, mentions: [bareMention] }] })).toBe(false);
    const badKind = { ...good, paragraphs: [{ ...good.paragraphs[0], kind: 'footer' }] };
    expect(validate(badKind)).toBe(false);
    const badScore = { ...good, sentences: [{ ...good.sentences[0], checkworthiness: 1.5 }] };
    expect(validate(badScore)).toBe(false);
    const badTechnique = { ...good, techniques: [{ id: 't1', start: 0, end: 2, text: 'In', technique: 'Propaganda', rule: 'x' }] };
    expect(validate(badTechnique)).toBe(false);
    const missingLayer = { ...good };
    delete missingLayer.claims;
    expect(validate(missingLayer)).toBe(false);
  });

  it('accepts the default pipeline on every bundled sample and on made-up texts, each finding with a confidence in 0..1', async () => {
    const samples = new URL('../../../apps/marginalia/samples/', import.meta.url);
    const texts = readdirSync(samples)
      .filter((f) => /\.(txt|md)$/.test(f))
      .map((f) => readFileSync(new URL(f, samples), 'utf8'));
    texts.push(...MADE_UP);
    for (const text of texts) {
      const json = JSON.parse(JSON.stringify(await analyze(text)));
      expect(validate(json), `${text.slice(0, 40)}: ${errorsOf(json)}`).toBe(true);
      const findings = [
        ...json.entities.flatMap((e: { mentions: unknown[] }) => e.mentions),
        ...json.attributions, ...json.claims, ...json.hedges, ...json.techniques,
      ] as Array<{ confidence?: number }>;
      for (const f of findings) expect(f.confidence! >= 0 && f.confidence! <= 1, JSON.stringify(f)).toBe(true);
    }
  });

  it('lists the 23 SemEval-2023 labels plus Rhetorical_Question', () => {
    expect(TECHNIQUE_LABELS).toHaveLength(24);
    expect(TECHNIQUE_LABELS).toContain('Loaded_Language');
    expect(TECHNIQUE_LABELS).toContain('Rhetorical_Question');
  });
});
