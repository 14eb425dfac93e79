// Listings served from the listing cache (server/http/listing-cache.ts) are never stale: after every kind of
// change that moves a listing (a run added, a run's start time set after the run was listed, tags added),
// the answer of the long-running server equals, byte for byte, the answer of a server started afresh on the
// same logdir, and repeated requests in between get the same bytes.
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { after, test } from 'node:test';
import { createSummaryWriter } from '../../../tfevents/node/summary-writer.ts';
import { fixturesDir } from '../../support/shared-fixtures.ts';
import { startTestServer, tempLogdir } from './test-server.ts';

const FIXTURE_DIR = join(fixturesDir, 'tf-summary');
const FIXTURE = join(
  FIXTURE_DIR,
  readdirSync(FIXTURE_DIR).find((f) => f.includes('tfevents'))!,
);

const logdir = tempLogdir('trainboard-listing-cache-');
after(() => logdir.remove());

const LISTINGS = [
  '/data/runs',
  '/data/plugins_listing',
  '/data/plugin/scalars/tags',
  '/data/plugin/histograms/tags',
  '/data/plugin/text/tags',
  '/data/plugin/timeseries/tags',
  '/api/runs', // made of per-run pieces reused while a run is unchanged (server/api/run-summaries-json.ts)
];

function write(run: string, f: (w: ReturnType<typeof createSummaryWriter>) => void): void {
  const w = createSummaryWriter(join(logdir.dir, run), { flushMs: 0 });
  f(w);
  w.close();
}

test('cached listings equal a fresh server after runs, start times and tags change', async () => {
  write('a', (w) => w.scalar('loss', 1, 0, { wallTime: 2000 }));
  write('b', (w) => w.scalar('loss', 1, 0, { wallTime: 1000 }));
  const live = await startTestServer({ logdir: logdir.dir });
  const text = async (base: string, path: string): Promise<string> => {
    const res = await fetch(base + path);
    assert.equal(res.status, 200, path);
    return res.text();
  };
  /** Every listing of the live server, asked twice (the second from the cache), against a fresh server. */
  const compare = async (step: string): Promise<void> => {
    await live.app.watcher.refresh();
    const fresh = await startTestServer({ logdir: logdir.dir });
    try {
      for (const path of LISTINGS) {
        const first = await text(live.url, path);
        assert.equal(await text(live.url, path), first, `${step}: ${path} asked twice`);
        assert.equal(first, await text(fresh.url, path), `${step}: ${path} against a fresh server`);
      }
    } finally {
      await fresh.close();
    }
  };
  try {
    // a run starts at the wall time of its first event (the writer's file_version event, as TensorBoard)
    await compare('start');
    assert.deepEqual(JSON.parse(await text(live.url, '/data/runs')), ['a', 'b']);

    write('c', (w) => w.scalar('loss', 1, 0, { wallTime: 500 }));
    await compare('a run added');
    assert.deepEqual(JSON.parse(await text(live.url, '/data/runs')), ['a', 'b', 'c']);

    // run d is listed before its first event is read; then its file, copied from an older run (a real
    // tf.summary file of the shared fixtures), makes it the earliest run
    live.app.store.ensureRun('d');
    assert.deepEqual(JSON.parse(await text(live.url, '/data/runs')), ['a', 'b', 'c', 'd']);
    mkdirSync(join(logdir.dir, 'd'));
    copyFileSync(FIXTURE, join(logdir.dir, 'd', basename(FIXTURE)));
    await compare('a start time set');
    assert.deepEqual(JSON.parse(await text(live.url, '/data/runs')), ['d', 'a', 'b', 'c']);
    write('a', (w) => w.scalar('loss', 2, 1, { wallTime: 100 }));
    await compare('a point with an earlier wall time');

    write('b', (w) => {
      w.scalar('accuracy', 0.5, 1, { wallTime: 1001 });
      w.histogram('weights', [1, 2, 3], 1, { wallTime: 1001 });
      w.text('notes', 'hello', 1, { wallTime: 1001 });
    });
    await compare('tags added');
    const tags = JSON.parse(await text(live.url, '/data/plugin/scalars/tags')) as Record<string, object>;
    assert.deepEqual(Object.keys(tags.b!).sort(), ['accuracy', 'loss']);
    const listing = JSON.parse(await text(live.url, '/data/plugins_listing')) as Record<
      string,
      { enabled: boolean }
    >;
    assert.equal(listing.histograms!.enabled, true);
    assert.equal(listing.text!.enabled, true);
  } finally {
    await live.close();
  }
});
