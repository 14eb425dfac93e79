// A restart on the column cache: min/max bucket records round-trip exactly and a damaged one is refused, naming
// the file and offset; a cache whose files are untouched since its manifest is trusted (buckets from
// buckets.bin), a written-to one is not (every block read back); both restore exactly the series that was saved.
import assert from 'node:assert/strict';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, utimesSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { PersistedRun } from '../../../server/store/column-cache/cache-manifest.ts';
import { openColumnCache } from '../../../server/store/column-cache/column-cache.ts';
import { createMinMaxBuckets, BUCKET_POINTS } from '../../../server/store/column-cache/min-max-buckets.ts';
import { createScalarSeries, type ScalarSeries } from '../../../server/store/scalar-series.ts';

const N = 5 * 512 + 300;

function fill(s: ScalarSeries): void {
  for (let i = 0; i < N; i++)
    s.append(3 * i, 1.7e9 + i * 0.25, i % 997 === 0 ? Number.NaN : Math.sin(i / 17) * (1 + i / 100));
}

function assertSameSeries(a: ScalarSeries, b: ScalarSeries): void {
  assert.equal(a.length, b.length);
  for (let i = 0; i < b.length; i++) {
    assert.ok(Object.is(a.step(i), b.step(i)), `step ${i}`);
    assert.ok(Object.is(a.wallTime(i), b.wallTime(i)), `wall ${i}`);
    assert.ok(Object.is(a.value(i), b.value(i)), `value ${i}`);
  }
}

function assertSameBuckets(a: ScalarSeries, b: ScalarSeries): void {
  const [x, y] = [a.extremes!, b.extremes!];
  const count = (e: typeof x): number => e.bucketOf(a.length - 1) + 1;
  // every point sealed: 5 full blocks of 512 / BUCKET_POINTS buckets, then the last block's
  assert.equal(count(x), 5 * (512 / BUCKET_POINTS) + Math.ceil((N % 512) / BUCKET_POINTS));
  assert.equal(count(x), count(y));
  for (let k = 0; k < count(x); k++) {
    assert.equal(x.bucketStart(k), y.bucketStart(k), `bucket ${k} start`);
    assert.equal(x.bucketEnd(k), y.bucketEnd(k), `bucket ${k} end`);
    assert.equal(x.minIndex(k), y.minIndex(k), `bucket ${k} min`);
    assert.equal(x.maxIndex(k), y.maxIndex(k), `bucket ${k} max`);
  }
}

test("a block's bucket record rebuilds the very same buckets; a damaged record is an error naming its file and offset", () => {
  const n = 300;
  const steps = Float64Array.from({ length: n }, (_, i) => i);
  const walls = Float64Array.from({ length: n }, (_, i) => 1e9 + i);
  const values = Float64Array.from({ length: n }, (_, i) => (i === 200 ? Number.NaN : Math.cos(i)));
  const a = createMinMaxBuckets();
  a.addBlock(1000, steps, walls, values, n);
  const rec = a.encodeBuckets(0, a.bucketCount());
  const buf = Buffer.concat([Buffer.alloc(7), rec]);
  const b = createMinMaxBuckets();
  b.addRecord(1000, n, buf, 7, 'buckets.bin');
  assert.equal(b.bucketCount(), a.bucketCount());
  for (let k = 0; k < a.bucketCount(); k++) {
    assert.equal(b.bucketStart(k), a.bucketStart(k));
    assert.equal(b.bucketEnd(k), a.bucketEnd(k));
    for (const i of [a.minIndex(k), a.maxIndex(k)])
      for (const col of [0, 1, 2] as const) assert.ok(Object.is(b.pointOf(k, i, col), a.pointOf(k, i, col)));
  }
  const bad = Buffer.from(buf);
  bad[7 + 40] = bad[7 + 40]! ^ 0xff;
  assert.throws(
    () => createMinMaxBuckets().addRecord(1000, n, bad, 7, 'buckets.bin'),
    /buckets\.bin: bucket record at offset 7 fails its CRC/,
  );
  assert.throws(
    () => createMinMaxBuckets().addRecord(1000, n + BUCKET_POINTS, buf, 7, 'buckets.bin'),
    /offset 7 (holds|lies)/,
  );
});

test('a restart on an untouched cache takes the buckets from buckets.bin, on a written-to one reads every block back; both restore the saved series', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tb-colcache-restore-'));
  try {
    const lines: string[] = [];
    const log = {
      info: (f: Record<string, unknown>, m: string) => lines.push(`${m} ${JSON.stringify(f)}`),
      warn: () => {},
    };
    const expected = createScalarSeries();
    fill(expected);
    const c1 = openColumnCache(dir, { log });
    const s1 = c1.createSeries();
    fill(s1);
    const run = (series: PersistedRun['data']['series']): PersistedRun => ({
      name: 'r',
      data: {
        startTime: null,
        lastWallTime: null,
        damaged: [],
        damagedCount: 0,
        restarts: [],
        restartCount: 0,
        series,
      },
      ingest: { files: [], fileVersion: null, recentStep: null, sessionStartSeen: false, tags: [] },
    });
    await c1.checkpoint([run([{ ...s1.snapshot(), tag: 'loss' }])]);
    await c1.close();
    const manifest = readFileSync(join(dir, 'manifest.json'), 'utf8');
    assert.match(manifest, /"stamps":/);

    for (const touched of [false, true]) {
      if (touched) utimesSync(join(dir, 'columns.bin'), new Date(), new Date());
      lines.length = 0;
      const c = openColumnCache(dir, { log });
      const p = c.takeRun('r');
      assert.ok(p, 'the run is in the manifest');
      assert.equal(p.data.series[0]!.buckets !== undefined, !touched);
      const s = c.createSeries(p.data.series[0]);
      assert.ok(
        lines.some((l) => l.includes(`"trusted":${!touched}`)),
        lines.join('\n'),
      );
      assertSameSeries(s, expected);
      const fresh = openColumnCache(join(dir, 'fresh')).createSeries();
      fill(fresh);
      fresh.snapshot(); // its tail sealed, as the saved series' was
      assertSameBuckets(s, fresh);
      await c.checkpoint([run([{ ...s.snapshot(), tag: 'loss' }])]);
      await c.close();
    }

    // a block overwritten in place: the write changes the file's stamp, so every block is read back and the
    // damaged one fails its CRC, naming the file and offset: never a wrong point
    const fd = openSync(join(dir, 'columns.bin'), 'r+');
    writeSync(fd, Buffer.from([0xde, 0xad, 0xbe, 0xef]), 0, 4, 40);
    closeSync(fd);
    const c = openColumnCache(dir, { log });
    const p = c.takeRun('r')!;
    assert.throws(() => {
      const s = c.createSeries(p.data.series[0]);
      for (let i = 0; i < s.length; i++) s.value(i);
    }, /columns\.bin.*offset/);
    await c.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
