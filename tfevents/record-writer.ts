// Frames one payload as a TFRecord: [u64 length][u32 masked crc(length bytes)][payload][u32 masked crc(payload)],
// all little-endian. Invariant: readRecord() on the output returns exactly `payload`, and the bytes equal what
// TensorFlow's record writer stores for the same payload (vectors in ../shared/tensorboard/test-vectors.txt).
import { maskedCrc32c } from './masked-crc32c.ts';
import { RECORD_FOOTER_BYTES, RECORD_HEADER_BYTES } from './record-reader.ts';

/** The number of bytes frameRecord() produces for a payload of `payloadLength` bytes. */
export function framedLength(payloadLength: number): number {
  return RECORD_HEADER_BYTES + payloadLength + RECORD_FOOTER_BYTES;
}

/**
 * Writes the framed record for `payload` into `out` at `at` (which must have framedLength() bytes free);
 * returns the offset just past it. Lets a writer frame many records into one buffer without copies.
 */
export function frameRecordInto(payload: Uint8Array, out: Uint8Array, at: number): number {
  const n = payload.length;
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  view.setUint32(at, n >>> 0, true);
  view.setUint32(at + 4, Math.floor(n / 2 ** 32), true);
  view.setUint32(at + 8, maskedCrc32c(out, at, at + 8), true);
  out.set(payload, at + RECORD_HEADER_BYTES);
  const end = at + RECORD_HEADER_BYTES + n;
  view.setUint32(end, maskedCrc32c(payload), true);
  return end + RECORD_FOOTER_BYTES;
}

/** The framed record for `payload` (payload length + 16 bytes). */
export function frameRecord(payload: Uint8Array): Uint8Array {
  const out = new Uint8Array(framedLength(payload.length));
  frameRecordInto(payload, out, 0);
  return out;
}
