// Reads one TFRecord at an offset: [u64 length][u32 masked crc(length)][payload][u32 masked crc(payload)],
// all little-endian. Invariant: nothing is allocated for a payload before its bytes are on the source, so a
// damaged length field can never make the reader allocate what it claims.
import type { ByteSource } from './byte-source.ts';
import { maskedCrc32c } from './masked-crc32c.ts';

export const RECORD_HEADER_BYTES = 12;
export const RECORD_FOOTER_BYTES = 4;
/** Larger payloads are impossible: protobuf messages are capped at 2 GiB and TensorBoard's events are far smaller. */
export const MAX_RECORD_PAYLOAD_BYTES = 1024 * 1024 * 1024;

export type RecordResult =
  /** A complete record; continue at `next`. */
  | { kind: 'record'; offset: number; next: number; payload: Uint8Array }
  /** The record is not all there yet (a writer is mid-append): retry at `offset` when the source grows. */
  | { kind: 'truncated'; offset: number }
  /** The payload's CRC does not match: skip the record and continue at `next`. */
  | { kind: 'corrupt'; offset: number; next: number; reason: 'data-crc' }
  /** The length field cannot be trusted: nothing after `offset` in this source can be framed. */
  | { kind: 'fatal'; offset: number; reason: 'length-crc' | 'impossible-length'; message: string };

function u32le(b: Uint8Array, at: number): number {
  return (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;
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
  const body = source.read(offset + RECORD_HEADER_BYTES, lo + RECORD_FOOTER_BYTES);
  if (body.length < lo + RECORD_FOOTER_BYTES) return { kind: 'truncated', offset };
  const next = offset + total;
  if (maskedCrc32c(body, 0, lo) !== u32le(body, lo))
    return { kind: 'corrupt', offset, next, reason: 'data-crc' };
  return { kind: 'record', offset, next, payload: body.subarray(0, lo) };
}
