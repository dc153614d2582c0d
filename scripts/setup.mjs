#!/usr/bin/env node
/**
 * `npm run setup -- GROUP...` (or `all`): installs packages that `npm install` and `npm ci` leave
 * out, the workspaces' optional peer dependencies, by group (scripts/optional-packages.json):
 * `duckdb` for `batch --db/--csv`, `worker --db FILE` and their tests; `baselines` for the
 * comparisons of `npm run bench` and `npm run eval -- ner-baselines`; `train` for retraining.
 * They go in with `--no-save`, so package.json and the lockfile stay as they are; a later
 * `npm install` or `npm ci` removes them again, and what needs them says to run this once more.
 * Optional peers already installed are named again, so that installing one group keeps the others.
 * Each goes in at the exact version the list names (the one our figures, models and CI were made
 * with); a tools test checks it lies in its workspace's peer range, any version of which a user of
 * the published app may use.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const readJson = (path) => JSON.parse(readFileSync(new URL(path, root), 'utf8'));
const groups = readJson('scripts/optional-packages.json');

/** Every package of every group, as `name@version`, the version pinned in the list. */
const specs = new Map();
for (const [group, { workspace, packages }] of Object.entries(groups)) {
  const manifest = readJson(`${workspace}/package.json`);
  for (const [name, version] of Object.entries(packages)) {
    if (!manifest.peerDependencies?.[name] || !manifest.peerDependenciesMeta?.[name]?.optional) {
      console.error(`npm run setup: scripts/optional-packages.json lists ${name} under ${group}, but ${workspace}/package.json has no optional peer dependency ${name}: add it there, or take it out of the list.`);
      process.exit(1);
    }
    specs.set(name, `${name}@${version}`);
  }
}

const asked = process.argv.slice(2);
const unknown = asked.filter((g) => g !== 'all' && g !== '--help' && !(g in groups));
if (asked.length === 0 || unknown.length > 0 || asked.includes('--help')) {
  const lines = Object.entries(groups).map(([g, { packages, size, for: use }]) => `  ${g.padEnd(10)} ${Object.keys(packages).map((n) => specs.get(n)).join(', ')} (${size}): ${use}`);
  const problem = unknown.length > 0 ? `npm run setup: no group ${unknown.map((g) => `"${g}"`).join(', ')}.\n` : '';
  (problem ? process.stderr : process.stdout).write(`${problem}usage: npm run setup -- GROUP... (or all)\n\n${lines.join('\n')}\n`);
  process.exit(asked.includes('--help') && !problem ? 0 : 2);
}

const wanted = asked.includes('all') ? Object.keys(groups) : asked;
const names = new Set(wanted.flatMap((g) => Object.keys(groups[g].packages)));
const kept = [...specs.keys()].filter((name) => !names.has(name) && existsSync(new URL(`node_modules/${name}/package.json`, root)));
const install = [...names, ...kept].map((name) => specs.get(name));
console.log(`npm run setup: installing ${[...names].map((n) => specs.get(n)).join(', ')}${kept.length ? ` (keeping ${kept.join(', ')})` : ''}; not saved to package.json or the lockfile.`);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const done = spawnSync(npm, ['install', '--no-save', '--no-audit', '--no-fund', ...install], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
process.exit(done.status ?? 1);
