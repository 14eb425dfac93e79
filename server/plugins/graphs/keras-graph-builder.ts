// Builds the conceptual graph of a Keras-format model JSON as a GraphDef, node for node as TensorBoard's
// keras_util.keras_model_to_graph_def does (preorder walk of nested models, name scopes, `keras_class` and
// `dtype` attrs, inbound nodes of the Keras 3 dict format, sequential chaining otherwise). Pure; throws a
// KerasModelError for JSON that is not a Keras model config.
import { tensorboard } from '../../../proto/index.ts';

export class KerasModelError extends Error {
  override readonly name = 'KerasModelError';
}

type Json = Record<string, unknown>;

/** A JSON scalar as text ('' for objects, arrays and null). */
const text = (x: unknown): string =>
  typeof x === 'string' ? x : typeof x === 'number' || typeof x === 'boolean' ? String(x) : '';
const isObj = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);
const configOf = (layer: Json): Json => (isObj(layer.config) ? layer.config : {});

/** tf.dtypes.as_dtype names -> DataType enum (the names TensorBoard's dtypes stub accepts). */
const DTYPES: Record<string, tensorboard.DataType> = {
  float16: tensorboard.DataType.DT_HALF,
  half: tensorboard.DataType.DT_HALF,
  float32: tensorboard.DataType.DT_FLOAT,
  float: tensorboard.DataType.DT_FLOAT,
  float64: tensorboard.DataType.DT_DOUBLE,
  double: tensorboard.DataType.DT_DOUBLE,
  bfloat16: tensorboard.DataType.DT_BFLOAT16,
  int32: tensorboard.DataType.DT_INT32,
  uint8: tensorboard.DataType.DT_UINT8,
  uint16: tensorboard.DataType.DT_UINT16,
  uint32: tensorboard.DataType.DT_UINT32,
  uint64: tensorboard.DataType.DT_UINT64,
  int16: tensorboard.DataType.DT_INT16,
  int8: tensorboard.DataType.DT_INT8,
  string: tensorboard.DataType.DT_STRING,
  complex64: tensorboard.DataType.DT_COMPLEX64,
  complex128: tensorboard.DataType.DT_COMPLEX128,
  int64: tensorboard.DataType.DT_INT64,
  bool: tensorboard.DataType.DT_BOOL,
  resource: tensorboard.DataType.DT_RESOURCE,
  variant: tensorboard.DataType.DT_VARIANT,
};

function* walkLayers(layer: Json): Generator<[string, Json]> {
  yield ['', layer];
  const cfg = configOf(layer);
  const layers = cfg.layers;
  if (Array.isArray(layers) && layers.length > 0) {
    const scope = text(cfg.name);
    for (const sub of layers) {
      if (!isObj(sub)) continue;
      for (const [subScope, sublayer] of walkLayers(sub)) {
        yield [subScope ? `${scope}/${subScope}` : scope, sublayer];
      }
    }
  }
}

const scoped = (scope: string, name: string): string => (scope ? `${scope}/${name}` : name);
const isModel = (layer: Json): boolean =>
  configOf(layer).layers !== undefined && configOf(layer).layers !== null;

function normToListOfLayers(maybe: unknown[]): unknown[][] {
  return Array.isArray(maybe[0]) ? (maybe as unknown[][]) : [maybe];
}

type Inbound = [string, number, number];

function inboundNodes(layer: Json): Inbound[] {
  const out: Inbound[] = [];
  const nodes = layer.inbound_nodes;
  if (!Array.isArray(nodes)) return out;
  for (const node of nodes) {
    if (!isObj(node)) continue;
    const args = Array.isArray(node.args) ? node.args : [];
    for (const a of args) {
      const list = Array.isArray(a) ? a : [a];
      for (const arg of list) {
        const history = isObj(arg) && isObj(arg.config) ? arg.config.keras_history : undefined;
        if (!Array.isArray(history) || history.length < 3) continue;
        out.push([String(history[0]), Number(history[1]), Number(history[2])]);
      }
    }
  }
  return out;
}

export function kerasModelToGraphDef(modelJson: string): tensorboard.IGraphDef {
  let root: unknown;
  try {
    root = JSON.parse(modelJson);
  } catch (err) {
    throw new KerasModelError(
      `model JSON does not parse: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
  if (!isObj(root) || !isObj(root.config)) throw new KerasModelError('model JSON has no "config" object');
  const inputToLayer = new Map<string, string>();
  const modelNameToOutput = new Map<string, string[]>();
  const nodes: tensorboard.INodeDef[] = [];
  let prevNodeName: string | null = null;

  for (const [scope, layer] of walkLayers(root)) {
    const cfg = configOf(layer);
    if (isModel(layer)) {
      const layers = Array.isArray(cfg.layers) ? (cfg.layers as unknown[]) : [];
      if (layers.length === 0) throw new KerasModelError('layer is not a model.');
      const nodeName = scoped(scope, text(cfg.name));
      const inputLayers = Array.isArray(cfg.input_layers) ? (cfg.input_layers as unknown[]) : null;
      const outputLayers = Array.isArray(cfg.output_layers) ? (cfg.output_layers as unknown[]) : null;
      const inbound = inboundNodes(layer);
      const isFunctional = !!(inputLayers?.length && outputLayers?.length);
      const parentFunctional = inbound.length > 0;
      if (parentFunctional && isFunctional) {
        inputLayers.forEach((inputLayer, i) => {
          const node = inbound[i];
          if (!node) return;
          const name = Array.isArray(inputLayer) ? String(inputLayer[0]) : String(inputLayer);
          inputToLayer.set(scoped(nodeName, name), scoped(scope, node[0]));
        });
      } else if (parentFunctional && !isFunctional) {
        prevNodeName = scoped(scope, inbound[0]![0]);
      } else if (!parentFunctional && prevNodeName && isFunctional) {
        const first = normToListOfLayers(inputLayers)[0];
        const name = Array.isArray(first) ? String(first[0]) : String(first);
        inputToLayer.set(scoped(nodeName, name), prevNodeName);
      }
      if (isFunctional && outputLayers) {
        const names = normToListOfLayers(outputLayers).map((l) => scoped(nodeName, String(l[0])));
        modelNameToOutput.set(nodeName, names);
      } else {
        const last = layers[layers.length - 1];
        const lastName = isObj(last) ? text(configOf(last).name) : '';
        modelNameToOutput.set(nodeName, [scoped(nodeName, lastName)]);
      }
      continue;
    }
    const nodeName = scoped(scope, text(cfg.name));
    const node: tensorboard.INodeDef = { name: nodeName, input: [], attr: {} };
    if (layer.class_name !== undefined && layer.class_name !== null) {
      node.attr!.keras_class = { s: new TextEncoder().encode(text(layer.class_name)) };
    }
    const policy = cfg.dtype;
    let dtype: unknown;
    if (isObj(policy) && 'config' in policy) dtype = isObj(policy.config) ? policy.config.name : undefined;
    else if (policy !== undefined && policy !== null) dtype = policy;
    if (typeof dtype === 'string' && DTYPES[dtype] !== undefined) node.attr!.dtype = { type: DTYPES[dtype] };
    if (layer.inbound_nodes !== undefined && layer.inbound_nodes !== null) {
      for (const [name, , index] of inboundNodes(layer)) {
        const inboundName = scoped(scope, name);
        const names = modelNameToOutput.get(inboundName) ?? [inboundName];
        node.input!.push(index < names.length ? names[index]! : names[names.length - 1]!);
      }
    } else if (prevNodeName !== null) {
      node.input!.push(prevNodeName);
    }
    const fromInput = inputToLayer.get(nodeName);
    if (fromInput !== undefined) node.input!.push(fromInput);
    prevNodeName = nodeName;
    nodes.push(node);
  }
  return { node: nodes };
}
