/**
 * `npm run eval -- imported --gold GOLD.jsonl [--labels marginalia|conll|spacy]`: Marginalia
 * against your own corrected annotations. Pre-annotate articles with `marginalia export
 * --to labelstudio` (or doccano), correct them in the tool, export, turn the export into a
 * gold file with `marginalia eval-import FILE --from labelstudio|doccano --out GOLD.jsonl`,
 * then run this: entity P/R/F1 (exact span and label) and attribution P/R/F1 (content
 * overlapping by half or more) with the share of matched attributions whose source is right.
 */
import { readFileSync } from 'node:fs';
import { analyzeSync } from '../lib/analyzer.js';
import { GOLD_SCHEMA, LABEL_SCHEMES, type GoldDocument, type LabelScheme } from '../../../packages/export/src/index.js';
import { fail, type ToolArgs } from '../lib/cli.js';
import { emptyTotals, guessScheme, prf, scoreImported } from '../lib/imported-score.js';

export const summary = 'your corrected Label Studio/doccano annotations (marginalia eval-import): entity and attribution P/R/F1';

export async function run(args: ToolArgs): Promise<void> {
  const file = args.options.get('gold');
  if (typeof file !== 'string') fail('npm run eval -- imported: give --gold GOLD.jsonl (written by `marginalia eval-import FILE --from labelstudio|doccano --out GOLD.jsonl`).');
  let lines: string[];
  try {
    lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim());
  } catch (error) {
    fail(`npm run eval -- imported: cannot read ${file} (${(error as NodeJS.ErrnoException).code}); check the path.`, 1);
  }
  const documents = lines.map((line, n) => {
    const d = JSON.parse(line) as GoldDocument;
    if (d.schema !== GOLD_SCHEMA) fail(`npm run eval -- imported: ${file}:${n + 1} is not a ${GOLD_SCHEMA} line (got schema ${JSON.stringify(d.schema)}); make it with marginalia eval-import.`, 1);
    return d;
  });
  const given = args.options.get('labels');
  if (given !== undefined && !(LABEL_SCHEMES as readonly unknown[]).includes(given)) fail(`npm run eval -- imported: --labels must be one of ${LABEL_SCHEMES.join(', ')}; got "${String(given)}".`);
  const scheme = (given as LabelScheme | undefined) ?? guessScheme(documents);
  const totals = emptyTotals();
  for (const d of documents) scoreImported(d, analyzeSync(d.text, { meta: { title: null } }), scheme, totals);
  const line = (name: string, c: { p: number; r: number; f1: number }, n: string) => `${name.padEnd(13)} P ${c.p.toFixed(3)}  R ${c.r.toFixed(3)}  F1 ${c.f1.toFixed(3)}  (${n})`;
  const e = totals.entities;
  const out = [`gold: ${file}, ${documents.length} articles, entity labels ${scheme}`, line('entities', prf(e), `${e.tp} right, ${e.fp} extra, ${e.fn} missed; exact span and label`)];
  if (totals.attributionGold) {
    const a = totals.attributions;
    out.push(line('attributions', prf(a), `${a.tp} right, ${a.fp} extra, ${a.fn} missed; content overlap >= 0.5`));
    out.push(`sources       ${totals.sourcesJudged ? (totals.sourcesRight / totals.sourcesJudged).toFixed(3) : 'n/a'} of matched attributions with a gold source have the right one (${totals.sourcesRight}/${totals.sourcesJudged})`);
  } else out.push('attributions  not in the gold (doccano exports entities only; use Label Studio for attributions)');
  process.stdout.write(`${out.join('\n')}\n`);
}
