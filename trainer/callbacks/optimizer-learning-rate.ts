// Reads and sets the learning rate of a TF.js optimizer. SGD and momentum keep a precomputed scalar tensor
// and must go through setLearningRate(); Adam, Adamax, Adagrad, Adadelta and RMSProp read `learningRate` at
// every step, so assigning it takes effect on the next batch.
import type * as tf from '@tensorflow/tfjs';

interface LearningRateOptimizer {
  learningRate?: unknown;
  setLearningRate?: (lr: number) => void;
}

/** The optimizer's current learning rate, when it exposes one. */
export function learningRateOf(model: tf.LayersModel): number | undefined {
  const opt = model.optimizer as unknown as LearningRateOptimizer | undefined;
  return typeof opt?.learningRate === 'number' ? opt.learningRate : undefined;
}

/** Sets the learning rate; throws (naming the optimizer) when it has none, as Keras does. */
export function setLearningRate(model: tf.LayersModel, lr: number, owner: string): void {
  const opt = model.optimizer as unknown as
    (LearningRateOptimizer & { getClassName?: () => string }) | undefined;
  if (!opt || typeof opt.learningRate !== 'number')
    throw new Error(
      `${owner}: the optimizer ${opt?.getClassName?.() ?? '(none: compile the model first)'} has no learning rate`,
    );
  if (!Number.isFinite(lr))
    throw new RangeError(`${owner}: learning rate must be a finite number, got ${lr}`);
  if (typeof opt.setLearningRate === 'function') opt.setLearningRate(lr);
  else opt.learningRate = lr;
}
