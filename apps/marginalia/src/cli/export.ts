import { oneOf, parseCommandArgs, parseMinConfidence, parseSize } from './args.js';
import { EXIT, UsageError, type Command } from './command.js';

export const exportCommand: Command = {
  name: 'export',
  summary: 'export analyses (with verdicts) to ClaimReview, Web Annotation, brat, CoNLL, doccano, Label Studio, Markdown or HTML',
  help: `usage: marginalia export INPUT… --to FORMAT [--out PATH] [--review-url URL --publisher NAME [--publisher-url URL]]
                         [--offsets utf16|codepoint] [--labels marginalia|conll|spacy] [--title TITLE] [--min-confidence X] [--max-size SIZE]

Analyses articles and writes them in an exchange format, with the verdicts
recorded in the reader (FILE.marginalia.json) where there are any.
INPUT is a text, Markdown or HTML file, an http(s) URL or - (standard input) for one
article; several files, a folder (recursively) or a JSONL corpus ({"id", "text", ...}
per line) as \`marginalia batch\` reads them. For a corpus, doccano, labelstudio and conll
go into one file (or standard output), brat into the --out folder as one collection, and
the other formats one file per article into the --out folder.

formats (--to):
  markdown       a readable report: highlighted article, legend, entities, claims with verdicts, sourcing, tone
  html           the same report as one self-contained HTML file (no scripts, no network), printable
  json           the analysis (marginalia/analysis@2) with each claim's verdict, note and evidence
  claimreview    schema.org ClaimReview JSON-LD (Google fact-check markup), one per claim with a
                 verdict; needs --review-url; claims without a verdict are left out (and counted)
  claimreview-page  a ClaimReviewMarkupPage for Google's Fact Check Tools API (same options)
  webannotation  W3C Web Annotation JSON-LD, one annotation per span (quote selector, then
                 position selector in code points of the extracted text)
  brat           brat standoff: PATH.txt, PATH.ann, and annotation.conf and visual.conf beside
                 them (needs --out PATH; a folder for a corpus); offsets in code points
  conll          tokens with IOB2 entity tags, after -DOCSTART- -X- O O (see --labels)
  doccano        doccano JSONL ({"text", "label": [[start, end, LABEL]]}); --offsets unit (UTF-16
                 is what a default doccano project counts)
  labelstudio    Label Studio tasks with predictions (entities, attributions with relations, claims;
                 per-span score), offsets in code points
  labelstudio-config  the Label Studio labelling config the tasks match

options:
  --to FORMAT      one of the formats above (required)
  --out PATH       write to PATH instead of standard output
  --title TITLE    the article's title (meta.title)
  --review-url URL the fact-check page on your site (ClaimReview url: URL#claim-N); required
                   for claimreview and claimreview-page
  --publisher NAME the fact-checking organisation (ClaimReview author); --reviewer is an alias
  --publisher-url URL  its home page
  --offsets UNIT   utf16 (default: JavaScript string indices) or codepoint (Python str indices)
                   for json and doccano; brat, webannotation and labelstudio always count code points
  --labels SCHEME  entity labels for conll, doccano and labelstudio: marginalia (default),
                   conll (PER, ORG, LOC, MISC) or spacy (PERSON, ORG, GPE, NORP, DATE, EVENT)
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
      publisher: { type: 'string' },
      'publisher-url': { type: 'string' },
      offsets: { type: 'string' },
      labels: { type: 'string' },
      'review-url': { type: 'string' },
      'max-size': { type: 'string' },
      'min-confidence': { type: 'string' },
    });
    if (values.help) {
      io.stdout.write(`${this.help}\n`);
      return EXIT.ok;
    }
    // The exporters (and core with them) load only when there is something to export.
    const [{ EXPORT_FORMATS, LABEL_SCHEMES, OFFSET_UNITS }, { runExport }] = await Promise.all([import('@marginalia/export'), import('./export-run.js')]);
    if (positionals.length === 0) {
      throw new UsageError('marginalia export: expected a FILE, URL, folder, JSONL corpus or - (standard input), got none.');
    }
    if (values.to === undefined) throw new UsageError(`marginalia export: --to FORMAT is required, one of ${EXPORT_FORMATS.join(', ')}.`);
    const format = oneOf('export', 'to', values.to as string, EXPORT_FORMATS, 'json');
    const out = values.out as string | undefined;
    if (format === 'brat' && !out) {
      throw new UsageError('marginalia export: brat writes several files; give --out PATH to write PATH.txt, PATH.ann and annotation.conf and visual.conf beside them.');
    }
    const maxBytes = parseSize('export', values['max-size'] as string | undefined);
    const minConfidence = parseMinConfidence('export', values['min-confidence'] as string | undefined);
    const reviewUrl = values['review-url'] as string | undefined;
    if (reviewUrl !== undefined && !/^https?:\/\/\S+$/i.test(reviewUrl)) {
      throw new UsageError(`marginalia export: --review-url takes an http(s) URL such as https://example.org/review; got "${reviewUrl}".`);
    }
    if ((format === 'claimreview' || format === 'claimreview-page') && reviewUrl === undefined) {
      throw new UsageError(`marginalia export: ${format} needs the fact-check page on your own site as each review's url (Google requires it): give --review-url URL (a base URL gets #claim-N per claim).`);
    }
    const publisherUrl = values['publisher-url'] as string | undefined;
    if (publisherUrl !== undefined && !/^https?:\/\/\S+$/i.test(publisherUrl)) {
      throw new UsageError(`marginalia export: --publisher-url takes an http(s) URL such as https://desk.example/; got "${publisherUrl}".`);
    }
    const formatOptions = {
      reviewUrl,
      publisher: (values.publisher ?? values.reviewer) as string | undefined,
      publisherUrl,
      offsets: oneOf('export', 'offsets', values.offsets as string | undefined, OFFSET_UNITS, 'utf16'),
      labels: oneOf('export', 'labels', values.labels as string | undefined, LABEL_SCHEMES, 'marginalia'),
    };
    return runExport(positionals, { format, out, title: values.title as string | undefined, maxBytes, minConfidence, formatOptions }, io);
  },
};
