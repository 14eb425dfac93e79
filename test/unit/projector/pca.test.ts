// The Projector view's PCA: eigenvalues and components of data with a known covariance, orthonormal
// components, deterministic signs, and no NaN from a dimension without variance.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pca } from '../../../client/projector/pca.ts';

/** Points (±a, ±b) rotated by 45°: covariance eigenvalues a²·4/3 and b²·4/3 (n = 4, divided by n - 1). */
function rotatedCross(a: number, b: number): Float32Array {
  const c = Math.SQRT1_2;
  const pts = [
    [a, 0],
    [-a, 0],
    [0, b],
    [0, -b],
  ];
  return Float32Array.from(pts.flatMap(([x, y]) => [c * x! - c * y!, c * x! + c * y!]));
}

test('pca() finds the variances and directions of data with a known covariance', () => {
  const r = pca(rotatedCross(3, 1), 4, 2, 2);
  assert.ok(Math.abs(r.variances[0]! - (9 * 2) / 3) < 1e-5, `${r.variances[0]}`);
  assert.ok(Math.abs(r.variances[1]! - (1 * 2) / 3) < 1e-5, `${r.variances[1]}`);
  const [c0] = r.components;
  assert.ok(Math.abs(Math.abs(c0![0]!) - Math.SQRT1_2) < 1e-6 && Math.abs(c0![0]! - c0![1]!) < 1e-6);
  // the point (3, 0) before rotation lies 3 along the first component
  assert.ok(Math.abs(Math.abs(r.coords[0]!) - 3) < 1e-5);
});

test('pca() components are orthonormal and each has its largest entry positive', () => {
  const n = 50;
  const d = 6;
  const values = new Float32Array(n * d);
  for (let i = 0; i < values.length; i++) values[i] = (Math.sin(i * 12.9898) * 43758.5453) % 1;
  const r = pca(values, n, d, 3);
  for (let a = 0; a < 3; a++) {
    const ca = r.components[a]!;
    const big = ca.reduce((m, x, j) => (Math.abs(x) > Math.abs(ca[m]!) ? j : m), 0);
    assert.ok(ca[big]! > 0);
    for (let b = 0; b < 3; b++) {
      const dot = ca.reduce((s, x, j) => s + x * r.components[b]![j]!, 0);
      assert.ok(Math.abs(dot - (a === b ? 1 : 0)) < 1e-6, `components ${a}·${b} = ${dot}`);
    }
  }
  assert.ok(r.variances[0]! >= r.variances[1]! && r.variances[1]! >= r.variances[2]!);
});

test('pca() gives zero, not NaN, along a dimension without variance', () => {
  const r = pca(Float32Array.from([1, 5, 2, 5, 3, 5]), 3, 2, 2);
  assert.ok([...r.coords].every(Number.isFinite));
  assert.ok(Math.abs(r.variances[1]!) < 1e-9);
});
