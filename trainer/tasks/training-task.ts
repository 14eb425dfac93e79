// What a task is: its defaults, how it loads its data as tensors, how it builds and compiles its model the
// Keras way, and optionally a custom training loop and what to report after training.
import * as tf from '@tensorflow/tfjs';
import type { MetricLogs } from '../callbacks/resolved-logs.ts';

export interface TaskDefaults {
  epochs: number;
  batchSize: number;
  learningRate: number;
}

export interface LoadOptions {
  seed: number;
  /** Use at most this many training examples (validation and test are capped to it too). */
  limit?: number;
  log: (line: string) => void;
}

export interface TaskData {
  xTrain: tf.Tensor | tf.Tensor[];
  yTrain: tf.Tensor | tf.Tensor[];
  xVal: tf.Tensor | tf.Tensor[];
  yVal: tf.Tensor | tf.Tensor[];
  xTest: tf.Tensor | tf.Tensor[];
  yTest: tf.Tensor | tf.Tensor[];
  trainRows: number;
  dispose(): void;
}

/** One split as tensors: features and targets with the same number of rows. */
export interface SplitTensors {
  x: tf.Tensor;
  y: tf.Tensor;
}

/** TaskData over single-input, single-output splits; dispose() frees all six tensors. */
export function taskDataOf(train: SplitTensors, val: SplitTensors, test: SplitTensors): TaskData {
  return {
    xTrain: train.x,
    yTrain: train.y,
    xVal: val.x,
    yVal: val.y,
    xTest: test.x,
    yTest: test.y,
    trainRows: train.x.shape[0] ?? 0,
    dispose: () => [train, val, test].forEach((t) => tf.dispose([t.x, t.y])),
  };
}

/** Model hyperparameters; search varies hiddenLayers/neurons, every task honours learningRate. */
export interface ModelHParams {
  learningRate: number;
  hiddenLayers?: number;
  neurons?: number;
}

export interface CustomFitOptions {
  epochs: number;
  batchSize: number;
  callbacks: tf.Callback[];
}

export interface TrainingTask {
  name: string;
  summary: string;
  defaults: TaskDefaults;
  /** Whether `search` may vary hiddenLayers and neurons. */
  searchable: boolean;
  /** The metric early stopping and search monitor. */
  monitor: string;
  load(opts: LoadOptions): TaskData;
  build(hp: ModelHParams, seed: number): tf.LayersModel;
  /** A training loop other than model.fit (the perceptron rule); must drive the callbacks like fit does. */
  fit?(model: tf.LayersModel, data: TaskData, opts: CustomFitOptions): Promise<void>;
  /**
   * Computes loss metrics itself (names as fit logs them) where TF.js's own evaluate() is wrong (multi-output
   * models: its total and per-output validation losses are mixed up); used for validation and test.
   */
  evaluate?(
    model: tf.LayersModel,
    x: tf.Tensor | tf.Tensor[],
    y: tf.Tensor | tf.Tensor[],
  ): Promise<MetricLogs>;
  /** After training: evaluate on test, predictions...; returns metrics stored as final (prefixed test_). */
  report?(model: tf.LayersModel, data: TaskData, log: (line: string) => void): Promise<MetricLogs>;
}

/** Capped validation/test size for `--limit` runs. */
export function cap(rows: number, limit: number | undefined): number {
  return limit === undefined ? rows : Math.min(rows, limit);
}

/** Evaluates on the test split and returns {test_<metric>: value} with the model's metric names. */
export async function evaluateOnTest(
  model: tf.LayersModel,
  data: TaskData,
  batchSize = 256,
): Promise<MetricLogs> {
  const result = model.evaluate(data.xTest, data.yTest, { batchSize });
  const tensors = Array.isArray(result) ? result : [result];
  const names = model.metricsNames;
  const out: MetricLogs = {};
  for (let i = 0; i < tensors.length; i++) {
    const v = (await tensors[i]!.data())[0];
    if (v !== undefined) out[`test_${(names[i] ?? `metric_${i}`).replace(/^acc$/, 'accuracy')}`] = v;
    tensors[i]!.dispose();
  }
  return out;
}
