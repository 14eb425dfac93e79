// Backend choice at run time, on the real TF.js packages: forced WASM and CPU activate those backends; auto
// picks tfjs-node when its addon loads and otherwise says why it fell back; a failed forced backend throws.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as tf from '@tensorflow/tfjs';
import { selectBackend } from '../../../trainer/backend/backend-selector.ts';

test('--backend wasm and cpu activate exactly those backends and compute correctly', async () => {
  for (const choice of ['wasm', 'cpu'] as const) {
    const b = await selectBackend(choice);
    assert.equal(b.name, choice);
    assert.equal(tf.getBackend(), choice);
    assert.match(b.reason, new RegExp(`forced with --backend ${choice}`));
    assert.deepEqual(Array.from(tf.tensor([1, 2]).add(1).dataSync()), [2, 3]);
  }
});

test('auto prefers tfjs-node and otherwise gives the reason it fell back to WASM', async () => {
  let nodeLoads = true;
  try {
    await import('@tensorflow/tfjs-node');
  } catch {
    nodeLoads = false;
  }
  const b = await selectBackend('auto');
  if (nodeLoads) {
    assert.equal(b.name, 'tensorflow');
  } else {
    assert.equal(b.name, 'wasm');
    assert.match(b.reason, /tfjs-node did not load .*setup:tfjs-node/);
  }
  assert.equal(tf.getBackend(), b.name);
});

test('--backend tensorflow without a loadable tfjs-node throws a clear error', async (t) => {
  try {
    await import('@tensorflow/tfjs-node');
    t.skip('tfjs-node loads on this machine');
    return;
  } catch {
    // expected here
  }
  await assert.rejects(selectBackend('tensorflow'), /--backend tensorflow: tfjs-node did not load/);
});
