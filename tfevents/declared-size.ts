// Checks the sizes an event declares (tensor shapes, value and string counts, histogram bucket lists) against
// the values really decoded from its bytes, before anything is built from them. Invariant: once a tensor passes
// assertTensorFits(), building its values allocates at most what its bytes hold, plus at most
// MAX_FILL_ELEMENTS for TensorFlow's one-value fill; a lying tensor raises ImplausibleShapeError, which readers
// report as damage ('implausible-shape') at the record's offset and skip, reading on after it.
import { tensorboard } from '../proto/index.ts';
import { EventDecodeError } from './event-codec.ts';

const DT = tensorboard.DataType;
type TensorProto = tensorboard.ITensorProto;

/**
 * The most elements one *_val value may fill. TensorFlow's make_ndarray repeats a single value over any shape
 * (TensorProto version 0); no summary writer relies on that, and it is the one place where a tensor's size is
 * not paid for in bytes, so we fill small shapes only (TensorBoard would fill any) and call larger ones damage.
 */
export const MAX_FILL_ELEMENTS = 1024;

/** A record whose declared sizes do not match its bytes: reported as damage and skipped. */
export class ImplausibleShapeError extends EventDecodeError {
  readonly reason = 'implausible-shape';
}

/** Bytes per element of the dtypes stored as raw little-endian tensor_content; undefined for the others. */
export function dtypeByteSize(dtype: tensorboard.DataType): number | undefined {
  switch (dtype) {
    case DT.DT_DOUBLE:
    case DT.DT_INT64:
    case DT.DT_UINT64:
      return 8;
    case DT.DT_FLOAT:
    case DT.DT_INT32:
    case DT.DT_UINT32:
      return 4;
    case DT.DT_INT16:
    case DT.DT_UINT16:
    case DT.DT_HALF:
    case DT.DT_BFLOAT16:
      return 2;
    case DT.DT_INT8:
    case DT.DT_UINT8:
    case DT.DT_BOOL:
      return 1;
    default:
      return undefined;
  }
}

/** The *_val list that holds a dtype's values (TensorProto's field per dtype); undefined for unknown dtypes. */
export function valueList(t: TensorProto): ArrayLike<unknown> | undefined {
  switch (t.dtype) {
    case DT.DT_FLOAT:
      return t.floatVal ?? [];
    case DT.DT_DOUBLE:
      return t.doubleVal ?? [];
    case DT.DT_INT32:
    case DT.DT_INT16:
    case DT.DT_INT8:
    case DT.DT_UINT16:
    case DT.DT_UINT8:
      return t.intVal ?? [];
    case DT.DT_INT64:
      return t.int64Val ?? [];
    case DT.DT_UINT32:
      return t.uint32Val ?? [];
    case DT.DT_UINT64:
      return t.uint64Val ?? [];
    case DT.DT_BOOL:
      return t.boolVal ?? [];
    case DT.DT_HALF:
    case DT.DT_BFLOAT16:
      return t.halfVal ?? [];
    case DT.DT_STRING:
      return t.stringVal ?? [];
    default:
      return undefined;
  }
}

function shapeText(t: TensorProto): string {
  return `[${(t.tensorShape?.dim ?? []).map((d) => String(d.size ?? 0)).join(',')}]`;
}

/** The element count the shape declares; throws when a dimension is negative (unknown) or the product is unsafe. */
export function declaredElementCount(t: TensorProto): number {
  const sizes = (t.tensorShape?.dim ?? []).map((d) => Number(d.size ?? 0));
  for (const size of sizes) {
    if (!Number.isSafeInteger(size) || size < 0)
      throw new ImplausibleShapeError(`tensor shape ${shapeText(t)} has a dimension of ${size}`);
  }
  let n = 1;
  for (const size of sizes) {
    if (size === 0) continue;
    n *= size;
    if (!Number.isSafeInteger(n))
      throw new ImplausibleShapeError(`tensor shape ${shapeText(t)} declares more than 2^53 elements`);
  }
  if (!sizes.includes(0)) return n;
  // An empty tensor holds no bytes, yet readers walk its other dimensions (a text table of [0,100000,100000]
  // would be 10^10 empty cells): they may span at most MAX_FILL_ELEMENTS (TensorBoard's empty histogram is [0,3]).
  if (n > MAX_FILL_ELEMENTS)
    throw new ImplausibleShapeError(
      `empty tensor of shape ${shapeText(t)}: its other dimensions span ${n} cells (limit ${MAX_FILL_ELEMENTS})`,
    );
  return 0;
}

/**
 * Throws ImplausibleShapeError unless the tensor's values are really there for its shape: tensor_content of
 * exactly count × element size bytes, or a *_val list of exactly count values (one value may fill at most
 * MAX_FILL_ELEMENTS), or exactly count strings. Tensors of dtypes we do not decode are only checked for a sane
 * shape (nothing here builds values from them).
 */
export function assertTensorFits(t: TensorProto): void {
  const n = declaredElementCount(t);
  const dtype = t.dtype ?? DT.DT_INVALID;
  const content = t.tensorContent;
  const size = dtypeByteSize(dtype);
  if (dtype !== DT.DT_STRING && content && content.length > 0) {
    if (size !== undefined && content.length !== n * size) {
      throw new ImplausibleShapeError(
        `tensor shape ${shapeText(t)} needs ${n * size} bytes of content, the record holds ${content.length}`,
      );
    }
    return;
  }
  const values = valueList(t);
  if (values === undefined) return;
  const have = values.length;
  if (have === n) return;
  if (dtype !== DT.DT_STRING && have === 1 && n <= MAX_FILL_ELEMENTS) return;
  const what = dtype === DT.DT_STRING ? 'strings' : 'values';
  throw new ImplausibleShapeError(
    `tensor shape ${shapeText(t)} declares ${n} elements, the record holds ${have} ${what}`,
  );
}

/** Throws ImplausibleShapeError when a legacy histogram's bucket counts and bucket limits differ in number. */
export function assertHistogramFits(h: tensorboard.IHistogramProto): void {
  const counts = h.bucket?.length ?? 0;
  const limits = h.bucketLimit?.length ?? 0;
  if (counts !== limits)
    throw new ImplausibleShapeError(`histogram has ${counts} bucket counts but ${limits} bucket limits`);
}
