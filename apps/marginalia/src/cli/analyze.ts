import { isInputError, loadArticle } from '@marginalia/ingest';
import type { OffsetUnit } from '@marginalia/export';
import { oneOf, parseCommandArgs, parseMinConfidence, parseSize } from './args.js';
import { EXIT, UsageError, type CliIO, type Command } from './command.js';
import { renderTextReport } from '../render/text-report.js';

const FORMATS = ['json', 'text', 'markdown'] as const;

export const analyzeCommand: Command = {
  name: 'analyze',
  summary: 'analyse one article and print the result (json, text or markdown)',
  help: `usage: marginalia analyze FILE|- [--format json|text|markdown] [--offsets utf16|codepoint] [--min-confidence X] [--title TITLE] [--max-size SIZE]

Analyses one article and prints the analysis on standard output.
FILE is a text file, or - to read the article from standard input.

options:
  --format FMT     json (the marginalia/analysis@2 contract), text (default on a terminal: a readable report) or markdown
  --min-confidence X  leave out findings (mentions, attributions, claims, hedges, techniques)
                   whose confidence is below X, a number from 0 to 1 (default: keep all)
  --pretty         indent the JSON
  --offsets UNIT   JSON span offsets in utf16 code units (default; JavaScript string indices) or
                   codepoint (Unicode code points: Python str indices, spaCy, brat, Label Studio)
  --title TITLE    the article's title (meta.title)
  --max-size SIZE  refuse inputs larger than SIZE (default 10mb)
  -h, --help       show this help

exit codes: 0 done, 1 bad input (missing, empty, binary, not UTF-8, too large), 2 bad usage`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs('analyze', argv, {
      format: { type: 'string', short: 'f' },
      pretty: { type: 'boolean' },
      title: { type: 'string' },
      'max-size': { type: 'string' },
      'min-confidence': { type: 'string' },
      offsets: { type: 'string' },
    });
    if (values.help) {
      io.stdout.write(`${this.help}\n`);
      return EXIT.ok;
    }
    if (positionals.length !== 1) {
      throw new UsageError(`marginalia analyze: expected one FILE (or - for standard input), got ${positionals.length === 0 ? 'none' : positionals.join(' ')}.`);
    }
    const format = oneOf('analyze', 'format', values.format as string | undefined, FORMATS, io.stdout.isTTY ? 'text' : 'json');
    const maxBytes = parseSize('analyze', values['max-size'] as string | undefined);
    const minConfidence = parseMinConfidence('analyze', values['min-confidence'] as string | undefined);
    // Core and the exporters load once the arguments are good (`--help` and usage errors need neither).
    const { OFFSET_UNITS } = await import('@marginalia/export');
    const offsets = oneOf('analyze', 'offsets', values.offsets as string | undefined, OFFSET_UNITS, 'utf16');
    return analyzeToStream(positionals[0], { format, pretty: Boolean(values.pretty), title: values.title as string | undefined, maxBytes, minConfidence, offsets }, io);
  },
};

async function analyzeToStream(
  input: string,
  options: { format: (typeof FORMATS)[number]; pretty: boolean; title?: string; maxBytes?: number; minConfidence?: number; offsets: OffsetUnit },
  io: CliIO,
): Promise<number> {
  let loaded;
  try {
    loaded = await loadArticle(input, { maxBytes: options.maxBytes });
  } catch (error) {
    if (isInputError(error)) {
      io.stderr.write(`marginalia analyze: ${error.message}\n`);
      return EXIT.badInput;
    }
    throw error;
  }
  const [{ filterByConfidence }, { articleWithOffsets, renderMarkdownReport }, { analyseWithProgress }] = await Promise.all([
    import('@marginalia/core'),
    import('@marginalia/export'),
    import('../analysis/off-thread.js'),
  ]);
  // Progress on standard error for long work (a line updated in place on a terminal).
  const analysed = await analyseWithProgress(loaded.text, { ...loaded.meta, title: options.title ?? loaded.meta.title }, io.stderr as never, 'marginalia analyze', input);
  const article = options.minConfidence === undefined ? analysed : filterByConfidence(analysed, options.minConfidence);
  if (options.format === 'json') {
    const json = options.offsets === 'codepoint' ? articleWithOffsets(article, 'codepoint') : article;
    io.stdout.write(`${JSON.stringify(json, null, options.pretty ? 2 : undefined)}\n`);
  } else if (options.format === 'markdown') {
    io.stdout.write(renderMarkdownReport(article));
  } else {
    io.stdout.write(renderTextReport(article, { width: io.stdout.columns ?? 100 }));
  }
  return EXIT.ok;
}
