// XOR: a 2-8-1 MLP (tanh, sigmoid) with binary cross-entropy that fits the four points.
import * as tf from '@tensorflow/tfjs';
import { loadXor } from '../data/xor-dataset.ts';
import { tabularTensors } from './tabular-tensors.ts';
import { evaluateOnTest, type TrainingTask } from './training-task.ts';

export const xorTask: TrainingTask = {
  name: 'xor',
  summary: 'a small MLP (2-8-1) that solves XOR',
  defaults: { epochs: 300, batchSize: 4, learningRate: 0.1 },
  searchable: true,
  monitor: 'loss',
  load: ({ limit }) => tabularTensors(loadXor(), limit),
  build(hp, seed) {
    const model = tf.sequential({ name: 'xor_mlp' });
    const layers = hp.hiddenLayers ?? 1;
    for (let i = 0; i < layers; i++) {
      model.add(
        tf.layers.dense({
          units: hp.neurons ?? 8,
          activation: 'tanh',
          name: `hidden_${i + 1}`,
          kernelInitializer: tf.initializers.glorotUniform({ seed: seed + i }),
          ...(i === 0 ? { inputShape: [2] } : {}),
        }),
      );
    }
    model.add(
      tf.layers.dense({
        units: 1,
        activation: 'sigmoid',
        name: 'output',
        kernelInitializer: tf.initializers.glorotUniform({ seed: seed + 99 }),
      }),
    );
    model.compile({
      optimizer: tf.train.adam(hp.learningRate),
      loss: 'binaryCrossentropy',
      metrics: ['accuracy'],
    });
    return model;
  },
  async report(model, data, log) {
    const metrics = await evaluateOnTest(model, data);
    const p = tf.tidy(() => model.predict(data.xTest as tf.Tensor) as tf.Tensor);
    const v = await p.data();
    p.dispose();
    log(
      `xor predictions: 00->${v[0]!.toFixed(3)} 01->${v[1]!.toFixed(3)} 10->${v[2]!.toFixed(3)} 11->${v[3]!.toFixed(3)}`,
    );
    return metrics;
  },
};
