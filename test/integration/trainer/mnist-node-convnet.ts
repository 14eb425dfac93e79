// The tfjs-examples mnist-node convnet (mnist-node/model.js), layer for layer, and a seeded synthetic
// 28x28 ten-class image set for it: shared by the WASM training tests and the backend benchmark.
import * as tf from '@tensorflow/tfjs';
import { createSeededRandom } from '../../../trainer/data/seeded-random.ts';

/** conv 32, conv 32, pool, conv 64, conv 64, pool, flatten, dropout .25, dense 512, dropout .5, dense 10. */
export function buildMnistNodeConvnet(): tf.Sequential {
  const model = tf.sequential();
  model.add(tf.layers.conv2d({ inputShape: [28, 28, 1], filters: 32, kernelSize: 3, activation: 'relu' }));
  model.add(tf.layers.conv2d({ filters: 32, kernelSize: 3, activation: 'relu' }));
  model.add(tf.layers.maxPooling2d({ poolSize: [2, 2] }));
  model.add(tf.layers.conv2d({ filters: 64, kernelSize: 3, activation: 'relu' }));
  model.add(tf.layers.conv2d({ filters: 64, kernelSize: 3, activation: 'relu' }));
  model.add(tf.layers.maxPooling2d({ poolSize: [2, 2] }));
  model.add(tf.layers.flatten());
  model.add(tf.layers.dropout({ rate: 0.25 }));
  model.add(tf.layers.dense({ units: 512, activation: 'relu' }));
  model.add(tf.layers.dropout({ rate: 0.5 }));
  model.add(tf.layers.dense({ units: 10, activation: 'softmax' }));
  model.compile({ optimizer: 'rmsprop', loss: 'categoricalCrossentropy', metrics: ['accuracy'] });
  return model;
}

/**
 * `count` images of 28x28 in [0, 1] with one-hot labels: class k is a bright 6x6 block at its own place on a
 * 5x2 grid, on uniform noise, so a convnet can learn it in a few steps.
 */
export function syntheticDigits(count: number, seed: number): { xs: tf.Tensor4D; ys: tf.Tensor2D } {
  const random = createSeededRandom(seed);
  const pixels = new Float32Array(count * 28 * 28);
  const labels = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    const k = i % 10;
    labels[i] = k;
    const top = 2 + 13 * Math.floor(k / 5);
    const left = 1 + 5 * (k % 5);
    for (let p = 0; p < 28 * 28; p++) pixels[i * 784 + p] = 0.3 * random.next();
    for (let r = top; r < top + 6; r++)
      for (let c = left; c < left + 6; c++) pixels[i * 784 + r * 28 + c] = 1;
  }
  return {
    xs: tf.tensor4d(pixels, [count, 28, 28, 1]),
    ys: tf.oneHot(tf.tensor1d(labels, 'int32'), 10) as tf.Tensor2D,
  };
}
