// The column cache's disk-backed scalar series: sealed blocks on disk plus a live tail, read back synchronously
// through a bounded LRU, answering exactly what the in-memory series (scalar-series.ts) answers.
import assert from 'node:assert/strict';
import { mkdtempSync, openSync, readdirSync, rmSync, statSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { BLOCK_POINTS, decodeBlock, encodeBlock } from '../../../server/store/column-cache/block-codec.ts';
import { openColumnCache } from '../../../server/store/column-cache/column-cache.ts';
import { openColumnFile } from '../../../server/store/column-cache/column-file.ts';
import { createDiskScalarSeries } from '../../../server/store/column-cache/disk-scalar-series.ts';
import { BUCKET_POINTS } from '../../../server/store/column-cache/min-max-buckets.ts';
import { downsampleSeries } from '../../../server/store/series-downsampler.ts';
import { createScalarSeries, type ScalarSeriesView } from '../../../server/store/scalar-series.ts';

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'tb-colcache-'));
}

function assertSame(actual: ScalarSeriesView, expected: ScalarSeriesView): void {
  assert.equal(actual.length, expected.length);
  assert.equal(actual.sorted, expected.sorted);
  for (let i = 0; i < expected.length; i++) {
    assert.ok(Object.is(actual.step(i), expected.step(i)), `step ${i}`);
    assert.ok(Object.is(actual.wallTime(i), expected.wallTime(i)), `wall ${i}`);
    assert.ok(
      Object.is(actual.value(i), expected.value(i)),
      `value ${i}: ${actual.value(i)} vs ${expected.value(i)}`,
    );
    assert.equal(actual.stepText(i), expected.stepText(i));
  }
}

test('encodeBlock()/decodeBlock() return the very same doubles, strided steps and float32 values included', () => {
  const n = 300;
  const steps = Float64Array.from({ length: n }, (_, i) => 5 + 3 * i);
  const walls = Float64Array.from({ length: n }, (_, i) => 1.7e9 + i * 0.123456789);
  const f32 = Float64Array.from({ length: n }, (_, i) => Math.fround(Math.exp(-i / 50)));
  const strided = encodeBlock(steps, walls, f32, n);
  const back = decodeBlock(strided, 'x', 0);
  assert.deepEqual([...back.steps], [...steps]);
  assert.deepEqual([...back.walls], [...walls]);
  assert.deepEqual([...back.values], [...f32]);
  assert.ok(strided.length < 16 + 16 + 12 * n + 1, `strided f32 block is ${strided.length} bytes`);
  const irregular = Float64Array.from({ length: n }, (_, i) => i * i);
  const f64 = Float64Array.from({ length: n }, (_, i) => i / 7);
  const back2 = decodeBlock(encodeBlock(irregular, walls, f64, n), 'x', 0);
  assert.deepEqual([...back2.steps], [...irregular]);
  assert.deepEqual([...back2.values], [...f64]);
});

test('decodeBlock() rejects a block with a flipped byte, naming the file and offset', () => {
  const n = 10;
  const col = Float64Array.from({ length: n }, (_, i) => i);
  const buf = encodeBlock(col, col, col, n);
  buf[buf.length - 1]! ^= 0xff;
  assert.throws(
    () => decodeBlock(buf, '/c/columns.bin', 4096),
    /columns\.bin: block at offset 4096 fails its CRC/,
  );
});

test('a disk series answers what the in-memory series answers, across seals, purges, compactions and column appends', () => {
  const dir = tempDir();
  try {
    const op = fc.oneof(
      fc.record({
        kind: fc.constant('append' as const),
        count: fc.integer({ min: 1, max: 2500 }),
        stride: fc.constantFrom(1, 2, 0.5),
        back: fc.boolean(),
        f64: fc.boolean(),
        // the decode workers' path: the disk series takes the points as columns, the memory one point by point
        columns: fc.boolean(),
      }),
      fc.record({ kind: fc.constant('purge' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
      fc.record({ kind: fc.constant('compact' as const) }),
    );
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 8 }), (ops) => {
        // a tiny LRU: most reads go to the file
        const file = openColumnFile(join(dir, 'p.bin'), { lruBytes: 40_000 });
        const disk = createDiskScalarSeries(file);
        const mem = createScalarSeries();
        let step = 0;
        for (const o of ops) {
          if (o.kind === 'append') {
            if (o.back) step = Math.max(0, step - 500);
            const cols = [new Float64Array(o.count), new Float64Array(o.count), new Float64Array(o.count)];
            for (let i = 0; i < o.count; i++) {
              const v =
                o.f64 && i % 3 === 0 ? step / 7 : i % 97 === 5 ? Number.NaN : Math.fround(Math.sin(step));
              if (o.columns) [cols[0]![i], cols[1]![i], cols[2]![i]] = [step, 1.7e9 + step * 0.25, v];
              else disk.append(step, 1.7e9 + step * 0.25, v);
              mem.append(step, 1.7e9 + step * 0.25, v);
              step += o.stride;
            }
            if (o.columns) disk.appendColumns(cols[0]!, cols[1]!, cols[2]!, 0, o.count);
          } else if (o.kind === 'purge') {
            const from = Math.floor(o.at * step);
            assert.deepEqual(disk.purge(from), mem.purge(from));
          } else disk.compact();
          assertSame(disk, mem);
          for (const probe of [0, step / 2, step - 1, step + 5])
            assert.equal(disk.indexAfterStep(probe), mem.indexAfterStep(probe));
        }
        file.close(true);
      }),
      { numRuns: 30 },
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('exact int64 steps beyond 2^53 survive sealing and a purge', () => {
  const dir = tempDir();
  const file = openColumnFile(join(dir, 'e.bin'));
  try {
    const disk = createDiskScalarSeries(file);
    const base = 2n ** 60n;
    for (let i = 0; i < BLOCK_POINTS + 10; i++) {
      const exact = base + BigInt(i);
      disk.append(Number(exact), i, i, exact);
    }
    assert.equal(disk.stepText(BLOCK_POINTS + 3), String(base + BigInt(BLOCK_POINTS + 3)));
    disk.purge(Number(base + 2000n));
    assert.equal(disk.stepText(5), String(base + 5n));
  } finally {
    file.close(true);
    rmSync(dir, { recursive: true, force: true });
  }
});

test('memory held by a disk series stays its index and tail: sealed points live in the file', () => {
  const dir = tempDir();
  const file = openColumnFile(join(dir, 'm.bin'), { lruBytes: 100_000 });
  try {
    const disk = createDiskScalarSeries(file);
    const n = 200 * BLOCK_POINTS;
    for (let i = 0; i < n; i++) disk.append(i, 1.7e9 + i, Math.fround(i / 3));
    disk.compact();
    // the block index and the min/max buckets: under a byte a point
    assert.ok(disk.bytes() < n, `series holds ${disk.bytes()} bytes for ${n} points`);
    // strided steps and float32 values: 12 bytes a point on disk, plus a header a block
    assert.ok(file.size() <= n * 12 + 200 * 32, `file is ${file.size()} bytes`);
    let sum = 0;
    for (let i = 0; i < n; i++) sum += disk.value(i);
    assert.ok(sum > 0);
    assert.ok(file.lruBytes() <= 100_000);
    assert.equal(disk.value(n - 1), Math.fround((n - 1) / 3));
  } finally {
    file.close(true);
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a corrupted cache block is an error naming the file and offset, not a wrong point', () => {
  const dir = tempDir();
  const path = join(dir, 'c.bin');
  const file = openColumnFile(path, { lruBytes: 1 });
  try {
    const disk = createDiskScalarSeries(file);
    for (let i = 0; i < 2 * BLOCK_POINTS; i++) disk.append(i, i, i);
    assert.equal(disk.value(10), 10);
    const fd = openSync(path, 'r+');
    writeSync(fd, Buffer.from([1, 2, 3, 4]), 0, 4, 100);
    closeSync(fd);
    disk.value(BLOCK_POINTS + 1); // evicts the first block
    assert.throws(
      () => disk.value(10),
      (err: Error) => err.message.includes(`${path}: block at offset 0`),
    );
  } finally {
    file.close(true);
    rmSync(dir, { recursive: true, force: true });
  }
});

test('openColumnCache(): the first cache of a directory keeps columns.bin, a second one writes a private file it removes on close, files of processes that are gone are removed', async () => {
  const dir = tempDir();
  try {
    // pid 2^22 + 1 is above Linux's pid_max: no such process
    closeSync(openSync(join(dir, 'columns-4194305-0badf00d.bin'), 'w'));
    const first = openColumnCache(dir);
    assert.ok(first.persistent);
    const second = openColumnCache(dir);
    assert.ok(!second.persistent);
    const s = second.createSeries();
    for (let i = 0; i < BLOCK_POINTS; i++) s.append(i, i, i);
    const files = readdirSync(dir).sort();
    assert.equal(files.length, 4, files.join());
    assert.ok(
      files.includes('columns.bin') && files.includes('buckets.bin') && files.includes('lock'),
      files.join(),
    );
    const own = files.find((f) => f.startsWith('columns-'))!;
    assert.match(own, new RegExp(`^columns-${process.pid}-[0-9a-f]+\\.bin$`));
    assert.ok(statSync(join(dir, own)).size > 0);
    await second.close();
    await first.close();
    assert.deepEqual(readdirSync(dir).sort(), ['buckets.bin', 'columns.bin']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a wide chart of a long disk series comes from its min/max buckets: the exact result where buckets fit in columns, read with almost no disk access', () => {
  const dir = tempDir();
  const file = openColumnFile(join(dir, 'd.bin'), { lruBytes: 1 });
  try {
    const disk = createDiskScalarSeries(file);
    const mem = createScalarSeries();
    const width = 128; // a power of two: column edges computed in floating point fall exactly on bucket edges
    const n = width * 4 * BUCKET_POINTS; // 4 buckets a column
    for (let i = 0; i < n; i++) {
      const v = i % 5000 === 77 ? Number.NaN : Math.fround(Math.sin(i / 300) + ((i * 7919) % 1000) / 5000);
      disk.append(i, 1.7e9 + i, v);
      mem.append(i, 1.7e9 + i, v);
    }
    const q = { x: 'step' as const, xmin: 0, xmax: n, width };
    const exact = downsampleSeries(mem, q);
    const before = file.reads();
    const fromBuckets = downsampleSeries(disk, q);
    assert.deepEqual([...fromBuckets.indices], [...exact.indices]);
    assert.equal(fromBuckets.inRange, exact.inRange);
    for (const i of fromBuckets.indices) assert.ok(Object.is(disk.value(i), mem.value(i)));
    // the binary search for the range and the first and last points: a few blocks, not the series' 400
    assert.ok(file.reads() - before < 40, `${file.reads() - before} block reads`);
    // any width and range: the extremes of every column are kept (a series without NaN: a NaN in a column
    // hides the rest of that column's extremes, in both paths)
    const clean = createDiskScalarSeries(file);
    for (let i = 0; i < n; i++) clean.append(i, i, Number.isNaN(mem.value(i)) ? 0 : mem.value(i));
    const odd = downsampleSeries(clean, { x: 'step', width: 37, xmin: 1234.5 });
    const vals = [...odd.indices].map((i) => clean.value(i));
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = 1235; i < n; i++) {
      const v = clean.value(i);
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    assert.ok(vals.includes(lo) && vals.includes(hi));
    assert.ok(odd.indices.length <= 2 * 37 + 2);
    assert.ok(
      [...fromBuckets.indices].some((i) => Number.isNaN(disk.value(i))),
      'a NaN stays visible',
    );
    // zoomed in: too few buckets a column, the points themselves are read (exact)
    const zoom = { x: 'step' as const, xmin: 1000, xmax: 3000, width: 100 };
    assert.deepEqual([...downsampleSeries(disk, zoom).indices], [...downsampleSeries(mem, zoom).indices]);
  } finally {
    file.close(true);
    rmSync(dir, { recursive: true, force: true });
  }
});
