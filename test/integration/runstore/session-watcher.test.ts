// The session watcher on a real logdir and a real run store: typed changes (added, changed, removed) come when
// a run appears on disk, when the run store's row for it is created or finished, and when the run store is
// deleted; derivations triggered together are published once, and nothing is published when nothing changed.
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { openRunStore } from '../../../runstore/run-store.ts';
import { createLogdirWatcher } from '../../../server/ingest/logdir-watcher.ts';
import { createRunStoreLoader } from '../../../server/sessions/run-store-loader.ts';
import { createSessionCatalog } from '../../../server/sessions/session-catalog.ts';
import { createSessionWatcher, type SessionChange } from '../../../server/sessions/session-watcher.ts';
import { createSeriesStore } from '../../../server/store/series-store.ts';
import { createSummaryWriter } from '../../../tfevents/node/summary-writer.ts';
import { tempDir } from '../hardening/hardened-server.ts';

const logdir = tempDir('session-watcher');
after(() => logdir.remove());

test('runs and run-store rows become typed session changes, each published once', async () => {
  const store = createSeriesStore({ logdir: logdir.dir });
  let onRuns = (): void => {};
  const ingest = createLogdirWatcher({
    logdir: logdir.dir,
    store,
    reloadIntervalSecs: 0,
    onRunsChanged: () => onRuns(),
  });
  const loader = createRunStoreLoader({ logdir: logdir.dir, refreshMs: 0, minReadMs: 0 });
  const catalog = createSessionCatalog({ provider: store, source: () => loader.current() });
  const watcher = createSessionWatcher({ catalog, runStore: loader, settleMs: 10_000 });
  onRuns = () => watcher.runsChanged();
  const published: SessionChange[][] = [];
  watcher.subscribe((c) => published.push([...c]));
  const summary = (c: SessionChange): string =>
    c.kind === 'removed' ? `removed ${c.id}` : `${c.kind} ${c.id} ${c.summary.source} ${c.summary.status}`;
  try {
    await ingest.ready();
    assert.deepEqual(await watcher.flush(), []);

    const w = createSummaryWriter(join(logdir.dir, 'exp', 'train'), { flushMs: 0 });
    w.scalar('loss', 1, 0);
    w.close();
    await ingest.refresh();
    assert.deepEqual((await watcher.flush()).map(summary), ['added exp disk unknown']);

    const file = join(logdir.dir, 'trainboard.sqlite');
    const rs = openRunStore(file);
    rs.createSession({ id: 'exp', task: 'xor', backend: 'cpu', startedAt: Date.now() / 1000 });
    rs.createSession({ id: 'other', task: 'xor', backend: 'cpu', startedAt: Date.now() / 1000 - 10 });
    assert.equal(loader.refresh(), true, 'the run store snapshot changed');
    assert.deepEqual((await watcher.flush()).map(summary), [
      'changed exp runstore running',
      'added other runstore running',
    ]);

    rs.finish('exp', 'finished');
    loader.refresh();
    assert.deepEqual((await watcher.flush()).map(summary), ['changed exp runstore finished']);
    assert.deepEqual(await watcher.flush(), [], 'nothing changed: nothing published');
    rs.close();

    for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
    loader.refresh();
    assert.deepEqual((await watcher.flush()).map(summary), ['changed exp disk unknown', 'removed other']);
    assert.equal(published.length, 4, 'each derivation with changes was published once');
  } finally {
    watcher.close();
    loader.close();
    ingest.close();
  }
});
