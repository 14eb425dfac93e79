// The short fuzz run that is part of `npm test` (the long one is `npm run fuzz`), plus every saved regression.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { checkCase, fuzzEventFiles, type FuzzCase } from '../../fuzz/event-file-fuzz.ts';
import { repoRoot } from '../../support/shared-fixtures.ts';

test('the event-file reader survives 1,500 fuzzed files and reads every intact record', () => {
  const result = fuzzEventFiles({ numRuns: 1500 });
  assert.equal(
    result.failed,
    false,
    result.failed ? `seed ${result.seed}: ${String(result.errorInstance)}` : '',
  );
});

test('every saved fuzz regression still reads cleanly', () => {
  const dir = join(repoRoot, 'test', 'fuzz', 'regressions');
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json'))) {
    const raw = JSON.parse(readFileSync(join(dir, name), 'utf8')) as {
      payloads: number[][];
      mutation: Record<string, unknown>;
    };
    const c = {
      payloads: raw.payloads.map((p) => Uint8Array.from(p)),
      mutation: {
        ...raw.mutation,
        ...(Array.isArray(raw.mutation.bytes)
          ? { bytes: Uint8Array.from(raw.mutation.bytes as number[]) }
          : {}),
      },
    } as FuzzCase;
    assert.doesNotThrow(() => checkCase(c), name);
  }
});
