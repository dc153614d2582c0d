/**
 * `npm run bench -- browser [--runs N]`: @marginalia/core in headless Chromium (Debian's /usr/bin/chromium,
 * driven by playwright-core). A bench page served on 127.0.0.1 bundles core for the browser (esbuild), fetches
 * @marginalia/model-en's files by `fetch` (checksums checked), and analyses the bundled sample: the time to load
 * the models, the first analysis, and the median of N warm analyses, with the bundle's and the models' sizes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { modelDirectory } from '@marginalia/model-en/node';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { fail, type ToolArgs } from '../lib/cli.js';

export const summary = 'core in headless Chromium: models by fetch, first analysis and warm analyses of the sample';

const CHROMIUM = '/usr/bin/chromium';
const CORE_ENTRY = fileURLToPath(new URL('../../../packages/core/src/index.ts', import.meta.url));
const SAMPLE = fileURLToPath(new URL('../../../apps/marginalia/samples/kremlin-signal.txt', import.meta.url));

/** The bench page: it measures in the browser and leaves its figures on `window.benchResult`. */
function page(runs: number): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>Marginalia bench</title></head><body>
<script type="module">
try {
  const { createAnalyzer, fetchModelSource } = await import('/core.js');
  const text = await (await fetch('/sample.txt')).text();
  const t0 = performance.now();
  const analyzer = createAnalyzer({ models: fetchModelSource(new URL('/models/', location.href).href) });
  await analyzer.load();
  const t1 = performance.now();
  const first = await analyzer.analyze(text);
  const t2 = performance.now();
  const warm = [];
  for (let i = 0; i < ${runs}; i++) { const s = performance.now(); analyzer.analyzeSync(text); warm.push(performance.now() - s); }
  warm.sort((a, b) => a - b);
  const model = first.meta && first.meta.model ? first.meta.model.name + '@' + first.meta.model.version : 'unknown';
  window.benchResult = { loadMs: t1 - t0, firstMs: t2 - t1, warmMs: warm[warm.length >> 1], chars: text.length, model };
} catch (error) {
  window.benchResult = { error: String(error && error.stack || error) };
}
</script></body></html>`;
}

export async function run(args: ToolArgs): Promise<void> {
  if (!existsSync(CHROMIUM)) fail(`bench browser: ${CHROMIUM} is missing: install Debian's chromium package (\`apt-get install -y chromium\`), then run this again.`);
  const runs = Number(args.options.get('runs') ?? 20);
  const bundle = (await build({ entryPoints: [CORE_ENTRY], bundle: true, write: false, format: 'esm', platform: 'browser', target: 'es2022', minify: true, logLevel: 'silent' })).outputFiles[0].contents;
  const sample = readFileSync(SAMPLE);
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    const file = url.startsWith('/models/') ? url.slice('/models/'.length) : '';
    if (url === '/') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(runs));
    else if (url === '/core.js') res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(bundle);
    else if (url === '/sample.txt') res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(sample);
    else if (/^[\w.-]+$/.test(file) && existsSync(join(modelDirectory, file))) res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(readFileSync(join(modelDirectory, file)));
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'], timeout: 60_000 });
  try {
    const tab = await browser.newPage();
    const errors: string[] = [];
    tab.on('pageerror', (e) => errors.push(e.message));
    await tab.goto(`${origin}/`);
    await tab.waitForFunction(() => (globalThis as unknown as { benchResult?: unknown }).benchResult !== undefined, undefined, { timeout: 120_000 });
    if (errors.length) fail(`bench browser: the page failed: ${errors.join('; ')}`);
    const r = (await tab.evaluate(() => (globalThis as unknown as { benchResult: unknown }).benchResult)) as { loadMs: number; firstMs: number; warmMs: number; chars: number; model: string; error?: string };
    if (r.error) fail(`bench browser: the page's analysis failed: ${r.error.split('\n')[0]}`);
    const version = browser.version();
    process.stdout.write(`browser: Chromium ${version}, headless; core bundle ${(bundle.length / 1024).toFixed(0)} KB minified\n`);
    process.stdout.write(`models: ${r.model}\n`);
    process.stdout.write(`models by fetch (manifest, files, sha256 checks, decoding): ${r.loadMs.toFixed(0)} ms\n`);
    process.stdout.write(`first analysis of the sample (${r.chars.toLocaleString('en-US')} chars): ${r.firstMs.toFixed(0)} ms\n`);
    process.stdout.write(`warm analysis of the sample, median of ${runs}: ${r.warmMs.toFixed(1)} ms (${Math.round(r.chars / (r.warmMs / 1000)).toLocaleString('en-US')} chars/s)\n`);
    process.stdout.write(`summary: Chromium loads the models by fetch in ${r.loadMs.toFixed(0)} ms and analyses the sample in ${r.firstMs.toFixed(0)} ms (warm ${r.warmMs.toFixed(1)} ms)\n`);
  } finally {
    await browser.close();
    server.close();
  }
}
