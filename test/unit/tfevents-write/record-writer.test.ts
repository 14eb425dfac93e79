import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { memoryByteSource } from '../../../tfevents/byte-source.ts';
import { readRecord } from '../../../tfevents/record-reader.ts';
import { framedLength, frameRecord, frameRecordInto } from '../../../tfevents/record-writer.ts';
import { readTestVectors } from '../../support/shared-fixtures.ts';

const vectors = readTestVectors();

describe('frameRecord()', () => {
  for (const v of vectors.records) {
    test(`frames the ${v.name} payload byte-identically to TensorFlow's record writer`, () => {
      assert.deepEqual(
        Buffer.from(frameRecord(v.payload)).toString('hex'),
        Buffer.from(v.record).toString('hex'),
      );
    });
  }

  test('frames an empty payload as 16 bytes that readRecord() reads back as empty', () => {
    const rec = frameRecord(new Uint8Array(0));
    assert.equal(rec.length, 16);
    const r = readRecord(memoryByteSource(rec), 0);
    assert.equal(r.kind, 'record');
    assert.equal(r.kind === 'record' && r.payload.length, 0);
  });

  test('round-trips payloads of many sizes through readRecord()', () => {
    for (const n of [1, 7, 8, 9, 255, 256, 4096, 70_000]) {
      const payload = Uint8Array.from({ length: n }, (_, i) => (i * 31 + n) & 0xff);
      const r = readRecord(memoryByteSource(frameRecord(payload)), 0);
      assert.equal(r.kind, 'record', `size ${n}`);
      if (r.kind === 'record') {
        assert.deepEqual(Buffer.from(r.payload), Buffer.from(payload));
        assert.equal(r.next, framedLength(n));
      }
    }
  });

  test('frameRecordInto() packs consecutive records into one buffer at the given offsets', () => {
    const [a, b] = [vectors.records[0]!, vectors.records[2]!];
    const out = new Uint8Array(framedLength(a.payload.length) + framedLength(b.payload.length) + 3).subarray(
      3,
    );
    const mid = frameRecordInto(a.payload, out, 0);
    const end = frameRecordInto(b.payload, out, mid);
    assert.equal(end, out.length);
    assert.deepEqual(Buffer.from(out), Buffer.concat([a.record, b.record]));
  });
});
