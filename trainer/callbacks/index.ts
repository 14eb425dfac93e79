// The Keras-style callbacks for anyone training with TF.js in Node, not only trainboard's tasks: the public API
// of `trainboard`'s callbacks (see docs/trainer.md).
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
  loadWeightsFromDir,
  type ModelCheckpointOptions,
  type SaveModelOptions,
} from './model-checkpoint.ts';
export { earlyStopping, type EarlyStoppingOptions } from './early-stopping.ts';
export { reduceLROnPlateau, type ReduceLROnPlateauOptions } from './reduce-lr-on-plateau.ts';
export {
  learningRateScheduler,
  type LearningRateSchedule,
  type LearningRateSchedulerOptions,
} from './learning-rate-scheduler.ts';
export { csvLogger, type CsvLoggerOptions } from './csv-logger.ts';
export { terminateOnNaN, type TerminateOnNaNOptions } from './terminate-on-nan.ts';
export { backupAndRestore, type BackupAndRestoreOptions } from './backup-and-restore.ts';
export { KerasCallback, type KerasCallbackOptions } from './keras-callback.ts';
export { inferDirection, isImprovement, type MonitorMode } from './metric-direction.ts';
export { setLearningRate } from './optimizer-learning-rate.ts';
export { formatFilepath } from './filepath-template.ts';
export { progressBar, renderBar, type ProgressBarOptions } from './progress-bar.ts';
export { lossRatio } from './loss-ratio-callback.ts';
export { resolveLogs, splitValidation, kerasMetricName, type MetricLogs } from './resolved-logs.ts';
export { eventLoopYielder } from './event-loop-yielder.ts';
