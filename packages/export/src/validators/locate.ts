/// <reference types="node" />
/**
 * Where the third-party format validators are (schemas, vocabularies, brat's verifier):
 * `$MARGINALIA_VALIDATORS` if set, else `../shared/validators` beside the repository
 * (CI clones the repository with `shared/` next to it). Tests that need them are required
 * in CI (`CI=true`: a missing folder fails) and skipped with a message elsewhere.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');

export const VALIDATORS_DIR = resolve(process.env.MARGINALIA_VALIDATORS ?? resolve(REPO_ROOT, '../shared/validators'));

export function validatorsPresent(): boolean {
  return existsSync(resolve(VALIDATORS_DIR, 'README.md'));
}

/** `describe` when the validators are there; a failing test in CI when not; a skip with a message elsewhere. */
export function describeWithValidators(name: string, body: (dir: string) => void): void {
  if (validatorsPresent()) {
    describe(name, () => body(VALIDATORS_DIR));
    return;
  }
  const why = `format validators not found at ${VALIDATORS_DIR} (set MARGINALIA_VALIDATORS to their folder, or put shared/validators beside the repository)`;
  if (process.env.CI === 'true') {
    describe(name, () => {
      it('has the format validators (required in CI)', () => {
        throw new Error(`${why}; CI needs them to check the exports against their consumers' rules.`);
      });
    });
    return;
  }
  console.warn(`skipping "${name}": ${why}.`);
  describe.skip(name, () => body(VALIDATORS_DIR));
}
