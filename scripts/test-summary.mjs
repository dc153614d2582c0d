#!/usr/bin/env node
// Adds up the vitest JSON reports that each workspace's `npm test` leaves in
// `.vitest-results.json` and prints one closing line, `N passed, N failed, N skipped`,
// so a CI log ends with the whole count. Exits non-zero when a report is missing or failed.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const patterns = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).workspaces;
const folders = patterns.flatMap((pattern) => {
  if (!pattern.endsWith('/*')) return [pattern];
  const base = pattern.slice(0, -2);
  return readdirSync(join(root, base))
    .map((name) => `${base}/${name}`)
    .filter((f) => statSync(join(root, f)).isDirectory());
});

let passed = 0;
let failed = 0;
let skipped = 0;
const missing = [];
for (const folder of folders) {
  const report = join(root, folder, '.vitest-results.json');
  if (!existsSync(report)) {
    if (existsSync(join(root, folder, 'vitest.config.ts'))) missing.push(folder);
    continue;
  }
  const r = JSON.parse(readFileSync(report, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  skipped += r.numPendingTests + (r.numTodoTests ?? 0);
  console.log(`${folder}: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests} skipped`);
}
if (missing.length) console.log(`no test report from: ${missing.join(', ')}`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || missing.length > 0 ? 1 : 0);
