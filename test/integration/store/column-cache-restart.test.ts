// A server restarted on its column cache serves exactly what a fresh read of the logdir serves (the in-memory
// server, which the compat tests hold against real TensorBoard), over real writers' files (TensorFlow, PyTorch,
// tensorboardX fixtures) and a generated run of several cache blocks with session restarts: after a clean
// restart, after the event files were appended to, after one was replaced by a shorter one, and after the cache
// was corrupted (a clear log line, the run read again, nothing lost).
import assert from 'node:assert/strict';
import {
  appendFileSync,
  cpSync,
  openSync,
  readFileSync,
  closeSync,
  writeFileSync,
  writeSync,
  mkdirSync,
} from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { concat, fileVersionRecord, scalarRecord, sessionStartRecord } from '../server/event-bytes.ts';
import { startTestServer, tempLogdir } from '../server/test-server.ts';

const FIXTURES = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'fixtures');
const GEN = 'gen/train';
const GEN_FILE = 'events.out.tfevents.1700000000.host.1.v2';

function genRecords(from: number, to: number, wallBase = 1_700_000_000): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let s = from; s < to; s++)
    for (const tag of ['loss', 'acc', 'lr'])
      out.push(
        scalarRecord(
          tag,
          s,
          tag === 'lr' ? 0.1 / (1 + s) : Math.fround(Math.sin(s / 37)),
          wallBase + s * 0.5,
        ),
      );
  return out;
}

interface Served {
  text: string;
  records: number;
}

/** Everything the TensorBoard scalar routes serve for the logdir, and the records the server read. */
async function serve(
  logdir: string,
  cacheDir: string | undefined,
  log?: (line: string) => void,
): Promise<Served> {
  const s = await startTestServer({
    logdir,
    decodeWorkers: 0,
    ...(cacheDir ? { cacheDir } : {}),
    ...(log ? { log } : {}),
  });
  try {
    const runs = await s.json<string[]>('/data/runs');
    const tags = await s.json<Record<string, Record<string, unknown>>>('/data/plugin/scalars/tags');
    const parts: unknown[] = [runs, tags];
    for (const run of Object.keys(tags).sort())
      for (const tag of Object.keys(tags[run]!).sort())
        parts.push(
          run,
          tag,
          await s.json(
            `/data/plugin/scalars/scalars?run=${encodeURIComponent(run)}&tag=${encodeURIComponent(tag)}`,
          ),
        );
    const health = await s.json<{ counters: { records: number } }>('/api/health');
    return { text: JSON.stringify(parts), records: health.counters.records };
  } finally {
    await s.close();
  }
}

test('a server restarted on its column cache serves what a fresh read serves, through appends, replacements and corruption', async () => {
  const logdir = tempLogdir('tb-cache-logdir-');
  const cache = tempLogdir('tb-cache-dir-');
  try {
    for (const f of ['tf-summary', 'pytorch', 'tensorboardx'])
      cpSync(join(FIXTURES, f), join(logdir.dir, f), { recursive: true });
    mkdirSync(join(logdir.dir, GEN), { recursive: true });
    const gen = join(logdir.dir, GEN, GEN_FILE);
    // a session START first (not a restart), 1,500 steps of 3 tags: several 512-point blocks per series
    writeFileSync(gen, concat([fileVersionRecord(), sessionStartRecord(0), ...genRecords(0, 1500)]));

    const first = await serve(logdir.dir, cache.dir);
    assert.equal(
      first.text,
      (await serve(logdir.dir, undefined)).text,
      'a first read with the cache = in memory',
    );
    assert.ok(first.text.includes('"loss"'));

    // clean restart: the generated run comes from the cache, not its file
    const lines: string[] = [];
    const resumed = await serve(logdir.dir, cache.dir, (l) => lines.push(l));
    assert.equal(resumed.text, first.text);
    assert.ok(
      lines.some((l) => l.includes('resuming from the last checkpoint') && l.includes('trusted=true')),
      `an untouched cache is trusted (its buckets read from buckets.bin, not rebuilt from every block)\n${lines.join('\n')}`,
    );
    assert.ok(
      resumed.records < first.records - 4000,
      `a resumed server read ${resumed.records} records, a first read ${first.records}`,
    );

    // appended: more steps, then a second session START at step 1200 (a restart: steps >= 1200 are purged)
    appendFileSync(
      gen,
      concat([...genRecords(1500, 1600), sessionStartRecord(1200), ...genRecords(1200, 1300, 1_800_000_000)]),
    );
    const fresh = await serve(logdir.dir, undefined);
    const afterAppend = await serve(logdir.dir, cache.dir);
    assert.equal(afterAppend.text, fresh.text);
    assert.ok(
      afterAppend.records < 1000,
      `after an append the resumed server read ${afterAppend.records} records`,
    );

    // replaced by a shorter, different file: the run is read again from it
    writeFileSync(gen, concat([fileVersionRecord(1_750_000_000), ...genRecords(0, 700, 1_750_000_000)]));
    const lines2: string[] = [];
    const afterReplace = await serve(logdir.dir, cache.dir, (l) => lines2.push(l));
    assert.equal(afterReplace.text, (await serve(logdir.dir, undefined)).text);
    assert.ok(
      lines2.some((l) => l.includes('reading the run again')),
      lines2.join('\n'),
    );

    // corrupted: bytes of the column file overwritten; the damaged run is read again, with a log line
    await serve(logdir.dir, cache.dir); // a checkpoint of the replaced file's run
    const columns = join(cache.dir, 'columns.bin');
    const fd = openSync(columns, 'r+');
    const size = readFileSync(columns).length;
    for (let at = 64; at < size; at += 4096) writeSync(fd, Buffer.from([0xde, 0xad, 0xbe, 0xef]), 0, 4, at);
    closeSync(fd);
    const lines3: string[] = [];
    const afterCorrupt = await serve(logdir.dir, cache.dir, (l) => lines3.push(l));
    assert.equal(afterCorrupt.text, (await serve(logdir.dir, undefined)).text);
    assert.ok(
      lines3.some((l) => l.includes('damaged')),
      lines3.join('\n'),
    );
    assert.ok(
      lines3.some((l) => l.includes('trusted=false')),
      `a written-to columns.bin is not trusted\n${lines3.join('\n')}`,
    );

    // a manifest that is not JSON: everything is read again
    writeFileSync(join(cache.dir, 'manifest.json'), '{"format": 1, "runs": [');
    const lines4: string[] = [];
    const afterBadManifest = await serve(logdir.dir, cache.dir, (l) => lines4.push(l));
    assert.equal(afterBadManifest.text, afterCorrupt.text);
    assert.ok(
      lines4.some((l) => l.includes('manifest not usable')),
      lines4.join('\n'),
    );
  } finally {
    logdir.remove();
    cache.remove();
  }
});
