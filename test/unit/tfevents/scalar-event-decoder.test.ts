import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import type { tensorboard } from '../../../proto/index.ts';
import { decodeEvent, encodeEvent } from '../../../tfevents/event-codec.ts';
import { createRunInterpreter, type Sample } from '../../../tfevents/event-interpreter.ts';
import { createEventStreamReader } from '../../../tfevents/event-stream-reader.ts';
import { openFileByteSource } from '../../../tfevents/node/file-byte-source.ts';
import { scanLogdir } from '../../../tfevents/node/logdir-scan.ts';
import { decodeScalarEvent, type ScalarEventFields } from '../../../tfevents/scalar-event-decoder.ts';
import { experimentsDir, fixturesDir } from '../../support/shared-fixtures.ts';

const f32 = (x: number): Uint8Array => {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setFloat32(0, x, true);
  return b;
};
const f64 = (x: number): Uint8Array => {
  const b = new Uint8Array(8);
  new DataView(b.buffer).setFloat64(0, x, true);
  return b;
};

/** Events of every shape the fast path must either decode exactly or refuse. */
const eventArb = fc
  .record({
    wallTime: fc.double({ noNaN: false }),
    step: fc.oneof(fc.nat(), fc.maxSafeNat(), fc.integer({ min: -5, max: -1 })),
    tag: fc.string({ unit: 'grapheme', maxLength: 12 }),
    kind: fc.constantFrom(
      'simple',
      'content32',
      'float_val',
      'content64',
      'double_val',
      'shaped',
      'int',
      'text',
    ),
    value: fc.double(),
    metadata: fc.boolean(),
    source: fc.boolean(),
    twoValues: fc.boolean(),
  })
  .map((r) => {
    const v32 = Math.fround(r.value);
    const tensor: tensorboard.ITensorProto | undefined = {
      simple: undefined,
      content32: { dtype: 1, tensorShape: {}, tensorContent: f32(v32) },
      float_val: { dtype: 1, tensorShape: {}, floatVal: [v32] },
      content64: { dtype: 2, tensorShape: {}, tensorContent: f64(r.value) },
      double_val: { dtype: 2, tensorShape: {}, doubleVal: [r.value] },
      shaped: { dtype: 1, tensorShape: { dim: [{ size: 1 }] }, floatVal: [v32] },
      int: { dtype: 3, tensorShape: {}, intVal: [7] },
      text: { dtype: 7, tensorShape: {}, stringVal: [new Uint8Array([104, 105])] },
    }[r.kind];
    const value: tensorboard.Summary.IValue = {
      tag: r.tag,
      ...(r.kind === 'simple' ? { simpleValue: v32 } : { tensor }),
      ...(r.metadata ? { metadata: { pluginData: { pluginName: 'scalars' }, summaryDescription: 'd' } } : {}),
    };
    return encodeEvent({
      wallTime: r.wallTime,
      step: r.step,
      summary: { value: r.twoValues ? [value, value] : [value] },
      ...(r.source ? { sourceMetadata: { writer: 'w' } } : {}),
    });
  });

const same = (a: number, b: number): boolean => Object.is(a, b) || (Number.isNaN(a) && Number.isNaN(b));

describe('decodeScalarEvent()', () => {
  test('agrees with the protobuf decoder on every event it accepts, and accepts every one-value scalar', () => {
    fc.assert(
      fc.property(eventArb, (payload) => {
        const out: ScalarEventFields = { wallTime: 0, step: 0, tag: '', value: 0 };
        const ref = decodeEvent(payload);
        const values = ref.summary?.value ?? [];
        const v = values[0];
        const refValue =
          v?.simpleValue ??
          (v?.tensor && (v.tensor.tensorShape?.dim ?? []).length === 0 ? scalarOf(v.tensor) : undefined);
        const expectAccept = values.length === 1 && refValue !== undefined && Number(ref.step) >= 0;
        const accepted = decodeScalarEvent(payload, out);
        assert.equal(accepted, expectAccept);
        if (accepted) {
          assert.ok(same(out.wallTime, ref.wallTime));
          assert.equal(out.step, Number(ref.step));
          assert.equal(out.tag, v!.tag);
          assert.ok(same(out.value, refValue!));
        }
      }),
      { numRuns: 3000 },
    );
  });

  test('refuses truncated payloads instead of reading past them', () => {
    const payload = encodeEvent({
      wallTime: 1,
      step: 2,
      summary: { value: [{ tag: 'loss', simpleValue: 0.5 }] },
    });
    const out: ScalarEventFields = { wallTime: 0, step: 0, tag: '', value: 0 };
    for (let cut = 0; cut < payload.length; cut++)
      assert.equal(decodeScalarEvent(payload.subarray(0, cut), out), false);
    assert.equal(decodeScalarEvent(payload, out), true);
  });

  test('interpretPayload() gives the same samples as interpret(decodeEvent()) on every shared event file', () => {
    for (const logdir of [fixturesDir, experimentsDir]) {
      for (const run of scanLogdir(logdir).runs) {
        const fast = createRunInterpreter();
        const slow = createRunInterpreter();
        for (const file of run.files) {
          const source = openFileByteSource(file);
          const batch = createEventStreamReader(source, file).readPayloads();
          source.close();
          for (const { payload } of batch.records) {
            let ref: Sample[];
            try {
              ref = slow.interpret(decodeEvent(payload));
            } catch {
              assert.throws(() => fast.interpretPayload(payload));
              continue;
            }
            assert.deepEqual(fast.interpretPayload(payload), ref, `${file}`);
          }
        }
      }
    }
  });
});

function scalarOf(t: tensorboard.ITensorProto): number | undefined {
  const dtype = Number(t.dtype);
  if (dtype === 1)
    return t.tensorContent?.length === 4
      ? new DataView(t.tensorContent.buffer, t.tensorContent.byteOffset).getFloat32(0, true)
      : t.floatVal?.[0];
  if (dtype === 2)
    return t.tensorContent?.length === 8
      ? new DataView(t.tensorContent.buffer, t.tensorContent.byteOffset).getFloat64(0, true)
      : t.doubleVal?.[0];
  return undefined;
}
