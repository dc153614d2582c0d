/*
 * Propaganda-corpus sentences as a weak, auxiliary signal for subjectivity: a line of a
 * PTC article counts as positive when a loaded-language, name-calling, exaggeration,
 * doubt, fear or flag-waving span overlaps it. Techniques that are mostly about
 * structure (Repetition, Appeal_to_Authority, ...) are left out.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { LabelledSentence } from './classifier-data.js';

const SUBJECTIVE_TECHNIQUES = new Set([
  'Loaded_Language',
  'Name_Calling,Labeling',
  'Exaggeration,Minimisation',
  'Doubt',
  'Appeal_to_fear-prejudice',
  'Flag-Waving',
  'Slogans',
  'Black-and-White_Fallacy',
  'Thought-terminating_Cliches',
]);

export function readPtcSentences(folder: string): LabelledSentence[] {
  const spans = new Map<string, Array<[number, number]>>();
  for (const line of readFileSync(resolve(folder, 'train-task2-TC.labels'), 'utf8').split('\n')) {
    const [article, technique, start, end] = line.split('\t');
    if (!article || !SUBJECTIVE_TECHNIQUES.has(technique)) continue;
    const list = spans.get(article) ?? [];
    list.push([Number(start), Number(end)]);
    spans.set(article, list);
  }
  const sentences: LabelledSentence[] = [];
  for (const file of readdirSync(resolve(folder, 'train-articles')).sort()) {
    const id = file.replace(/^article|\.txt$/g, '');
    const text = readFileSync(resolve(folder, 'train-articles', file), 'utf8');
    const marked = spans.get(id) ?? [];
    let offset = 0;
    for (const line of text.split('\n')) {
      const start = offset;
      const end = offset + line.length;
      offset = end + 1;
      if (line.trim().split(/\s+/).length < 4) continue; // titles, datelines, blank lines
      const label = marked.some(([s, e]) => s < end && e > start) ? 1 : 0;
      sentences.push({ id: `${id}:${start}`, text: line, label });
    }
  }
  return sentences;
}
