// The perceptron: a threshold logic unit (Dense 1 followed by a Heaviside step) on iris petal length and
// width, setosa or not, trained by the perceptron learning rule (w += lr (y - step(w.x + b)) x, per example)
// instead of gradient descent; it drives the callbacks as fit() does so it is logged like the other tasks.
import * as tf from '@tensorflow/tfjs';
import { loadIrisSetosa } from '../data/iris-dataset.ts';
import { createSeededRandom } from '../data/seeded-random.ts';
import { tabularTensors } from './tabular-tensors.ts';
import type { TaskData, TrainingTask } from './training-task.ts';

/** One pass of the perceptron rule over the rows in `order`; returns the number of updates made. */
export function perceptronEpoch(
  w: Float32Array,
  b: { value: number },
  x: Float32Array,
  y: Float32Array,
  order: readonly number[],
  lr: number,
): number {
  const width = w.length;
  let updates = 0;
  for (const r of order) {
    let z = b.value;
    for (let c = 0; c < width; c++) z += w[c]! * x[r * width + c]!;
    const err = y[r]! - (z >= 0 ? 1 : 0);
    if (err !== 0) {
      updates++;
      for (let c = 0; c < width; c++) w[c]! += lr * err * x[r * width + c]!;
      b.value += lr * err;
    }
  }
  return updates;
}

async function errorRate(model: tf.LayersModel, x: tf.Tensor, y: tf.Tensor): Promise<number> {
  const wrong = tf.tidy(() => {
    const step = (model.predict(x) as tf.Tensor).greaterEqual(0).toFloat();
    return step.notEqual(y).toFloat().mean();
  });
  const v = (await wrong.data())[0] ?? NaN;
  wrong.dispose();
  return v;
}

export const perceptronTask: TrainingTask = {
  name: 'perceptron',
  summary: 'a threshold logic unit trained by the perceptron rule on iris petal size (setosa or not)',
  defaults: { epochs: 10, batchSize: 1, learningRate: 0.1 },
  searchable: false,
  monitor: 'val_loss',
  load: ({ seed, limit }) => tabularTensors(loadIrisSetosa(seed), limit),
  build(hp, seed) {
    const model = tf.sequential({ name: 'perceptron' });
    model.add(
      tf.layers.dense({ units: 1, inputShape: [2], name: 'tlu', kernelInitializer: tf.initializers.zeros() }),
    );
    // Compiled only so that evaluate()/metric names exist; the perceptron rule below does the training.
    model.compile({ optimizer: tf.train.sgd(hp.learningRate), loss: 'meanSquaredError' });
    void seed;
    return model;
  },
  async fit(model: tf.LayersModel, data: TaskData, opts) {
    const layer = model.getLayer('tlu');
    const [kernel, bias] = layer.getWeights();
    const w = Float32Array.from(await kernel!.data());
    const b = { value: (await bias!.data())[0] ?? 0 };
    const x = Float32Array.from(await (data.xTrain as tf.Tensor).data());
    const y = Float32Array.from(await (data.yTrain as tf.Tensor).data());
    const lr = (model.optimizer as unknown as { learningRate: number }).learningRate;
    const rng = createSeededRandom(1);
    const rows = data.trainRows;
    const cbs = opts.callbacks;
    const params = {
      epochs: opts.epochs,
      steps: rows,
      samples: rows,
      batchSize: 1,
      verbose: 0,
      doValidation: true,
    };
    for (const cb of cbs) {
      cb.setModel(model);
      cb.setParams(params);
    }
    model.stopTraining = false;
    for (const cb of cbs) await cb.onTrainBegin();
    for (let epoch = 0; epoch < opts.epochs && !model.stopTraining; epoch++) {
      for (const cb of cbs) await cb.onEpochBegin(epoch);
      const updates = perceptronEpoch(w, b, x, y, rng.shuffle([...Array(rows).keys()]), lr);
      tf.tidy(() => layer.setWeights([tf.tensor2d(w, [w.length, 1]), tf.tensor1d([b.value])]));
      for (let i = 0; i < rows; i++) for (const cb of cbs) await cb.onBatchEnd(i, { batch: i, size: 1 });
      const logs = {
        loss: await errorRate(model, data.xTrain as tf.Tensor, data.yTrain as tf.Tensor),
        updates,
        val_loss: await errorRate(model, data.xVal as tf.Tensor, data.yVal as tf.Tensor),
      };
      const withAcc = { ...logs, accuracy: 1 - logs.loss, val_accuracy: 1 - logs.val_loss };
      for (const cb of cbs) await cb.onEpochEnd(epoch, withAcc);
      await new Promise((resolve) => setImmediate(resolve)); // let timers and signal handlers run
    }
    for (const cb of cbs) await cb.onTrainEnd();
  },
  async report(model, data, log) {
    const err = await errorRate(model, data.xTest as tf.Tensor, data.yTest as tf.Tensor);
    const [k, bias] = model.getLayer('tlu').getWeights();
    const kv = await k!.data();
    log(
      `perceptron: w = [${Array.from(kv, (v) => v.toFixed(3)).join(', ')}], b = ${((await bias!.data())[0] ?? 0).toFixed(3)}, test accuracy ${(1 - err).toFixed(3)}`,
    );
    return { test_loss: err, test_accuracy: 1 - err };
  },
};
