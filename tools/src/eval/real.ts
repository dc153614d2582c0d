/**
 * `npm run eval -- real --data <path> [--errors LAYER|all] [--article D05] [--self-check] [--min-confidence X]`:
 * the 24 real web articles of shared/data/real-articles, scored by the rules of that folder's README.
 * One line a figure, the README's summary line last. `--errors entities|attributions|boilerplate|techniques|all`
 * lists the errors one by one; `--self-check` scores the README's reference analyses instead of the tool.
 */
import { join } from 'node:path';
import { filterByConfidence } from '../../../packages/core/src/index.js';
import { analyzeSync } from '../lib/analyzer.js';
import { dataDir, fail, type ToolArgs } from '../lib/cli.js';
import { allBoilerplate, goldAnalysis } from '../lib/real-gold-analysis.js';
import { readRealArticles, type RealArticle } from '../lib/real-gold.js';
import { emptyTotals, realFigures, scoreReal, summaryLine, type ErrorLine, type RealTotals, type ScoredAnalysis } from '../lib/real-score.js';

export const summary = 'real web articles: entities, attributions (wrong speakers), boilerplate, technique marks, tone AUC';

const LAYERS = ['entities', 'attributions', 'boilerplate', 'techniques'];

function scoreAll(articles: RealArticle[], analyse: (a: RealArticle) => ScoredAnalysis): { totals: RealTotals; errors: ErrorLine[] } {
  const totals = emptyTotals();
  const errors: ErrorLine[] = [];
  for (const article of articles) errors.push(...scoreReal(article, analyse(article), totals));
  return { totals, errors };
}

function selfCheck(articles: RealArticle[]): void {
  const lines: string[] = [];
  const check = (label: string, ok: boolean, value: string) => {
    lines.push(`self-check ${ok ? 'ok  ' : 'FAIL'} ${label}: ${value}`);
    return ok;
  };
  const empty = realFigures(scoreAll(articles, () => ({ paragraphs: [], entities: [], attributions: [], techniques: [] })).totals);
  const gold = realFigures(scoreAll(articles, (a) => goldAnalysis(a)).totals);
  const rotated = realFigures(scoreAll(articles, (a) => goldAnalysis(a, true)).totals);
  const chrome = scoreAll(articles, allBoilerplate).totals;
  let ok = true;
  ok = check('empty analysis scores 0', empty.entityF1 === 0 && empty.attributionF1 === 0 && empty.boilerplateRecall === 0 && empty.deviceRecall === 0, summaryLine(empty)) && ok;
  ok =
    check(
      'gold analysis scores 1',
      gold.entityF1 === 1 && gold.attributionF1 === 1 && gold.boilerplateRecall === 1 && gold.deviceRecall === 1 && gold.wrongSpeaker === 0 && gold.neutralMarksPerK === 0 && gold.falseBoilerplate === 0,
      `${summaryLine(gold)} false_boilerplate=${gold.falseBoilerplate}`,
    ) && ok;
  ok = check('rotated speakers', rotated.wrongSpeaker >= 0.8 && rotated.attributionF1 <= 0.3, summaryLine(rotated)) && ok;
  ok = check('all boilerplate', realFigures(chrome).boilerplateRecall === 1 && chrome.boilerplate.falseParagraphs >= 100, `false boilerplate paragraphs ${chrome.boilerplate.falseParagraphs}`) && ok;
  process.stdout.write(`${lines.join('\n')}\nsummary: self-check ${ok ? 'passed' : 'FAILED'}\n`);
  if (!ok) process.exitCode = 1;
}

export async function run(args: ToolArgs): Promise<void> {
  const folder = join(dataDir(args, 'real-articles/gold.json'), 'real-articles');
  let articles = readRealArticles(folder);
  const only = args.options.get('article');
  if (typeof only === 'string') {
    articles = articles.filter((a) => a.file.startsWith(only));
    if (articles.length === 0) fail(`eval real: no article starts with "${only}".`);
  }
  if (args.options.has('self-check')) return selfCheck(articles);
  const minConfidence = Number(args.options.get('min-confidence') ?? 0);
  if (!(minConfidence >= 0 && minConfidence <= 1)) fail(`eval real: --min-confidence takes a number from 0 to 1, got ${String(args.options.get('min-confidence'))}.`);
  const showErrors = args.options.get('errors');
  if (showErrors !== undefined && showErrors !== 'all' && !LAYERS.includes(String(showErrors))) {
    fail(`eval real: --errors takes ${LAYERS.join(', ')} or all, got ${String(showErrors)}.`);
  }

  let chars = 0;
  let ms = 0;
  const { totals, errors } = scoreAll(articles, (a) => {
    const t0 = performance.now();
    const analysed = analyzeSync(a.text);
    ms += performance.now() - t0;
    chars += a.text.length;
    return minConfidence > 0 ? filterByConfidence(analysed, minConfidence) : analysed;
  });

  if (showErrors !== undefined) {
    for (const e of errors) if (showErrors === 'all' || e.layer === showErrors) process.stdout.write(`${e.file.slice(0, 3)} ${e.layer} ${e.kind.padEnd(16)} ${e.detail}\n`);
  }
  const f = realFigures(totals);
  const x = (v: number) => v.toFixed(3);
  const a = totals.attributions;
  const out = [
    `articles: ${articles.length}, ${chars.toLocaleString('en-US')} characters, ${Math.round(chars / (ms / 1000)).toLocaleString('en-US')} chars/s`,
    `entities: P ${x(f.entityPrecision)} R ${x(f.entityRecall)} F1 ${x(f.entityF1)} (found ${totals.entities.found}/${totals.entities.gold}; predicted right ${totals.entities.right}, wrong ${totals.entities.wrong} of which type errors ${totals.entities.typeErrors}, ignored ${totals.entities.ignored}) target F1 >= 0.88`,
    `attributions: P ${x(f.attributionPrecision)} R ${x(f.attributionRecall)} F1 ${x(f.attributionF1)} target P >= 0.85, R >= 0.75`,
    `attributions recall: right ${a.right}, wrong speaker ${a.wrongSpeaker}, missed direct ${a.missedDirect}, missed reported ${a.missedReported} of ${a.required}`,
    `attributions precision: ${a.predicted} predicted: right ${a.precRight}, ignored (optional) ${a.precIgnored}, wrong speaker ${a.precWrongSpeaker}, false alarms ${a.falseAlarms}, other ${a.other}`,
    `wrong speaker rate: ${x(f.wrongSpeaker)} (${a.namedWrong} of ${a.namedHits} named sources; ${a.unnamedHits} hits without a usable source) target <= 0.02`,
    `boilerplate: recall ${x(f.boilerplateRecall)} (strict ${x(f.boilerplateRecallStrict)}) of ${totals.boilerplate.entries}, false boilerplate paragraphs ${f.falseBoilerplate} target recall >= 0.90, 0 false`,
    `techniques: ${totals.techniques.neutralMarks} marks on wire+feature (${totals.techniques.neutralChars.toLocaleString('en-US')} chars) = ${x(f.neutralMarksPerK)} per 1,000 target <= 0.5; device recall ${x(f.deviceRecall)} (any label ${x(f.deviceRecallAnyLabel)}) of ${totals.techniques.devices} target >= 0.60`,
    `tone: sensationalism AUC propaganda vs wire+feature ${x(f.toneAuc)}, propaganda+opinion vs wire+feature ${x(f.toneAucWithOpinion)}`,
    summaryLine(f),
  ];
  process.stdout.write(`${out.join('\n')}\n`);
}
