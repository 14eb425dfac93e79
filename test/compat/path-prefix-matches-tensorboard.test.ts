// --path_prefix against real TensorBoard 2.21 started with the same flag on the same logdir: every path
// (under the prefix, outside it, the prefix without its slash, another case, a longer segment) gets
// TensorBoard's status and redirect Location, and the data routes under the prefix answer the same JSON.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { normalizePathPrefix } from '../../server/http/path-prefix.ts';
import { fixturesDir } from '../support/shared-fixtures.ts';
import { startTestServer, type TestServer } from '../integration/server/test-server.ts';
import { pythonSkip } from './tensorboard-oracle.ts';
import { startTensorBoard, type RealTensorBoard } from './tensorboard-frontend/frontend-servers.ts';

const skip = pythonSkip(['tensorboard']);
const FLAG = '/tb/'; // TensorBoard drops the trailing slash; so do we
const logdir = join(fixturesDir, 'tf-summary');

let ours: TestServer;
let tb: RealTensorBoard;
before(async () => {
  if (skip) return;
  ours = await startTestServer({ logdir, pathPrefix: normalizePathPrefix(FLAG) });
  tb = await startTensorBoard(logdir, Promise.resolve(ours.app.store.runs().length), {
    args: [`--path_prefix=${FLAG}`],
    prefix: '/tb',
  });
});
after(async () => {
  await ours?.close();
  await tb?.close();
});

const PATHS = [
  '/tb/data/runs',
  '/tb/data/plugins_listing',
  '/tb/data/plugin/scalars/tags',
  '/tb/experiment/eid/data/runs',
  '/tb/',
  '/tb',
  '/tb?x=1',
  '/data/runs',
  '/',
  '/TB/data/runs',
  '/tbx/data/runs',
  '/socket.io/?EIO=4&transport=polling',
];

describe('--path_prefix as TensorBoard has it', { skip }, () => {
  test('normalizePathPrefix() drops trailing slashes and refuses a relative prefix, as TensorBoard', () => {
    assert.equal(normalizePathPrefix('/a/b//'), '/a/b');
    assert.equal(normalizePathPrefix('/'), '');
    assert.equal(normalizePathPrefix(''), '');
    assert.throws(() => normalizePathPrefix('tb'), /must start with a slash/);
  });

  test('every path gets TensorBoard’s status, and the bare prefix its redirect', async () => {
    for (const path of PATHS) {
      const [a, b] = await Promise.all(
        [ours.url, tb.url].map((base) => fetch(base + path, { redirect: 'manual' })),
      );
      assert.equal(a!.status, b!.status, `${path}: ours ${a!.status}, TensorBoard ${b!.status}`);
      assert.equal(a!.headers.get('location'), b!.headers.get('location'), `${path}: Location`);
    }
  });

  test('the data routes under the prefix answer TensorBoard’s JSON', async () => {
    for (const path of ['/tb/data/runs', '/tb/data/plugin/scalars/tags']) {
      const [a, b] = await Promise.all(
        [ours.url, tb.url].map(async (base) => (await fetch(base + path)).json()),
      );
      assert.deepEqual(a, b, path);
    }
  });
});
