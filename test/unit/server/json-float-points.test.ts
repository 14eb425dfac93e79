// Small objects and lists holding JsonFloat / JsonInt64 members (Time Series points, distribution rows) are
// printed in one go by the JSON writer: the same text as the member-by-member path would make, Python's
// spelling for the floats, the replacer applied to the plain members, undefined members skipped (objects) or
// null (lists) as JSON.stringify does.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { jsonFloat } from '../../../server/http/json-float.ts';
import { JsonInt64 } from '../../../server/http/json-int64.ts';
import { jsonTextSliced } from '../../../server/http/json-stream.ts';

const cleanse = (_k: string, v: unknown): unknown => (typeof v === 'number' && Number.isNaN(v) ? 'NaN' : v);

test('Time Series points print their floats as Python does', async () => {
  const points = [
    { wallTime: jsonFloat(1700000000), step: 0, value: jsonFloat(1) },
    { wallTime: jsonFloat(1700000000.5), step: new JsonInt64(9007199254740993n), value: jsonFloat(-0) },
    { wallTime: jsonFloat(1), step: 2, value: jsonFloat(NaN), extra: undefined, n: NaN },
  ];
  assert.equal(
    await jsonTextSliced(points, cleanse),
    '[{"wallTime":1700000000.0,"step":0,"value":1.0},' +
      '{"wallTime":1700000000.5,"step":9007199254740993,"value":-0.0},' +
      '{"wallTime":1.0,"step":2,"value":"NaN","n":"NaN"}]',
  );
});

test('rows mixing ints and floats, and holes, print as JSON.stringify would with Python floats', async () => {
  const rows = [
    [0, jsonFloat(0)],
    [668, jsonFloat(0.334)],
    [jsonFloat(1e20), undefined, 'é'],
  ];
  assert.equal(await jsonTextSliced(rows, cleanse), '[[0,0.0],[668,0.334],[1e+20,null,"é"]]');
  assert.equal(await jsonTextSliced(rows, cleanse, 'ascii'), '[[0,0.0],[668,0.334],[1e+20,null,"\\u00e9"]]');
});
