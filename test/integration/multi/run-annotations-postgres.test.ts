// Run annotations in a real PostgreSQL 15 (started by the test): a run with no row reads as absent and gets
// defaults on its first patch; a patch changes only its fields; null clears a display name; tags round-trip;
// two patches of different fields sent at once both survive (one atomic upsert each).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  lazyPostgresRunAnnotationStore,
  openPostgresRunAnnotationStore,
} from '../../../runstore/postgres/run-annotations-postgres.ts';
import type { RunAnnotationStore } from '../../../runstore/run-annotations.ts';
import { postgresSkip, startPostgres, type TestPostgres } from '../../support/postgres-server.ts';

let db: TestPostgres | undefined;
let store: RunAnnotationStore | undefined;
let clock = 1_764_633_600.5;
before(async () => {
  if (postgresSkip) return;
  db = await startPostgres();
  store = await openPostgresRunAnnotationStore(db.url, { now: () => clock });
});
after(async () => {
  await store?.close();
  await db?.stop();
});

describe('run annotations in PostgreSQL', { skip: postgresSkip }, () => {
  test('a first patch creates the row with defaults for the fields it does not set', async () => {
    assert.deepEqual(await store!.list(), []);
    const a = await store!.update('mnist/train', { pinned: true, tags: ['baseline', 'fp32'] });
    assert.deepEqual(a, {
      run: 'mnist/train',
      displayName: null,
      color: null,
      pinned: true,
      hidden: false,
      archived: false,
      notes: '',
      tags: ['baseline', 'fp32'],
      updatedAt: clock,
    });
  });

  test('a patch changes only its fields; null clears a display name', async () => {
    clock += 10;
    await store!.update('mnist/train', { displayName: 'Baseline', color: '#ff0000' });
    clock += 10;
    const a = await store!.update('mnist/train', { displayName: null, notes: 'lr too high' });
    assert.equal(a.displayName, null);
    assert.equal(a.color, '#ff0000');
    assert.equal(a.pinned, true);
    assert.deepEqual(a.tags, ['baseline', 'fp32']);
    assert.equal(a.notes, 'lr too high');
    assert.equal(a.updatedAt, clock);
    assert.deepEqual(await store!.list(), [a]);
  });

  test('two patches of different fields of one run sent at once both survive', async () => {
    await Promise.all([
      store!.update('race', { hidden: true }),
      store!.update('race', { archived: true }),
      store!.update('race', { notes: 'both' }),
    ]);
    const a = (await store!.list()).find((x) => x.run === 'race');
    assert.deepEqual([a?.hidden, a?.archived, a?.notes], [true, true, 'both']);
  });

  test('the server-side store (opened on first use) sees what another server wrote, and writes for it', async () => {
    const other = lazyPostgresRunAnnotationStore(db!.url);
    try {
      const seen = (await other.list()).find((x) => x.run === 'race');
      assert.deepEqual([seen?.hidden, seen?.archived, seen?.notes], [true, true, 'both']);
      await other.update('race', { pinned: true });
      assert.equal((await store!.list()).find((x) => x.run === 'race')?.pinned, true);
    } finally {
      await other.close();
    }
  });
});
