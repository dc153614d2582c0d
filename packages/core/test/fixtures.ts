import { readFileSync } from 'node:fs';

/** The bundled sample article (the project's first seed). */
export const SAMPLE = readFileSync(new URL('../../../apps/marginalia/samples/kremlin-signal.txt', import.meta.url), 'utf8');

// The tools' seeded mulberry32, so generated texts are the same on every run (one copy of the generator).
import { seededRandom as seeded } from '../../../tools/src/lib/random.js';

const WORDS = [
  'the', 'minister', 'said', 'Moscow', 'Washington', 'reportedly', 'may', 'talks', 'Dr.', 'Smith', 'U.S.', 'St.',
  'Petersburg', '“quoted words,”', 'warned', 'Müller', 'São', 'Paulo', 'naïve', 'coöperate', 'Zoë', '🎉', '👩‍👩‍👧', '東京',
  'مرحبا', '3.5%', '2024', '—', '–', 'so-called', 'allegedly', 'Trump’s', 'isn’t', '(aside)', '"plain quotes"', '…',
  'Kremlin', 'spokesman', 'according', 'to', 'officials', '\u00a0', 'e.g.', 'Inc.', '$40', '½',
];

/**
 * A random article: sentences of random words with random terminators, paragraphs
 * joined by LF, CRLF, blank lines or a lone CR, optionally with no trailing newline.
 */
export function randomArticle(seed: number): string {
  const rand = seeded(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
  const paragraphs: string[] = [];
  const nParagraphs = 1 + Math.floor(rand() * 6);
  for (let p = 0; p < nParagraphs; p++) {
    const sentences: string[] = [];
    const nSentences = 1 + Math.floor(rand() * 5);
    for (let s = 0; s < nSentences; s++) {
      const words: string[] = [];
      const n = 1 + Math.floor(rand() * 14);
      for (let w = 0; w < n; w++) words.push(pick(WORDS));
      const first = words[0];
      words[0] = first.charAt(0).toUpperCase() + first.slice(1);
      sentences.push(words.join(' ') + pick(['.', '!', '?', '.”', '', '...', '?!']));
    }
    paragraphs.push(sentences.join(pick([' ', '  ', '\t'])));
  }
  const joiner = pick(['\n', '\r\n', '\n\n', '\r\n\r\n', '\r']);
  return paragraphs.join(joiner) + pick(['', '\n', '\r\n', '  ']);
}
