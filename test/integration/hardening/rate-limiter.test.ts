// The per-IP token bucket with a fake clock: a burst is allowed, then one request per refill interval, the
// wait is reported in whole seconds, addresses are independent, and the map of tracked addresses is bounded.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createRateLimiter } from '../../../server/security/request-limits.ts';

test('a burst is allowed, then requests at the refill rate; each address has its own bucket', () => {
  let now = 0;
  const rl = createRateLimiter({ perSecond: 2, burst: 3, now: () => now });
  assert.deepEqual([rl.take('a'), rl.take('a'), rl.take('a')], [0, 0, 0]);
  assert.equal(rl.take('a'), 1);
  assert.equal(rl.take('b'), 0);
  now += 500;
  assert.equal(rl.take('a'), 0);
  assert.equal(rl.take('a'), 1);
  now += 10_000;
  assert.deepEqual([rl.take('a'), rl.take('a'), rl.take('a'), rl.take('a')], [0, 0, 0, 1]);
});

test('a flood from many addresses keeps the tracked map bounded', () => {
  let now = 0;
  const rl = createRateLimiter({ perSecond: 1, burst: 5, now: () => now, maxTracked: 100 });
  for (let i = 0; i < 10_000; i++) {
    rl.take(`10.0.${i >> 8}.${i & 255}`);
    now += 1;
  }
  assert.ok(rl.tracked() <= 100, String(rl.tracked()));
});
