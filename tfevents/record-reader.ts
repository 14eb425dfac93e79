// Reads one TFRecord at an offset: [u64 length][u32 masked crc(length)][payload][u32 masked crc(payload)],
// all little-endian. Invariants: nothing is allocated for a payload before its bytes are on the source and its
// data CRC has been verified (a payload over VERIFY_IN_PIECES_BYTES is checked in bounded pieces, at most
// VERIFY_BYTES_PER_CALL per call, so one call never reads or hashes more than that before returning); a payload
// over MAX_READ_PAYLOAD_BYTES is skipped unread. A damaged length field can thus never make the reader allocate
// what it claims, nor block the caller for long.
import type { ByteSource } from './byte-source.ts';
import { crc32cUpdate, maskCrc, maskedCrc32c } from './masked-crc32c.ts';

export const RECORD_HEADER_BYTES = 12;
export const RECORD_FOOTER_BYTES = 4;
/** Larger payloads are impossible: protobuf messages are capped at 2 GiB and TensorBoard's events are far smaller. */
export const MAX_RECORD_PAYLOAD_BYTES = 1024 * 1024 * 1024;
/**
 * Larger payloads (with a valid length CRC) are skipped as 'oversized' damage without being read. TensorFlow's
 * and TensorBoard's readers have no limit of their own (the Rust data server reserves the claimed length up
 * front, the Python loaders read it whole), only protobuf's 2 GiB; real event records (scalars, histograms,
 * images, audio, graphs) stay far below 256 MiB, and holding more than that per record is a memory attack.
 */
export const MAX_READ_PAYLOAD_BYTES = 256 * 1024 * 1024;
/** Payloads larger than this have their data CRC verified in pieces before they are read whole. */
export const VERIFY_IN_PIECES_BYTES = 1024 * 1024;
/** How many payload bytes one readRecord() call hashes at most while verifying a large payload (~30 ms). */
export const VERIFY_BYTES_PER_CALL = 8 * 1024 * 1024;

export type RecordResult =
  /** A complete record; continue at `next`. */
  | { kind: 'record'; offset: number; next: number; payload: Uint8Array }
  /** The record is not all there yet (a writer is mid-append): retry at `offset` when the source grows. */
  | { kind: 'truncated'; offset: number }
  /** A large payload is being verified in pieces: call again at `offset` soon (do not wait for growth). */
  | { kind: 'pending'; offset: number; verified: number; length: number }
  /** The payload's CRC does not match, or it is over MAX_READ_PAYLOAD_BYTES: skip it and continue at `next`. */
  | { kind: 'corrupt'; offset: number; next: number; reason: 'data-crc' | 'oversized'; message: string }
  /** The length field cannot be trusted: nothing after `offset` in this source can be framed. */
  | { kind: 'fatal'; offset: number; reason: 'length-crc' | 'impossible-length'; message: string };

function u32le(b: Uint8Array, at: number): number {
  return (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;
}

/** How far the data CRC of the large record at `offset` of a source has been verified (one per source). */
interface Verification {
  offset: number;
  length: number;
  verified: number;
  crc: number;
}
const verifications = new WeakMap<ByteSource, Verification>();

/**
 * Advances the piecewise CRC check of a large payload by at most VERIFY_BYTES_PER_CALL; returns the payload's
 * masked CRC once all of it is hashed, or undefined while more calls are needed.
 */
function verifyInPieces(source: ByteSource, offset: number, length: number): number | undefined {
  let v = verifications.get(source);
  if (!v || v.offset !== offset || v.length !== length) {
    v = { offset, length, verified: 0, crc: 0 };
    verifications.set(source, v);
  }
  const stop = Math.min(length, v.verified + VERIFY_BYTES_PER_CALL);
  while (v.verified < stop) {
    const want = Math.min(VERIFY_IN_PIECES_BYTES, stop - v.verified);
    const piece = source.read(offset + RECORD_HEADER_BYTES + v.verified, want);
    if (piece.length < want) {
      verifications.delete(source); // the source shrank under us: start over when it is read again
      return undefined;
    }
    v.crc = crc32cUpdate(v.crc, piece);
    v.verified += want;
  }
  if (v.verified < length) return undefined;
  verifications.delete(source);
  return maskCrc(v.crc);
}

export function readRecord(source: ByteSource, offset: number): RecordResult {
  const available = source.size() - offset;
  if (available < RECORD_HEADER_BYTES) return { kind: 'truncated', offset };
  const header = source.read(offset, RECORD_HEADER_BYTES);
  if (header.length < RECORD_HEADER_BYTES) return { kind: 'truncated', offset };
  if (maskedCrc32c(header, 0, 8) !== u32le(header, 8)) {
    return { kind: 'fatal', offset, reason: 'length-crc', message: `bad length CRC at byte ${offset}` };
  }
  const lo = u32le(header, 0);
  const hi = u32le(header, 4);
  if (hi !== 0 || lo > MAX_RECORD_PAYLOAD_BYTES) {
    const claimed = hi * 2 ** 32 + lo;
    return {
      kind: 'fatal',
      offset,
      reason: 'impossible-length',
      message: `record at byte ${offset} claims ${claimed} bytes (limit ${MAX_RECORD_PAYLOAD_BYTES})`,
    };
  }
  const total = RECORD_HEADER_BYTES + lo + RECORD_FOOTER_BYTES;
  if (available < total) return { kind: 'truncated', offset };
  const next = offset + total;
  if (lo > MAX_READ_PAYLOAD_BYTES) {
    const message = `record at byte ${offset} holds ${lo} bytes, over the ${MAX_READ_PAYLOAD_BYTES}-byte record limit: skipped unread`;
    return { kind: 'corrupt', offset, next, reason: 'oversized', message };
  }
  const badCrc = `bad data CRC at byte ${offset}`;
  if (lo > VERIFY_IN_PIECES_BYTES) {
    const crc = verifyInPieces(source, offset, lo);
    if (crc === undefined) {
      const verified = verifications.get(source)?.verified ?? 0;
      return { kind: 'pending', offset, verified, length: lo };
    }
    const footer = source.read(offset + RECORD_HEADER_BYTES + lo, RECORD_FOOTER_BYTES);
    if (footer.length < RECORD_FOOTER_BYTES) return { kind: 'truncated', offset };
    if (crc !== u32le(footer, 0))
      return { kind: 'corrupt', offset, next, reason: 'data-crc', message: badCrc };
    const payload = source.read(offset + RECORD_HEADER_BYTES, lo); // verified: its bytes are real
    if (payload.length < lo) return { kind: 'truncated', offset };
    return { kind: 'record', offset, next, payload };
  }
  const body = source.read(offset + RECORD_HEADER_BYTES, lo + RECORD_FOOTER_BYTES);
  if (body.length < lo + RECORD_FOOTER_BYTES) return { kind: 'truncated', offset };
  if (maskedCrc32c(body, 0, lo) !== u32le(body, lo))
    return { kind: 'corrupt', offset, next, reason: 'data-crc', message: badCrc };
  return { kind: 'record', offset, next, payload: body.subarray(0, lo) };
}
