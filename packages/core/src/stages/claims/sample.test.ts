import { analyzeSync } from '../../../test/models.js';
import { describe, expect, it } from 'vitest';

import { SAMPLE } from '../../../test/fixtures.js';

/** The default pipeline on the sample article: what attribution, hedges and claims must find there. */
describe('claims on the sample article', () => {
  const article = analyzeSync(SAMPLE);
  const claimWith = (words: string) => article.claims.find((c) => c.text.includes(words));

  it('finds the hedge and the hedged factual claim by the author', () => {
    expect(article.hedges.some((h) => h.text === 'reportedly' && h.rule === 'hedge/reportedly')).toBe(true);
    const claim = claimWith('the two leaders reportedly spoke for over two hours');
    expect(claim).toMatchObject({ kind: 'factual', source: 'author' });
    expect(claim?.hedges.map((h) => h.text)).toContain('reportedly');
  });

  it('reads the prediction and the two opinion sentences', () => {
    expect(claimWith('It’ll be history cracking open.')?.kind).toBe('prediction');
    expect(claimWith('This isn’t peace.')?.kind).toBe('opinion');
    expect(claimWith('It’s a prelude.')?.kind).toBe('opinion');
  });

  it('reads the Peskov quote as a direct attribution and a quote claim', () => {
    const attribution = article.attributions.find((a) => a.content.text === 'We need to prepare for it');
    expect(attribution).toMatchObject({ direct: true, cue: { text: 'warned' } });
    expect(attribution?.source?.text).toContain('Dmitry Peskov');
    expect(claimWith('We need to prepare for it')).toMatchObject({ kind: 'quote', attribution: attribution?.id });
  });

  it.skipIf(article.entities.length === 0)('links the Peskov quote to his entity', () => {
    const peskov = article.entities.find((e) => e.name.includes('Peskov'));
    expect(peskov).toBeDefined();
    const claim = claimWith('We need to prepare for it');
    expect(claim?.source).toBe(peskov?.id);
    expect(article.sourcing?.bySource[peskov!.id]).toBeGreaterThanOrEqual(1);
  });

  it('keeps claims out of the donation paragraph and keeps the profile consistent', () => {
    expect(claimWith('please consider donating')).toBeUndefined();
    const s = article.sourcing!;
    expect(s.claims).toBe(article.claims.length);
    expect(s.named + s.unnamed + s.author).toBe(s.claims);
  });
});
