// Rewrites the inbound_nodes of a Keras-format model JSON from the Keras 2 / TF.js form into the Keras 3 form,
// because TensorBoard 2.21's graphs plugin (plugins/graph/keras_util.py::_get_inbound_nodes) reads only Keras 3
// nodes ({"args": [keras tensors], "kwargs": {}}) and silently draws a Keras 2 / TF.js functional model
// (`[[[name, nodeIndex, tensorIndex, kwargs], ...]]`) without any edges. Invariants: the input is not modified;
// everything but inbound_nodes is kept as it is; nested models are rewritten too; Keras 3 input comes back equal.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

interface KerasTensorRef {
  class_name: '__keras_tensor__';
  config: { keras_history: [string, number, number] };
}

function isObject(x: Json | undefined): x is { [key: string]: Json } {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** A Keras 2 inbound entry: [layer name, node index, tensor index, kwargs?]. */
function isKeras2Entry(x: Json): x is [string, number, number, ...Json[]] {
  return Array.isArray(x) && typeof x[0] === 'string' && typeof x[1] === 'number' && typeof x[2] === 'number';
}

function tensorRef(entry: [string, number, number, ...Json[]]): KerasTensorRef {
  return { class_name: '__keras_tensor__', config: { keras_history: [entry[0], entry[1], entry[2]] } };
}

function convertNodes(nodes: Json[]): { nodes: Json[]; changed: boolean } {
  let changed = false;
  const out = nodes.map((node): Json => {
    if (!Array.isArray(node) || !node.every(isKeras2Entry)) return node; // Keras 3 already, or unknown
    changed = true;
    const refs = node.map((e) => tensorRef(e as [string, number, number]) as unknown as Json);
    return { args: refs.length === 1 ? refs : [refs], kwargs: {} };
  });
  return { nodes: out, changed };
}

function convertLayer(layer: Json): { layer: Json; changed: boolean } {
  if (!isObject(layer)) return { layer, changed: false };
  let changed = false;
  const copy: { [key: string]: Json } = { ...layer };
  if (Array.isArray(layer.inbound_nodes)) {
    const r = convertNodes(layer.inbound_nodes);
    if (r.changed) [copy.inbound_nodes, changed] = [r.nodes, true];
  }
  const config = layer.config;
  if (isObject(config) && Array.isArray(config.layers)) {
    const layers = config.layers.map(convertLayer);
    if (layers.some((l) => l.changed)) {
      copy.config = { ...config, layers: layers.map((l) => l.layer) };
      changed = true;
    }
  }
  return { layer: changed ? copy : layer, changed };
}

/**
 * The model JSON with Keras 2 / TF.js inbound_nodes rewritten as Keras 3 nodes; the same string when nothing
 * needed rewriting. Throws SyntaxError when `modelJson` does not parse.
 */
export function withKeras3InboundNodes(modelJson: string): string {
  const { layer, changed } = convertLayer(JSON.parse(modelJson) as Json);
  return changed ? JSON.stringify(layer) : modelJson;
}
