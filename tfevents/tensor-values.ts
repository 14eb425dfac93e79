// Reads the values out of a TensorProto the way TensorFlow's make_ndarray does: tensor_content (raw
// little-endian bytes) when present, else the typed *_val list, where a single element fills the whole shape.
// Invariant: values are built only after declared-size.ts found the shape paid for by the tensor's bytes
// (tensorNumbers and tensorStrings throw ImplausibleShapeError otherwise), so a shape never sizes an allocation.
import { tensorboard } from '../proto/index.ts';
import { assertTensorFits, MAX_FILL_ELEMENTS, valueList } from './declared-size.ts';

const DT = tensorboard.DataType;
type TensorProto = tensorboard.ITensorProto;

export function tensorShape(t: TensorProto): number[] {
  return (t.tensorShape?.dim ?? []).map((d) => Number(d.size ?? 0));
}

export function tensorElementCount(t: TensorProto): number {
  return tensorShape(t).reduce((a, b) => a * b, 1);
}

const textDecoder = new TextDecoder('utf-8');

/** The strings of a DT_STRING tensor, as bytes. */
export function tensorByteStrings(t: TensorProto): Uint8Array[] {
  return (t.stringVal ?? []).map((s) => s);
}

/**
 * The strings of a DT_STRING tensor, decoded as UTF-8 (invalid bytes become U+FFFD, as TensorBoard does).
 * Throws ImplausibleShapeError when the shape does not declare exactly that many strings.
 */
export function tensorStrings(t: TensorProto): string[] {
  assertTensorFits(t);
  return tensorByteStrings(t).map((b) => textDecoder.decode(b));
}

function halfToFloat(h: number): number {
  const s = h & 0x8000 ? -1 : 1;
  const e = (h >> 10) & 0x1f;
  const f = h & 0x3ff;
  if (e === 0) return s * 2 ** -14 * (f / 1024);
  if (e === 31) return f ? Number.NaN : s * Number.POSITIVE_INFINITY;
  return s * 2 ** (e - 15) * (1 + f / 1024);
}

function bfloat16ToFloat(b: number): number {
  const view = new DataView(new ArrayBuffer(4));
  view.setUint32(0, (b & 0xffff) << 16);
  return view.getFloat32(0);
}

function fromContent(dtype: tensorboard.DataType, content: Uint8Array): number[] | undefined {
  const view = new DataView(content.buffer, content.byteOffset, content.byteLength);
  const out: number[] = [];
  const each = (size: number, get: (at: number) => number): number[] => {
    for (let at = 0; at + size <= content.byteLength; at += size) out.push(get(at));
    return out;
  };
  switch (dtype) {
    case DT.DT_FLOAT:
      return each(4, (at) => view.getFloat32(at, true));
    case DT.DT_DOUBLE:
      return each(8, (at) => view.getFloat64(at, true));
    case DT.DT_INT32:
      return each(4, (at) => view.getInt32(at, true));
    case DT.DT_UINT32:
      return each(4, (at) => view.getUint32(at, true));
    case DT.DT_INT16:
      return each(2, (at) => view.getInt16(at, true));
    case DT.DT_UINT16:
      return each(2, (at) => view.getUint16(at, true));
    case DT.DT_INT8:
      return each(1, (at) => view.getInt8(at));
    case DT.DT_UINT8:
    case DT.DT_BOOL:
      return each(1, (at) => view.getUint8(at));
    case DT.DT_INT64:
      return each(8, (at) => Number(view.getBigInt64(at, true)));
    case DT.DT_UINT64:
      return each(8, (at) => Number(view.getBigUint64(at, true)));
    case DT.DT_HALF:
      return each(2, (at) => halfToFloat(view.getUint16(at, true)));
    case DT.DT_BFLOAT16:
      return each(2, (at) => bfloat16ToFloat(view.getUint16(at, true)));
    default:
      return undefined;
  }
}

/** The numbers of a tensor's *_val list (declared-size.ts's valueList picks the list for the dtype), each as a
 *  double: int64s as numbers, bools as 0/1, halves and bfloat16s (stored as uint16 bits in halfVal) decoded. */
function fromLists(t: TensorProto): ArrayLike<number> | undefined {
  const list = t.dtype === DT.DT_STRING ? undefined : valueList(t);
  if (list === undefined) return undefined;
  const each = (f: (v: unknown) => number): number[] => Array.from(list, f);
  switch (t.dtype) {
    case DT.DT_INT64:
    case DT.DT_UINT64:
      return each(Number);
    case DT.DT_BOOL:
      return each((b) => (b ? 1 : 0));
    case DT.DT_HALF:
      return each((h) => halfToFloat(h as number));
    case DT.DT_BFLOAT16:
      return each((h) => bfloat16ToFloat(h as number));
    default:
      return list as ArrayLike<number>;
  }
}

/**
 * The numbers of a numeric tensor, row-major, as float64 (float32 values are exact in float64). Returns
 * undefined for non-numeric dtypes. A one-element *_val list fills the shape (TensorProto version 0) up to
 * MAX_FILL_ELEMENTS; a shape its bytes do not pay for throws ImplausibleShapeError before anything is built.
 */
export function tensorNumbers(t: TensorProto): Float64Array | undefined {
  assertTensorFits(t);
  const dtype = t.dtype ?? DT.DT_INVALID;
  const content = t.tensorContent;
  const values = content && content.length > 0 ? fromContent(dtype, content) : fromLists(t);
  if (values === undefined) return undefined;
  const n = tensorElementCount(t);
  if (values.length === 1 && n > 1 && n <= MAX_FILL_ELEMENTS) return new Float64Array(n).fill(values[0]!);
  return Float64Array.from(values);
}
