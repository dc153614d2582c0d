/*
 * Readers for the sentence-classification sets in shared/data, and the deterministic
 * split the check-worthiness model keeps out of training.
 */
import { readFileSync } from 'node:fs';
import { hashText } from '../../../packages/core/src/models/classifier/hash.js';

export interface LabelledSentence {
  id: string;
  text: string;
  /** 1 for the positive class (check-worthy, subjective). */
  label: 0 | 1;
}

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. */
export function parseCsv(source: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (quoted) {
      if (c === '"') {
        if (source[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && source[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.length > 1 || r[0] !== '');
}

function column(header: string[], name: string, file: string): number {
  const i = header.indexOf(name);
  if (i < 0) throw new Error(`${file}: expected a column "${name}", got columns ${header.join(', ')}; is this the right file?`);
  return i;
}

/**
 * A CT24 text without the CSV quoting it carries in the TSV: every text with a comma (and a
 * few with quotation marks) is wrapped in double quotes, inner quotes doubled. Left in, the
 * wrapping marks half the set (28.6 % check-worthy against 19.6 % for the rest) with a
 * sentence-opening quotation mark, which in an article means a quotation: the models
 * learnt it as a cue for check-worthiness.
 */
export function unquoteCsvField(text: string): string {
  return text.length >= 2 && text.startsWith('"') && text.endsWith('"') ? text.slice(1, -1).replace(/""/g, '"') : text;
}

/** CT24_checkworthy_english_train.tsv: Sentence_id, Text, class_label (Yes/No). */
export function readCheckworthyTsv(path: string): LabelledSentence[] {
  const lines = readFileSync(path, 'utf8').split(/\r?\n/).filter((l) => l.length > 0);
  const header = lines[0].split('\t');
  const [id, text, label] = [column(header, 'Sentence_id', path), column(header, 'Text', path), column(header, 'class_label', path)];
  return lines.slice(1).map((line) => {
    const f = line.split('\t');
    return { id: f[id], text: unquoteCsvField(f[text]), label: f[label] === 'Yes' ? 1 : 0 };
  });
}

/** CT19-T1-Training.csv: line_number, speaker, text, label (0/1), file_name. */
export function readCheckworthy2019(path: string): LabelledSentence[] {
  const rows = parseCsv(readFileSync(path, 'utf8'));
  const header = rows[0];
  const [line, text, label, file] = ['line_number', 'text', 'label', 'file_name'].map((n) => column(header, n, path));
  return rows.slice(1).map((r) => ({ id: `${r[file]}:${r[line]}`, text: r[text], label: r[label] === '1' ? 1 : 0 }));
}

/** NewsSD-ENG split file: Sentence, Label (SUBJ/OBJ). */
export function readNewsSd(path: string): LabelledSentence[] {
  const rows = parseCsv(readFileSync(path, 'utf8'));
  const header = rows[0];
  const [text, label] = [column(header, 'Sentence', path), column(header, 'Label', path)];
  return rows.slice(1).map((r, i) => ({ id: String(i + 1), text: r[text].trim(), label: r[label] === 'SUBJ' ? 1 : 0 }));
}

/** The fixed dev split of the check-worthiness set: one sentence id in five, by hash. */
export function isCheckworthyDev(id: string): boolean {
  return hashText(`dev:${id}`) % 5 === 0;
}

/** Text normalised for duplicate detection across sets. */
export function normaliseForDedup(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}
