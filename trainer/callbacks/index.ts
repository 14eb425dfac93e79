// The Keras-style callbacks for anyone training with TF.js in Node, not only trainboard's tasks.
export {
  tensorBoard,
  learningRateOf,
  type TensorBoardOptions,
  type TensorBoardCallback,
} from './tensorboard-callback.ts';
export {
  modelCheckpoint,
  saveModelToDir,
  loadModelFromDir,
  type ModelCheckpointOptions,
} from './model-checkpoint.ts';
export { earlyStopping, type EarlyStoppingOptions } from './early-stopping.ts';
export { progressBar, renderBar, type ProgressBarOptions } from './progress-bar.ts';
export { lossRatio } from './loss-ratio-callback.ts';
export { resolveLogs, splitValidation, kerasMetricName, type MetricLogs } from './resolved-logs.ts';
export { eventLoopYielder } from './event-loop-yielder.ts';
