// Expected rows come from TensorBoard 2.21's own histogram_pb (plugins/histogram/summary_v2.py, numpy), run on
// the same input; the compat test re-checks random data against it live.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { tensorboard } from '../../../proto/index.ts';
import { tensorNumbers, tensorShape } from '../../../tfevents/tensor-values.ts';
import {
  DEFAULT_BUCKET_COUNT,
  histogramBuckets,
  histogramValue,
} from '../../../tfevents/summaries/histogram-summary.ts';

const rows = (b: Float64Array): number[][] =>
  Array.from({ length: b.length / 3 }, (_, i) => [...b.subarray(i * 3, i * 3 + 3)]);

describe('histogramValue()', () => {
  test('is a DT_DOUBLE [30,3] tensor with plugin histograms by default, like TF2', () => {
    const v = histogramValue('w', [1, 2, 3]);
    assert.equal(v.tag, 'w');
    assert.equal(v.tensor!.dtype, tensorboard.DataType.DT_DOUBLE);
    assert.deepEqual(tensorShape(v.tensor!), [DEFAULT_BUCKET_COUNT, 3]);
    assert.equal(v.tensor!.tensorContent!.length, 30 * 3 * 8);
    assert.deepEqual(v.metadata, { pluginData: { pluginName: 'histograms' } });
  });

  test('its tensor holds the bucket rows, and a description goes into the metadata', () => {
    const v = histogramValue('w', [0.1, 0.2, 0.7], { buckets: 3, description: 'weights' });
    assert.deepEqual([...tensorNumbers(v.tensor!)!], [...histogramBuckets([0.1, 0.2, 0.7], 3)]);
    assert.equal(v.metadata!.summaryDescription, 'weights');
  });

  test('rejects a negative or fractional bucket count', () => {
    assert.throws(() => histogramValue('w', [1], { buckets: -1 }), /bucket count/);
    assert.throws(() => histogramValue('w', [1], { buckets: 2.5 }), /bucket count/);
  });
});

describe('histogramBuckets() reproduces TensorBoard summary_v2 bucket layout', () => {
  test('edges are linspace(min, max, k+1) and counts use floor((x-min)/width) clamped to k-1', () => {
    assert.deepEqual(rows(histogramBuckets([0.1, 0.2, 0.7], 3)), [
      [0.1, 0.3, 2],
      [0.3, 0.5, 0],
      [0.5, 0.7, 1],
    ]);
  });

  test('the last right edge is exactly max, the maximum lands in the last bucket', () => {
    const data = [0, 0.1, 0.2, 0.3, 0.7, 1.3];
    const r = rows(histogramBuckets(data, 7));
    assert.equal(r[6]![1], 1.3);
    assert.equal(r[6]![2], 1);
    assert.equal(
      r.reduce((a, row) => a + row[2]!, 0),
      data.length,
    );
    for (let i = 1; i < r.length; i++) assert.equal(r[i]![0], r[i - 1]![1]);
  });

  test('empty data gives k all-zero rows', () => {
    assert.deepEqual(rows(histogramBuckets([], 3)), [
      [0, 0, 0],
      [0, 0, 0],
      [0, 0, 0],
    ]);
  });

  test('all-equal values give left = right = value with the whole count in the last row', () => {
    assert.deepEqual(rows(histogramBuckets([2, 2], 3)), [
      [2, 2, 0],
      [2, 2, 0],
      [2, 2, 2],
    ]);
  });

  test('zero buckets give an empty [0,3] tensor', () => {
    assert.equal(histogramBuckets([1, 2], 0).length, 0);
  });

  test('accepts typed arrays (float32 weights are widened to float64 first, as TF casts them)', () => {
    const f32 = Float32Array.of(0.1, 0.2, 0.7);
    const r = rows(histogramBuckets(f32, 3));
    assert.equal(r[0]![0], Math.fround(0.1));
    assert.equal(r[2]![1], Math.fround(0.7));
  });

  test('a NaN value makes every edge NaN and every count 0, exactly as TensorFlow writes it', () => {
    assert.deepEqual(rows(histogramBuckets([1, Number.NaN, 3], 3)), [
      [Number.NaN, Number.NaN, 0],
      [Number.NaN, Number.NaN, 0],
      [Number.NaN, Number.NaN, 0],
    ]);
  });

  test('+Infinity gives NaN/Infinity edges and drops the infinite value, as TensorFlow does', () => {
    assert.deepEqual(rows(histogramBuckets([1, Number.POSITIVE_INFINITY, 3], 3)), [
      [Number.NaN, Number.POSITIVE_INFINITY, 2],
      [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY, 0],
      [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY, 0],
    ]);
  });

  test('-Infinity gives NaN edges (last right edge = max) and zero counts, as TensorFlow does', () => {
    assert.deepEqual(rows(histogramBuckets([Number.NEGATIVE_INFINITY, 1, 3], 3)), [
      [Number.NaN, Number.NaN, 0],
      [Number.NaN, Number.NaN, 0],
      [Number.NaN, 3, 0],
    ]);
  });
});
