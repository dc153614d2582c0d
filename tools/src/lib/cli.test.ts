import { describe, expect, it } from 'vitest';
import { MissingPackageError, parseToolArgs, resolveOptionalPackage } from './cli.js';

describe('tool command line', () => {
  it('reads the task, options and the rest', () => {
    const args = parseToolArgs(['ner', 'extra', '--data', '../d', '--seed=3', '--quick']);
    expect(args.task).toBe('ner');
    expect(Object.fromEntries(args.options)).toEqual({ data: '../d', quick: true, seed: '3' });
    expect(args.rest).toEqual(['extra']);
  });

  it('a training-only package that is not installed is asked for in one line', () => {
    let error: unknown;
    try {
      resolveOptionalPackage('marginalia-no-such-package', 'package.json');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(MissingPackageError);
    expect((error as Error).message).toBe('marginalia-no-such-package is not installed; run `npm run train:setup` (installs marginalia-no-such-package, needed only to retrain).');
  });

  it('an installed package resolves to its file', () => {
    expect(resolveOptionalPackage('vitest', 'package.json')).toMatch(/node_modules\/vitest\/package\.json$/);
  });
});
