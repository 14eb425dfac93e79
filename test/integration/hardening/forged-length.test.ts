// Issue 12, "a forged length on a sparse file": a 1 GiB sparse file whose first record claims 1 GiB - 16 bytes
// with a valid length CRC, and a 200 MiB one whose record claims 200 MiB. A real `trainboard serve` child skips
// the first unread ('oversized', over the 256 MiB record limit) and verifies the second's data CRC in bounded
// pieces ('data-crc'); both are reported with file and offset, the good records after each are served, /api/health
// answers all along, and peak RSS stays far below the lengths claimed.
import assert from 'node:assert/strict';
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { ApiRunsResponse, DamageReport } from '../../../contract/index.ts';
import { maskedCrc32c } from '../../../tfevents/masked-crc32c.ts';
import { tempDir } from './hardened-server.ts';
import { alive, eventFile, fileVersionRecord, peakRssMiB, scalarTensorRecord } from './hostile-records.ts';
import { spawnServe, type ServerChild } from './server-child.ts';

const RSS_BOUND_MIB = 400;
const GIB = 1024 ** 3;
const FILE = 'events.out.tfevents.1700000000.forged';
const logdir = tempDir('forged');

/** A header claiming `length` bytes with a valid length CRC. */
function forgedHeader(length: number): Buffer {
  const h = Buffer.alloc(12);
  h.writeBigUInt64LE(BigInt(length), 0);
  h.writeUInt32LE(maskedCrc32c(h, 0, 8), 8);
  return h;
}

/** Writes a sparse file: the forged header at 0, a hole up to where its record ends, then good records. */
function writeSparseRun(run: string, fileBytes: number): void {
  mkdirSync(join(logdir.dir, run), { recursive: true });
  const fd = openSync(join(logdir.dir, run, FILE), 'w');
  writeSync(fd, forgedHeader(fileBytes - 16), 0, 12, 0);
  const tail = eventFile([
    fileVersionRecord(),
    scalarTensorRecord('loss', 0, [0.5]),
    scalarTensorRecord('loss', 1, [0.25]),
  ]).bytes;
  writeSync(fd, tail, 0, tail.length, fileBytes);
  closeSync(fd);
}

let server: ServerChild;
let base: string;
before(async () => {
  writeSparseRun('oversized', GIB);
  writeSparseRun('verified', 200 * 1024 * 1024);
  server = spawnServe(['--logdir', logdir.dir, '--port', '0', '--reload_interval', '1']);
  base = new URL(await server.url).origin;
});
after(async () => {
  await server.stop('SIGKILL');
  logdir.remove();
});

const get = (path: string): Promise<Response> =>
  fetch(`${base}${path}`, { signal: AbortSignal.timeout(20_000) });

async function damageOf(run: string): Promise<DamageReport[]> {
  const body = (await (await get('/api/runs')).json()) as ApiRunsResponse;
  return body.runs.find((r) => r.run === run)?.damaged ?? [];
}

test('forged lengths on sparse files are damage at their offset; records after them are served; health answers throughout', async (t) => {
  let healthAnswers = 0;
  let slowest = 0;
  const deadline = Date.now() + 60_000;
  for (;;) {
    const t0 = performance.now();
    const health = await get('/api/health');
    slowest = Math.max(slowest, performance.now() - t0);
    assert.equal(health.status, 200, '/api/health answers while the files are read');
    healthAnswers++;
    const [a, b] = await Promise.all([damageOf('oversized'), damageOf('verified')]);
    if (a.length > 0 && b.length > 0) break;
    assert.ok(Date.now() < deadline, 'both forged records are reported within a minute');
    await new Promise((r) => setTimeout(r, 50));
  }
  t.diagnostic(`${healthAnswers} /api/health answers during the read, slowest ${slowest.toFixed(0)} ms`);
  const oversized = await damageOf('oversized');
  const verified = await damageOf('verified');
  assert.deepEqual(
    oversized.map((d) => [d.file, d.offset, d.reason]),
    [[`oversized/${FILE}`, 0, 'oversized']],
  );
  assert.deepEqual(
    verified.map((d) => [d.file, d.offset, d.reason]),
    [[`verified/${FILE}`, 0, 'data-crc']],
  );
  for (const run of ['oversized', 'verified']) {
    const rows = (await (await get(`/data/plugin/scalars/scalars?run=${run}&tag=loss`)).json()) as number[][];
    assert.deepEqual(
      rows.map((r) => [r[1], r[2]]),
      [
        [0, 0.5],
        [1, 0.25],
      ],
      `${run}: the records after the forged one are served`,
    );
  }
  assert.ok(alive(server.child.pid!), 'the server process is alive');
  const rss = peakRssMiB(server.child.pid!);
  t.diagnostic(`server peak RSS ${rss.toFixed(0)} MiB`);
  assert.ok(rss < RSS_BOUND_MIB, `peak RSS ${rss.toFixed(0)} MiB under ${RSS_BOUND_MIB} MiB`);
});
