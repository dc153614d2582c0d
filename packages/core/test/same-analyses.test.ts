/**
 * The analyses must not change when the code around them does (issue #14: models moved out of core's
 * JavaScript). Each fixture is a full analysis written before that change; the only field allowed to
 * differ is `meta.model` (which model package produced it). `UPDATE_ANALYSES=1 npx vitest run
 * test/same-analyses.test.ts` rewrites the fixtures: do that only for a deliberate change of analysis.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Article } from '../src/index.js';
import { analyzeForTest } from './analyzer.js';
import { SAMPLE } from './fixtures.js';

const TEXTS: Record<string, string> = {
  'kremlin-signal': SAMPLE,
  harbour:
    'The harbour authority said on Tuesday that the new quay would open in May.\n\n' +
    '“We are confident the work will finish on time,” said Maria Lopez, the authority’s director. ' +
    'Critics allegedly warned that the so-called reform may cost 40 million euros.\n\n' +
    'According to Reuters, the mayor of Rotterdam, Ahmed Aboutaleb, called the plan “a disaster for our city.”',
  outrage:
    'This is a total catastrophe! Corrupt elites are destroying everything we love, and only a fool would believe them.\n\n' +
    'Either we stand up now or we lose our country forever. Wake up, people!\n\nDonate now to support independent journalism. Subscribe to our newsletter.',
  'plain-and-odd': 'Short.\r\nNo entities here, just words… and 3.5% of “quotes” — with emoji 🎉 and Zoë in São Paulo.\r\n',
};

/** The analysis as the fixtures hold it: without `meta.model`, two-space JSON. */
function fixtureText(article: Article): string {
  const { model: _model, ...meta } = article.meta as Article['meta'] & { model?: unknown };
  return `${JSON.stringify({ ...article, meta }, null, 2)}\n`;
}

describe('analyses are the same as before the models moved (issue #14)', () => {
  for (const [name, text] of Object.entries(TEXTS)) {
    it(name, { timeout: 60_000 }, async () => {
      const file = new URL(`./analyses/${name}.json`, import.meta.url);
      const got = fixtureText(await analyzeForTest(text));
      if (process.env.UPDATE_ANALYSES === '1') writeFileSync(file, got);
      expect(existsSync(file), `no fixture ${file.pathname}; UPDATE_ANALYSES=1 writes it`).toBe(true);
      expect(got).toBe(readFileSync(file, 'utf8'));
    });
  }
});
