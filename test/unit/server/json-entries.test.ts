// The JSON writer prints objects keyed by data (JsonEntries) in insertion order, where JSON.stringify puts
// integer-like keys first: runs `1`, `10`, `2` stay as TensorBoard lists them, in every path that sends an
// answer (jsonPieces, the sliced text of cached listings, nested entries, large streamed bodies); floats that
// TensorBoard holds as floats (JsonFloat, JsonFloatList) print as Python prints them (`1.0`).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { JsonEntries } from '../../../server/http/json-entries.ts';
import { jsonFloat, jsonFloats } from '../../../server/http/json-float.ts';
import { jsonPieces, jsonTextSliced } from '../../../server/http/json-stream.ts';
import { tbJsonBytes } from '../../../server/http/tb-json.ts';

const keep = (_k: string, v: unknown): unknown => v;
const text = (v: unknown): string => [...jsonPieces(v, keep)].join('');

test('JsonEntries prints in insertion order, integer-like keys included', () => {
  const e = JsonEntries.of<number>([
    ['10', 1],
    ['b', 2],
    ['2', 3],
    ['0/x', 4],
    ['1', 5],
  ]);
  assert.equal(text(e), '{"10":1,"b":2,"2":3,"0/x":4,"1":5}');
  // a plain object with the same members is what JSON.stringify (and toJSON) make of it
  assert.equal(JSON.stringify(e), '{"1":5,"2":3,"10":1,"b":2,"0/x":4}');
});

test('setting an existing key keeps its place, as a Python dict does', () => {
  const e = new JsonEntries<number>().set('3', 0).set('1', 0).set('3', 9);
  assert.equal(text(e), '{"3":9,"1":0}');
  assert.equal(
    e.getOrSet('1', () => 7),
    0,
  );
  assert.equal(
    e.getOrSet('0', () => 7),
    7,
  );
  assert.equal(text(e), '{"3":9,"1":0,"0":7}');
});

test('nested entries, undefined members, NaN and empty entries print as JSON.stringify would, in order', async () => {
  const inner = JsonEntries.of<unknown>([
    ['2', { a: 1 }],
    ['skip', undefined],
    ['1', [1, 'x']],
  ]);
  const outer = JsonEntries.of<unknown>([
    ['9', inner],
    ['8', new JsonEntries()],
    ['7', { nested: JsonEntries.of([['5', NaN]]) }],
  ]);
  const want = '{"9":{"2":{"a":1},"1":[1,"x"]},"8":{},"7":{"nested":{"5":"NaN"}}}';
  assert.equal((await tbJsonBytes(outer)).toString(), want);
  assert.equal(await jsonTextSliced([outer], keep), `[${want.replace('"NaN"', 'null')}]`);
});

test('a large JsonEntries keeps its order across slices', async () => {
  const n = 50_000;
  const e = new JsonEntries<string>();
  for (let i = n; i > 0; i--) e.set(String(i), 'v'.repeat(8));
  const got = JSON.parse((await tbJsonBytes({ runs: e })).toString()) as { runs: object };
  assert.equal(Object.keys(got.runs).length, n);
  const body = (await tbJsonBytes(e)).toString();
  assert.ok(body.startsWith(`{"${n}":"vvvvvvvv","${n - 1}":`), body.slice(0, 40));
  assert.ok(body.endsWith(',"1":"vvvvvvvv"}'));
});

test('JsonFloat and JsonFloatList print as Python floats; JSON.stringify sees plain numbers', async () => {
  const body = {
    wall_time: jsonFloat(1700000000),
    thresholds: jsonFloats([0, 0.5, 1, -0, NaN, 1e-5, Infinity]),
    step: 3,
    long: jsonFloats(Float64Array.from({ length: 40 }, (_, i) => i)),
  };
  const want =
    '{"wall_time":1700000000.0,"thresholds":[0.0,0.5,1.0,-0.0,"NaN",1e-05,"Infinity"],"step":3,' +
    `"long":[${Array.from({ length: 40 }, (_, i) => `${i}.0`).join(',')}]}`;
  assert.equal((await tbJsonBytes(body)).toString(), want);
  assert.equal(JSON.stringify({ t: jsonFloats([0, 1]), w: jsonFloat(2) }), '{"t":[0,1],"w":2}');
});
