// Builds the Keras conceptual-graph summary value as Keras' TensorBoard callback writes it: tag `keras`, a
// rank-0 DT_STRING tensor holding model.to_json(), plugin `graph_keras_model` with content exactly "1"
// (TensorBoard's graphs plugin ignores any other content, FORMAT.md §2.8). Keras 2 / TF.js inbound nodes are
// rewritten in the Keras 3 form by default, since TensorBoard 2.21 draws them without edges otherwise.
import type { tensorboard } from '../../proto/index.ts';
import { checkTag, pluginMetadata } from './summary-metadata.ts';
import { stringTensor } from './tensor-encoder.ts';
import { withKeras3InboundNodes } from './keras-model-json.ts';

export const GRAPH_KERAS_MODEL_PLUGIN = 'graph_keras_model';
const CONTENT_ONE = new TextEncoder().encode('1');

export interface KerasModelOptions {
  /** Rewrite Keras 2 / TF.js inbound_nodes as Keras 3 nodes (default true); false stores the JSON unchanged. */
  keras3InboundNodes?: boolean;
}

/**
 * `modelJson` is a Keras-format model JSON: Keras model.to_json(), or TF.js JSON.stringify(model.toJSON(null,
 * false)).
 */
export function kerasModelValue(
  modelJson: string,
  tag = 'keras',
  opts: KerasModelOptions = {},
): tensorboard.Summary.IValue {
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
  const json = opts.keras3InboundNodes === false ? modelJson : withKeras3InboundNodes(modelJson);
  return {
    tag,
    tensor: stringTensor([json], []),
    metadata: pluginMetadata(GRAPH_KERAS_MODEL_PLUGIN, CONTENT_ONE),
  };
}
