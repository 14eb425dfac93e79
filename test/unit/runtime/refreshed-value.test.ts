// refreshedValue: the first read computes at once; a read of a value older than maxAgeMs returns it and starts
// one sliced recomputation, whose result later reads get; a failed recomputation keeps the last value.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { refreshedValue } from '../../../server/runtime/refreshed-value.ts';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

test('refreshedValue serves the last value while one recomputation runs, then the new one', async () => {
  let n = 0;
  let slicedCalls = 0;
  let release: (() => void) | undefined;
  let fail = false;
  const read = refreshedValue(
    10,
    () => ++n,
    async () => {
      slicedCalls++;
      await new Promise<void>((r) => (release = r));
      if (fail) throw new Error('walk failed');
      return ++n;
    },
  );
  assert.equal(read(), 1);
  assert.equal(read(), 1, 'within maxAgeMs: the same value, nothing recomputed');
  assert.equal(slicedCalls, 0);
  await sleep(15);
  assert.equal(read(), 1, 'stale: the last value, a recomputation started');
  assert.equal(read(), 1);
  assert.equal(slicedCalls, 1, 'one recomputation at a time');
  release!();
  await sleep(0);
  assert.equal(read(), 2);
  await sleep(15);
  fail = true;
  read();
  release!();
  await sleep(0);
  assert.equal(read(), 2, 'a failed recomputation keeps the last value');
  assert.equal(slicedCalls, 3, 'and the next read after it tries again');
});
