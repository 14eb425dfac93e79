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
  type ModelCheckpointOptions,
} from '../trainer/callbacks/index.ts';
export { earlyStopping, type EarlyStoppingOptions } from '../trainer/callbacks/index.ts';
export { progressBar, type ProgressBarOptions } from '../trainer/callbacks/index.ts';
export { lossRatio, eventLoopYielder } from '../trainer/callbacks/index.ts';

import '../trainer/backend/tfjs-copy-guard-end.ts';
