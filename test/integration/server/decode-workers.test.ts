// Reading large backlogs through the decode worker threads stores exactly what the in-process read stores:
// the same points, damage reports (file and offset) and restart purges, and the live tail after it.
import assert from 'node:assert/strict';
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { frameRecord } from '../../../tfevents/record-writer.ts';
import { createDecodePool, type DecodePool } from '../../../server/ingest/decode-pool.ts';
import { openColumnCache, type ColumnCache } from '../../../server/store/column-cache/column-cache.ts';
import { createLogdirWatcher } from '../../../server/ingest/logdir-watcher.ts';
import { createSeriesStore, type SeriesStore } from '../../../server/store/series-store.ts';
import { concat, fileVersionRecord, scalarRecord, sessionStartRecord } from './event-bytes.ts';

const FILE = 'events.out.tfevents.1700000000.host.1.0.v2';
const TAGS = ['loss', 'accuracy', 'lr'];

/** ~8 MB: two decode chunks and more, with damage and a restart inside them and a fatal length at the end. */
function bigRun(): { bytes: Uint8Array; damagedAt: number[] } {
  const records: Uint8Array[] = [fileVersionRecord(), sessionStartRecord(0)];
  for (let step = 0; step < 70_000; step++) {
    if (step === 50_000) records.push(sessionStartRecord(45_000)); // a restart: purges steps >= 45,000
    for (const tag of TAGS) records.push(scalarRecord(tag, step, Math.sin(step) * 1e-3 + step));
  }
  const damagedAt: number[] = [];
  const at = (i: number): number => records.slice(0, i).reduce((a, r) => a + r.length, 0);
  // a bad data CRC in the first chunk and one in the second; an undecodable payload (good CRC) in the third
  for (const i of [20_000, 110_000]) {
    const r = Uint8Array.from(records[i]!);
    r[14] = r[14]! ^ 0xff;
    records[i] = r;
    damagedAt.push(at(i));
  }
  records.splice(160_000, 0, frameRecord(Uint8Array.of(0xff, 0xff, 0xff)));
  damagedAt.push(at(160_000));
  // an impossible length (its length CRC does not match): the file stops there
  const offset = at(records.length);
  records.push(Uint8Array.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16));
  damagedAt.push(offset);
  return { bytes: concat(records), damagedAt };
}

interface Snapshot {
  series: Record<string, number[][]>;
  damage: string[];
  restarts: string[];
  tags: string[];
  wallTimes: (number | null)[];
}

function snapshot(store: SeriesStore, run: string): Snapshot {
  const r = store.run(run)!;
  const series: Record<string, number[][]> = {};
  for (const tag of r.scalarTags()) {
    const s = r.scalars(tag)!;
    series[tag] = Array.from({ length: s.length }, (_, i) => [s.step(i), s.wallTime(i), s.value(i)]);
  }
  return {
    series,
    damage: r.damaged().map((d) => `${d.file}@${d.offset} ${d.reason}: ${d.message}`),
    restarts: r.restarts().map((x) => `${x.tag ?? '*'} from ${x.fromStep}: ${x.reason}`),
    tags: [...r.tags().keys()],
    wallTimes: [r.startTime, r.lastWallTime],
  };
}

async function read(
  logdir: string,
  pool: DecodePool | undefined,
  append: () => void,
  columnCache?: ColumnCache,
) {
  const store = createSeriesStore({ logdir, now: () => 0, ...(columnCache ? { columnCache } : {}) });
  const watcher = createLogdirWatcher({
    logdir,
    store,
    reloadIntervalSecs: 0,
    watch: false,
    ...(pool ? { decodePool: pool } : { decodeWorkers: 0 }),
  });
  try {
    await watcher.ready();
    const chunks = watcher.counters().chunks ?? 0;
    const before = snapshot(store, 'big');
    append();
    await watcher.refresh();
    return { chunks, before, after: snapshot(store, 'small') };
  } finally {
    watcher.close();
  }
}

test('a large backlog read by decode workers is stored exactly as the in-process read stores it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'trainboard-decode-'));
  try {
    const { bytes, damagedAt } = bigRun();
    mkdirSync(join(dir, 'big'));
    mkdirSync(join(dir, 'small'));
    writeFileSync(join(dir, 'big', FILE), bytes);
    writeFileSync(join(dir, 'small', FILE), concat([fileVersionRecord(), scalarRecord('loss', 0, 1)]));
    let tailStep = 1;
    const append = (): void => appendFileSync(join(dir, 'small', FILE), scalarRecord('loss', tailStep++, 2));
    const inProcess = await read(dir, undefined, append);
    // the watcher reads in-process until a worker has started: start them first
    const pool = createDecodePool({ size: 2 });
    pool.warm();
    while (!pool.ready()) await new Promise((r) => setTimeout(r, 20));
    const workers = await read(dir, pool, append);
    // the same with the series on disk (the column cache): the workers' column batches are sealed into blocks
    const cache = openColumnCache(join(dir, '.cache'));
    const onDisk = await read(dir, pool, append, cache).finally(() => pool.close());
    await cache.close();
    assert.equal(inProcess.chunks, 0);
    assert.ok(workers.chunks >= 2, `decode workers framed ${workers.chunks} chunks`);
    // the reference itself: every point but the purged ones, the four damaged records, one restart
    const steps = inProcess.before.series.loss!.map((p) => p[0]);
    // 70,000 steps, 5,000 purged (45,000..49,999), 2 lost to bad CRCs (records 20,000 and 110,000 are 'loss' points)
    assert.equal(steps.length, 70_000 - 5_000 - 2, 'loss points kept');
    assert.deepEqual(
      inProcess.before.damage.map((d) => Number(/@(\d+)/.exec(d)![1])),
      damagedAt,
    );
    assert.equal(inProcess.before.restarts.length, 1);
    assert.deepEqual(workers.before, inProcess.before);
    assert.deepEqual(workers.after.series.loss!.length, 3); // the small run: its point and two appended ones
    assert.ok(onDisk.chunks >= 2, `decode workers framed ${onDisk.chunks} chunks for the cached store`);
    assert.deepEqual(onDisk.before, inProcess.before);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** ~6 MB without a file version: a step regression (TensorBoard's legacy purge) and wall times going back. */
function legacyRun(): Uint8Array {
  const records: Uint8Array[] = [];
  const wall = (step: number): number => 1_700_000_000 + ((step * 7919) % 100_000);
  for (let step = 0; step < 40_000; step++)
    for (const tag of TAGS) records.push(scalarRecord(tag, step, step / 3, wall(step)));
  for (let step = 30_000; step < 50_000; step++)
    for (const tag of TAGS) records.push(scalarRecord(tag, step, -step, wall(step) + 1));
  return concat(records);
}

test('decode workers keep the in-process rules without a file version: step regressions purge, wall times', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'trainboard-decode-'));
  try {
    mkdirSync(join(dir, 'big'));
    mkdirSync(join(dir, 'small'));
    writeFileSync(join(dir, 'big', FILE), legacyRun());
    writeFileSync(join(dir, 'small', FILE), concat([fileVersionRecord(), scalarRecord('loss', 0, 1)]));
    const inProcess = await read(dir, undefined, () => {});
    const pool = createDecodePool({ size: 2 });
    pool.warm();
    while (!pool.ready()) await new Promise((r) => setTimeout(r, 20));
    const workers = await read(dir, pool, () => {}).finally(() => pool.close());
    assert.ok(workers.chunks >= 2, `decode workers framed ${workers.chunks} chunks`);
    // the reference: steps 30,000.. were purged by the regression and read again
    const loss = inProcess.before.series.loss!;
    assert.equal(loss.length, 50_000);
    assert.equal(loss[30_000]![2], -30_000);
    assert.ok(inProcess.before.restarts.length >= 1);
    assert.deepEqual(workers.before, inProcess.before);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('an idle decode worker is terminated, and the pool starts one again for the next backlog', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'trainboard-decode-idle-'));
  const pool = createDecodePool({ size: 1, idleRetireMs: 200 });
  try {
    const { bytes } = bigRun();
    mkdirSync(join(dir, 'big'));
    mkdirSync(join(dir, 'small'));
    writeFileSync(join(dir, 'big', FILE), bytes);
    writeFileSync(join(dir, 'small', FILE), concat([fileVersionRecord(), scalarRecord('loss', 0, 1)]));
    const untilReady = async (want: boolean): Promise<boolean> => {
      for (let i = 0; i < 500 && pool.ready() !== want; i++) await new Promise((r) => setTimeout(r, 20));
      return pool.ready() === want;
    };
    pool.warm();
    assert.ok(await untilReady(true), 'the worker loads');
    const first = await read(dir, pool, () => {});
    assert.ok(first.chunks >= 2, `the worker framed ${first.chunks} chunks`);
    assert.ok(await untilReady(false), 'idle for 200 ms, the worker is terminated');
    pool.warm();
    assert.ok(await untilReady(true), 'a new worker loads');
    const second = await read(dir, pool, () => {});
    assert.ok(second.chunks >= 2, `the new worker framed ${second.chunks} chunks`);
    assert.deepEqual(second.before, first.before);
  } finally {
    pool.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
