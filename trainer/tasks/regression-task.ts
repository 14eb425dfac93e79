// Auto-MPG regression: Dense 30 relu and Dense 1, mean squared error, SGD, on standardised features.
import * as tf from '@tensorflow/tfjs';
import { loadAutoMpg } from '../data/auto-mpg-dataset.ts';
import { tabularTensors } from './tabular-tensors.ts';
import { evaluateOnTest, type TrainingTask } from './training-task.ts';

export const regressionTask: TrainingTask = {
  name: 'regression',
  summary: 'Auto-MPG regression (Dense 30 relu, Dense 1), MSE, SGD',
  defaults: { epochs: 20, batchSize: 32, learningRate: 0.01 },
  searchable: true,
  monitor: 'val_loss',
  load({ seed, limit, log }) {
    const d = loadAutoMpg(seed);
    log(
      `auto-mpg: ${d.train.rows}/${d.validation.rows}/${d.test.rows} rows (train/validation/test), ${d.droppedRows} dropped for missing values`,
    );
    return tabularTensors(d, limit);
  },
  build(hp, seed) {
    const model = tf.sequential({ name: 'auto_mpg_regression' });
    const layers = hp.hiddenLayers ?? 1;
    for (let i = 0; i < layers; i++) {
      model.add(
        tf.layers.dense({
          units: hp.neurons ?? 30,
          activation: 'relu',
          name: `dense_${i + 1}`,
          kernelInitializer: tf.initializers.glorotUniform({ seed: seed + i }),
          ...(i === 0 ? { inputShape: [9] } : {}),
        }),
      );
    }
    model.add(
      tf.layers.dense({
        units: 1,
        name: 'output',
        kernelInitializer: tf.initializers.glorotUniform({ seed: seed + 99 }),
      }),
    );
    model.compile({ optimizer: tf.train.sgd(hp.learningRate), loss: 'meanSquaredError' });
    return model;
  },
  async report(model, data, log) {
    const metrics = await evaluateOnTest(model, data);
    log(
      `test: mse ${metrics.test_loss?.toFixed(3)} (rmse ${Math.sqrt(metrics.test_loss ?? NaN).toFixed(3)} mpg)`,
    );
    return metrics;
  },
};
