// Issue 12's "Run store" file cases on a live server: a run store deleted and recreated is reopened (the deleted
// sessions go, the new one shows), and a corrupt file at start is logged loudly (level=error, with the file)
// and reported in /api/health, while the runs on disk are still served; replacing it with a good file heals it.
import assert from 'node:assert/strict';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { openRunStore } from '../../../runstore/run-store.ts';
import type { ApiHealthResponse, ApiSessionsResponse } from '../../../contract/index.ts';
import { createSummaryWriter } from '../../../tfevents/node/summary-writer.ts';
import { startHardenedServer, tempDir, waitFor } from '../hardening/hardened-server.ts';

const dirs: { remove(): void }[] = [];
after(() => dirs.forEach((d) => d.remove()));

function writeSessions(file: string, ids: string[]): void {
  const store = openRunStore(file);
  for (const id of ids)
    store.createSession({ id, task: 'xor', backend: 'cpu', startedAt: Date.now() / 1000 });
  store.close();
}

function removeRunStore(file: string): void {
  for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) rmSync(f, { force: true });
}

test('a run store deleted and recreated is reopened: deleted sessions go, the new one shows', async () => {
  const logdir = tempDir('runstore-recreated');
  dirs.push(logdir);
  const file = join(logdir.dir, 'trainboard.sqlite');
  writeSessions(file, ['old-1', 'old-2']);
  const s = await startHardenedServer({ logdir: logdir.dir });
  const ids = async (): Promise<string> =>
    ((await (await fetch(`${s.url}/api/sessions`)).json()) as ApiSessionsResponse).sessions
      .map((x) => x.id)
      .sort()
      .join(',');
  try {
    assert.ok(await waitFor(async () => (await ids()) === 'old-1,old-2'));
    removeRunStore(file);
    assert.ok(await waitFor(async () => (await ids()) === ''), 'the deleted sessions go');
    writeSessions(file, ['new-1']);
    assert.ok(await waitFor(async () => (await ids()) === 'new-1'), `the new session shows: ${await ids()}`);
    // replaced by rename while the server has it open (a new inode at the same path)
    const other = join(logdir.dir, 'other.sqlite');
    writeSessions(other, ['new-2', 'new-3']);
    rmSync(`${file}-wal`, { force: true });
    rmSync(`${file}-shm`, { force: true });
    renameSync(other, file);
    assert.ok(await waitFor(async () => (await ids()) === 'new-2,new-3'), `replaced: ${await ids()}`);
  } finally {
    await s.close();
  }
});

test('a corrupt run store at start is logged at level=error and reported in /api/health; disk runs still show', async () => {
  const logdir = tempDir('runstore-corrupt');
  dirs.push(logdir);
  const file = join(logdir.dir, 'trainboard.sqlite');
  writeFileSync(file, Buffer.alloc(8192, 0x5a)); // not a SQLite file
  const w = createSummaryWriter(join(logdir.dir, 'disk-run', 'train'), { flushMs: 0 });
  w.scalar('loss', 1, 0);
  w.close();
  mkdirSync(join(logdir.dir, 'empty'), { recursive: true });
  const lines: string[] = [];
  const s = await startHardenedServer({ logdir: logdir.dir, log: (l) => lines.push(l) });
  try {
    const health = async (): Promise<ApiHealthResponse['runStore']> =>
      ((await (await fetch(`${s.url}/api/health`)).json()) as ApiHealthResponse).runStore;
    assert.ok(
      await waitFor(async () => (await health())?.state === 'corrupt'),
      JSON.stringify(await health()),
    );
    const rs = await health();
    assert.equal(rs?.file, file);
    assert.match(rs?.message ?? '', /not a database/);
    const loud = lines.filter(
      (l) => /^ts=\S+ level=error module=sessions /.test(l) && l.includes(` file=${file} `),
    );
    assert.equal(loud.length, 1, `one loud line: ${JSON.stringify(lines)}`);
    assert.match(loud[0]!, /corrupt/);
    const { sessions } = (await (await fetch(`${s.url}/api/sessions`)).json()) as ApiSessionsResponse;
    assert.deepEqual(
      sessions.map((x) => [x.id, x.source]),
      [['disk-run', 'disk']],
    );
    // replaced by a good run store: read again, without a restart
    removeRunStore(file);
    writeSessions(file, ['disk-run']);
    assert.ok(await waitFor(async () => (await health())?.state === 'ok'));
    const after = (await (await fetch(`${s.url}/api/sessions`)).json()) as ApiSessionsResponse;
    assert.deepEqual(
      after.sessions.map((x) => [x.id, x.source]),
      [['disk-run', 'runstore']],
    );
  } finally {
    await s.close();
  }
});
