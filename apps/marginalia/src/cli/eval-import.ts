import { readFile, writeFile } from 'node:fs/promises';
import { oneOf, parseCommandArgs } from './args.js';
import { EXIT, UsageError, type Command } from './command.js';

const SOURCES = ['labelstudio', 'doccano'] as const;

export const evalImportCommand: Command = {
  name: 'eval-import',
  summary: 'read a corrected Label Studio or doccano export back as a gold file for `npm run eval -- imported`',
  help: `usage: marginalia eval-import FILE --from labelstudio|doccano [--offsets utf16|codepoint] [--out GOLD.jsonl]

Reads annotations you corrected in Label Studio (Export → JSON) or doccano (Export →
JSONL) after pre-annotating with \`marginalia export --to labelstudio|doccano\`, and writes
them as a gold file (marginalia/gold@1: one {"id", "text", "entities", "attributions"?}
line per article, offsets in UTF-16 code units). Score Marginalia against it with
\`npm run eval -- imported --gold GOLD.jsonl\`.

options:
  --from TOOL      labelstudio (first annotation of each task; unannotated tasks are skipped)
                   or doccano
  --offsets UNIT   the unit of a doccano file's offsets: utf16 (default, a default doccano
                   project) or codepoint (Label Studio files are always code points)
  --out FILE       write the gold file to FILE instead of standard output
  -h, --help       show this help

exit codes: 0 done, 1 a file that cannot be read or is not such an export, 2 bad usage`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs('eval-import', argv, {
      from: { type: 'string' },
      offsets: { type: 'string' },
      out: { type: 'string', short: 'o' },
    });
    if (values.help) {
      io.stdout.write(`${this.help}\n`);
      return EXIT.ok;
    }
    // The importers (and core with them) load only when there is something to import.
    const { goldFromDoccano, goldFromLabelStudio, isExportError, OFFSET_UNITS } = await import('@marginalia/export');
    if (positionals.length !== 1) throw new UsageError(`marginalia eval-import: expected one FILE (a Label Studio or doccano export), got ${positionals.length === 0 ? 'none' : positionals.join(' ')}.`);
    if (values.from === undefined) throw new UsageError(`marginalia eval-import: --from TOOL is required, one of ${SOURCES.join(', ')}.`);
    const from = oneOf('eval-import', 'from', values.from as string, SOURCES, 'labelstudio');
    const offsets = oneOf('eval-import', 'offsets', values.offsets as string | undefined, OFFSET_UNITS, 'utf16');
    const [file] = positionals;
    const fail = (message: string) => {
      io.stderr.write(`marginalia eval-import: ${file}: ${message}\n`);
      return EXIT.badInput;
    };
    let content: string;
    try {
      content = await readFile(file, 'utf8');
    } catch (error) {
      return fail(`cannot read it (${(error as NodeJS.ErrnoException).code ?? String(error)}); check the path.`);
    }
    let result;
    try {
      if (from === 'labelstudio') {
        let json: unknown;
        try {
          json = JSON.parse(content);
        } catch (error) {
          return fail(`is not JSON (${(error as Error).message.split('\n')[0]}); export the Label Studio project as JSON.`);
        }
        result = goldFromLabelStudio(json);
      } else {
        result = goldFromDoccano(content, offsets);
      }
    } catch (error) {
      if (isExportError(error)) return fail(error.message);
      throw error;
    }
    if (result.documents.length === 0) return fail(`holds no annotated article${result.skipped ? ` (${result.skipped} without annotations)` : ''}: annotate some in the tool, then export again.`);
    const gold = result.documents.map((d) => `${JSON.stringify(d)}\n`).join('');
    const out = values.out as string | undefined;
    if (out) {
      try {
        await writeFile(out, gold, 'utf8');
      } catch (error) {
        io.stderr.write(`marginalia eval-import: cannot write ${out} (${(error as NodeJS.ErrnoException).code ?? String(error)}); check that its folder exists and is writable.\n`);
        return EXIT.badInput;
      }
    } else io.stdout.write(gold);
    const entities = result.documents.reduce((n, d) => n + d.entities.length, 0);
    const attributions = result.documents.reduce((n, d) => n + (d.attributions?.length ?? 0), 0);
    io.stderr.write(
      `marginalia eval-import: ${result.documents.length} article${result.documents.length === 1 ? '' : 's'}, ${entities} entities, ${attributions} attributions${result.skipped ? `; ${result.skipped} without annotations skipped` : ''}${out ? `; wrote ${out}` : ''}.\n`,
    );
    return EXIT.ok;
  },
};
