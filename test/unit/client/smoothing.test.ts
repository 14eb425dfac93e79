// Our smoothing against TensorBoard's: the reference below is TensorBoard 2.21's own `resmoothDataset`
// (tensorboard/webfiles.zip index.js, vz_line_chart2), de-minified with its logic unchanged.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { smooth } from '../../../client/scalars/smoothing.ts';

/** TensorBoard 2.21, verbatim logic:
 *  resmoothDataset(t){let r=t.data(),n=this.smoothingWeight,i=r.length>0?0:NaN,o=0,a=r.map((l,c)=>this.yValueAccessor(l,c,t)),
 *  s=a.every(l=>l==a[0]);r.forEach((l,c)=>{let u=a[c];if(s||!Number.isFinite(u))l.smoothed=u;else{i=i*n+(1-n)*u,o++;
 *  let h=1;n!==1&&(h=1-Math.pow(n,o)),l.smoothed=i/h}})} */
function tensorboardSmoothing(values: number[], weight: number): number[] {
  const r = values.map((y) => ({ y, smoothed: NaN }));
  const n = weight;
  let i = r.length > 0 ? 0 : NaN;
  let o = 0;
  const a = r.map((l) => l.y);
  // TensorBoard compares with ==
  const s = a.every((l) => l == a[0]);
  r.forEach((l, c) => {
    const u = a[c] as number;
    if (s || !Number.isFinite(u)) l.smoothed = u;
    else {
      i = i * n + (1 - n) * u;
      o++;
      let h = 1;
      if (n !== 1) h = 1 - Math.pow(n, o);
      l.smoothed = i / h;
    }
  });
  return r.map((l) => l.smoothed);
}

const same = (a: ArrayLike<number>, b: ArrayLike<number>): void => {
  assert.equal(a.length, b.length);
  for (let i = 0; i < a.length; i++) assert.ok(Object.is(a[i], b[i]), `index ${i}: ${a[i]} vs ${b[i]}`);
};

test('smooth() matches TensorBoard on a noisy loss curve at several weights', () => {
  const values = Array.from({ length: 200 }, (_, i) => Math.exp(-i / 50) + 0.1 * Math.sin(i * 1.3));
  for (const w of [0, 0.25, 0.6, 0.9, 0.99, 0.999]) same(smooth(values, w), tensorboardSmoothing(values, w));
});

test('smooth() equals hand-computed debiased EMA values', () => {
  // w = 0.5: last = 0.5, debias 0.5 -> 1; last = 0.25 + 1.5 = 1.75, debias 0.75 -> 2.333...; ...
  const out = smooth([1, 3, 5], 0.5);
  assert.equal(out[0], 1);
  assert.equal(out[1], 1.75 / 0.75);
  assert.equal(out[2], (1.75 * 0.5 + 2.5) / 0.875);
});

test('smooth() passes NaN and infinities through without advancing the average, as TensorBoard does', () => {
  const values = [1, NaN, 2, Infinity, 3, -Infinity, 4];
  same(smooth(values, 0.6), tensorboardSmoothing(values, 0.6));
  assert.ok(Number.isNaN(smooth(values, 0.6)[1]));
  assert.equal(smooth(values, 0.6)[3], Infinity);
});

test('smooth() keeps a constant series exactly constant and handles empty and single inputs', () => {
  same(smooth([0.1, 0.1, 0.1, 0.1], 0.9), [0.1, 0.1, 0.1, 0.1]);
  assert.equal(smooth([], 0.6).length, 0);
  same(smooth([NaN], 0.6), [NaN]);
  same(smooth([7], 0.6), [7]);
});

test('smooth() matches TensorBoard for arbitrary series and weights (property)', () => {
  fc.assert(
    fc.property(
      fc.array(fc.oneof(fc.double({ noNaN: false }), fc.constantFrom(0, 1, -1)), { maxLength: 60 }),
      fc.double({ min: 0, max: 0.999, noNaN: true }),
      (values, w) => same(smooth(values, w), tensorboardSmoothing(values, w)),
    ),
    { numRuns: 300 },
  );
});

test('smooth() rejects a weight outside [0, 1]', () => {
  assert.throws(() => smooth([1, 2], 1.5), /smoothing weight must be in \[0, 1\], got 1.5/);
  assert.throws(() => smooth([1, 2], NaN), RangeError);
});
