import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  evaluateMetricFilter,
  MetricFilterError,
  parseMetricFilter,
} from '../../../client/runs/metric-filter.ts';

const passes = (src: string, m: Record<string, number>): boolean => {
  const e = parseMetricFilter(src);
  assert.ok(e);
  return evaluateMetricFilter(e, m);
};

test('a comparison filters on a metric value', () => {
  assert.equal(passes('val_accuracy >= 0.85', { val_accuracy: 0.85 }), true);
  assert.equal(passes('val_accuracy >= 0.85', { val_accuracy: 0.84 }), false);
  assert.equal(passes('loss < 1e-2', { loss: 0.001 }), true);
  assert.equal(passes('loss = 2', { loss: 2 }), true);
  assert.equal(passes('loss != 2', { loss: 2 }), false);
});

test('&& binds tighter than ||, words work too, and parentheses group', () => {
  const m = { a: 1, b: 2, c: 3 };
  assert.equal(passes('a > 5 || b == 2 && c == 3', m), true);
  assert.equal(passes('(a > 5 || b == 2) and c == 4', m), false);
  assert.equal(passes('a > 5 or b == 2', m), true);
});

test('an unknown or NaN metric makes its comparison false', () => {
  assert.equal(passes('val_loss < 1', { loss: 0.5 }), false);
  assert.equal(passes('loss < 1', { loss: NaN }), false);
});

test('empty input is no filter', () => {
  assert.equal(parseMetricFilter('   '), null);
});

test('bad syntax throws MetricFilterError naming the position', () => {
  assert.throws(
    () => parseMetricFilter('val_accuracy >='),
    (e: unknown) => e instanceof MetricFilterError && /expected a number at position 16/.test(e.message),
  );
  assert.throws(() => parseMetricFilter('loss < 1 )'), /unexpected '\)' at position 10/);
  assert.throws(() => parseMetricFilter('loss ; 1'), /unexpected ';' at position 6/);
  assert.throws(() => parseMetricFilter('(loss < 1'), /expected '\)'/);
});
