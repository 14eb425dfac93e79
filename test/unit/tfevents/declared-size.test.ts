// Declared sizes against real bytes: the tensors of issue 12 that claim huge shapes are refused before any
// value is built, truthful tensors (and TensorFlow's small one-value fill) read as before, and readers report
// a refusal as 'implausible-shape' damage.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tensorboard } from '../../../proto/index.ts';
import {
  MAX_FILL_ELEMENTS,
  ImplausibleShapeError,
  assertTensorFits,
  declaredElementCount,
} from '../../../tfevents/declared-size.ts';
import { EventDecodeError } from '../../../tfevents/event-codec.ts';
import { createRunInterpreter } from '../../../tfevents/event-interpreter.ts';
import { undecodable } from '../../../tfevents/event-stream-reader.ts';
import { legacyHistogramToBuckets } from '../../../tfevents/legacy-histogram.ts';
import { tensorNumbers, tensorStrings } from '../../../tfevents/tensor-values.ts';

const DT = tensorboard.DataType;
const shape = (...dims: number[]): tensorboard.ITensorShapeProto => ({ dim: dims.map((size) => ({ size })) });

function summary(plugin: string, tensor: tensorboard.ITensorProto): tensorboard.Event {
  return tensorboard.Event.create({
    step: 1,
    summary: { value: [{ tag: 't', metadata: { pluginData: { pluginName: plugin } }, tensor }] },
  });
}

test('a text tensor of shape [100000,100000] with one string is refused as implausible', () => {
  const tensor = {
    dtype: DT.DT_STRING,
    tensorShape: shape(100_000, 100_000),
    stringVal: [new Uint8Array([104])],
  };
  assert.throws(() => createRunInterpreter().interpret(summary('text', tensor)), ImplausibleShapeError);
});

test('a histogram tensor of shape [1e8,3] with one float_val is refused, not filled', () => {
  const tensor = { dtype: DT.DT_FLOAT, tensorShape: shape(1e8, 3), floatVal: [1] };
  assert.throws(() => tensorNumbers(tensor), ImplausibleShapeError);
  assert.throws(() => createRunInterpreter().interpret(summary('histograms', tensor)), ImplausibleShapeError);
});

test('a scalar tensor of shape [4e8] is refused, whatever plugin it claims', () => {
  const tensor = { dtype: DT.DT_FLOAT, tensorShape: shape(4e8), floatVal: [1] };
  for (const plugin of ['scalars', 'some_unknown_plugin'])
    assert.throws(() => createRunInterpreter().interpret(summary(plugin, tensor)), ImplausibleShapeError);
});

test('tensor_content of the wrong length, negative and unsafe dimensions are refused', () => {
  const content = new Uint8Array(8);
  assert.throws(() =>
    assertTensorFits({ dtype: DT.DT_FLOAT, tensorShape: shape(3), tensorContent: content }),
  );
  assert.throws(() => assertTensorFits({ dtype: DT.DT_FLOAT, tensorShape: shape(-1), floatVal: [1] }));
  assert.throws(() =>
    assertTensorFits({ dtype: DT.DT_FLOAT, tensorShape: shape(2 ** 30, 2 ** 30, 2 ** 30) }),
  );
});

test('an empty tensor is read, unless its other dimensions span more than MAX_FILL_ELEMENTS cells', () => {
  assert.equal(declaredElementCount({ dtype: DT.DT_FLOAT, tensorShape: shape(0, 3) }), 0);
  const text = { dtype: DT.DT_STRING, tensorShape: shape(0, 100_000, 100_000) };
  assert.throws(() => createRunInterpreter().interpret(summary('text', text)), ImplausibleShapeError);
  assert.throws(() => declaredElementCount({ dtype: DT.DT_FLOAT, tensorShape: shape(2 ** 40, 100_000, 0) }));
});

test('the refusal is an EventDecodeError that readers report as implausible-shape damage', () => {
  const err = new ImplausibleShapeError('tensor shape [4] declares 4 elements, the record holds 1 values');
  assert.ok(err instanceof EventDecodeError);
  const d = undecodable('run/events', 120, err);
  assert.equal(d.reason, 'implausible-shape');
  assert.match(d.message, /^run\/events: implausible event at byte 120: /);
});

test('truthful tensors read as before: exact content, exact lists, strings per cell', () => {
  const content = new Uint8Array(new Float32Array([1, 2, 3, 4, 5, 6]).buffer);
  assert.deepEqual(
    [...tensorNumbers({ dtype: DT.DT_FLOAT, tensorShape: shape(2, 3), tensorContent: content })!],
    [1, 2, 3, 4, 5, 6],
  );
  assert.deepEqual(
    [...tensorNumbers({ dtype: DT.DT_DOUBLE, tensorShape: shape(2), doubleVal: [7, 8] })!],
    [7, 8],
  );
  const cells = ['a', 'b'].map((s) => new TextEncoder().encode(s));
  assert.deepEqual(tensorStrings({ dtype: DT.DT_STRING, tensorShape: shape(2), stringVal: cells }), [
    'a',
    'b',
  ]);
  assert.deepEqual([...tensorNumbers({ dtype: DT.DT_FLOAT, tensorShape: shape(0, 3) })!], []);
});

test("TensorFlow's one-value fill still works up to MAX_FILL_ELEMENTS and is refused beyond", () => {
  const fill = (n: number): Float64Array | undefined =>
    tensorNumbers({ dtype: DT.DT_FLOAT, tensorShape: shape(n), floatVal: [2] });
  assert.deepEqual([...fill(4)!], [2, 2, 2, 2]);
  assert.equal(fill(MAX_FILL_ELEMENTS)!.length, MAX_FILL_ELEMENTS);
  assert.throws(() => fill(MAX_FILL_ELEMENTS + 1), ImplausibleShapeError);
});

test('a legacy histogram whose bucket counts and limits differ in number is refused', () => {
  assert.throws(
    () => legacyHistogramToBuckets({ bucket: [1, 2, 3], bucketLimit: [1] }),
    ImplausibleShapeError,
  );
  assert.equal(legacyHistogramToBuckets({ min: 0, max: 2, bucket: [1, 1], bucketLimit: [1, 2] }).length, 6);
});
