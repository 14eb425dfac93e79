// The pieces that keep numbers as TensorBoard's Python prints them: Python's float repr (checked against the
// venv's Python in test/compat/exact-numbers-match-tensorboard.test.ts), the exact int64 step read from Event
// bytes, the sparse exact-step side table across purges, and the JSON writer's spelling of -0, big doubles and
// JsonInt64.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tensorboard } from '../../../proto/index.ts';
import { JsonInt64, jsonStep } from '../../../server/http/json-int64.ts';
import { jsonPieces } from '../../../server/http/json-stream.ts';
import { pythonFloatRepr, pythonJsonFloat } from '../../../server/http/python-float.ts';
import { createScalarSeries } from '../../../server/store/scalar-series.ts';
import { exactEventStep } from '../../../tfevents/exact-event-step.ts';

test('pythonFloatRepr() spells doubles as Python repr does', () => {
  const cases: [number, string][] = [
    [0, '0.0'],
    [-0, '-0.0'],
    [1700000000, '1700000000.0'],
    [0.1, '0.1'],
    [1e-5, '1e-05'],
    [1.5e-7, '1.5e-07'],
    [0.0001, '0.0001'],
    [1e16, '1e+16'],
    [9999999999999998, '9999999999999998.0'],
    [Math.fround(0.1), '0.10000000149011612'],
    [5e-324, '5e-324'],
    [NaN, 'nan'],
    [-Infinity, '-inf'],
  ];
  for (const [x, want] of cases) assert.equal(pythonFloatRepr(x), want, String(x));
  assert.equal(pythonJsonFloat(NaN), '"NaN"');
  assert.equal(pythonJsonFloat(Infinity), '"Infinity"');
});

test('exactEventStep() reads int64 steps beyond 2^53 exactly, negative ones included, and nothing smaller', () => {
  // an Event with its step field (2, varint) written by hand: the protobuf runtime here has no Long to encode it
  const payload = (step: bigint): Uint8Array => {
    const head = tensorboard.Event.encode({
      wallTime: 1.5,
      summary: { value: [{ tag: 'x', simpleValue: 1 }] },
    });
    const bytes = [...head.finish(), 0x10];
    for (let v = BigInt.asUintN(64, step); ; v >>= 7n) {
      if (v < 0x80n) {
        bytes.push(Number(v));
        break;
      }
      bytes.push(Number(v & 0x7fn) | 0x80);
    }
    return Uint8Array.from(bytes);
  };
  const big = (s: string): Uint8Array => payload(BigInt(s));
  assert.equal(tensorboard.Event.decode(big('9007199254740993')).step, 2 ** 53, 'the runtime rounds it');
  assert.equal(exactEventStep(big('9007199254740993')), 9007199254740993n);
  assert.equal(exactEventStep(big('-9007199254740995')), -9007199254740995n);
  assert.equal(exactEventStep(big('9223372036854775807')), 9223372036854775807n);
  assert.equal(exactEventStep(payload(12n)), undefined);
  assert.equal(exactEventStep(payload(-12n)), undefined);
  const cut = big('9007199254740993');
  assert.equal(exactEventStep(cut.subarray(0, cut.length - 2)), undefined, 'truncated');
});

test('a scalar series keeps exact steps in its side table, shifted by a purge', () => {
  const s = createScalarSeries();
  s.append(1, 0, 0);
  s.append(2 ** 53, 0, 0, 9007199254740993n);
  s.append(5, 0, 0);
  s.append(2 ** 53 + 4, 0, 0, 9007199254740997n);
  assert.equal(s.stepText(1), '9007199254740993');
  assert.equal(s.stepText(2), '5');
  assert.equal(s.exactStep(0), undefined);
  s.purge(2 ** 53); // removes indices 1 and 3
  assert.equal(s.length, 2);
  assert.deepEqual([s.stepText(0), s.stepText(1)], ['1', '5']);
  assert.equal(s.exactStep(1), undefined);
});

test('jsonPieces() prints -0 as -0.0, a JsonInt64 as its digits and a double beyond 2^53 as a float', () => {
  const value = { a: [-0, 1, jsonStep(1, 9007199254740993n)], b: 2 ** 60, c: -0, d: jsonStep(7, undefined) };
  assert.equal(
    [...jsonPieces(value, (_k, v) => v)].join(''),
    '{"a":[-0.0,1,9007199254740993],"b":1.152921504606847e+18,"c":-0.0,"d":7}',
  );
  const exact = new JsonInt64(-9007199254740995n);
  assert.equal(
    JSON.stringify({ s: exact }),
    '{"s":-9007199254740996}',
    'JSON.stringify degrades to the double',
  );
  assert.ok(Number(exact) < 0);
});
