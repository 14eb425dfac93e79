// Query-time downsampling: x-range selection, N points or pixel width, extremes and the last point kept.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { downsampleSeries } from '../../../server/store/series-downsampler.ts';
import { createScalarSeries, type ScalarSeries } from '../../../server/store/scalar-series.ts';

function series(values: number[], steps?: number[]): ScalarSeries {
  const s = createScalarSeries();
  values.forEach((v, i) => s.append(steps?.[i] ?? i, 100 + i, v));
  return s;
}

test('without points or width every point in range is returned (full resolution)', () => {
  const s = series(Array.from({ length: 1000 }, (_, i) => i));
  const r = downsampleSeries(s, { x: 'step' });
  assert.equal(r.indices.length, 1000);
  assert.equal(r.inRange, 1000);
});

test('xmin/xmax select by step, by wall time, or by time relative to the first point', () => {
  const s = series(Array.from({ length: 100 }, (_, i) => i));
  assert.deepEqual([...downsampleSeries(s, { x: 'step', xmin: 10, xmax: 12 }).indices], [10, 11, 12]);
  assert.deepEqual([...downsampleSeries(s, { x: 'wall', xmin: 150, xmax: 151 }).indices], [50, 51]);
  assert.deepEqual([...downsampleSeries(s, { x: 'relative', xmin: 0, xmax: 1 }).indices], [0, 1]);
});

test('points=N returns at most N points including the first, the last, and the global min and max', () => {
  const values = Array.from({ length: 10_000 }, (_, i) => Math.sin(i / 50));
  values[1234] = -50;
  values[8765] = 70;
  const s = series(values);
  const r = downsampleSeries(s, { x: 'step', points: 100 });
  const idx = [...r.indices];
  assert.ok(idx.length <= 100, `${idx.length} points`);
  assert.equal(idx[0], 0);
  assert.equal(idx.at(-1), 9999);
  assert.ok(idx.includes(1234) && idx.includes(8765));
  assert.deepEqual(
    idx,
    [...idx].sort((a, b) => a - b),
  );
});

test('width=W keeps min and max per pixel column over the x-range', () => {
  const s = series(Array.from({ length: 5000 }, (_, i) => (i % 2 ? 1 : -1)));
  const r = downsampleSeries(s, { x: 'step', width: 10 });
  assert.ok(r.indices.length <= 22);
  const vals = [...r.indices].map((i) => s.value(i));
  assert.ok(vals.includes(1) && vals.includes(-1));
});

test('a NaN inside a bucket is kept visible', () => {
  const values = Array.from({ length: 1000 }, () => 1);
  values[500] = Number.NaN;
  const r = downsampleSeries(series(values), { x: 'step', points: 10 });
  assert.ok([...r.indices].includes(500));
});

test('property: downsampling keeps the last point in range, the extremes, and strictly increasing indices', () => {
  fc.assert(
    fc.property(
      fc.array(fc.double({ noNaN: true, min: -1e6, max: 1e6 }), { minLength: 1, maxLength: 500 }),
      fc.integer({ min: 2, max: 50 }),
      (values, points) => {
        const s = series(values);
        const idx = [...downsampleSeries(s, { x: 'step', points }).indices];
        assert.equal(idx.at(-1), values.length - 1);
        for (let k = 1; k < idx.length; k++) assert.ok(idx[k]! > idx[k - 1]!);
        const picked = idx.map((i) => values[i]!);
        assert.equal(Math.max(...picked), Math.max(...values));
        assert.equal(Math.min(...picked), Math.min(...values));
      },
    ),
  );
});
