// Reads a Keras-format model JSON (TF.js `model.toJSON()`, Keras 2 or Keras 3 `model.to_json()`; Sequential or
// Functional) into layers with their inbound edges, inferred output shapes and parameter counts, as Keras'
// `model.summary()` reports them. Pure. Invariants: every edge names a layer of the model; layers whose shape or
// parameters this module cannot infer get null (shown as "?"), never a guess; malformed JSON throws
// ModelJsonError saying what was wrong.

export type Shape = (number | null)[];

export interface ModelLayer {
  name: string;
  className: string;
  /** Names of the layers feeding this one, in argument order. */
  inputs: string[];
  outputShape: Shape | null;
  params: number | null;
  nonTrainableParams: number;
  activation: string | null;
  isInput: boolean;
  isOutput: boolean;
}

export interface ModelDescription {
  name: string;
  /** 'Sequential' or 'Functional'. */
  kind: 'Sequential' | 'Functional';
  layers: ModelLayer[];
  totalParams: number | null;
  trainableParams: number | null;
  nonTrainableParams: number | null;
}

export class ModelJsonError extends Error {
  override name = 'ModelJsonError';
}

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Formats a shape as Keras prints it: `(None, 28, 28, 1)`. */
export function formatShape(shape: Shape | null): string {
  if (!shape) return '?';
  const parts = shape.map((d) => (d === null ? 'None' : String(d)));
  return `(${parts.join(', ')}${parts.length === 1 ? ',' : ''})`;
}

function shapeOf(v: unknown): Shape | null {
  if (!Array.isArray(v)) return null;
  return v.map((d) => (typeof d === 'number' ? d : null));
}

/** Collects layer names referenced by inbound nodes of either Keras form. */
function inboundNames(nodes: unknown): string[] {
  const out: string[] = [];
  const visit = (x: unknown): void => {
    if (Array.isArray(x)) {
      if (typeof x[0] === 'string' && typeof x[1] === 'number' && typeof x[2] === 'number') {
        out.push(x[0]); // Keras 2 / TF.js entry [name, node, tensor, kwargs]
        return;
      }
      x.forEach(visit);
    } else if (isObj(x)) {
      const cfg = x.config;
      if (x.class_name === '__keras_tensor__' && isObj(cfg) && Array.isArray(cfg.keras_history)) {
        const n: unknown = cfg.keras_history[0];
        if (typeof n === 'string') out.push(n);
        return;
      }
      if ('args' in x) visit(x.args);
    }
  };
  if (Array.isArray(nodes)) nodes.forEach(visit);
  return out;
}

const num = (v: unknown, d: number): number => (typeof v === 'number' ? v : d);
const pair = (v: unknown, d: number): [number, number] =>
  Array.isArray(v) ? [num(v[0], d), num(v[1] ?? v[0], d)] : [num(v, d), num(v, d)];
const prod = (s: Shape): number | null =>
  s.reduce<number | null>((a, d) => (a === null || d === null ? null : a * d), 1);

function convOut(size: number | null, k: number, stride: number, padding: string): number | null {
  if (size === null) return null;
  return padding === 'same' ? Math.ceil(size / stride) : Math.floor((size - k) / stride) + 1;
}

interface Inferred {
  shape: Shape | null;
  params: number | null;
  nonTrainable: number;
}

/** Output shape and parameters of one layer from its config and its input shapes. */
function inferLayer(className: string, cfg: Obj, ins: (Shape | null)[]): Inferred {
  const x = ins[0] ?? null;
  const same: Inferred = { shape: x, params: 0, nonTrainable: 0 };
  const last = x ? (x[x.length - 1] ?? null) : null;
  switch (className) {
    case 'InputLayer':
      return { shape: shapeOf(cfg.batch_input_shape ?? cfg.batch_shape), params: 0, nonTrainable: 0 };
    case 'Dense': {
      const units = num(cfg.units, 0);
      const bias = cfg.use_bias !== false ? units : 0;
      return {
        shape: x ? [...x.slice(0, -1), units] : null,
        params: last === null ? null : last * units + bias,
        nonTrainable: 0,
      };
    }
    case 'Dropout':
    case 'Activation':
    case 'ReLU':
    case 'LeakyReLU':
    case 'Softmax':
    case 'GaussianNoise':
    case 'GaussianDropout':
    case 'SpatialDropout2D':
    case 'Rescaling':
      return same;
    case 'BatchNormalization':
      return {
        shape: x,
        params: last === null ? null : 4 * last,
        nonTrainable: last === null ? 0 : 2 * last,
      };
    case 'LayerNormalization':
      return { shape: x, params: last === null ? null : 2 * last, nonTrainable: 0 };
    case 'Add':
    case 'Subtract':
    case 'Multiply':
    case 'Average':
    case 'Maximum':
    case 'Minimum':
      return same;
    case 'Concatenate': {
      if (ins.some((s) => !s) || !x) return { shape: null, params: 0, nonTrainable: 0 };
      const axisRaw = num(cfg.axis, -1);
      const axis = axisRaw < 0 ? x.length + axisRaw : axisRaw;
      const out = [...x];
      out[axis] = ins.reduce<number | null>(
        (a, s) => (a === null || !s || s[axis] == null ? null : a + (s[axis] ?? 0)),
        0,
      );
      return { shape: out, params: 0, nonTrainable: 0 };
    }
    case 'Flatten':
      return { shape: x ? [x[0] ?? null, prod(x.slice(1))] : null, params: 0, nonTrainable: 0 };
    case 'Reshape':
      return {
        shape: x ? [x[0] ?? null, ...(shapeOf(cfg.target_shape) ?? [])] : null,
        params: 0,
        nonTrainable: 0,
      };
    case 'Embedding': {
      const dim = num(cfg.output_dim, 0);
      return { shape: x ? [...x, dim] : null, params: num(cfg.input_dim, 0) * dim, nonTrainable: 0 };
    }
    case 'Conv2D': {
      const filters = num(cfg.filters, 0);
      const [kh, kw] = pair(cfg.kernel_size, 1);
      const [sh, sw] = pair(cfg.strides, 1);
      const padding = typeof cfg.padding === 'string' ? cfg.padding : 'valid';
      if (!x || x.length !== 4) return { shape: null, params: null, nonTrainable: 0 };
      const cin = x[3] ?? null;
      return {
        shape: [
          x[0] ?? null,
          convOut(x[1] ?? null, kh, sh, padding),
          convOut(x[2] ?? null, kw, sw, padding),
          filters,
        ],
        params: cin === null ? null : kh * kw * cin * filters + (cfg.use_bias !== false ? filters : 0),
        nonTrainable: 0,
      };
    }
    case 'MaxPooling2D':
    case 'AveragePooling2D': {
      const [ph, pw] = pair(cfg.pool_size, 2);
      const [sh, sw] = cfg.strides == null ? [ph, pw] : pair(cfg.strides, ph);
      const padding = typeof cfg.padding === 'string' ? cfg.padding : 'valid';
      if (!x || x.length !== 4) return { shape: null, params: 0, nonTrainable: 0 };
      return {
        shape: [
          x[0] ?? null,
          convOut(x[1] ?? null, ph, sh, padding),
          convOut(x[2] ?? null, pw, sw, padding),
          x[3] ?? null,
        ],
        params: 0,
        nonTrainable: 0,
      };
    }
    case 'GlobalAveragePooling2D':
    case 'GlobalMaxPooling2D':
      return { shape: x && x.length === 4 ? [x[0] ?? null, x[3] ?? null] : null, params: 0, nonTrainable: 0 };
    default:
      return { shape: null, params: null, nonTrainable: 0 };
  }
}

function activationOf(cfg: Obj): string | null {
  const a = cfg.activation;
  if (typeof a === 'string') return a === 'linear' ? null : a;
  if (isObj(a) && typeof a.class_name === 'string') return a.class_name;
  return null;
}

function refNames(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  // [[name, 0, 0], ...] or a single [name, 0, 0] (Keras 3 with one input)
  if (typeof list[0] === 'string') return [list[0]];
  return list.flatMap((e) => (Array.isArray(e) && typeof e[0] === 'string' ? [e[0]] : []));
}

/** Parses a Keras-format model JSON string (or its parsed object). */
export function parseKerasModel(json: unknown): ModelDescription {
  let root: unknown = json;
  if (typeof json === 'string') {
    try {
      root = JSON.parse(json);
    } catch (err) {
      throw new ModelJsonError(
        `model JSON does not parse: ${err instanceof Error ? err.message : String(err)}`,
      );
    }
  }
  if (isObj(root) && isObj(root.modelTopology)) root = root.modelTopology; // TF.js artifacts
  if (isObj(root) && isObj(root.model_config)) root = root.model_config;
  if (!isObj(root) || typeof root.class_name !== 'string')
    throw new ModelJsonError('model JSON has no class_name: not a Keras model');
  const className = root.class_name;
  const config = Array.isArray(root.config) ? { layers: root.config } : root.config;
  if (!isObj(config) || !Array.isArray(config.layers))
    throw new ModelJsonError(`model JSON of class ${className} has no config.layers`);
  const raw = config.layers.filter(isObj);
  const sequential = className === 'Sequential';
  const layers: ModelLayer[] = [];
  const byName = new Map<string, ModelLayer>();
  let prevName: string | null = null;
  for (const [i, l] of raw.entries()) {
    const cfg = isObj(l.config) ? l.config : {};
    const name = typeof l.name === 'string' ? l.name : typeof cfg.name === 'string' ? cfg.name : `layer_${i}`;
    const cls = typeof l.class_name === 'string' ? l.class_name : '?';
    const inputs = sequential ? (prevName ? [prevName] : []) : inboundNames(l.inbound_nodes);
    const layer: ModelLayer = {
      name,
      className: cls,
      inputs: inputs.filter((n) => n !== name),
      outputShape: null,
      params: null,
      nonTrainableParams: 0,
      activation: activationOf(cfg),
      isInput: cls === 'InputLayer',
      isOutput: false,
    };
    // A Sequential model without an InputLayer declares its input on the first layer
    const declared = shapeOf(cfg.batch_input_shape ?? cfg.batch_shape);
    const inShapes = layer.inputs.map((n) => byName.get(n)?.outputShape ?? null);
    const inferred = inferLayer(cls, cfg, inShapes.length ? inShapes : declared ? [declared] : []);
    layer.outputShape = inferred.shape;
    layer.params = inferred.params;
    layer.nonTrainableParams = inferred.nonTrainable;
    layers.push(layer);
    byName.set(name, layer);
    prevName = name;
  }
  for (const l of layers)
    for (const n of l.inputs)
      if (!byName.has(n)) throw new ModelJsonError(`layer '${l.name}' reads unknown layer '${n}'`);
  if (sequential) {
    const lastLayer = layers[layers.length - 1];
    if (lastLayer) lastLayer.isOutput = true;
    const firstLayer = layers[0];
    if (firstLayer) firstLayer.isInput = true;
  } else {
    const outs = new Set(refNames(config.output_layers));
    for (const l of layers) l.isOutput = outs.has(l.name);
    const ins = new Set(refNames(config.input_layers));
    for (const l of layers) l.isInput ||= ins.has(l.name);
  }
  const known = layers.every((l) => l.params !== null);
  const total = known ? layers.reduce((a, l) => a + (l.params as number), 0) : null;
  const nonTrainable = layers.reduce((a, l) => a + l.nonTrainableParams, 0);
  return {
    name: typeof config.name === 'string' ? config.name : className.toLowerCase(),
    kind: sequential ? 'Sequential' : 'Functional',
    layers,
    totalParams: total,
    trainableParams: total === null ? null : total - nonTrainable,
    nonTrainableParams: total === null ? null : nonTrainable,
  };
}
