// The column cache's compaction over real files: purges leave dead blocks, a compaction (once they are over the
// threshold) shrinks columns.bin and buckets.bin, every series reads the very same points before, during (reads,
// appends and purges between its slices) and after the swap, and a restart on the compacted cache restores them
// (trusted: buckets from buckets.bin); a damaged block is never copied (the compaction fails naming file and
// offset, the cache keeps its files); a damaged compacted file is refused on restart, naming file and offset.
import assert from 'node:assert/strict';
import {
  appendFileSync,
  closeSync,
  copyFileSync,
  mkdtempSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { PersistedRun } from '../../../server/store/column-cache/cache-manifest.ts';
import { openColumnCache } from '../../../server/store/column-cache/column-cache.ts';
import type { DiskScalarSeries } from '../../../server/store/column-cache/disk-scalar-series.ts';
import { createScalarSeries, type ScalarSeries } from '../../../server/store/scalar-series.ts';

function assertSameSeries(a: ScalarSeries, b: ScalarSeries, what: string): void {
  assert.equal(a.length, b.length, `${what}: length`);
  for (let i = 0; i < b.length; i++) {
    assert.ok(Object.is(a.step(i), b.step(i)), `${what}: step ${i}`);
    assert.ok(Object.is(a.wallTime(i), b.wallTime(i)), `${what}: wall ${i}`);
    assert.ok(Object.is(a.value(i), b.value(i)), `${what}: value ${i}`);
  }
}

/** Appends steps [from, to) to every series: a writer restarted at `from` (purge first, as the ingestor does). */
function write(all: ScalarSeries[], from: number, to: number, seed: number): void {
  for (const [k, s] of all.entries()) {
    s.purge(from);
    for (let step = from; step < to; step++)
      s.append(step, 1.7e9 + step * 0.5 + seed, Math.sin(step / 7 + k + seed) * (seed + 1));
  }
}

const run = (name: string, series: PersistedRun['data']['series']): PersistedRun => ({
  name,
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

function captureLog(): {
  lines: string[];
  log: { info: (f: object, m: string) => void; warn: (f: object, m: string) => void };
} {
  const lines: string[] = [];
  const push = (f: object, m: string): void => void lines.push(`${m} ${JSON.stringify(f)}`);
  return { lines, log: { info: push, warn: push } };
}

test('a compaction shrinks the files once purges left them half dead; reads are the same before, during and after, and after a restart', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tb-colcache-compact-'));
  try {
    const { lines, log } = captureLog();
    const cache = openColumnCache(dir, { log, compact: { minDeadBytes: 64 * 1024 } });
    const disk: DiskScalarSeries[] = [cache.createSeries(), cache.createSeries(), cache.createSeries()];
    const mem: ScalarSeries[] = [createScalarSeries(), createScalarSeries(), createScalarSeries()];
    // three restarts of a writer going back to step 1000 each time: most blocks die
    for (const [seed, [from, to]] of [
      [0, 6000],
      [1000, 7000],
      [1000, 8000],
      [1000, 9000],
    ].entries()) {
      write(disk, from!, to!, seed);
      write(mem, from!, to!, seed);
    }
    for (const [i, s] of disk.entries()) assertSameSeries(s, mem[i]!, `before, series ${i}`);
    const before = statSync(join(dir, 'columns.bin')).size;
    const bucketsBefore = statSync(join(dir, 'buckets.bin')).size;
    const dead = cache.housekeeping().deadBytes;
    assert.ok(dead > 0.5 * before, `dead ${dead} of ${before}`);

    // a small series, purged while the compaction runs (its new blocks are copied in the swap's turn)
    const small = [cache.createSeries()];
    const smallMem = [createScalarSeries()];
    write(small, 0, 1500, 0);
    write(smallMem, 0, 1500, 0);
    // the checkpoint starts the compaction; between its slices the series are read, appended to and purged
    const all = [...disk, ...small];
    const snap = (): PersistedRun[] => [
      run(
        'r',
        all.map((s, i) => ({ ...s.snapshot(), tag: `t${i}` })),
      ),
    ];
    await cache.checkpoint(snap());
    const done = cache.compactIfDue(); // the one the checkpoint started
    let turns = 0;
    let settled = false;
    void done.then(() => (settled = true));
    while (!settled) {
      turns++;
      const from = 9000 + 20 * turns;
      write(disk, from, from + 20, turns); // appends only (nothing at or after `from`)
      write(mem, from, from + 20, turns);
      if (turns % 2 === 0) {
        write(small, 700 + turns, 1500, turns); // a purge: every point sealed anew
        write(smallMem, 700 + turns, 1500, turns);
      }
      for (const [i, s] of disk.entries()) assert.ok(Object.is(s.value(i * 700), mem[i]!.value(i * 700)));
      await new Promise((r) => setImmediate(r));
    }
    assert.equal(await done, true, lines.join('\n'));
    assert.ok(turns > 1, `the copy took ${turns} turns (sliced)`);
    assert.equal(cache.housekeeping().compactions, 1);
    for (const [i, s] of disk.entries()) assertSameSeries(s, mem[i]!, `after, series ${i}`);
    assertSameSeries(small[0]!, smallMem[0]!, 'after, the series purged during the compaction');
    const after = statSync(join(dir, 'columns.bin')).size;
    assert.ok(after < before / 2, `columns.bin ${before} -> ${after}`);
    assert.ok(statSync(join(dir, 'buckets.bin')).size < bucketsBefore / 2, 'buckets.bin shrinks too');
    assert.deepEqual(
      readdirSync(dir).filter((n) => n.includes('compact')),
      [],
      'no compaction file left',
    );
    assert.ok(
      lines.some((l) => l.startsWith('column cache: compacted')),
      lines.join('\n'),
    );

    // appends after the swap go to the new file; a restart on it is trusted and restores every point
    write(disk, 9600, 9700, 9);
    write(mem, 9600, 9700, 9);
    await cache.checkpoint(snap());
    await cache.close();
    lines.length = 0;
    const again = openColumnCache(dir, { log });
    const p = again.takeRun('r');
    assert.ok(p);
    assert.ok(
      lines.some((l) => l.includes('"trusted":true')),
      lines.join('\n'),
    );
    const expected = [...mem, ...smallMem];
    assert.equal(p.data.series.length, expected.length);
    const restored = p.data.series.map((st) => again.createSeries(st));
    for (const [i, s] of restored.entries()) assertSameSeries(s, expected[i]!, `restored, series ${i}`);
    await again.checkpoint([
      run(
        'r',
        restored.map((s, i) => ({ ...s.snapshot(), tag: `t${i}` })),
      ),
    ]);
    await again.close();

    // a block of the compacted file overwritten: refused on restart, naming the file and offset
    const fd = openSync(join(dir, 'columns.bin'), 'r+');
    writeSync(fd, Buffer.from([0xde, 0xad, 0xbe, 0xef]), 0, 4, 20);
    closeSync(fd);
    const damaged = openColumnCache(dir, { log });
    const q = damaged.takeRun('r')!;
    assert.throws(() => {
      const s = damaged.createSeries(q.data.series[0]);
      for (let i = 0; i < s.length; i++) s.value(i);
    }, /columns\.bin: block at offset 0 fails its CRC/);
    await damaged.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a damaged block is never copied: the compaction fails naming the file and offset, and the cache keeps its files', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tb-colcache-compact-bad-'));
  try {
    const { lines, log } = captureLog();
    const cache = openColumnCache(dir, { log, lruBytes: 0, compact: { minDeadBytes: 1 } });
    const s = cache.createSeries();
    write([s], 0, 4096, 0);
    write([s], 1000, 2000, 1); // the 8 blocks of the first write dead; 2000 points sealed anew
    // damage the first live block (its offset is in the snapshot)
    const st = s.snapshot();
    const size = statSync(join(dir, 'columns.bin')).size;
    const at = st.blocks[0]!;
    const fd = openSync(join(dir, 'columns.bin'), 'r+');
    writeSync(fd, Buffer.from([1, 2, 3, 4]), 0, 4, at + 40);
    closeSync(fd);
    assert.equal(await cache.compactIfDue(), false);
    assert.ok(
      lines.some(
        (l) =>
          l.startsWith('column cache: compaction failed') &&
          l.includes(`block at offset ${at} fails its CRC`),
      ),
      lines.join('\n'),
    );
    assert.equal(statSync(join(dir, 'columns.bin')).size, size, 'columns.bin as it was');
    assert.deepEqual(
      readdirSync(dir).filter((n) => n.includes('compact')),
      [],
    );
    assert.equal(cache.housekeeping().compactions, 0);
    await cache.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a manifest over a columns.bin of another inode (a file renamed over it) is refused: the cache is rebuilt', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tb-colcache-inode-'));
  try {
    const { lines, log } = captureLog();
    const cache = openColumnCache(dir, { log });
    const s = cache.createSeries();
    write([s], 0, 3000, 0);
    await cache.checkpoint([run('r', [{ ...s.snapshot(), tag: 't' }])]);
    await cache.close();
    // the same bytes, and more, in another file renamed over columns.bin: its size passes, its inode does not
    const columns = join(dir, 'columns.bin');
    copyFileSync(columns, join(dir, 'other.bin'));
    appendFileSync(join(dir, 'other.bin'), Buffer.alloc(4096));
    renameSync(join(dir, 'other.bin'), columns);
    const again = openColumnCache(dir, { log });
    assert.equal(again.takeRun('r'), undefined, 'nothing resumed');
    assert.ok(
      lines.some((l) => l.startsWith('column cache: columns.bin is not the file its manifest names')),
      lines.join('\n'),
    );
    await again.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a run not taken yet when the cache compacts is restored from the new file with the same points', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tb-colcache-pending-'));
  try {
    const { lines, log } = captureLog();
    const first = openColumnCache(dir, { log });
    const [a, b] = [first.createSeries(), first.createSeries()];
    const [ma, mb] = [createScalarSeries(), createScalarSeries()];
    for (const s of [a, ma]) write([s], 0, 4000, 0);
    for (const s of [b, mb]) write([s], 0, 4000, 1);
    await first.checkpoint([
      run('a', [{ ...a.snapshot(), tag: 't' }]),
      run('b', [{ ...b.snapshot(), tag: 't' }]),
    ]);
    await first.close();

    const cache = openColumnCache(dir, { log, compact: { minDeadBytes: 1, deadFraction: 0.3 } });
    const restoredA = cache.createSeries(cache.takeRun('a')!.data.series[0]);
    // run a's writer restarts twice at step 100: its blocks die; run b is not taken yet
    for (const s of [restoredA, ma]) write([s], 100, 4000, 2);
    for (const s of [restoredA, ma]) write([s], 100, 4000, 3);
    assert.equal(await cache.compactIfDue(), true, lines.join('\n'));
    const pb = cache.takeRun('b');
    assert.ok(pb, 'run b is still cached');
    assertSameSeries(cache.createSeries(pb.data.series[0]), mb, 'run b, taken after the compaction');
    assertSameSeries(restoredA, ma, 'run a');
    await cache.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
