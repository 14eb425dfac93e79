// The typed-column scalar series: append, float32/float64 value storage, step search and restart purges.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createScalarSeries } from '../../../server/store/scalar-series.ts';

test('createScalarSeries() keeps every appended point in order across growth', () => {
  const s = createScalarSeries();
  for (let i = 0; i < 10_000; i++) s.append(i, 1000 + i, Math.fround(i / 7));
  assert.equal(s.length, 10_000);
  assert.equal(s.step(9999), 9999);
  assert.equal(s.wallTime(9999), 10_999);
  assert.equal(s.value(7), Math.fround(1));
  assert.ok(s.sorted);
});

test('values stay float32 until one is not exactly a float32, then every value is kept exactly as float64', () => {
  const s = createScalarSeries();
  s.append(0, 0, 0.5);
  const small = s.bytes();
  s.append(1, 0, 0.1); // not a float32
  assert.equal(s.value(0), 0.5);
  assert.equal(s.value(1), 0.1);
  assert.ok(s.bytes() > small);
});

test('NaN and infinities are stored as they are', () => {
  const s = createScalarSeries();
  s.append(0, 0, Number.NaN);
  s.append(1, 0, Number.POSITIVE_INFINITY);
  assert.ok(Number.isNaN(s.value(0)));
  assert.equal(s.value(1), Number.POSITIVE_INFINITY);
});

test('indexAfterStep() finds the first point after a step, sorted or not', () => {
  const s = createScalarSeries();
  for (const step of [0, 2, 4, 6]) s.append(step, 0, 1);
  assert.equal(s.indexAfterStep(-1), 0);
  assert.equal(s.indexAfterStep(2), 2);
  assert.equal(s.indexAfterStep(3), 2);
  assert.equal(s.indexAfterStep(6), 4);
  s.append(1, 0, 1); // out of order: TensorBoard's Python loader keeps file order
  assert.equal(s.sorted, false);
  assert.equal(s.indexAfterStep(6), 4);
  assert.equal(s.indexAfterStep(1), 5);
});

test('purge(fromStep) removes points with step >= fromStep and reports their old indices', () => {
  const s = createScalarSeries();
  for (const step of [0, 1, 2, 3, 4]) s.append(step, step, step);
  assert.deepEqual(s.purge(2), [2, 3, 4]);
  assert.equal(s.length, 2);
  s.append(2, 10, 20);
  assert.deepEqual([s.step(2), s.wallTime(2), s.value(2)], [2, 10, 20]);
  assert.ok(s.sorted);
});

test('a scalar point costs 20 bytes of column storage at a power-of-two length', () => {
  const s = createScalarSeries();
  for (let i = 0; i < 1 << 16; i++) s.append(i, i, 1);
  assert.equal(s.bytes() / s.length, 20);
});

test('compact() releases the growth slack and keeps every point', () => {
  const s = createScalarSeries();
  for (let i = 0; i < 5000; i++) s.append(i, i, i);
  assert.ok(s.compact() > 0);
  assert.equal(s.bytes(), 5000 * 20);
  s.append(5000, 5000, 5000);
  assert.deepEqual([s.length, s.step(4999), s.step(5000)], [5001, 4999, 5000]);
});

test('appendColumns() stores what append() stores point by point: order, widening, sortedness', () => {
  const cases: [number[], number[]][] = [
    [
      [0, 1, 2, 3],
      [0.5, 1.5, Number.NaN, -2],
    ],
    [
      [5, 6, 4, 7],
      [0.5, 0.1, 1, 2],
    ],
    [[], []],
  ];
  for (const [stepList, valueList] of cases) {
    for (const before of [0, 3, 40]) {
      const one = createScalarSeries();
      const bulk = createScalarSeries();
      for (let i = 0; i < before; i++) {
        one.append(i - 100, i, i);
        bulk.append(i - 100, i, i);
      }
      const pad = 2; // a slice from the middle of larger columns
      const steps = new Float64Array([9, 9, ...stepList, 9]);
      const walls = new Float64Array([9, 9, ...stepList.map((s) => 1000 + s), 9]);
      const values = new Float64Array([9, 9, ...valueList, 9]);
      for (let i = 0; i < stepList.length; i++) one.append(stepList[i]!, 1000 + stepList[i]!, valueList[i]!);
      bulk.appendColumns(steps, walls, values, pad, pad + stepList.length);
      assert.equal(bulk.length, one.length);
      assert.equal(bulk.sorted, one.sorted);
      assert.equal(bulk.bytes() > 0, true);
      for (let i = 0; i < one.length; i++) {
        assert.equal(bulk.step(i), one.step(i));
        assert.equal(bulk.wallTime(i), one.wallTime(i));
        assert.ok(Object.is(bulk.value(i), one.value(i)), `value ${i}`);
      }
    }
  }
});
