// The /api answers' fast JSON text (server/api/plain-json.ts) must be exactly the generic writer's bytes
// (tb-json.ts + json-stream.ts, TensorBoard's conventions): checked on values holding every number the generic
// writer spells specially, values with their own toJSON, and random values (fast-check).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { plainJsonText } from '../../../server/api/plain-json.ts';
import { JsonInt64 } from '../../../server/http/json-int64.ts';
import { tbJsonBytes } from '../../../server/http/tb-json.ts';

const generic = async (v: unknown): Promise<string> => (await tbJsonBytes(v)).toString('utf8');

test('a session summary with NaN, infinities, -0, doubles past 2^53 and odd strings: the generic bytes', async () => {
  const values: unknown[] = [
    {
      id: 'a/"quoted" ü \u2028 \ud800',
      hparams: { lr: 1e-7, '10': 1, '2': 'x', big: 1e21 },
      finalMetrics: { loss: NaN, acc: Infinity, worst: -Infinity },
      bestMetrics: { zero: -0, edge: 2 ** 53, past: 2 ** 60 },
      runs: ['a/train', 'a/validation'],
      pid: null,
      skipped: undefined,
    },
    [1, -0, [NaN, [2 ** 53 + 2]], { x: undefined }, undefined],
    { step: new JsonInt64(9007199254740993n), at: new Date(0) },
    -0,
    NaN,
    'text',
    null,
  ];
  for (const v of values) assert.equal(plainJsonText(v), await generic(v), JSON.stringify(v));
});

test('a value with no specially spelled number is JSON.stringify of it', () => {
  const v = { sessions: [{ id: 's', startedAt: 1795000000.25, runs: ['s/train'], hparams: {} }] };
  assert.equal(plainJsonText(v), JSON.stringify(v));
});

test('random values: the generic bytes', async () => {
  const num = fc.oneof(
    fc.double(),
    fc.integer(),
    fc.constantFrom(-0, 2 ** 53, 2 ** 53 + 2, -(2 ** 60), 1e21, 5e-324, NaN, Infinity, -Infinity),
  );
  const value = fc.letrec((tie) => ({
    leaf: fc.oneof(num, fc.string(), fc.boolean(), fc.constant(null)),
    node: fc.oneof(
      { depthSize: 'small' },
      tie('leaf'),
      fc.array(tie('node'), { maxLength: 5 }),
      fc.dictionary(fc.string(), tie('node'), { maxKeys: 5 }),
    ),
  })).node;
  await fc.assert(
    fc.asyncProperty(value, async (v) => assert.equal(plainJsonText(v), await generic(v))),
    { numRuns: 300 },
  );
});
