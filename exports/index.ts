// The package's main entry (`trainboard`): the Keras-style callbacks for TF.js training in Node and their
// helpers. Invariant: only what docs/package.md documents is exported here; internals stay reachable only by
// their own paths inside the package, never through this module.
import '../trainer/backend/tfjs-copy-guard.ts';

export {
  tensorBoard,
  learningRateOf,
  type TensorBoardOptions,
  type TensorBoardCallback,
} from '../trainer/callbacks/index.ts';
export {
  modelCheckpoint,
  saveModelToDir,
  loadModelFromDir,
  loadWeightsFromDir,
  type ModelCheckpointOptions,
  type SaveModelOptions,
} from '../trainer/callbacks/index.ts';
export { earlyStopping, type EarlyStoppingOptions } from '../trainer/callbacks/index.ts';
export { reduceLROnPlateau, type ReduceLROnPlateauOptions } from '../trainer/callbacks/index.ts';
export {
  learningRateScheduler,
  type LearningRateSchedule,
  type LearningRateSchedulerOptions,
} from '../trainer/callbacks/index.ts';
export { csvLogger, type CsvLoggerOptions } from '../trainer/callbacks/index.ts';
export { terminateOnNaN, type TerminateOnNaNOptions } from '../trainer/callbacks/index.ts';
export { backupAndRestore, type BackupAndRestoreOptions } from '../trainer/callbacks/index.ts';
export { KerasCallback, type KerasCallbackOptions } from '../trainer/callbacks/index.ts';
export { inferDirection, isImprovement, type MonitorMode } from '../trainer/callbacks/index.ts';
export { setLearningRate, formatFilepath } from '../trainer/callbacks/index.ts';
export { progressBar, type ProgressBarOptions } from '../trainer/callbacks/index.ts';
export { lossRatio, eventLoopYielder } from '../trainer/callbacks/index.ts';
export { registerWasmTrainingKernels } from '../trainer/backend/wasm-kernels/wasm-training-kernels.ts';

import '../trainer/backend/tfjs-copy-guard-end.ts';
