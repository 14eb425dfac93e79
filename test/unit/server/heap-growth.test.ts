// --heap-growth (server/cli/heap-growth.ts): V8's --heap-growing-percent set at run time must still bound how far
// the heap grows past its live size (the premise of the flag: were V8 to freeze or ignore it, serving 100M points
// would again peak over 1 GB), a heap the user sized through Node is left alone, and the flag is validated.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { UsageError } from '../../../cli/command.ts';
import {
  DEFAULT_HEAP_GROWTH_PERCENT,
  growthPercentFor,
  limitHeapGrowth,
  MAX_HEAP_GROWTH_PERCENT,
  MIN_HEADROOM_BYTES,
  userSizedHeap,
} from '../../../server/cli/heap-growth.ts';
import { parseServeFlags } from '../../../server/cli/serve-flags.ts';

/** Peak heap (MiB) of a child holding ~100 MB while it makes large-object garbage, after setting the flag. */
function peakHeapMiB(percent: number): number {
  const script = `
    const v8 = require('node:v8');
    if (${percent} > 0) v8.setFlagsFromString('--heap-growing-percent=${percent}');
    const live = [];
    for (let i = 0; i < 1.5e6; i++) live.push({ a: i, b: String(i) });
    let peak = 0, sink = 0;
    for (let r = 0; r < 1500; r++) {
      let s = '';
      for (let i = 0; i < 8192; i++) s += i * 1.5 + ',' + r;
      sink += s.charCodeAt(7); // flattened: one string of ~100 KB in the large-object space
      peak = Math.max(peak, v8.getHeapStatistics().total_heap_size);
    }
    console.log(JSON.stringify({ peak: peak / 2 ** 20, live: live.length, sink }));`;
  const r = spawnSync(process.execPath, ['-e', script], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH },
  });
  assert.equal(r.status, 0, r.stderr);
  return (JSON.parse(r.stdout) as { peak: number }).peak;
}

test('V8 honours --heap-growing-percent set at run time: the heap stays nearer its live size', () => {
  const own = peakHeapMiB(0);
  const capped = peakHeapMiB(20);
  assert.ok(
    capped < own * 0.8,
    `peak heap ${capped.toFixed(0)} MiB capped vs ${own.toFixed(0)} MiB V8's own`,
  );
});

test('a heap sized through Node itself is left alone; 0 turns the cap off', () => {
  assert.equal(userSizedHeap(['--max-old-space-size=384'], undefined), true);
  assert.equal(userSizedHeap([], '--max_old_space_size=2048 --enable-source-maps'), true);
  assert.equal(userSizedHeap([], '--heap-growing-percent=10'), true);
  assert.equal(userSizedHeap(['--import', 'tsx'], '--enable-source-maps'), false);
  assert.equal(limitHeapGrowth(0, [], undefined), 'off');
  assert.equal(limitHeapGrowth(50, ['--max-old-space-size=384'], undefined), 'user');
  assert.equal(limitHeapGrowth(50, [], '--max-semi-space-size=64 --max-old-space-size=512'), 'user');
});

test('the cap never leaves under 128 MiB past the live heap: the percent is raised for a small heap, up to 300', () => {
  const MiB = 2 ** 20;
  assert.equal(MIN_HEADROOM_BYTES, 128 * MiB);
  assert.equal(growthPercentFor(512 * MiB, 50), 50, 'a large heap: the cap as given');
  assert.equal(growthPercentFor(256 * MiB, 50), 50, '50% of 256 MiB is exactly the headroom');
  assert.equal(growthPercentFor(128 * MiB, 50), 100);
  assert.equal(growthPercentFor(50 * MiB, 50), 256, 'a 10M-point first read holds about 50 MB');
  assert.equal(growthPercentFor(10 * MiB, 50), MAX_HEAP_GROWTH_PERCENT);
  assert.equal(growthPercentFor(0, 50), MAX_HEAP_GROWTH_PERCENT);
  assert.equal(growthPercentFor(10 * MiB, 400), 400, 'a cap above the most it is raised to stays');
  assert.equal(growthPercentFor(100 * MiB, 20, 10 * MiB), 20);
});

test('--heap-growth: 50 by default, a non-negative integer otherwise', () => {
  const at = (args: string[]): number | undefined =>
    parseServeFlags(['--logdir', '/tmp', '--cache-dir', 'none', ...args], {}).options.heapGrowthPercent;
  assert.equal(DEFAULT_HEAP_GROWTH_PERCENT, 50);
  assert.equal(at([]), 50);
  assert.equal(at(['--heap-growth', '0']), 0);
  assert.equal(at(['--heap-growth', '120']), 120);
  for (const bad of ['-1', '1.5', 'lots', ''])
    assert.throws(() => at(['--heap-growth', bad]), UsageError, `--heap-growth ${bad}`);
});
