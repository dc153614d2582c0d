/*
 * Unlabelled news sentences for self-training: the article texts of PolNeAr (train and
 * dev compartments) and of the SemEval-2020 PTC training articles, cut into sentences
 * by the core paragraph and sentence splitters (as the pipeline cuts them). Only the
 * texts are read, never any annotation.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { paragraphRanges } from '../../../packages/core/src/text/paragraphs.js';
import { sentenceRanges } from '../../../packages/core/src/text/sentences.js';
import type { LabelledSentence } from './classifier-data.js';

function textsIn(folder: string): Array<[string, string]> {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => [f, readFileSync(resolve(folder, f), 'utf8')]);
}

/**
 * Sentences of 5 to 80 words from the unlabelled article texts under `data` (label 0,
 * a placeholder), in a fixed order. `sources`: which corpora to read.
 */
export function readUnlabelledNewsSentences(data: string, sources: ReadonlyArray<'polnear' | 'ptc'> = ['polnear', 'ptc']): LabelledSentence[] {
  const texts: Array<[string, string]> = [];
  if (sources.includes('polnear')) for (const part of ['train', 'dev']) texts.push(...textsIn(resolve(data, 'polnear/data', part, 'text')));
  if (sources.includes('ptc')) texts.push(...textsIn(resolve(data, 'propaganda-ptc2020/train-articles')));
  const out: LabelledSentence[] = [];
  const seen = new Set<string>();
  for (const [name, text] of texts) {
    for (const [ps, pe] of paragraphRanges(text)) {
      for (const [ss, se] of sentenceRanges(text, ps, pe)) {
        const sentence = text.slice(ss, se).trim();
        const words = sentence.split(/\s+/).length;
        if (words < 5 || words > 80 || seen.has(sentence)) continue;
        seen.add(sentence);
        out.push({ id: `${name}:${ss}`, text: sentence, label: 0 });
      }
    }
  }
  return out;
}
