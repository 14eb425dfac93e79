// Reads a TF checkpoint's tensors as TensorFlow's BundleReader does (tensorflow/core/util/tensor_bundle): the
// `.index` file is a LevelDB-format table (entries' crc32c masked as in TFRecord; footer with magic 0xdb4775248b80fb57, blocks of prefix-compressed
// entries with a restart array, no compression) mapping each tensor name to a BundleEntryProto (dtype, shape,
// shard, offset, size, crc32c); the bytes live in `.data-SSSSS-of-NNNNN`. Invariants: every length and offset is
// checked against the bytes at hand before use (a hostile index raises CheckpointError, never reads past the
// buffer); a tensor's bytes must match its crc32c; only unsliced tensors of numeric dtypes are decoded.
import { maskedCrc32c } from '../../../tfevents/masked-crc32c.ts';

export class CheckpointError extends Error {
  override readonly name = 'CheckpointError';
}

export interface BundleEntry {
  name: string;
  dtype: number;
  shape: number[];
  shard: number;
  offset: number;
  size: number;
  crc32c: number | undefined;
  sliced: boolean;
}

export interface BundleIndex {
  numShards: number;
  /** Tensors in the index's (sorted) key order. */
  entries: Map<string, BundleEntry>;
}

const MAGIC_LO = 0x8b80fb57;
const MAGIC_HI = 0xdb477524;

class Cursor {
  constructor(
    private readonly b: Uint8Array,
    public pos: number,
    private readonly end: number,
    private readonly what: string,
  ) {}
  get done(): boolean {
    return this.pos >= this.end;
  }
  varint(): number {
    let result = 0;
    let mul = 1;
    for (let i = 0; i < 10; i++) {
      if (this.pos >= this.end) throw new CheckpointError(`${this.what}: truncated varint`);
      const byte = this.b[this.pos++]!;
      result += (byte & 0x7f) * mul;
      if (byte < 0x80) {
        if (!Number.isSafeInteger(result)) throw new CheckpointError(`${this.what}: varint too large`);
        return result;
      }
      mul *= 128;
    }
    throw new CheckpointError(`${this.what}: varint longer than 10 bytes`);
  }
  bytes(n: number): Uint8Array {
    if (n < 0 || this.pos + n > this.end) throw new CheckpointError(`${this.what}: ${n} bytes past the end`);
    const out = this.b.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }
  fixed32(): number {
    const v = this.bytes(4);
    return (v[0]! | (v[1]! << 8) | (v[2]! << 16) | (v[3]! << 24)) >>> 0;
  }
  /** Skips a field of wire type `wt`. */
  skip(wt: number): void {
    if (wt === 0) this.varint();
    else if (wt === 1) this.bytes(8);
    else if (wt === 2) this.bytes(this.varint());
    else if (wt === 5) this.bytes(4);
    else throw new CheckpointError(`${this.what}: unsupported wire type ${wt}`);
  }
}

/** The key/value entries of one table block (its restart array and trailer excluded). */
function blockEntries(
  index: Uint8Array,
  offset: number,
  size: number,
  file: string,
): [Uint8Array, Uint8Array][] {
  if (offset + size + 5 > index.length) throw new CheckpointError(`${file}: block at ${offset} past the end`);
  if (index[offset + size] !== 0)
    throw new CheckpointError(`${file}: compressed block at ${offset} (unsupported)`);
  const view = new DataView(index.buffer, index.byteOffset + offset, size);
  if (size < 4) throw new CheckpointError(`${file}: block at ${offset} too short`);
  const restarts = view.getUint32(size - 4, true);
  const entriesEnd = size - 4 * (restarts + 1);
  if (entriesEnd < 0) throw new CheckpointError(`${file}: block at ${offset} has a bad restart count`);
  const c = new Cursor(index, offset, offset + entriesEnd, `${file} block at ${offset}`);
  const out: [Uint8Array, Uint8Array][] = [];
  let key = new Uint8Array(0);
  while (!c.done) {
    const shared = c.varint();
    const nonShared = c.varint();
    const valueLen = c.varint();
    if (shared > key.length) throw new CheckpointError(`${file}: block at ${offset}: bad shared key length`);
    const next = new Uint8Array(shared + nonShared);
    next.set(key.subarray(0, shared));
    next.set(c.bytes(nonShared), shared);
    key = next;
    out.push([key, c.bytes(valueLen)]);
  }
  return out;
}

function handle(v: Uint8Array, what: string): { offset: number; size: number } {
  const c = new Cursor(v, 0, v.length, what);
  return { offset: c.varint(), size: c.varint() };
}

function shapeOf(v: Uint8Array, what: string): number[] {
  const c = new Cursor(v, 0, v.length, what);
  const dims: number[] = [];
  while (!c.done) {
    const tag = c.varint();
    if (tag >>> 3 === 2 && (tag & 7) === 2) {
      const dim = c.bytes(c.varint());
      const d = new Cursor(dim, 0, dim.length, what);
      let size = 0;
      while (!d.done) {
        const t = d.varint();
        if (t >>> 3 === 1 && (t & 7) === 0) size = d.varint();
        else d.skip(t & 7);
      }
      dims.push(size);
    } else c.skip(tag & 7);
  }
  return dims;
}

function entryOf(name: string, v: Uint8Array, file: string): BundleEntry {
  const what = `${file}: entry ${name}`;
  const c = new Cursor(v, 0, v.length, what);
  const e: BundleEntry = {
    name,
    dtype: 0,
    shape: [],
    shard: 0,
    offset: 0,
    size: 0,
    crc32c: undefined,
    sliced: false,
  };
  while (!c.done) {
    const tag = c.varint();
    const [field, wt] = [tag >>> 3, tag & 7];
    if (field === 1 && wt === 0) e.dtype = c.varint();
    else if (field === 2 && wt === 2) e.shape = shapeOf(c.bytes(c.varint()), what);
    else if (field === 3 && wt === 0) e.shard = c.varint();
    else if (field === 4 && wt === 0) e.offset = c.varint();
    else if (field === 5 && wt === 0) e.size = c.varint();
    else if (field === 6 && wt === 5) e.crc32c = c.fixed32();
    else if (field === 7 && wt === 2) {
      c.bytes(c.varint());
      e.sliced = true;
    } else c.skip(wt);
  }
  return e;
}

/** The tensors an `.index` file lists. */
export function readBundleIndex(index: Uint8Array, file: string): BundleIndex {
  if (index.length < 48) throw new CheckpointError(`${file}: too short for a table footer`);
  const footer = new DataView(index.buffer, index.byteOffset + index.length - 8, 8);
  if (footer.getUint32(0, true) !== MAGIC_LO || footer.getUint32(4, true) !== MAGIC_HI)
    throw new CheckpointError(`${file}: not a table (bad magic)`);
  const fc = new Cursor(index, index.length - 48, index.length - 8, `${file} footer`);
  fc.varint(); // metaindex offset
  fc.varint(); // metaindex size
  const indexBlock = { offset: fc.varint(), size: fc.varint() };
  const entries = new Map<string, BundleEntry>();
  let numShards = 1;
  const decoder = new TextDecoder();
  for (const [, hv] of blockEntries(index, indexBlock.offset, indexBlock.size, file)) {
    const h = handle(hv, `${file} index block`);
    for (const [k, v] of blockEntries(index, h.offset, h.size, file)) {
      const name = decoder.decode(k);
      if (name === '') {
        const c = new Cursor(v, 0, v.length, `${file} header`);
        while (!c.done) {
          const tag = c.varint();
          if (tag >>> 3 === 1 && (tag & 7) === 0) numShards = c.varint();
          else if (tag >>> 3 === 2 && (tag & 7) === 0) {
            if (c.varint() !== 0) throw new CheckpointError(`${file}: big-endian bundle (unsupported)`);
          } else c.skip(tag & 7);
        }
      } else entries.set(name, entryOf(name, v, file));
    }
  }
  return { numShards, entries };
}

/** The data file of a shard: `<prefix>.data-00000-of-00001`. */
export const shardFile = (prefix: string, shard: number, numShards: number): string =>
  `${prefix}.data-${String(shard).padStart(5, '0')}-of-${String(numShards).padStart(5, '0')}`;

/** TensorFlow's DataType numbers for the dtypes decoded here. */
const DT = { FLOAT: 1, DOUBLE: 2, INT32: 3, UINT8: 4, INT16: 5, INT8: 6, INT64: 9, BFLOAT16: 14, HALF: 19 };

/** True for an entry the projector can show: 2-D, unsliced, numeric. */
export const isDecodable = (e: BundleEntry): boolean => !e.sliced && Object.values(DT).includes(e.dtype);

function half(bits: number): number {
  const sign = bits & 0x8000 ? -1 : 1;
  const exp = (bits >> 10) & 0x1f;
  const frac = bits & 0x3ff;
  if (exp === 0) return sign * frac * 2 ** -24;
  if (exp === 31) return frac ? NaN : sign * Infinity;
  return sign * (1 + frac / 1024) * 2 ** (exp - 15);
}

/** An entry's bytes (exactly `entry.size`, checked against its crc32c) as float32, as numpy's astype. */
export function decodeBundleTensor(entry: BundleEntry, bytes: Uint8Array, file: string): Float32Array {
  if (bytes.length !== entry.size) throw new CheckpointError(`${file}: ${entry.name} is truncated`);
  if (entry.crc32c !== undefined && maskedCrc32c(bytes) !== entry.crc32c)
    throw new CheckpointError(`${file}: ${entry.name}: checksum mismatch`);
  const n = entry.shape.reduce((a, b) => a * b, 1);
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const width: Record<number, number> = { 1: 4, 2: 8, 3: 4, 4: 1, 5: 2, 6: 1, 9: 8, 14: 2, 19: 2 };
  if ((width[entry.dtype] ?? 0) * n !== bytes.length)
    throw new CheckpointError(`${file}: ${entry.name}: ${bytes.length} bytes do not hold its shape`);
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    switch (entry.dtype) {
      case DT.FLOAT:
        out[i] = v.getFloat32(i * 4, true);
        break;
      case DT.DOUBLE:
        out[i] = v.getFloat64(i * 8, true);
        break;
      case DT.INT32:
        out[i] = v.getInt32(i * 4, true);
        break;
      case DT.UINT8:
        out[i] = v.getUint8(i);
        break;
      case DT.INT16:
        out[i] = v.getInt16(i * 2, true);
        break;
      case DT.INT8:
        out[i] = v.getInt8(i);
        break;
      case DT.INT64:
        out[i] = Number(v.getBigInt64(i * 8, true));
        break;
      case DT.BFLOAT16:
        out[i] = new Float32Array(new Uint32Array([v.getUint16(i * 2, true) << 16]).buffer)[0]!;
        break;
      case DT.HALF:
        out[i] = half(v.getUint16(i * 2, true));
        break;
      default:
        throw new CheckpointError(`${file}: ${entry.name}: dtype ${entry.dtype} is not numeric`);
    }
  }
  return out;
}
