import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { memoryByteSource, type ByteSource } from '../../../tfevents/byte-source.ts';
import { decodeEvent } from '../../../tfevents/event-codec.ts';
import { createEventStreamReader } from '../../../tfevents/event-stream-reader.ts';
import { maskedCrc32c } from '../../../tfevents/masked-crc32c.ts';
import {
  MAX_READ_PAYLOAD_BYTES,
  VERIFY_BYTES_PER_CALL,
  VERIFY_IN_PIECES_BYTES,
  readRecord,
} from '../../../tfevents/record-reader.ts';
import { frameRecord } from '../../../tfevents/record-writer.ts';
import { readTestVectors } from '../../support/shared-fixtures.ts';

const vectors = readTestVectors();
const concat = (...parts: Uint8Array[]): Uint8Array => Uint8Array.from(parts.flatMap((p) => [...p]));
const file = concat(...vectors.records.map((r) => r.record));

describe('readRecord()', () => {
  test('returns the payload of each published TFRecord vector', () => {
    let offset = 0;
    for (const v of vectors.records) {
      const r = readRecord(memoryByteSource(file), offset);
      assert.equal(r.kind, 'record');
      if (r.kind !== 'record') return;
      assert.deepEqual([...r.payload], [...v.payload]);
      offset = r.next;
    }
    assert.equal(offset, file.length);
  });

  test('returns truncated, never a record or an error, for every cut point inside a record', () => {
    const rec = vectors.records[1]!.record;
    for (let cut = 0; cut < rec.length; cut++) {
      assert.deepEqual(readRecord(memoryByteSource(rec.subarray(0, cut)), 0), {
        kind: 'truncated',
        offset: 0,
      });
    }
  });

  test('returns corrupt with the next offset when the data CRC is wrong', () => {
    const bad = file.slice();
    bad[vectors.records[0]!.record.length + 20]! ^= 0x01; // a payload byte of V2
    const r = readRecord(memoryByteSource(bad), vectors.records[0]!.record.length);
    assert.equal(r.kind, 'corrupt');
    if (r.kind === 'corrupt')
      assert.equal(r.next, vectors.records[0]!.record.length + vectors.records[1]!.record.length);
  });

  test('returns fatal with the offset when the length CRC is wrong', () => {
    const bad = file.slice();
    bad[40 + 9]! ^= 0xff; // V2's length CRC
    assert.deepEqual(readRecord(memoryByteSource(bad), 40), {
      kind: 'fatal',
      offset: 40,
      reason: 'length-crc',
      message: 'bad length CRC at byte 40',
    });
  });

  test('rejects an impossible length without reading or allocating it', () => {
    // A well-formed header that claims 2^40 bytes: the CRC matches, so only the limit can catch it.
    const header = new Uint8Array(12);
    new DataView(header.buffer).setBigUint64(0, 1n << 40n, true);
    new DataView(header.buffer).setUint32(8, maskedCrc32c(header, 0, 8), true);
    let largestRead = 0;
    const spy: ByteSource = {
      size: () => 100,
      read: (offset, length) => {
        largestRead = Math.max(largestRead, length);
        return header.subarray(offset, offset + length);
      },
    };
    const r = readRecord(spy, 0);
    assert.equal(r.kind, 'fatal');
    if (r.kind === 'fatal') assert.equal(r.reason, 'impossible-length');
    assert.equal(largestRead, 12);
  });
});

/** A header claiming `length` bytes with a valid length CRC, over a virtual source of zeros (nothing allocated). */
function claimedRecordSource(length: number): { source: ByteSource; largestRead: () => number } {
  const header = new Uint8Array(12);
  new DataView(header.buffer).setBigUint64(0, BigInt(length), true);
  new DataView(header.buffer).setUint32(8, maskedCrc32c(header, 0, 8), true);
  const zeros = new Uint8Array(VERIFY_IN_PIECES_BYTES);
  let largest = 0;
  const size = 12 + length + 4;
  const source: ByteSource = {
    size: () => size,
    read: (offset, want) => {
      largest = Math.max(largest, want);
      if (offset === 0 && want === 12) return header;
      if (want > zeros.length) throw new Error(`asked for ${want} bytes at once`);
      return zeros.subarray(0, Math.min(want, size - offset));
    },
  };
  return { source, largestRead: () => largest };
}

describe('readRecord() on large records', () => {
  test('skips a record over MAX_READ_PAYLOAD_BYTES as oversized without reading its payload', () => {
    const length = MAX_READ_PAYLOAD_BYTES + 1;
    const { source, largestRead } = claimedRecordSource(length);
    const r = readRecord(source, 0);
    assert.equal(r.kind, 'corrupt');
    if (r.kind === 'corrupt') {
      assert.equal(r.reason, 'oversized');
      assert.equal(r.next, 12 + length + 4);
    }
    assert.equal(largestRead(), 12);
  });

  test('verifies a large forged payload in bounded pieces, then reports its bad data CRC', () => {
    const length = 20 * 1024 * 1024;
    const { source, largestRead } = claimedRecordSource(length);
    let calls = 0;
    let r = readRecord(source, 0);
    for (; r.kind === 'pending'; r = readRecord(source, 0)) {
      calls++;
      assert.equal(r.verified, calls * VERIFY_BYTES_PER_CALL);
    }
    assert.equal(calls, Math.ceil(length / VERIFY_BYTES_PER_CALL) - 1);
    assert.equal(r.kind, 'corrupt');
    if (r.kind === 'corrupt') assert.equal(r.reason, 'data-crc');
    assert.ok(largestRead() <= VERIFY_IN_PIECES_BYTES, `largest read ${largestRead()}`);
  });

  test('returns a large valid payload whole once its pieces verified', () => {
    const payload = Uint8Array.from({ length: 3 * VERIFY_IN_PIECES_BYTES + 5 }, (_, i) => (i * 7) & 0xff);
    const source = memoryByteSource(frameRecord(payload));
    let r = readRecord(source, 0);
    while (r.kind === 'pending') r = readRecord(source, 0);
    assert.equal(r.kind, 'record');
    if (r.kind === 'record') assert.deepEqual(r.payload, payload);
  });
});

describe('createEventStreamReader()', () => {
  test('resumes a record written in several partial appends, exactly once', () => {
    let size = 0;
    const growing: ByteSource = { size: () => size, read: (o, l) => file.subarray(o, Math.min(size, o + l)) };
    const reader = createEventStreamReader(growing, 'f');
    const seen: number[] = [];
    for (const cut of [5, 39, 41, 60, 101, file.length]) {
      size = cut;
      const batch = reader.readAvailable();
      seen.push(...batch.events.map((e) => e.offset));
      assert.equal(batch.waiting, reader.offset < size);
    }
    assert.deepEqual(seen, [0, 40, 102]);
    assert.equal(decodeEvent(vectors.records[2]!.payload).step, 2);
  });

  test('skips a record with a bad data CRC, reports file and offset, and reads the records after it', () => {
    const bad = file.slice();
    bad[40 + 20]! ^= 0x01;
    const batch = createEventStreamReader(memoryByteSource(bad), 'run/events.x').readAvailable();
    assert.deepEqual(
      batch.events.map((e) => e.offset),
      [0, 102],
    );
    assert.deepEqual(
      batch.damaged.map((d) => [d.file, d.offset, d.reason]),
      [['run/events.x', 40, 'data-crc']],
    );
  });

  test('skips an undecodable payload whose CRC is valid, and continues', () => {
    const payload = new Uint8Array([0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f]); // field 1 as bytes with a huge length
    const framed = frame(payload);
    const batch = createEventStreamReader(
      memoryByteSource(concat(framed, vectors.records[2]!.record)),
      'f',
    ).readAvailable();
    assert.equal(batch.events.length, 1);
    assert.deepEqual(
      batch.damaged.map((d) => d.reason),
      ['undecodable'],
    );
  });

  test('stops for good at a bad length CRC, keeping what came before', () => {
    const bad = file.slice();
    bad[40 + 9]! ^= 0xff;
    const reader = createEventStreamReader(memoryByteSource(bad), 'f');
    const batch = reader.readAvailable();
    assert.deepEqual(
      batch.events.map((e) => e.offset),
      [0],
    );
    assert.equal(batch.fatal?.offset, 40);
    assert.ok(reader.dead);
    assert.equal(reader.readAvailable().events.length, 0);
  });
});

/** Frames a payload by hand, independently of the record writer under test elsewhere. */
function frame(payload: Uint8Array): Uint8Array {
  const out = new Uint8Array(payload.length + 16);
  const view = new DataView(out.buffer);
  view.setUint32(0, payload.length, true);
  view.setUint32(8, maskedCrc32c(out, 0, 8), true);
  out.set(payload, 12);
  view.setUint32(12 + payload.length, maskedCrc32c(payload), true);
  return out;
}
