// The Fashion-MNIST MLP of Géron's chapter 10: Flatten, Dense 300 relu, Dense 100 relu, Dense 10 softmax,
// sparse categorical cross-entropy, SGD 0.01, accuracy; then evaluate on test and predict a few images.
import * as tf from '@tensorflow/tfjs';
import {
  FASHION_CLASSES,
  limitImages,
  loadFashionMnist,
  scalePixels,
  type ImageSplit,
} from '../data/fashion-mnist-dataset.ts';
import {
  cap,
  evaluateOnTest,
  taskDataOf,
  type SplitTensors,
  type TaskData,
  type TrainingTask,
} from './training-task.ts';

function toTensors(s: ImageSplit): SplitTensors {
  return {
    x: tf.tensor3d(scalePixels(s.pixels), [s.rows, 28, 28]),
    y: tf.tensor1d(Float32Array.from(s.labels)),
  };
}

export const fashionMnistTask: TrainingTask = {
  name: 'fashion-mnist',
  summary: 'Fashion-MNIST MLP (Flatten, Dense 300, Dense 100, Dense 10 softmax), SGD',
  defaults: { epochs: 30, batchSize: 32, learningRate: 0.01 },
  searchable: true,
  monitor: 'val_loss',
  load({ limit, log }): TaskData {
    const d = loadFashionMnist({ warn: log });
    if (d.builtCache) log(`fashion-mnist: built the binary cache ${d.cacheFile}`);
    const train = toTensors(limitImages(d.train, limit));
    const val = toTensors(limitImages(d.validation, cap(d.validation.rows, limit)));
    const test = toTensors(limitImages(d.test, cap(d.test.rows, limit)));
    return taskDataOf(train, val, test);
  },
  build(hp, seed) {
    const hidden =
      hp.hiddenLayers === undefined ? [300, 100] : new Array<number>(hp.hiddenLayers).fill(hp.neurons ?? 100);
    const model = tf.sequential({ name: 'fashion_mnist_mlp' });
    model.add(tf.layers.flatten({ inputShape: [28, 28], name: 'flatten' }));
    hidden.forEach((units, i) =>
      model.add(
        tf.layers.dense({
          units,
          activation: 'relu',
          name: `dense_${i + 1}`,
          kernelInitializer: tf.initializers.glorotUniform({ seed: seed + i }),
        }),
      ),
    );
    model.add(
      tf.layers.dense({
        units: 10,
        activation: 'softmax',
        name: 'output',
        kernelInitializer: tf.initializers.glorotUniform({ seed: seed + 99 }),
      }),
    );
    model.compile({
      optimizer: tf.train.sgd(hp.learningRate),
      loss: 'sparseCategoricalCrossentropy',
      metrics: ['accuracy'],
    });
    return model;
  },
  async report(model, data, log) {
    const metrics = await evaluateOnTest(model, data);
    log(
      `test: ${Object.entries(metrics)
        .map(([k, v]) => `${k} ${v.toFixed(4)}`)
        .join(', ')}`,
    );
    const xTest = data.xTest as tf.Tensor;
    const n = Math.min(5, xTest.shape[0] ?? 0);
    if (n > 0) {
      const probs = tf.tidy(() => model.predict(xTest.slice(0, n)) as tf.Tensor);
      const p = (await probs.array()) as number[][];
      const truth = await (data.yTest as tf.Tensor).slice(0, n).data();
      probs.dispose();
      p.forEach((row, i) => {
        const top = row
          .map((v, c) => ({ v, c }))
          .sort((a, b) => b.v - a.v)
          .slice(0, 2);
        log(
          `predict test[${i}]: ${top.map((t) => `${FASHION_CLASSES[t.c]} ${t.v.toFixed(3)}`).join(', ')} (true: ${FASHION_CLASSES[truth[i]!]})`,
        );
      });
    }
    return metrics;
  },
};
