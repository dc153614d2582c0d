/**
 * The core runs in a browser unchanged: @marginalia/core is bundled from source for
 * the browser with esbuild, loaded into headless Chromium from a page served on
 * 127.0.0.1 that also serves @marginalia/model-en's files; the page loads the models by
 * `fetch` and its analysis of the sample must equal Node's, field for field.
 *
 * Skips (with a message) only when /usr/bin/chromium is missing outside CI; in CI
 * (CI=true) a missing Chromium fails the test, since .ci/run installs it.
 */
import { existsSync, readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { modelDirectory } from '@marginalia/model-en/node';
import { analyze } from '../models.js';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { SAMPLE } from '../fixtures.js';

const CHROMIUM = '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
const inCI = process.env.CI === 'true';
const ENTRY = fileURLToPath(new URL('../../src/index.ts', import.meta.url));

if (!haveChromium && !inCI) {
  console.warn(`core-in-browser: skipped, ${CHROMIUM} is missing (install it with \`apt-get install -y chromium\`; in CI it is required).`);
}

describe.skipIf(!haveChromium && !inCI)('@marginalia/core in headless Chromium', () => {
  let server: Server | undefined;
  let browser: Browser | undefined;
  let profile = '';
  let base = '';
  let bundle = '';

  beforeAll(async () => {
    if (!haveChromium) throw new Error(`CI=true but ${CHROMIUM} is missing: .ci/run installs Debian's chromium package; install it with \`apt-get install -y chromium\`.`);
    const result = await build({
      entryPoints: [ENTRY],
      bundle: true,
      write: false,
      platform: 'browser',
      format: 'iife',
      globalName: 'MarginaliaCore',
      target: 'es2022',
      logLevel: 'silent',
    });
    bundle = result.outputFiles[0].text;
    server = createServer((req, res) => {
      if (req.url === '/core.js') {
        res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
        res.end(bundle);
      } else if (req.url?.startsWith('/models/') && /^[\w.-]+$/.test(req.url.slice(8)) && existsSync(join(modelDirectory, req.url.slice(8)))) {
        res.writeHead(200, { 'content-type': req.url.endsWith('.json') ? 'application/json' : 'application/octet-stream' });
        res.end(readFileSync(join(modelDirectory, req.url.slice(8))));
      } else if (req.url === '/') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end('<!doctype html><html><head><meta charset="utf-8"><script src="/core.js"></script></head><body>core</body></html>');
      } else {
        res.writeHead(404);
        res.end();
      }
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    profile = mkdtempSync(join(tmpdir(), 'marginalia-chromium-'));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--headless', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--user-data-dir=${profile}`].filter(
        // Playwright sets its own profile directory for launch(); it refuses a second one.
        (arg) => !arg.startsWith('--user-data-dir'),
      ),
      timeout: 60_000,
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    if (server) await new Promise((resolve) => server!.close(resolve));
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('bundles without Node built-ins', () => {
    expect(bundle.length).toBeGreaterThan(1000);
    expect(bundle).not.toMatch(/require\(["']node:|from ["']node:/);
  });

  it('analyses the sample in the browser as in Node (equal, fractions to 1e-12)', async () => {
    const page = await browser!.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${base}/`);
    const { json: inBrowser, ms } = await page.evaluate(async (text) => {
      type Analyzer = { analyze(t: string, o?: unknown): Promise<unknown> };
      const core = (globalThis as unknown as { MarginaliaCore: { createAnalyzer(o: unknown): Analyzer; fetchModelSource(base: string): unknown } }).MarginaliaCore;
      const t0 = performance.now();
      const analyzer = core.createAnalyzer({ models: core.fetchModelSource(`${location.origin}/models/`) });
      const json = JSON.stringify(await analyzer.analyze(text, { meta: { title: 'Sample' } }));
      return { json, ms: performance.now() - t0 };
    }, SAMPLE);
    // The time is reported, never asserted (machines differ): models fetched and checked, then the first analysis.
    console.log(`core-in-browser: models by fetch + first analysis of the sample: ${Math.round(ms)} ms`);
    const inNode = await analyze(SAMPLE, { meta: { title: 'Sample' } });
    expect(errors).toEqual([]);
    const fromBrowser = JSON.parse(inBrowser);
    expect(fromBrowser.text).toBe(SAMPLE);
    expect(fromBrowser.pipeline).toEqual(inNode.pipeline);
    const expected = JSON.parse(JSON.stringify(inNode));
    expect(differences(fromBrowser, expected)).toEqual([]);
    await page.close();
  }, 120_000);
});

/**
 * Where two analyses differ. Texts, ids, labels and integer offsets must be equal;
 * fractional scores may differ in the last bits, since Chromium's and Node's V8 need
 * not round Math.exp and Math.log alike (seen: 0.40584581735969927 vs ...992).
 */
function differences(got: unknown, want: unknown, path = 'article', out: string[] = []): string[] {
  if (out.length >= 20) return out;
  if (typeof want === 'number' && typeof got === 'number' && !(Number.isInteger(want) && Number.isInteger(got))) {
    if (Math.abs(got - want) > 1e-12 * Math.max(1, Math.abs(want))) out.push(`${path}: ${got} in the browser, ${want} in Node`);
  } else if (Array.isArray(want) && Array.isArray(got)) {
    if (got.length !== want.length) out.push(`${path}: ${got.length} items in the browser, ${want.length} in Node`);
    else want.forEach((w, i) => differences(got[i], w, `${path}[${i}]`, out));
  } else if (want && got && typeof want === 'object' && typeof got === 'object') {
    const keys = new Set([...Object.keys(want), ...Object.keys(got)]);
    for (const k of keys) differences((got as Record<string, unknown>)[k], (want as Record<string, unknown>)[k], `${path}.${k}`, out);
  } else if (got !== want) {
    out.push(`${path}: ${JSON.stringify(got)} in the browser, ${JSON.stringify(want)} in Node`);
  }
  return out;
}

// Keep the fixture import honest: the sample must be the bundled one, not empty.
it('has the sample to analyse', () => {
  expect(readFileSync(fileURLToPath(new URL('../../../../apps/marginalia/samples/kremlin-signal.txt', import.meta.url)), 'utf8')).toBe(SAMPLE);
});
