// The session watcher under a burst of triggers (10,000 runs appearing at start are 20,000 of them): flushes
// called while one derivation runs share one queued derivation instead of queuing one each, and a run that
// appears while a derivation runs is still published, by the next one. Real logdir, store, catalog and
// watcher; the derivations are counted at the catalog's list().
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { createLogdirWatcher } from '../../../server/ingest/logdir-watcher.ts';
import { createSessionCatalog, type SessionCatalog } from '../../../server/sessions/session-catalog.ts';
import { createSessionWatcher, type SessionChange } from '../../../server/sessions/session-watcher.ts';
import { createSeriesStore } from '../../../server/store/series-store.ts';
import { createSummaryWriter } from '../../../tfevents/node/summary-writer.ts';
import { tempDir } from './hardened-server.ts';

const logdir = tempDir('session-derivations');
after(() => logdir.remove());

function writeRun(name: string): void {
  const w = createSummaryWriter(join(logdir.dir, name), { flushMs: 0 });
  w.scalar('loss', 1, 0);
  w.close();
}

test('flushes during a derivation share one queued derivation; a run added meanwhile is published', async () => {
  for (let i = 0; i < 50; i++) writeRun(`r${i}`);
  const store = createSeriesStore({ logdir: logdir.dir });
  const ingest = createLogdirWatcher({ logdir: logdir.dir, store, reloadIntervalSecs: 0 });
  const catalog = createSessionCatalog({ provider: store, source: () => undefined });
  let derivations = 0;
  const counted: SessionCatalog = {
    ...catalog,
    list: () => {
      derivations++;
      return catalog.list();
    },
  };
  const watcher = createSessionWatcher({ catalog: counted, settleMs: 10_000 });
  const published: SessionChange[] = [];
  watcher.subscribe((c) => published.push(...c));
  try {
    await ingest.ready();
    const first = watcher.flush();
    const burst = Array.from({ length: 100 }, () => watcher.flush()); // before it starts: they share it
    await Promise.all(burst);
    assert.equal(derivations, 1, '101 flushes before the first started: one derivation');
    assert.equal(new Set([first, ...burst]).size, 1, 'one promise for all of them');

    const running = watcher.flush();
    await new Promise((r) => setImmediate(r)); // it has started (or finished)
    writeRun('late');
    await ingest.refresh();
    const queued = Array.from({ length: 100 }, () => watcher.flush());
    assert.equal(new Set(queued).size, 1, 'flushes behind a started one share one queued derivation');
    await Promise.all([running, ...queued]);
    assert.equal(derivations, 3);

    const afterBurst = watcher.flush();
    writeRun('later');
    await ingest.refresh();
    await afterBurst;
    await watcher.flush();
    const added = published.filter((c) => c.kind === 'added').map((c) => c.id);
    assert.equal(added.length, 52, 'every run published once');
    assert.deepEqual(
      ['late', 'later', 'r0', 'r49'].map((id) => added.filter((a) => a === id).length),
      [1, 1, 1, 1],
    );
  } finally {
    watcher.close();
    ingest.close();
  }
});

test('past its age a derivation is reused while nothing it read changed, and derived again after a new point', async () => {
  const dir = tempDir('session-reuse');
  try {
    for (let i = 0; i < 3; i++) {
      const w = createSummaryWriter(join(dir.dir, `s${i}`, 'train'), { flushMs: 0 });
      w.scalar('loss', 1, 0);
      w.close();
    }
    const store = createSeriesStore({ logdir: dir.dir });
    const ingest = createLogdirWatcher({ logdir: dir.dir, store, reloadIntervalSecs: 0 });
    const catalog = createSessionCatalog({ provider: store, source: () => undefined, maxAgeMs: 1 });
    try {
      await ingest.ready();
      const first = await catalog.list();
      await new Promise((r) => setTimeout(r, 20)); // older than maxAgeMs
      assert.equal(await catalog.list(), first, 'same inputs: the same derivation (identity kept)');
      const w = createSummaryWriter(join(dir.dir, 's1', 'train'), { flushMs: 0 });
      w.scalar('loss', 0.5, 1, { wallTime: 4_000_000_000 });
      w.close();
      await ingest.refresh();
      await new Promise((r) => setTimeout(r, 20));
      const after = await catalog.list();
      assert.notEqual(after, first, 'a new point moved a run: derived again');
      assert.equal(after.find((s) => s.summary.id === 's1')?.summary.heartbeatAt, 4_000_000_000);
    } finally {
      ingest.close();
    }
  } finally {
    dir.remove();
  }
});
