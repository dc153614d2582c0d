/// <reference types="node" />
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { hostileArticle, sampleReview } from '../fixture-article.js';
import { renderBrat, renderBratConfig } from '../index.js';
import { describeWithValidators } from './locate.js';
import { mixedArticle } from './sample-articles.js';

/** brat's own verifier (shared/validators/brat, run by python3) on an exported collection. */
const python = spawnSync('python3', ['--version'], { encoding: 'utf8' });
const hasPython = !python.error && python.status === 0;
if (!hasPython && process.env.CI !== 'true') console.warn("skipping brat's verifier: python3 is not installed (CI installs it: .ci/run).");

describeWithValidators('brat: the collection passes brat verify_annotations', (dir) => {
  if (!hasPython && process.env.CI !== 'true') return;
  const folder = mkdtempSync(join(tmpdir(), 'marginalia-brat-'));
  const verify = (target: string) => spawnSync('python3', [resolve(dir, 'brat/run-verify.py'), target], { encoding: 'utf8' });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  beforeAll(async () => {
    const hostile = hostileArticle();
    const { article, review } = await mixedArticle();
    const docs = [{ name: 'hostile', ...renderBrat(hostile, sampleReview(hostile)) }, { name: 'mixed', ...renderBrat(article, review) }];
    mkdirSync(join(folder, 'good'));
    for (const d of docs) {
      writeFileSync(join(folder, 'good', `${d.name}.txt`), d.txt);
      writeFileSync(join(folder, 'good', `${d.name}.ann`), d.ann);
    }
    const conf = renderBratConfig(docs.map((d) => d.ann));
    writeFileSync(join(folder, 'good', 'annotation.conf'), conf.annotationConf);
    writeFileSync(join(folder, 'good', 'visual.conf'), conf.visualConf);
    // The same, with UTF-16 offsets instead of code points on the mixed article: must fail.
    mkdirSync(join(folder, 'utf16'));
    writeFileSync(join(folder, 'utf16', 'annotation.conf'), conf.annotationConf);
    writeFileSync(join(folder, 'utf16', 'mixed.txt'), docs[1].txt);
    const mention = article.entities.flatMap((e) => e.mentions).find((m) => Array.from(article.text.slice(0, m.start)).length !== m.start)!;
    writeFileSync(join(folder, 'utf16', 'mixed.ann'), `T1\tPERSON ${mention.start} ${mention.end}\t${mention.text}\n`);
  }, 60_000); // analyses a whole article (loads the models): explicit, not the 10 s default

  it('reports no finding on a collection of two articles (emoji, CJK, CRLF, verdicts, relations)', () => {
    const run = verify(join(folder, 'good'));
    expect(run.error, 'python3 must be installed').toBeUndefined();
    expect(run.stdout + run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('fails offsets counted in UTF-16 after an emoji (so the check can fail)', () => {
    const run = verify(join(folder, 'utf16'));
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/AnnotationError/);
  });
});
