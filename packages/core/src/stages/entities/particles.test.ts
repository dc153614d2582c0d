import { analyze } from '../../../test/models.js';
import { describe, expect, it } from 'vitest';

async function people(text: string): Promise<string[]> {
  const article = await analyze(text);
  return article.entities.filter((e) => e.type === 'PERSON').map((e) => e.name);
}

describe('names with particles', () => {
  it('keeps "von der", "van" and "bin" inside a person’s name', async () => {
    expect(await people('Ursula von der Leyen, president of the European Commission, spoke in Brussels on Monday.')).toContain('Ursula von der Leyen');
    expect(await people('Crown Prince Mohammed bin Salman met the envoy in Riyadh.')).toContain('Mohammed bin Salman');
  });

  it('marks a joined name with its rule and keeps offsets exact', async () => {
    const text = 'On Friday Ursula von der Leyen said the plan would go ahead.';
    const article = await analyze(text);
    const ursula = article.entities.find((e) => e.name === 'Ursula von der Leyen');
    expect(ursula?.mentions[0].rule).toBe('ner/name-particle');
    for (const m of ursula!.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('does not join across a particle followed by a lower-case word', async () => {
    expect(await people('Maria Novak de facto ran the ministry.')).not.toContain('Maria Novak de facto');
  });

  it('joins a hyphenated particle surname ("al-Rashidi")', async () => {
    expect(await people('Prime Minister Karim al-Rashidi met reporters in Basra on Monday.')).toContain('Karim al-Rashidi');
  });
});
