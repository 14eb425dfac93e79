// Wide & Deep on Auto-MPG with the functional API: a wide input (features 0-4) goes straight to the output,
// a deep input (features 2-8) through two Dense 30 relu layers; a main output on both and an auxiliary output
// on the deep path, losses weighted 0.9 / 0.1.
import * as tf from '@tensorflow/tfjs';
import { loadAutoMpg } from '../data/auto-mpg-dataset.ts';
import { tabularTensors } from './tabular-tensors.ts';
import { type TaskData, type TrainingTask } from './training-task.ts';

const WIDE = [0, 1, 2, 3, 4];
const DEEP = [2, 3, 4, 5, 6, 7, 8];

export const LOSS_WEIGHTS = [0.9, 0.1] as const;

function weightedMse(weight: number): (yTrue: tf.Tensor, yPred: tf.Tensor) => tf.Tensor {
  const fn = (yTrue: tf.Tensor, yPred: tf.Tensor) => tf.losses.meanSquaredError(yTrue, yPred).mul(weight);
  Object.defineProperty(fn, 'name', { value: 'meanSquaredError' });
  return fn;
}

function columns(x: tf.Tensor, cols: number[]): tf.Tensor {
  return tf.gather(x, cols, 1);
}

export const wideDeepTask: TrainingTask = {
  name: 'wide-deep',
  summary: 'Wide & Deep (functional API, two inputs, main + aux outputs, loss weights 0.9/0.1) on Auto-MPG',
  defaults: { epochs: 20, batchSize: 32, learningRate: 0.001 },
  searchable: false,
  monitor: 'val_loss',
  load({ seed, limit, log }): TaskData {
    const d = loadAutoMpg(seed);
    log(`auto-mpg: ${d.droppedRows} rows dropped for missing values`);
    const t = tabularTensors(d, limit);
    const split = (x: tf.Tensor | tf.Tensor[]) => [
      columns(x as tf.Tensor, WIDE),
      columns(x as tf.Tensor, DEEP),
    ];
    const two = (y: tf.Tensor | tf.Tensor[]) => [y as tf.Tensor, y as tf.Tensor];
    const out: TaskData = {
      xTrain: split(t.xTrain),
      yTrain: two(t.yTrain),
      xVal: split(t.xVal),
      yVal: two(t.yVal),
      xTest: split(t.xTest),
      yTest: two(t.yTest),
      trainRows: t.trainRows,
      dispose: () => {
        tf.dispose([
          ...(out.xTrain as tf.Tensor[]),
          ...(out.xVal as tf.Tensor[]),
          ...(out.xTest as tf.Tensor[]),
        ]);
        t.dispose();
      },
    };
    return out;
  },
  build(hp, seed) {
    const init = (i: number) => tf.initializers.glorotUniform({ seed: seed + i });
    const wide = tf.input({ shape: [WIDE.length], name: 'wide_input' });
    const deep = tf.input({ shape: [DEEP.length], name: 'deep_input' });
    const h1 = tf.layers
      .dense({ units: 30, activation: 'relu', name: 'hidden_1', kernelInitializer: init(1) })
      .apply(deep) as tf.SymbolicTensor;
    const h2 = tf.layers
      .dense({ units: 30, activation: 'relu', name: 'hidden_2', kernelInitializer: init(2) })
      .apply(h1) as tf.SymbolicTensor;
    const concat = tf.layers.concatenate({ name: 'concat' }).apply([wide, h2]) as tf.SymbolicTensor;
    const main = tf.layers
      .dense({ units: 1, name: 'main_output', kernelInitializer: init(3) })
      .apply(concat) as tf.SymbolicTensor;
    const aux = tf.layers
      .dense({ units: 1, name: 'aux_output', kernelInitializer: init(4) })
      .apply(h2) as tf.SymbolicTensor;
    const model = tf.model({ inputs: [wide, deep], outputs: [main, aux], name: 'wide_deep' });
    model.compile({
      optimizer: tf.train.sgd(hp.learningRate),
      // TF.js's compile() has no loss_weights: the weights live in the two loss functions instead.
      loss: [weightedMse(LOSS_WEIGHTS[0]), weightedMse(LOSS_WEIGHTS[1])],
    });
    return model;
  },
  async evaluate(model, x, y) {
    const [main, aux] = model.predict(x) as tf.Tensor[];
    const [yMain, yAux] = y as tf.Tensor[];
    const losses = tf.tidy(() => [
      tf.losses.meanSquaredError(yMain!, main!).mul(LOSS_WEIGHTS[0]),
      tf.losses.meanSquaredError(yAux!, aux!).mul(LOSS_WEIGHTS[1]),
    ]);
    const [m, a] = await Promise.all(losses.map(async (t) => (await t.data())[0] ?? NaN));
    tf.dispose([main, aux, ...losses]);
    return { loss: m! + a!, main_output_loss: m!, aux_output_loss: a! };
  },
  async report(model, data, log) {
    const raw = await this.evaluate!(model, data.xTest, data.yTest);
    const metrics = Object.fromEntries(Object.entries(raw).map(([k, v]) => [`test_${k}`, v]));
    log(
      `test: ${Object.entries(metrics)
        .map(([k, v]) => `${k} ${v.toFixed(3)}`)
        .join(', ')}`,
    );
    return metrics;
  },
};
