// The byte writer of the scalars plugin's JSON (server/http/json-chunks.ts, scalars-plugin.ts writePoints) must
// print exactly what the string writer it replaced printed: Python's float repr for wall times and values (the
// strings of json_util.Cleanse for NaN and the infinities), steps as exact int64 digits, whatever the chunk size
// splitting the points. Checked on every specially spelled number and on random series (fast-check), and on a
// disk series (column cache) whose points writePoints reads a block at a time (columnsAt) through an LRU too
// small to hold two blocks.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { JsonChunks } from '../../../server/http/json-chunks.ts';
import { pythonJsonFloat } from '../../../server/http/python-float.ts';
import { scalarTriplesJson } from '../../../server/plugins/scalars/scalars-plugin.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BLOCK_POINTS } from '../../../server/store/column-cache/block-codec.ts';
import { openColumnFile } from '../../../server/store/column-cache/column-file.ts';
import { createDiskScalarSeries } from '../../../server/store/column-cache/disk-scalar-series.ts';
import { createScalarSeries, type ScalarSeriesView } from '../../../server/store/scalar-series.ts';

/** The string writer scalars-plugin.ts used before json-chunks.ts: one template per point. */
function stringTriples(series: ScalarSeriesView): string {
  let out = '';
  for (let i = 0; i < series.length; i++) {
    out += i === 0 ? '[' : ',[';
    out += `${pythonJsonFloat(series.wallTime(i))},${series.stepText(i)},${pythonJsonFloat(series.value(i))}]`;
  }
  return `[${out}]`;
}

const special = [
  0,
  -0,
  1,
  -1,
  0.1,
  1e-4,
  9.99e-5,
  1e16,
  1e16 - 2,
  2 ** 53,
  2 ** 53 + 2,
  -(2 ** 60),
  1e21,
  5e-324,
];
const specialDoubles = [
  ...special,
  NaN,
  Infinity,
  -Infinity,
  1.7976931348623157e308,
  -1.7976931348623157e308,
];

function seriesOf(points: [number, number, number, bigint | undefined][]): ScalarSeriesView {
  const s = createScalarSeries();
  for (const [step, wall, value, exact] of points) s.append(step, wall, value, exact);
  return s;
}

test('every specially spelled number: the string writer bytes, at every chunk size', () => {
  const points: [number, number, number, bigint | undefined][] = [];
  for (const [k, x] of specialDoubles.entries())
    points.push([k, x, specialDoubles[specialDoubles.length - 1 - k]!, undefined]);
  points.push([2 ** 53, 1795000000.01, 0.5, 9007199254740993n]);
  points.push([-(2 ** 60), 1795000000.02, -0.5, -1152921504606846976n]);
  points.push([2 ** 60, 1795000000.03, 1, undefined]); // a double step past 2^53 without its int64
  points.push([-7, -0, -0, undefined]);
  const series = seriesOf(points);
  const want = stringTriples(series);
  for (const size of [1, 64, 100, 257, 4096, 65536])
    assert.equal(scalarTriplesJson(series, size), want, `${size}`);
  assert.equal(scalarTriplesJson(undefined), '[]');
  assert.equal(scalarTriplesJson(createScalarSeries()), '[]');
});

test('random series: the string writer bytes, split into chunks of random sizes', () => {
  const double = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(...specialDoubles));
  const step = fc.oneof(fc.integer(), fc.maxSafeInteger(), fc.constantFrom(-0, 2 ** 53, 2 ** 60, -(2 ** 60)));
  fc.assert(
    fc.property(
      fc.array(
        fc.tuple(step, double, double, fc.option(fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }))),
        {
          maxLength: 60,
        },
      ),
      fc.integer({ min: 1, max: 2000 }),
      (rows, size) => {
        // an exact int64 only where the double rounds it, as the store keeps them
        const points = rows.map(([s, w, v, e]): [number, number, number, bigint | undefined] =>
          e !== null && (e > 2n ** 53n || e < -(2n ** 53n)) ? [Number(e), w, v, e] : [s, w, v, undefined],
        );
        const series = seriesOf(points);
        assert.equal(scalarTriplesJson(series, size), stringTriples(series));
      },
    ),
    { numRuns: 400 },
  );
});

test('a disk series read a block at a time through a one-block LRU: the string writer bytes, the tail too', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tb-triples-'));
  try {
    const file = openColumnFile(join(dir, 'c.bin'), { lruBytes: 1 });
    const disk = createDiskScalarSeries(file);
    const other = createDiskScalarSeries(file); // its blocks evict disk's between the two answers
    const n = 3 * BLOCK_POINTS + 77;
    for (let i = 0; i < n; i++) {
      const step = i === 5 ? 2 ** 60 : i;
      disk.append(
        step,
        1.7e9 + i * 0.123456789,
        Math.fround(Math.sin(i)),
        i === 5 ? 2n ** 60n + 1n : undefined,
      );
      other.append(i, 1.8e9 + i, i / 7);
    }
    const want = stringTriples(disk);
    const wantOther = stringTriples(other);
    for (const size of [1, 100, 4096, 20_000, 65536]) {
      assert.equal(scalarTriplesJson(disk, size), want, `${size}`);
      assert.equal(scalarTriplesJson(other, size), wantOther, `${size}`);
    }
    assert.equal(disk.columnsAt(n - 1).end, n);
    assert.equal(disk.columnsAt(BLOCK_POINTS).first, BLOCK_POINTS);
    file.close(true);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('JsonChunks: integers as String() prints them, doubles as pythonJsonFloat, chunks handed out whole', () => {
  fc.assert(
    fc.property(
      fc.array(fc.oneof(fc.integer(), fc.maxSafeInteger(), fc.constantFrom(-0, 10, 99, 100))),
      (xs) => {
        const out = new JsonChunks(128);
        const parts: Buffer[] = [];
        for (const [k, x] of xs.entries()) {
          out.separator(k === 0);
          out.safeInteger(x);
          if (out.full()) parts.push(out.take());
        }
        parts.push(out.take());
        assert.equal(Buffer.concat(parts).toString(), xs.map(String).join(','));
      },
    ),
  );
  fc.assert(
    fc.property(fc.oneof(fc.double(), fc.constantFrom(...specialDoubles)), (x) => {
      const out = new JsonChunks();
      out.jsonFloat(x);
      assert.equal(out.take().toString(), pythonJsonFloat(x));
    }),
  );
  const out = new JsonChunks(64);
  out.text('"ü' + 'x'.repeat(200) + '"'); // longer than a chunk: the chunk grows, the text is not split
  const first = out.take();
  out.byte(0x5d);
  assert.equal(first.toString(), '"ü' + 'x'.repeat(200) + '"');
  assert.equal(out.take().toString(), ']', 'a taken chunk is never written again');
});
