import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { tensorboard } from '../../../proto/index.ts';
import { memoryByteSource } from '../../../tfevents/byte-source.ts';
import { decodeEvent, encodeEvent } from '../../../tfevents/event-codec.ts';
import { createEventFileWriter, FILE_VERSION } from '../../../tfevents/event-file-writer.ts';
import { createEventStreamReader } from '../../../tfevents/event-stream-reader.ts';
import { tensorNumbers } from '../../../tfevents/tensor-values.ts';
import { scalarValue } from '../../../tfevents/summaries/scalar-summary.ts';
import { readTestVectors } from '../../support/shared-fixtures.ts';

const vectors = readTestVectors();
const [V1, V2, V3] = vectors.records;
const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');

function collect(now = 1700000000.4): {
  records: Uint8Array[];
  writer: ReturnType<typeof createEventFileWriter>;
} {
  const records: Uint8Array[] = [];
  const writer = createEventFileWriter({ sink: { append: (r) => records.push(r) }, now: () => now });
  return { records, writer };
}

describe('createEventFileWriter()', () => {
  test('starts the file with the brain.Event:2 event at whole seconds, byte-identical to vector V1', () => {
    const { records } = collect(1700000000.4);
    assert.equal(records.length, 1);
    assert.equal(hex(records[0]!), hex(V1!.record));
    assert.equal(decodeEvent(V1!.payload).fileVersion, FILE_VERSION);
  });

  test('writes a legacy simple_value event byte-identically to vector V3', () => {
    const { records, writer } = collect();
    writer.writeEvent({
      wallTime: 1700000002,
      step: 2,
      summary: { value: [{ tag: 'loss', simpleValue: 0.25 }] },
    });
    assert.equal(hex(records[1]!), hex(V3!.record));
  });

  test('encodes V2 (decoded) back to its exact payload: our codec keeps TensorFlow field order', () => {
    assert.equal(hex(encodeEvent(decodeEvent(V2!.payload))), hex(V2!.payload));
  });

  test('writes scalarValue() as V2 does, with the value in tensor_content instead of float_val', () => {
    const { records, writer } = collect();
    writer.writeSummary(1, [scalarValue('loss', 0.5)], 1700000001.5);
    const ours = decodeEvent(records[1]!.subarray(12, records[1]!.length - 4));
    const theirs = decodeEvent(V2!.payload);
    assert.equal(ours.wallTime, theirs.wallTime);
    assert.equal(ours.step, theirs.step);
    const [a, b] = [ours.summary!.value![0]!, theirs.summary!.value![0]!];
    assert.equal(a.tag, b.tag);
    assert.equal(
      hex(tensorboard.SummaryMetadata.encode(a.metadata!).finish()),
      hex(tensorboard.SummaryMetadata.encode(b.metadata!).finish()),
    );
    assert.equal(a.tensor!.dtype, tensorboard.DataType.DT_FLOAT);
    assert.deepEqual(a.tensor!.tensorShape!.dim, b.tensor!.tensorShape!.dim);
    assert.deepEqual([...tensorNumbers(a.tensor!)!], [...tensorNumbers(b.tensor!)!]);
    // Byte for byte, the only difference is the field tag: tensor_content (0x22) where V2 has float_val (0x2a).
    const expected = Buffer.from(V2!.payload);
    expected[expected.indexOf(Buffer.from('2a040000003f', 'hex'))] = 0x22;
    assert.equal(hex(records[1]!.subarray(12, records[1]!.length - 4)), hex(expected));
  });

  test('writes one event per value, all at the same step and wall time', () => {
    const { records, writer } = collect();
    writer.writeSummary(7, [scalarValue('a', 1), scalarValue('b', 2)], 1700000005.25);
    const events = records.slice(1).map((r) => decodeEvent(r.subarray(12, r.length - 4)));
    assert.deepEqual(
      events.map((e) => [e.step, e.wallTime, e.summary!.value!.map((v) => v.tag)]),
      [
        [7, 1700000005.25, ['a']],
        [7, 1700000005.25, ['b']],
      ],
    );
  });

  test('output read back through the stream reader yields the same events, no damage', () => {
    const { records, writer } = collect();
    for (let step = 0; step < 5; step++) writer.writeSummary(step, [scalarValue('loss', 1 / (step + 1))]);
    const batch = createEventStreamReader(memoryByteSource(Buffer.concat(records)), 'mem').readAvailable();
    assert.equal(batch.events.length, 6);
    assert.deepEqual(batch.damaged, []);
    assert.equal(batch.waiting, false);
    assert.deepEqual(
      batch.events.slice(1).map((e) => e.event.step),
      [0, 1, 2, 3, 4],
    );
  });

  test('rejects a NaN wall time and a fractional step before appending anything', () => {
    const { records, writer } = collect();
    assert.throws(
      () => writer.writeSummary(1, [scalarValue('x', 1)], Number.NaN),
      /wall time must be finite/,
    );
    assert.throws(() => writer.writeSummary(1.5, [scalarValue('x', 1)]), /step must be a safe integer/);
    assert.throws(() => writer.writeEvent({ wallTime: Number.POSITIVE_INFINITY }), /wall time/);
    assert.equal(records.length, 1);
  });

  test('puts sourceWriter into the first event as source_metadata, as TensorFlow names itself there', () => {
    const records: Uint8Array[] = [];
    createEventFileWriter({
      sink: { append: (r) => records.push(r) },
      now: () => 5,
      sourceWriter: 'trainboard',
    });
    const first = decodeEvent(records[0]!.subarray(12, records[0]!.length - 4));
    assert.deepEqual(
      [first.fileVersion, first.sourceMetadata?.writer, first.wallTime],
      ['brain.Event:2', 'trainboard', 5],
    );
  });

  test('rejects a clock that returns NaN at creation', () => {
    assert.throws(
      () => createEventFileWriter({ sink: { append: () => undefined }, now: () => Number.NaN }),
      /wall time must be finite/,
    );
  });
});
