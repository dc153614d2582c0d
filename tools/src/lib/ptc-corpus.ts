/**
 * Reads the SemEval-2020 Task 11 propaganda corpus (PTC) and splits it into a fixed
 * train and dev portion: article ids sorted ascending, every 5th (index 4, 9, 14, ...)
 * to dev, the rest to train. Training and tuning read train only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { utf16OffsetsOfCodePoints } from '../../../packages/export/src/spans.js';

export interface PtcSpan {
  /** The 2020 class name, as written in the labels file. */
  label: string;
  /** UTF-16 offsets into `text` (the file's offsets are code points; see codePointToUtf16). */
  start: number;
  end: number;
}

export interface PtcArticle {
  id: string;
  text: string;
  spans: PtcSpan[];
}

export const PTC_FOLDER = 'propaganda-ptc2020';

export function readPtc(dataDir: string): PtcArticle[] {
  const root = join(dataDir, PTC_FOLDER);
  const labelsDir = join(root, 'train-labels-task2-technique-classification');
  const ids = readdirSync(join(root, 'train-articles'))
    .filter((f) => /^article\d+\.txt$/.test(f))
    .map((f) => f.slice('article'.length, -'.txt'.length))
    .sort();
  return ids.map((id) => {
    const text = readFileSync(join(root, 'train-articles', `article${id}.txt`), 'utf8');
    const toUtf16 = codePointToUtf16(text);
    const spans: PtcSpan[] = [];
    for (const line of readFileSync(join(labelsDir, `article${id}.task2-TC.labels`), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const [, label, start, end] = line.split('\t');
      const s = Number(start);
      const e = Number(end);
      if (!Number.isInteger(s) || !Number.isInteger(e) || e <= s) {
        throw new Error(`PTC labels of article ${id}: expected "id<TAB>technique<TAB>start<TAB>end" with start < end, got "${line}".`);
      }
      spans.push({ label, start: toUtf16(s), end: toUtf16(e) });
    }
    return { id, text, spans };
  });
}

/** The PTC offsets count code points (Python strings); JavaScript counts UTF-16 units. */
export function codePointToUtf16(text: string): (offset: number) => number {
  const map = utf16OffsetsOfCodePoints(text);
  if (text.length === map.length - 1) return (o) => o;
  return (o) => map[Math.min(o, map.length - 1)];
}

/** The fixed split: sorted ids, every 5th article to dev. */
export function splitPtc(articles: readonly PtcArticle[]): { train: PtcArticle[]; dev: PtcArticle[] } {
  const sorted = [...articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { train: sorted.filter((_, i) => i % 5 !== 4), dev: sorted.filter((_, i) => i % 5 === 4) };
}
