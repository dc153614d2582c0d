import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { analysisSchema, analyze, TECHNIQUE_LABELS } from '../src/index.js';
import { randomArticle, SAMPLE } from './fixtures.js';

const ajv = new Ajv({ allErrors: true, strict: false });
const validate = ajv.compile(analysisSchema);

function errorsOf(value: unknown): string {
  validate(value);
  return ajv.errorsText(validate.errors, { separator: '\n' });
}

describe('the marginalia/analysis@1 JSON Schema', () => {
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
    const wrongSchema = { ...good, schema: 'marginalia/analysis@2' };
    expect(validate(wrongSchema)).toBe(false);
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

  it('lists the 23 SemEval-2023 labels plus Rhetorical_Question', () => {
    expect(TECHNIQUE_LABELS).toHaveLength(24);
    expect(TECHNIQUE_LABELS).toContain('Loaded_Language');
    expect(TECHNIQUE_LABELS).toContain('Rhetorical_Question');
  });
});
