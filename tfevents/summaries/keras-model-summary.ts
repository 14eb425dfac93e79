// Builds the Keras conceptual-graph summary value as Keras' TensorBoard callback writes it: tag `keras`, a
// rank-0 DT_STRING tensor holding model.to_json(), plugin `graph_keras_model` with content exactly "1"
// (TensorBoard's graphs plugin ignores any other content, FORMAT.md §2.8).
import type { tensorboard } from '../../proto/index.ts';
import { checkTag, pluginMetadata } from './summary-metadata.ts';
import { stringTensor } from './tensor-encoder.ts';

export const GRAPH_KERAS_MODEL_PLUGIN = 'graph_keras_model';
const CONTENT_ONE = new TextEncoder().encode('1');

/** `modelJson` is a Keras-format model JSON (Keras model.to_json() or TF.js model.toJSON(null, false)). */
export function kerasModelValue(modelJson: string, tag = 'keras'): tensorboard.Summary.IValue {
  checkTag('kerasModelValue', tag);
  let parsed: unknown;
  try {
    parsed = JSON.parse(modelJson);
  } catch (err) {
    throw new SyntaxError(
      `kerasModelValue: model JSON does not parse: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
  if (typeof parsed !== 'object' || parsed === null || !('class_name' in parsed) || !('config' in parsed)) {
    throw new RangeError(
      'kerasModelValue: model JSON must be an object with class_name and config (Keras format)',
    );
  }
  return {
    tag,
    tensor: stringTensor([modelJson], []),
    metadata: pluginMetadata(GRAPH_KERAS_MODEL_PLUGIN, CONTENT_ONE),
  };
}
