// Builds a scalar summary value exactly as tf.summary.scalar (TF2) writes it: a rank-0 DT_FLOAT tensor in
// tensor_content with plugin `scalars` metadata on every value. DT_FLOAT, not DT_DOUBLE: TensorBoard's Rust
// data server drops rank-0 DT_DOUBLE scalars (FORMAT.md §3.2). Values are stored as float32.
import type { tensorboard } from '../../proto/index.ts';
import { checkTag, pluginMetadata, type DescribeOptions } from './summary-metadata.ts';
import { floatScalarTensor } from './tensor-encoder.ts';

export const SCALARS_PLUGIN = 'scalars';

export function scalarValue(
  tag: string,
  value: number,
  opts: DescribeOptions = {},
): tensorboard.Summary.IValue {
  checkTag('scalarValue', tag);
  if (typeof value !== 'number') {
    throw new TypeError(`scalarValue(${JSON.stringify(tag)}): value must be a number, got ${typeof value}`);
  }
  return { tag, tensor: floatScalarTensor(value), metadata: pluginMetadata(SCALARS_PLUGIN, undefined, opts) };
}
