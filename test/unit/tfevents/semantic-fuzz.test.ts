// The short semantic fuzz runs that are part of `npm test` (the long ones are `npm run fuzz`), with fixed seeds
// so they replay exactly, plus every saved semantic and regex regression.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import {
  checkRegexCase,
  checkSemanticCase,
  fuzzRegexes,
  fuzzSemantic,
  type Entry,
} from '../../fuzz/semantic-fuzz.ts';
import { repoRoot } from '../../support/shared-fixtures.ts';

const failure = (r: { failed: boolean; seed: number; errorInstance: unknown }): string =>
  r.failed ? `seed ${r.seed}: ${String(r.errorInstance)}` : '';

test('800 files of hostile contents: lying sizes are refused as implausible-shape, every truthful record reads', () => {
  const result = fuzzSemantic({ numRuns: 800, seed: 20261201 });
  assert.equal(result.failed, false, failure(result));
});

test('800 regexes of shared syntax: the linear-time engine agrees with V8 on short inputs', () => {
  const result = fuzzRegexes({ numRuns: 800, seed: 20261201 });
  assert.equal(result.failed, false, failure(result));
});

test('every saved semantic and regex fuzz regression still passes', () => {
  for (const mode of ['semantic', 'regex'] as const) {
    const dir = join(repoRoot, 'test', 'fuzz', 'regressions', mode);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.json'))) {
      const args = JSON.parse(readFileSync(join(dir, name), 'utf8')) as unknown[];
      if (mode === 'semantic') assert.doesNotThrow(() => checkSemanticCase(args[0] as Entry[]), name);
      else assert.doesNotThrow(() => checkRegexCase(args[0] as string, args[1] as string[]), name);
    }
  }
});
