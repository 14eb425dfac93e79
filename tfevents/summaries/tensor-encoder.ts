// Builds TensorProtos the way TensorFlow's make_tensor_proto does for summaries: numbers as little-endian
// tensor_content, strings in string_val, shapes with default-valued dims left unset (so a [0] dim is `12 00`).
import { tensorboard } from '../../proto/index.ts';

const DT = tensorboard.DataType;
const textEncoder = new TextEncoder();

export function tensorShapeOf(shape: readonly number[]): tensorboard.ITensorShapeProto {
  if (shape.length === 0) return {};
  return { dim: shape.map((size) => (size === 0 ? {} : { size })) };
}

/** A rank-0 DT_FLOAT tensor holding `value` as 4 little-endian bytes (how tf.summary.scalar writes). */
export function floatScalarTensor(value: number): tensorboard.ITensorProto {
  const content = new Uint8Array(4);
  new DataView(content.buffer).setFloat32(0, value, true);
  return { dtype: DT.DT_FLOAT, tensorShape: {}, tensorContent: content };
}

/** A DT_DOUBLE tensor of `shape` holding `values` row-major as little-endian tensor_content. */
export function doubleTensor(values: ArrayLike<number>, shape: readonly number[]): tensorboard.ITensorProto {
  const content = new Uint8Array(values.length * 8);
  const view = new DataView(content.buffer);
  for (let i = 0; i < values.length; i++) view.setFloat64(i * 8, values[i]!, true);
  const tensor: tensorboard.ITensorProto = { dtype: DT.DT_DOUBLE, tensorShape: tensorShapeOf(shape) };
  if (content.length > 0) tensor.tensorContent = content;
  return tensor;
}

/** A DT_STRING tensor of `shape`; strings are UTF-8 encoded, byte arrays kept as they are. */
export function stringTensor(
  cells: readonly (string | Uint8Array)[],
  shape: readonly number[],
): tensorboard.ITensorProto {
  const stringVal = cells.map((c) => (typeof c === 'string' ? textEncoder.encode(c) : c));
  const tensor: tensorboard.ITensorProto = { dtype: DT.DT_STRING, tensorShape: tensorShapeOf(shape) };
  if (stringVal.length > 0) tensor.stringVal = stringVal;
  return tensor;
}

/** TensorBoard's `metadata.NULL_TENSOR`: DT_FLOAT of shape [0], the value of every hparams summary. */
export function nullTensor(): tensorboard.ITensorProto {
  return { dtype: DT.DT_FLOAT, tensorShape: tensorShapeOf([0]) };
}
