import { readFileSync } from 'node:fs';
import { documentCase, type DocumentCase } from '../../../packages/core/src/models/ner/features.js';
import { tagIndex } from '../../../packages/core/src/models/ner/tags.js';

export interface ConllSentence {
  words: string[];
  /** Tag indices (NER_TAGS), IOB1 chunk starts read as B-. */
  tags: number[];
  /** Index of the document the sentence belongs to. */
  doc: number;
}

/** Reads a CoNLL-2003 file (`token POS chunk tag`, blank line between sentences). */
export function readConll(path: string): ConllSentence[] {
  const sentences: ConllSentence[] = [];
  let words: string[] = [];
  let tags: number[] = [];
  let doc = 0;
  const flush = () => {
    if (words.length) sentences.push({ words, tags, doc });
    words = [];
    tags = [];
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const trimmed = line.trim();
    if (!trimmed) {
      flush();
      continue;
    }
    const cols = trimmed.split(' ');
    if (cols[0] === '-DOCSTART-') {
      flush();
      doc++;
      continue;
    }
    if (cols.length < 4) throw new Error(`readConll: ${path}: expected "token POS chunk tag", got "${trimmed}".`);
    let tag = cols[cols.length - 1];
    const prev = tags.length ? tags[tags.length - 1] : 0;
    if (tag.startsWith('I-') && (prev === 0 || tagIndex(tag) - 1 !== prev && tagIndex(tag) !== prev)) tag = `B-${tag.slice(2)}`;
    words.push(cols[0]);
    tags.push(tagIndex(tag));
  }
  flush();
  return sentences;
}

/** The document-case table of each document, by document index. */
export function documentCases(sentences: ConllSentence[]): Map<number, DocumentCase> {
  const byDoc = new Map<number, string[][]>();
  for (const s of sentences) {
    const list = byDoc.get(s.doc) ?? [];
    list.push(s.words);
    byDoc.set(s.doc, list);
  }
  return new Map([...byDoc].map(([doc, list]) => [doc, documentCase(list)]));
}
