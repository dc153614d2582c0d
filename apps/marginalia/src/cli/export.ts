import { writeFile } from 'node:fs/promises';
import { analyze, filterByConfidence, type Review } from '@marginalia/core';
import { EXPORT_FORMATS, exportArticle, type ExportFormat } from '@marginalia/export';
import { isInputError, loadArticle } from '@marginalia/ingest';
import { oneOf, parseCommandArgs, parseMinConfidence, parseSize } from './args.js';
import { EXIT, UsageError, type CliIO, type Command } from './command.js';
import { readReview } from '../reader/sidecar.js';

export const exportCommand: Command = {
  name: 'export',
  summary: 'export an analysis (with verdicts) to ClaimReview, Web Annotation, brat, CoNLL, Markdown or HTML',
  help: `usage: marginalia export FILE|URL|- --to FORMAT [--out PATH] [--title TITLE] [--reviewer NAME] [--review-url URL] [--min-confidence X] [--max-size SIZE]

Analyses one article and writes it in an exchange format, with the verdicts
recorded in the reader (FILE.marginalia.json) where there are any.
FILE is a text, Markdown or HTML file; URL an http(s) page; - standard input.

formats (--to):
  markdown       a readable report: highlighted article, legend, entities, claims with verdicts, sourcing, tone
  html           the same report as one self-contained HTML file (no scripts, no network), printable
  json           the analysis (marginalia/analysis@2) with each claim's verdict, note and evidence
  claimreview    schema.org ClaimReview JSON-LD, one per claim with a verdict
  webannotation  W3C Web Annotation JSON-LD, one annotation per span (quote and position selectors)
  brat           brat standoff: writes PATH.txt and PATH.ann (needs --out PATH)
  conll          tokens with IOB2 entity tags

options:
  --to FORMAT      one of the formats above (required)
  --out PATH       write to PATH instead of standard output
  --title TITLE    the article's title (meta.title)
  --reviewer NAME  who reviewed the claims (ClaimReview author; default "Marginalia reviewer")
  --review-url URL where the review is published (ClaimReview url: URL#claim-N; default the
                   verdict's evidence URL, else the article's URL with a text fragment)
  --min-confidence X  leave out findings (mentions, attributions, claims, hedges, techniques)
                   whose confidence is below X, a number from 0 to 1 (default: keep all)
  --max-size SIZE  refuse inputs larger than SIZE (default 10mb)
  -h, --help       show this help

exit codes: 0 done, 1 bad input or an output that cannot be written, 2 bad usage`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs('export', argv, {
      to: { type: 'string', short: 't' },
      out: { type: 'string', short: 'o' },
      title: { type: 'string' },
      reviewer: { type: 'string' },
      'review-url': { type: 'string' },
      'max-size': { type: 'string' },
      'min-confidence': { type: 'string' },
    });
    if (values.help) {
      io.stdout.write(`${this.help}\n`);
      return EXIT.ok;
    }
    if (positionals.length !== 1) {
      throw new UsageError(`marginalia export: expected one FILE, URL or - (standard input), got ${positionals.length === 0 ? 'none' : positionals.join(' ')}.`);
    }
    if (values.to === undefined) throw new UsageError(`marginalia export: --to FORMAT is required, one of ${EXPORT_FORMATS.join(', ')}.`);
    const format = oneOf('export', 'to', values.to as string, EXPORT_FORMATS, 'json');
    const out = values.out as string | undefined;
    if (format === 'brat' && !out) {
      throw new UsageError('marginalia export: brat writes two files; give --out PATH to write PATH.txt and PATH.ann.');
    }
    const maxBytes = parseSize('export', values['max-size'] as string | undefined);
    const minConfidence = parseMinConfidence('export', values['min-confidence'] as string | undefined);
    const reviewUrl = values['review-url'] as string | undefined;
    if (reviewUrl !== undefined && !/^https?:\/\/\S+$/i.test(reviewUrl)) {
      throw new UsageError(`marginalia export: --review-url takes an http(s) URL such as https://example.org/review; got "${reviewUrl}".`);
    }
    return exportToFiles(positionals[0], { format, out, title: values.title as string | undefined, reviewer: values.reviewer as string | undefined, reviewUrl, maxBytes, minConfidence }, io);
  },
};

interface ExportOptions {
  format: ExportFormat;
  out?: string;
  title?: string;
  reviewer?: string;
  reviewUrl?: string;
  maxBytes?: number;
  minConfidence?: number;
}

async function exportToFiles(input: string, options: ExportOptions, io: CliIO): Promise<number> {
  let loaded;
  try {
    loaded = await loadArticle(input, { maxBytes: options.maxBytes });
  } catch (error) {
    if (isInputError(error)) {
      io.stderr.write(`marginalia export: ${error.message}\n`);
      return EXIT.badInput;
    }
    throw error;
  }
  const analysed = await analyze(loaded.text, { meta: { ...loaded.meta, title: options.title ?? loaded.meta.title } });
  const article = options.minConfidence === undefined ? analysed : filterByConfidence(analysed, options.minConfidence);
  const review = await reviewFor(input, io, analysed.text);
  const { files } = exportArticle(options.format, article, review, { reviewer: options.reviewer, reviewUrl: options.reviewUrl });
  if (!options.out) {
    io.stdout.write(files.map((f) => f.content).join(''));
    return EXIT.ok;
  }
  // brat's pair is named PATH.txt and PATH.ann; other formats are written to PATH as given.
  const targets = options.format === 'brat' ? files.map((f) => ({ path: `${options.out!.replace(/\.(txt|ann)$/i, '')}${f.suffix}`, content: f.content })) : [{ path: options.out, content: files[0].content }];
  for (const target of targets) {
    try {
      await writeFile(target.path, target.content, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      io.stderr.write(`marginalia export: cannot write ${target.path} (${code}); check that its folder exists and is writable.\n`);
      return EXIT.badInput;
    }
  }
  io.stderr.write(`marginalia export: wrote ${targets.map((t) => t.path).join(' and ')}${review ? ` with ${review.verdicts.length} verdict${review.verdicts.length === 1 ? '' : 's'}` : ''}.\n`);
  return EXIT.ok;
}

/** The verdicts recorded beside a file input, or in the state folder for a URL; standard input has no sidecar. */
async function reviewFor(input: string, io: CliIO, text: string): Promise<Review | null> {
  if (input === '-') return null;
  const { review, problem } = await readReview(input, /^https?:\/\//i.test(input) ? text : undefined);
  if (problem) io.stderr.write(`marginalia export: ${problem}; exporting without verdicts.\n`);
  return review;
}
