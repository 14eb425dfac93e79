// An `s3://bucket/prefix` logdir on a real S3-compatible server (s3rver on 127.0.0.1) read by the S3 logdir
// watcher into a real series store: the shared fixtures (written by real TensorBoard, Keras, PyTorch and
// tensorboardX writers) give exactly what real TensorBoard read from them (golden.json), run names are
// TensorBoard's, one listing per poll finds them, grown objects are read on with ranged GETs from the last
// offset, and replaced objects are read again from the start.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { s3ConfigFromEnv } from '../../../server/ingest/remote/s3-client.ts';
import {
  createS3LogdirWatcher,
  type S3LogdirWatcher,
} from '../../../server/ingest/remote/s3-logdir-watcher.ts';
import { createSeriesStore, type SeriesStore } from '../../../server/store/series-store.ts';
import { golden, goldenScalars } from '../../support/golden.ts';
import { startS3Server, type TestS3Server } from '../../support/s3-server.ts';
import { fixturesDir } from '../../support/shared-fixtures.ts';

const BUCKET = 'trainboard-test';
let s3: TestS3Server;
let put: (key: string, body: Uint8Array | string) => Promise<void>;
let raw: S3Client;
const open: S3LogdirWatcher[] = [];

function eventFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...eventFiles(p));
    else if (name.includes('tfevents')) out.push(p);
  }
  return out;
}

const fixtureFiles = eventFiles(fixturesDir);
const relKey = (p: string): string => relative(fixturesDir, p).split(sep).join('/');

function watch(logdir: string): { store: SeriesStore; watcher: S3LogdirWatcher } {
  const store = createSeriesStore({ logdir });
  const watcher = createS3LogdirWatcher({ logdir, store, reloadIntervalSecs: 0 });
  open.push(watcher);
  return { store, watcher };
}

function scalarsOf(store: SeriesStore, run: string, tag: string): [number, number, number][] {
  const s = store.run(run)?.scalars(tag);
  const out: [number, number, number][] = [];
  for (let i = 0; s && i < s.length; i++) out.push([s.step(i), s.wallTime(i), s.value(i)]);
  return out;
}

before(async () => {
  s3 = await startS3Server({ buckets: [BUCKET] });
  s3.applyEnv();
  raw = new S3Client(s3ConfigFromEnv(s3.env));
  put = async (key, body) => {
    await raw.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: body }));
  };
  for (const f of fixtureFiles) await put(`fixtures/${relKey(f)}`, readFileSync(f));
  // outside the prefix, and not event files: never runs
  await put('fixtures2/stray/events.out.tfevents.1.host', readFileSync(fixtureFiles[0]!));
  await put('fixtures/notes/readme.txt', 'not an event file');
  await put('fixtures/tf-graph/events.out.tfevents.1.host.profile-empty', '');
});

after(async () => {
  for (const w of open) w.close();
  raw?.destroy();
  await s3?.stop();
});

describe('s3:// logdir on a real S3-compatible server', () => {
  test('the runs found under the prefix are exactly the runs real TensorBoard found locally', async () => {
    const { store, watcher } = watch(`s3://${BUCKET}/fixtures`);
    await watcher.ready();
    assert.equal(watcher.logdirPresent(), true);
    assert.deepEqual(
      store
        .runs()
        .map((r) => r.name)
        .sort(),
      Object.keys(golden).sort(),
    );
  });

  test('every run read over S3 has exactly the scalars of golden.json', async () => {
    const { store, watcher } = watch(`s3://${BUCKET}/fixtures/`);
    await watcher.ready();
    for (const [run, g] of Object.entries(golden)) {
      for (const [tag, rows] of Object.entries(goldenScalars(g))) {
        const got = scalarsOf(store, run, tag);
        if (run.startsWith('damaged/')) assert.deepEqual(got.slice(0, rows.length), rows, `${run} ${tag}`);
        else assert.deepEqual(got, rows, `${run} ${tag}`);
      }
    }
  });

  test('a damaged record in an object is reported with its file and offset and reading goes on', async () => {
    const { store, watcher } = watch(`s3://${BUCKET}/fixtures`);
    await watcher.ready();
    const damaged = store.run('damaged/bad-crc')?.damaged() ?? [];
    assert.ok(damaged.length > 0, 'bad-crc damage reported');
    for (const d of damaged) {
      assert.match(d.file, /^damaged\/bad-crc\/events\.out\.tfevents\./);
      assert.ok(Number.isInteger(d.offset) && d.offset >= 0);
    }
  });

  test('one poll costs one listing and one ranged GET per event file; an unchanged poll only the listing', async () => {
    const { watcher } = watch(`s3://${BUCKET}/fixtures`);
    await watcher.ready();
    const first = watcher.readStats();
    assert.equal(first.requests.ListObjectsV2, 1);
    assert.equal(first.requests.GetObject, fixtureFiles.length);
    const total = fixtureFiles.reduce((n, f) => n + statSync(f).size, 0);
    assert.equal(first.bytesRead, total, 'every byte read exactly once');
    await watcher.refresh();
    const second = watcher.readStats();
    assert.equal(second.requests.ListObjectsV2, 2);
    assert.equal(second.requests.GetObject, fixtureFiles.length);
    assert.equal(second.bytesRead, total);
    assert.equal(second.requestsPerMinute, second.requestsTotal);
  });

  test('a grown object is read on from its last offset: no byte fetched twice, no point twice', async () => {
    const file = join(fixturesDir, 'keras-fit', 'train');
    const path = eventFiles(file)[0]!;
    const bytes = readFileSync(path);
    const key = `growing/train/${path.slice(path.lastIndexOf('/') + 1)}`;
    const cut = Math.floor(bytes.length * 0.4); // mid-record: the half-written record is waited for
    await put(key, bytes.subarray(0, cut));
    const { store, watcher } = watch(`s3://${BUCKET}/growing`);
    await watcher.ready();
    const partial = scalarsOf(store, 'train', 'epoch_loss').length;
    await put(key, bytes);
    await watcher.refresh();
    for (const [tag, rows] of Object.entries(goldenScalars(golden['keras-fit/train']!)))
      assert.deepEqual(scalarsOf(store, 'train', tag), rows, tag);
    assert.ok(partial < scalarsOf(store, 'train', 'epoch_loss').length, 'the first poll saw part of it');
    assert.equal(watcher.readStats().bytesRead, bytes.length);
    assert.deepEqual(store.run('train')?.damaged() ?? [], []);
  });

  test('an object replaced at a smaller size (new ETag) is read again from byte 0 as a new file', async () => {
    const train = eventFiles(join(fixturesDir, 'keras-fit', 'train'))[0]!;
    const validation = eventFiles(join(fixturesDir, 'keras-fit', 'validation'))[0]!;
    const key = 'replaced/run/events.out.tfevents.1795910664.vm.5668.0.v2';
    await put(key, readFileSync(train));
    const { store, watcher } = watch(`s3://${BUCKET}/replaced`);
    await watcher.ready();
    await put(key, readFileSync(validation));
    await watcher.refresh();
    const want = goldenScalars(golden['keras-fit/validation']!);
    for (const [tag, rows] of Object.entries(want)) assert.deepEqual(scalarsOf(store, 'run', tag), rows, tag);
    assert.equal(watcher.readStats().bytesRead, statSync(train).size + statSync(validation).size);
  });

  test('past 1,000 objects the listing pages on (continuation tokens): every run is read, each exactly', async () => {
    // S3 answers at most 1,000 keys a page: 1,100 runs, each a copy of TensorFlow's keras-fit/train file
    const path = eventFiles(join(fixturesDir, 'keras-fit', 'train'))[0]!;
    const bytes = readFileSync(path);
    const name = path.slice(path.lastIndexOf('/') + 1);
    const runs = Array.from({ length: 1_100 }, (_, i) => `run-${String(i).padStart(4, '0')}`);
    for (let i = 0; i < runs.length; i += 25)
      await Promise.all(runs.slice(i, i + 25).map((r) => put(`many/${r}/${name}`, bytes)));
    const { store, watcher } = watch(`s3://${BUCKET}/many`);
    await watcher.ready();
    assert.equal(watcher.readStats().requests.ListObjectsV2, 2, 'one listing of two pages');
    assert.deepEqual(
      store.runs().map((r) => r.name),
      runs,
    );
    const want = goldenScalars(golden['keras-fit/train']!);
    for (const run of [runs[0]!, runs[999]!, runs[1000]!, runs[1099]!])
      for (const [tag, rows] of Object.entries(want)) assert.deepEqual(scalarsOf(store, run, tag), rows, run);
    assert.equal(watcher.readStats().bytesRead, bytes.length * runs.length, 'every object read once');
  });

  test('a bucket that cannot be listed is not present, and nothing throws', async () => {
    const { store, watcher } = watch('s3://no-such-bucket-here/logs');
    await watcher.ready();
    assert.equal(watcher.logdirPresent(), false);
    assert.match(watcher.readStats().lastError ?? '', /bucket/i);
    assert.deepEqual(store.runs(), []);
  });
});
