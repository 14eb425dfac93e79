// The summary builders, one module per kind: each returns a tensorboard.Summary.IValue exactly as TF2/Keras
// writes that kind, ready for EventFileWriter.writeSummary() or SummaryWriter.writeValues().
export { scalarValue, SCALARS_PLUGIN } from './scalar-summary.ts';
export {
  histogramValue,
  histogramBuckets,
  DEFAULT_BUCKET_COUNT,
  HISTOGRAMS_PLUGIN,
  type HistogramOptions,
} from './histogram-summary.ts';
export { textValue, TEXT_PLUGIN, type TextData } from './text-summary.ts';
export { imageValue, IMAGES_PLUGIN, type EncodedImage } from './image-summary.ts';
export { kerasModelValue, GRAPH_KERAS_MODEL_PLUGIN } from './keras-model-summary.ts';
export {
  hparamsExperimentValue,
  sessionStartValue,
  sessionEndValue,
  EXPERIMENT_TAG,
  SESSION_START_TAG,
  SESSION_END_TAG,
  HPARAMS_PLUGIN,
  type HParamsExperimentConfig,
  type HParamSpec,
  type HParamValue,
  type MetricSpec,
  type SessionStatus,
  type SessionStartOptions,
} from './hparams-summary.ts';
export {
  customScalarsLayoutValue,
  CUSTOM_SCALARS_TAG,
  type CustomScalarCategory,
  type CustomScalarChart,
} from './custom-scalars-summary.ts';
export type { DescribeOptions } from './summary-metadata.ts';
