// --heap-growth (server/cli/heap-growth.ts): V8's --heap-growing-percent set at run time must still bound how far
// the heap grows past its live size (the premise of the flag: were V8 to freeze or ignore it, serving 100M points
// would again peak over 1 GB), a heap the user sized through Node is left alone, and the flag is validated.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { UsageError } from '../../../cli/command.ts';
import {
  DEFAULT_HEAP_GROWTH_PERCENT,
  limitHeapGrowth,
  limitHeapGrowthAfter,
  userSizedHeap,
} from '../../../server/cli/heap-growth.ts';
import { parseServeFlags } from '../../../server/cli/serve-flags.ts';

const HEAP_GROWTH_MODULE = new URL('../../../server/cli/heap-growth.ts', import.meta.url).pathname;

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

/** peakHeapMiB's load in a child that set a cap of 20% with limitHeapGrowthAfter on a read left `read`. */
function peakHeapAfterMiB(read: 'pending' | 'resolved' | 'rejected'): number {
  const script = `
    const v8 = require('node:v8');
    const read = ${read === 'pending' ? 'new Promise(() => {})' : read === 'resolved' ? 'Promise.resolve()' : "Promise.reject(new Error('read failed'))"};
    read.catch(() => {});
    require(process.argv[1]).limitHeapGrowthAfter(read, 20, [], undefined);
    setImmediate(() => {
      const live = [];
      for (let i = 0; i < 1.5e6; i++) live.push({ a: i, b: String(i) });
      let peak = 0, sink = 0;
      for (let r = 0; r < 1500; r++) {
        let s = '';
        for (let i = 0; i < 8192; i++) s += i * 1.5 + ',' + r;
        sink += s.charCodeAt(7);
        peak = Math.max(peak, v8.getHeapStatistics().total_heap_size);
      }
      console.log(JSON.stringify({ peak: peak / 2 ** 20, live: live.length, sink }));
    });`;
  const r = spawnSync(process.execPath, ['--import', 'tsx', '-e', script, HEAP_GROWTH_MODULE], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH },
  });
  assert.equal(r.status, 0, r.stderr);
  return (JSON.parse(r.stdout) as { peak: number }).peak;
}

test('the cap waits for the first read: V8 sizes the heap itself until it settles, resolved or failed', () => {
  const reading = peakHeapAfterMiB('pending');
  for (const read of ['resolved', 'rejected'] as const) {
    const capped = peakHeapAfterMiB(read);
    assert.ok(
      capped < reading * 0.8,
      `peak heap ${capped.toFixed(0)} MiB once the read ${read} vs ${reading.toFixed(0)} MiB while it reads`,
    );
  }
  assert.equal(limitHeapGrowthAfter(Promise.resolve(), 0, [], undefined), 'off');
  assert.equal(limitHeapGrowthAfter(Promise.resolve(), 50, ['--max-old-space-size=384'], undefined), 'user');
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
