// Issue 12's "Run store" case as described: a rollback-journal SQLite file (journal_mode DELETE, where a writer's
// exclusive lock shuts readers out) locked by `BEGIN EXCLUSIVE` for 10 s. The server (a child process measuring
// its own event loop with monitorEventLoopDelay) keeps listing all 3 sessions read before, flags them stale in
// /api/health, never busy-waits on the event loop (it used to block 5 s per read: busy_timeout), and shows the
// session recorded after the lock is released.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, test } from 'node:test';
import Database from 'better-sqlite3';
import { openRunStore } from '../../../runstore/run-store.ts';
import type { ApiHealthResponse, ApiSessionsResponse } from '../../../contract/index.ts';
import { spawnFaultChild } from './fault-process.ts';
import { tempDir, waitFor } from './hardened-server.ts';
import { startLoopDelayServer } from './loop-delay-server.ts';

const logdir = tempDir('sqlite-rollback');
after(() => logdir.remove());

test(
  'a rollback-journal run store locked for 10 s: all sessions stay listed, flagged stale, the loop never busy-waits',
  { timeout: 60_000 },
  async () => {
    const file = join(logdir.dir, 'trainboard.sqlite');
    const store = openRunStore(file);
    for (const id of ['s1', 's2', 's3'])
      store.createSession({ id, task: 'xor', backend: 'cpu', startedAt: Date.now() / 1000 });
    store.close();
    const db = new Database(file);
    assert.equal(db.pragma('journal_mode = DELETE', { simple: true }), 'delete');
    db.close();

    const s = await startLoopDelayServer(logdir.dir, 1);
    const locker = spawnFaultChild(['lock', file, '10000']);
    try {
      const ids = async (): Promise<string[]> =>
        ((await (await fetch(`${s.url}/api/sessions`)).json()) as ApiSessionsResponse).sessions
          .map((x) => x.id)
          .sort();
      assert.ok(await waitFor(async () => (await ids()).length === 3, 10_000), 'the 3 sessions are read');
      await locker.waitLine((l) => l === 'locked');
      await s.reset();
      let released = false;
      void locker.waitLine((l) => l === 'released', 30_000).then(() => (released = true));
      let rounds = 0;
      let staleSeen = false;
      let slowestMs = 0;
      while (!released) {
        const t0 = performance.now();
        const [health, sessions] = await Promise.all([
          fetch(`${s.url}/api/health`).then(async (r) => ({ status: r.status, body: await r.json() })),
          fetch(`${s.url}/api/sessions`).then(async (r) => ({ status: r.status, body: await r.json() })),
        ]);
        slowestMs = Math.max(slowestMs, performance.now() - t0);
        assert.equal(health.status, 200);
        assert.equal(sessions.status, 200);
        const listed = (sessions.body as ApiSessionsResponse).sessions.map((x) => x.id).sort();
        if (released) break; // the answer may already come from after the lock
        assert.deepEqual(listed, ['s1', 's2', 's3'], 'all 3 sessions listed during the lock');
        const rs = (health.body as ApiHealthResponse).runStore;
        if (rs?.state === 'locked' && rs.stale) staleSeen = true;
        rounds++;
        await new Promise((r) => setTimeout(r, 100));
      }
      const loop = await s.stats();
      console.log(
        `during the 10 s lock: ${rounds} rounds answered, slowest round ${slowestMs.toFixed(0)} ms; server event-loop delay p50 ${loop.p50Ms} ms, p99 ${loop.p99Ms} ms, max ${loop.maxMs} ms`,
      );
      assert.ok(rounds >= 10, `only ${rounds} rounds answered during the lock`);
      assert.ok(staleSeen, '/api/health reports the run store locked and the sessions stale');
      // a busy-waiting read blocks the loop for its whole busy_timeout (5 s); a retry never does
      assert.ok(loop.maxMs < 2500, `the event loop was blocked ${loop.maxMs} ms`);
      await locker.waitLine((l) => l === 'done', 30_000);
      assert.ok(
        await waitFor(async () => (await ids()).includes('after-lock'), 10_000),
        'the session recorded after the lock shows',
      );
      const rs = ((await (await fetch(`${s.url}/api/health`)).json()) as ApiHealthResponse).runStore;
      assert.equal(rs?.state, 'ok');
      assert.equal(rs?.stale, false);
      assert.match(
        s.stderr(),
        /level=warn module=sessions file=\S*trainboard\.sqlite msg="run store is locked/,
      );
    } finally {
      await locker.kill('SIGKILL');
      await s.stop();
    }
  },
);
