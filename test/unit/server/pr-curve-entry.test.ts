// The PR curve entry of one stored [6, n] tensor, on the edge cases of TensorBoard's _make_pr_entry: a curve
// whose TP + FP is zero everywhere keeps its first threshold, counts are truncated to integers, and a tensor of
// another shape gives empty arrays instead of throwing.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { linspace01, prCurveEntry } from '../../../server/plugins/pr_curves/pr-curve-entry.ts';

// rows TP, FP, TN, FN, precision, recall over 3 thresholds
const rows = (r: number[][]): Float64Array => new Float64Array(r.flat());

test('prCurveEntry() trims the tail where TP + FP = 0 and keeps the rest of every array', () => {
  const e = prCurveEntry(
    5,
    1.5,
    [6, 3],
    rows([
      [4, 2, 0],
      [3, 1, 0],
      [0, 2, 3],
      [0, 2, 4],
      [0.57, 0.67, 0],
      [1, 0.5, 0],
    ]),
  );
  assert.deepEqual(e, {
    wall_time: 1.5,
    step: 5,
    precision: [0.57, 0.67],
    recall: [1, 0.5],
    true_positives: [4, 2],
    false_positives: [3, 1],
    true_negatives: [0, 2],
    false_negatives: [0, 2],
    thresholds: [0, 0.5],
  });
});

test('prCurveEntry() keeps the first threshold when TP + FP is zero at every threshold', () => {
  const e = prCurveEntry(
    0,
    0,
    [6, 3],
    rows([
      [0, 0, 0],
      [0, 0, 0],
      [5, 5, 5],
      [1, 1, 1],
      [0, 0, 0],
      [0, 0, 0],
    ]),
  );
  assert.deepEqual(e.thresholds, [0]);
  assert.deepEqual(e.true_negatives, [5]);
});

test('prCurveEntry() truncates fractional counts toward zero as int() does', () => {
  const e = prCurveEntry(
    0,
    0,
    [6, 2],
    rows([
      [2.9, 1.2],
      [0.5, 0],
      [1.7, 0],
      [0, 0],
      [1, 1],
      [1, 0.5],
    ]),
  );
  assert.deepEqual(e.true_positives, [2, 1]);
  assert.deepEqual(e.false_positives, [0, 0]);
  assert.deepEqual(e.true_negatives, [1, 0]);
});

test('prCurveEntry() gives empty arrays for a tensor that is not [6, n]', () => {
  const e = prCurveEntry(1, 2, [5, 2], new Float64Array(10));
  assert.deepEqual([e.precision, e.recall, e.thresholds, e.true_positives], [[], [], [], []]);
});

test('linspace01() ends exactly at 1 and steps by 1 / (n - 1)', () => {
  assert.deepEqual(linspace01(1), [0]);
  assert.deepEqual(linspace01(5), [0, 0.25, 0.5, 0.75, 1]);
  const t = linspace01(127);
  assert.equal(t[126], 1);
  assert.equal(t[3], 3 * (1 / 126));
});
