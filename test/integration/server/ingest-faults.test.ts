// The ingest side under faults, through the real server: a logdir that disappears and comes back, a file that
// shrinks, a deleted file, damaged records reported per run with file and offset, restarts handled as
// TensorBoard's EventAccumulator reads the same files (and reported), and big listings (100,000 tags in a run; 1,000 runs) answered correctly.
import assert from 'node:assert/strict';
import { appendFileSync, mkdirSync, renameSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { ApiHealthResponse, ApiRunsResponse } from '../../../contract/index.ts';
import { concat, fileVersionRecord, scalarRecord, sessionStartRecord } from './event-bytes.ts';
import { pythonSkip, tensorBoardScalars } from '../../compat/tensorboard-oracle.ts';
import { startTestServer, tempLogdir } from './test-server.ts';

const tbSkip = pythonSkip(['tensorboard']);
const FILE = 'events.out.tfevents.1700000000.h.1.0.v2';
const points = (n: number, from = 0): Uint8Array[] =>
  Array.from({ length: n }, (_, i) => scalarRecord('loss', from + i, from + i));

async function scalars(url: string, run: string, tag = 'loss'): Promise<[number, number, number][]> {
  const res = await fetch(`${url}/data/plugin/scalars/scalars?run=${encodeURIComponent(run)}&tag=${tag}`);
  assert.equal(res.status, 200, await res.clone().text());
  return (await res.json()) as [number, number, number][];
}

test('a logdir that disappears keeps its data served, is reported, and is read again when it comes back', async () => {
  const tmp = tempLogdir();
  const logdir = join(tmp.dir, 'logs');
  const moved = join(tmp.dir, 'moved');
  mkdirSync(join(logdir, 'a'), { recursive: true });
  writeFileSync(join(logdir, 'a', FILE), concat([fileVersionRecord(), ...points(5)]));
  const s = await startTestServer({ logdir });
  try {
    renameSync(logdir, moved);
    await s.app.watcher.refresh();
    const health = await s.json<ApiHealthResponse>('/api/health');
    assert.equal(health.logdirPresent, false);
    assert.equal((await scalars(s.url, 'a')).length, 5, 'what was read is still served');
    renameSync(moved, logdir);
    appendFileSync(join(logdir, 'a', FILE), concat(points(3, 5)));
    await s.app.watcher.refresh();
    assert.equal((await s.json<ApiHealthResponse>('/api/health')).logdirPresent, true);
    assert.deepEqual(
      (await scalars(s.url, 'a')).map((p) => p[1]),
      [0, 1, 2, 3, 4, 5, 6, 7],
    );
  } finally {
    await s.close();
    tmp.remove();
  }
});

test('a file that shrinks is reported; its points stay; records written after the truncation are read', async () => {
  const tmp = tempLogdir();
  const run = join(tmp.dir, 'r');
  mkdirSync(run);
  const head = concat([fileVersionRecord(), ...points(10)]);
  writeFileSync(join(run, FILE), head);
  const s = await startTestServer({ logdir: tmp.dir });
  try {
    const keep = concat([fileVersionRecord(), ...points(4)]).length;
    truncateSync(join(run, FILE), keep);
    await s.app.watcher.refresh();
    appendFileSync(join(run, FILE), concat(points(2, 10)));
    await s.app.watcher.refresh();
    assert.deepEqual(
      (await scalars(s.url, 'r')).map((p) => p[1]),
      [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
    );
    const runs = await s.json<ApiRunsResponse>('/api/runs');
    const damage = runs.runs.find((r) => r.run === 'r')!.damaged;
    assert.equal(damage.length, 1);
    assert.equal(damage[0]!.reason, 'shrunk');
    assert.equal(damage[0]!.file, `r/${FILE}`);
    assert.equal(damage[0]!.offset, keep);
  } finally {
    await s.close();
    tmp.remove();
  }
});

test('a deleted event file never stops the server; its points stay served', async () => {
  const tmp = tempLogdir();
  mkdirSync(join(tmp.dir, 'r'));
  mkdirSync(join(tmp.dir, 'other'));
  writeFileSync(join(tmp.dir, 'r', FILE), concat([fileVersionRecord(), ...points(3)]));
  writeFileSync(join(tmp.dir, 'other', FILE), concat([fileVersionRecord(), ...points(1)]));
  const s = await startTestServer({ logdir: tmp.dir });
  try {
    rmSync(join(tmp.dir, 'r'), { recursive: true });
    appendFileSync(join(tmp.dir, 'other', FILE), concat(points(1, 1)));
    await s.app.watcher.refresh();
    assert.equal((await scalars(s.url, 'r')).length, 3);
    assert.equal((await scalars(s.url, 'other')).length, 2);
  } finally {
    await s.close();
    tmp.remove();
  }
});

test('damaged records are skipped and reported per run with file and byte offset', async () => {
  const tmp = tempLogdir();
  mkdirSync(join(tmp.dir, 'r'));
  const records = [fileVersionRecord(), ...points(5)];
  const bytes = concat(records);
  const at = records[0]!.length + records[1]!.length; // the record of step 1
  bytes[at + 15] = bytes[at + 15]! ^ 0xff; // flip a payload byte: its data CRC no longer matches
  writeFileSync(join(tmp.dir, 'r', FILE), bytes);
  const s = await startTestServer({ logdir: tmp.dir });
  try {
    assert.deepEqual(
      (await scalars(s.url, 'r')).map((p) => p[1]),
      [0, 2, 3, 4],
    );
    const r = (await s.json<ApiRunsResponse>('/api/runs')).runs.find((x) => x.run === 'r')!;
    assert.equal(r.damagedCount, 1);
    assert.deepEqual(
      [r.damaged[0]!.file, r.damaged[0]!.offset, r.damaged[0]!.reason],
      [`r/${FILE}`, at, 'data-crc'],
    );
    assert.match(r.damaged[0]!.message, new RegExp(`byte ${at}`));
    assert.equal((await s.json<ApiHealthResponse>('/api/health')).counters.damagedRecords, 1);
  } finally {
    await s.close();
    tmp.remove();
  }
});

// The lead's decision on issue 11 ("data loss on resume"): the oracle for restarts is TensorBoard's own
// EventAccumulator run on the same logdir; its first SessionLog START of a run marks the session's start.
test(
  'the first SessionLog START purges nothing and a second one purges from its step, exactly as TensorBoard reads the file; the purge is reported',
  { skip: tbSkip },
  async () => {
    const tmp = tempLogdir();
    mkdirSync(join(tmp.dir, 'r'));
    writeFileSync(
      join(tmp.dir, 'r', FILE),
      concat([fileVersionRecord(), ...points(5), sessionStartRecord(2)]),
    );
    appendFileSync(
      join(tmp.dir, 'r', FILE),
      concat([scalarRecord('loss', 2, 20), scalarRecord('loss', 3, 30)]),
    );
    const s = await startTestServer({ logdir: tmp.dir });
    try {
      const first = (await tensorBoardScalars(tmp.dir)).r!.loss!;
      assert.equal(first.length, 7, 'TensorBoard keeps the points before and after the first START');
      assert.deepEqual(await scalars(s.url, 'r'), first);
      let r = (await s.json<ApiRunsResponse>('/api/runs')).runs.find((x) => x.run === 'r')!;
      assert.equal(r.restarts.length, 0);
      appendFileSync(join(tmp.dir, 'r', FILE), concat([sessionStartRecord(3), scalarRecord('loss', 3, 300)]));
      await s.app.watcher.refresh();
      const second = (await tensorBoardScalars(tmp.dir)).r!.loss!;
      assert.deepEqual(
        second.map((p) => [p[1], p[2]]),
        [
          [0, 0],
          [1, 1],
          [2, 2],
          [2, 20],
          [3, 300],
        ],
        'TensorBoard purges steps >= 3 on the second START',
      );
      assert.deepEqual(await scalars(s.url, 'r'), second);
      r = (await s.json<ApiRunsResponse>('/api/runs')).runs.find((x) => x.run === 'r')!;
      assert.equal(r.restarts.length, 1);
      assert.equal(r.restarts[0]!.fromStep, 3);
      assert.match(r.restarts[0]!.reason, /SessionLog START/);
    } finally {
      await s.close();
      tmp.remove();
    }
  },
);

test('a run with 100,000 tags and a logdir with 1,000 runs are listed completely', async () => {
  const tmp = tempLogdir();
  mkdirSync(join(tmp.dir, 'wide'));
  const tags = Array.from({ length: 100_000 }, (_, i) => scalarRecord(`t${i}`, 0, i));
  writeFileSync(join(tmp.dir, 'wide', FILE), concat([fileVersionRecord(), ...tags]));
  for (let i = 0; i < 1000; i++) {
    const dir = join(tmp.dir, 'many', `run-${String(i).padStart(4, '0')}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, FILE), concat([fileVersionRecord(), scalarRecord('loss', 0, i)]));
  }
  const s = await startTestServer({ logdir: tmp.dir });
  try {
    const listing = await s.json<Record<string, Record<string, unknown>>>('/data/plugin/scalars/tags');
    assert.equal(Object.keys(listing.wide!).length, 100_000);
    assert.ok('t99999' in listing.wide!);
    const runs = await s.json<string[]>('/data/runs');
    assert.equal(runs.length, 1001);
    const api = await s.json<ApiRunsResponse>('/api/runs');
    assert.equal(api.runs.length, 1001);
    assert.equal((await s.json<ApiHealthResponse>('/api/health')).counters.points, 101_000);
  } finally {
    await s.close();
    tmp.remove();
  }
});

test(
  'a new file going back in steps keeps every point, duplicated steps included, exactly as TensorBoard reads the files',
  { skip: tbSkip },
  async () => {
    const tmp = tempLogdir();
    mkdirSync(join(tmp.dir, 'r'));
    writeFileSync(join(tmp.dir, 'r', FILE), concat([fileVersionRecord(), ...points(10)]));
    const next = 'events.out.tfevents.1700000100.h.2.0.v2';
    const s = await startTestServer({ logdir: tmp.dir });
    try {
      writeFileSync(
        join(tmp.dir, 'r', next),
        concat([fileVersionRecord(), scalarRecord('loss', 5, 50), scalarRecord('loss', 6, 60)]),
      );
      await s.app.watcher.refresh();
      const tb = (await tensorBoardScalars(tmp.dir)).r!.loss!;
      assert.equal(tb.length, 12, 'TensorBoard keeps the 10 old points and the 2 new ones');
      assert.deepEqual(await scalars(s.url, 'r'), tb);
      const r = (await s.json<ApiRunsResponse>('/api/runs')).runs.find((x) => x.run === 'r')!;
      assert.equal(r.restarts.length, 0);
      // Keras' evaluate() repeats the last step in a new file: both points stay, as in TensorBoard
      writeFileSync(
        join(tmp.dir, 'r', 'events.out.tfevents.1700000200.h.3.0.v2'),
        concat([fileVersionRecord(), scalarRecord('loss', 6, 61)]),
      );
      await s.app.watcher.refresh();
      assert.deepEqual((await scalars(s.url, 'r')).map((p) => p[1]).slice(-2), [6, 6]);
      assert.deepEqual(await scalars(s.url, 'r'), (await tensorBoardScalars(tmp.dir)).r!.loss!);
    } finally {
      await s.close();
      tmp.remove();
    }
  },
);

test('a longer copy renamed over a tailed file (new inode) is read on from where reading stopped', async () => {
  const tmp = tempLogdir();
  mkdirSync(join(tmp.dir, 'r'));
  const all = [fileVersionRecord(), ...points(8)];
  writeFileSync(join(tmp.dir, 'r', FILE), concat(all.slice(0, 5)));
  const s = await startTestServer({ logdir: tmp.dir });
  try {
    writeFileSync(join(tmp.dir, 'copy.tmp'), concat(all));
    renameSync(join(tmp.dir, 'copy.tmp'), join(tmp.dir, 'r', FILE));
    await s.app.watcher.refresh();
    assert.deepEqual(
      (await scalars(s.url, 'r')).map((p) => p[1]),
      [0, 1, 2, 3, 4, 5, 6, 7],
    );
  } finally {
    await s.close();
    tmp.remove();
  }
});
