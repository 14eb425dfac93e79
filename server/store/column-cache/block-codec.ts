// The byte layout of one sealed block of a scalar series (up to BLOCK_POINTS points in arrival order): a 16-byte
// header (magic, point count, flags, CRC32 of the body) then the columns. Steps that advance by one constant
// stride (TensorFlow's usual 0, 1, 2, ...) are stored as first step and stride only; values are float32 when
// every value of the block is exactly a float32 (NaN included), else float64; wall times are always float64.
// Invariant: decode(encode(points)) returns the very same doubles; a block whose magic, count or CRC does not
// match is reported as corrupt (an Error naming the offset), never decoded into wrong points.
import { crc32 } from 'node:zlib';

/**
 * Points per sealed block: 512 points are 6-10 KB on disk, one positional read; a live tail holds at most this
 * many points (24 bytes each), so 10,000 series being read at once hold at most 120 MB of tails.
 */
export const BLOCK_POINTS = 512;
export const HEADER_BYTES = 16;
/** The largest block: float64 steps, wall times and values. */
export const MAX_BLOCK_BYTES = HEADER_BYTES + 24 * BLOCK_POINTS;
const MAGIC = 0x54424331; // "TBC1"
const FLAG_STRIDE = 1;
const FLAG_F64_VALUES = 2;

export interface BlockColumns {
  steps: Float64Array;
  walls: Float64Array;
  values: Float32Array | Float64Array;
}

/** True when every value in values[0, n) is exactly a float32 (NaN counts: its payload bits are not kept). */
export function float32Exact(values: Float64Array, n: number): boolean {
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    if (Math.fround(v) !== v && !Number.isNaN(v)) return false;
  }
  return true;
}

function strideOf(steps: Float64Array, n: number): number | undefined {
  if (n < 2) return n === 1 ? 0 : undefined;
  const stride = steps[1]! - steps[0]!;
  if (!Number.isFinite(stride)) return undefined;
  for (let i = 1; i < n; i++) if (steps[0]! + i * stride !== steps[i]!) return undefined;
  return stride;
}

// one buffer for every block encoded (aligned: its own ArrayBuffer), so sealing makes no garbage
const scratch = Buffer.allocUnsafeSlow(MAX_BLOCK_BYTES);

/**
 * Encodes points [0, n) of the three columns into one block. The bytes returned are overwritten by the next
 * call: write them (or copy them) at once.
 */
export function encodeBlock(
  steps: Float64Array,
  walls: Float64Array,
  values: Float64Array,
  n: number,
): Buffer {
  const stride = strideOf(steps, n);
  const f32 = float32Exact(values, n);
  const stepBytes = stride === undefined ? 8 * n : 16;
  const size = HEADER_BYTES + stepBytes + 8 * n + (f32 ? 4 : 8) * n;
  const buf = scratch.subarray(0, size);
  const ab = buf.buffer;
  let at = HEADER_BYTES;
  if (stride === undefined) new Float64Array(ab, at, n).set(steps.subarray(0, n));
  else {
    const head = new Float64Array(ab, at, 2);
    [head[0], head[1]] = [steps[0]!, stride];
  }
  at += stepBytes;
  new Float64Array(ab, at, n).set(walls.subarray(0, n));
  at += 8 * n;
  if (f32) new Float32Array(ab, at, n).set(values.subarray(0, n));
  else new Float64Array(ab, at, n).set(values.subarray(0, n));
  buf.writeUInt32LE(MAGIC, 0);
  buf.writeUInt32LE(n, 4);
  buf.writeUInt32LE((stride === undefined ? 0 : FLAG_STRIDE) | (f32 ? 0 : FLAG_F64_VALUES), 8);
  buf.writeUInt32LE(crc32(buf.subarray(HEADER_BYTES)), 12);
  return buf;
}

/** A column of `buf` as a view when aligned (buffers of readBlockBytes are), else a copy. */
function f64At(buf: Buffer, at: number, n: number): Float64Array {
  const off = buf.byteOffset + at;
  if (off % 8 === 0) return new Float64Array(buf.buffer, off, n);
  const out = new Float64Array(n);
  buf.copy(Buffer.from(out.buffer), 0, at, at + 8 * n);
  return out;
}

function f32At(buf: Buffer, at: number, n: number): Float32Array {
  const off = buf.byteOffset + at;
  if (off % 4 === 0) return new Float32Array(buf.buffer, off, n);
  const out = new Float32Array(n);
  buf.copy(Buffer.from(out.buffer), 0, at, at + 4 * n);
  return out;
}

/** Decodes one block read from `offset` of `file`; throws an Error naming both when the bytes are not a block. */
export function decodeBlock(
  buf: Buffer,
  file: string,
  offset: number,
  /** Where strided steps are written out (default: a new array). */
  stepsInto?: Float64Array,
): BlockColumns {
  if (buf.length < HEADER_BYTES || buf.readUInt32LE(0) !== MAGIC)
    throw new Error(`column cache ${file}: no block at offset ${offset} (bad magic)`);
  const n = buf.readUInt32LE(4);
  const flags = buf.readUInt32LE(8);
  const stride = (flags & FLAG_STRIDE) !== 0;
  const f32 = (flags & FLAG_F64_VALUES) === 0;
  const size = HEADER_BYTES + (stride ? 16 : 8 * n) + 8 * n + (f32 ? 4 : 8) * n;
  if (n > BLOCK_POINTS || buf.length !== size)
    throw new Error(
      `column cache ${file}: block at offset ${offset} has a bad size (${n} points, ${buf.length} bytes)`,
    );
  if (crc32(buf.subarray(HEADER_BYTES)) !== buf.readUInt32LE(12))
    throw new Error(`column cache ${file}: block at offset ${offset} fails its CRC`);
  let at = HEADER_BYTES;
  let steps: Float64Array;
  if (stride) {
    const first = buf.readDoubleLE(at);
    const d = buf.readDoubleLE(at + 8);
    steps = stepsInto && stepsInto.length >= n ? stepsInto.subarray(0, n) : new Float64Array(n);
    for (let i = 0; i < n; i++) steps[i] = first + i * d;
    at += 16;
  } else {
    steps = f64At(buf, at, n);
    at += 8 * n;
  }
  const walls = f64At(buf, at, n);
  at += 8 * n;
  const values = f32 ? f32At(buf, at, n) : f64At(buf, at, n);
  return { steps, walls, values };
}
