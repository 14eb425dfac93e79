// Fast path for the commonest record of all: an Event holding one Summary.Value that is a scalar (legacy
// simple_value, or a rank-0 DT_FLOAT/DT_DOUBLE tensor). Reads wall time, step, tag and value straight from the
// wire bytes without building protobuf objects; answers false for anything else (or anything malformed), and
// the caller then falls back to the full decoder, which stays the reference. Metadata is skipped: a tag's
// plugin is decided by its first value, which always takes the full path.

export interface ScalarEventFields {
  wallTime: number;
  step: number;
  tag: string;
  value: number;
}

const textDecoder = new TextDecoder('utf-8');
let view: DataView = new DataView(new ArrayBuffer(8));
let viewBytes: Uint8Array = new Uint8Array(0);
let tagCache = new Map<number, { bytes: Uint8Array; tag: string }>();

function dataViewFor(bytes: Uint8Array): DataView {
  // the same array again (a worker's chunk, record after record) costs no look at its buffer
  if (viewBytes === bytes) return view;
  if (viewBytes.buffer !== bytes.buffer) view = new DataView(bytes.buffer);
  viewBytes = bytes;
  return view;
}

/** Returns the tag string for bytes[start, end), reusing the string of an identical earlier tag. */
function tagString(bytes: Uint8Array, start: number, end: number): string {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193);
  const hit = tagCache.get(h);
  if (hit && hit.bytes.length === end - start) {
    let same = true;
    for (let i = start; i < end && same; i++) same = hit.bytes[i - start] === bytes[i];
    if (same) return hit.tag;
  }
  const tag = textDecoder.decode(bytes.subarray(start, end));
  if (tagCache.size > 100_000) tagCache = new Map();
  tagCache.set(h, { bytes: bytes.slice(start, end), tag });
  return tag;
}

/** Where the last varint() call ended (-1 when malformed): varint returns its value only (no tuple per call). */
let varintEnd = -1;

/** Reads a varint at pos; returns its value and sets varintEnd (-1 when malformed). Values above 2^53 lose precision. */
function varint(b: Uint8Array, pos: number, end: number): number {
  let result = 0;
  let scale = 1;
  for (let i = 0; i < 10; i++) {
    if (pos >= end) break;
    const byte = b[pos++]!;
    result += (byte & 0x7f) * scale;
    if (byte < 0x80) {
      varintEnd = pos;
      return result;
    }
    scale *= 128;
  }
  varintEnd = -1;
  return Number.NaN;
}

/** Skips a field of the given wire type; returns the next position or -1. */
function skip(b: Uint8Array, pos: number, end: number, wireType: number): number {
  switch (wireType) {
    case 0:
      varint(b, pos, end);
      return varintEnd;
    case 1:
      return pos + 8 <= end ? pos + 8 : -1;
    case 2: {
      const len = varint(b, pos, end);
      const p = varintEnd;
      return p < 0 || p + len > end ? -1 : p + len;
    }
    case 5:
      return pos + 4 <= end ? pos + 4 : -1;
    default:
      return -1;
  }
}

/** Decodes a rank-0 DT_FLOAT/DT_DOUBLE TensorProto in [pos, end) to a number; undefined for anything else. */
function tensorScalar(b: Uint8Array, pos: number, end: number, dv: DataView): number | undefined {
  let dtype = 0;
  let at = -1;
  let len = 0;
  let key = 0;
  while (pos < end) {
    const k = b[pos++]!;
    if (k === 0x08 || k === 0x18) {
      // dtype, version_number
      const v = varint(b, pos, end);
      const p = varintEnd;
      if (p < 0) return undefined;
      if (k === 0x08) dtype = v;
      pos = p;
    } else if (k === 0x12 || k === 0x22 || k === 0x2a || k === 0x32) {
      // tensor_shape (must be empty: rank 0), tensor_content, float_val, double_val (packed)
      const n = varint(b, pos, end);
      const p = varintEnd;
      if (p < 0 || p + n > end || (k === 0x12 && n !== 0) || (k !== 0x12 && at >= 0)) return undefined;
      if (k !== 0x12) [at, len, key] = [p, n, k];
      pos = p + n;
    } else {
      return undefined;
    }
  }
  if (at < 0) return undefined;
  if (dtype === 1 && len === 4 && key !== 0x32) return dv.getFloat32(b.byteOffset + at, true);
  if (dtype === 2 && len === 8 && key !== 0x2a) return dv.getFloat64(b.byteOffset + at, true);
  return undefined;
}

/** Fills `out` and returns true when `payload` is a one-value scalar Event; false otherwise. */
export function decodeScalarEvent(payload: Uint8Array, out: ScalarEventFields): boolean {
  return decodeScalarEventAt(payload, 0, payload.length, out);
}

/**
 * decodeScalarEvent for the payload at bytes[start, end) (no view made per record: a decode worker reads a
 * chunk's records in place).
 */
export function decodeScalarEventAt(
  bytes: Uint8Array,
  start: number,
  end: number,
  out: ScalarEventFields,
): boolean {
  const b = bytes;
  const dv = dataViewFor(b);
  let pos = start;
  let wallTime = 0;
  let step = 0;
  let sumStart = -1;
  let sumEnd = -1;
  while (pos < end) {
    const key = b[pos++]!;
    if (key === 0x09) {
      if (pos + 8 > end) return false;
      wallTime = dv.getFloat64(b.byteOffset + pos, true);
      pos += 8;
    } else if (key === 0x10) {
      const s = varint(b, pos, end);
      const p = varintEnd;
      if (p < 0 || s >= 2 ** 53) return false; // negative steps are 10-byte varints: leave them to the reference
      step = s;
      pos = p;
    } else if (key === 0x2a) {
      if (sumStart >= 0) return false;
      const len = varint(b, pos, end);
      const p = varintEnd;
      if (p < 0 || p + len > end) return false;
      sumStart = p;
      sumEnd = p + len;
      pos = sumEnd;
    } else if (key === 0x52) {
      pos = skip(b, pos, end, 2);
      if (pos < 0) return false;
    } else {
      return false;
    }
  }
  if (sumStart < 0) return false;
  // Summary: exactly one `value` (field 1).
  pos = sumStart;
  if (b[pos++] !== 0x0a) return false;
  const vlen = varint(b, pos, sumEnd);
  const vp = varintEnd;
  if (vp < 0 || vp + vlen !== sumEnd) return false;
  pos = vp;
  const vend = vp + vlen;
  let tagStart = -1;
  let tagEnd = -1;
  let value: number | undefined;
  while (pos < vend) {
    const key = b[pos++]!;
    if (key === 0x0a) {
      const len = varint(b, pos, vend);
      const p = varintEnd;
      if (p < 0 || p + len > vend) return false;
      tagStart = p;
      tagEnd = p + len;
      pos = tagEnd;
    } else if (key === 0x15) {
      if (pos + 4 > vend || value !== undefined) return false;
      value = dv.getFloat32(b.byteOffset + pos, true);
      pos += 4;
    } else if (key === 0x42) {
      const len = varint(b, pos, vend);
      const p = varintEnd;
      if (p < 0 || p + len > vend || value !== undefined) return false;
      value = tensorScalar(b, p, p + len, dv);
      if (value === undefined) return false;
      pos = p + len;
    } else if (key === 0x4a || key === 0x3a) {
      pos = skip(b, pos, vend, 2); // metadata, node_name
      if (pos < 0) return false;
    } else {
      return false;
    }
  }
  if (tagStart < 0 || value === undefined) return false;
  out.wallTime = wallTime;
  out.step = step;
  out.tag = tagString(b, tagStart, tagEnd);
  out.value = value;
  return true;
}
