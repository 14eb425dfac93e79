// /data/plugins_listing on the shared experiments logdir is TensorBoard 2.21's recorded answer on the same logdir
// (Python loader), key for key and in its key order: the plugins we serve plus TensorBoard's disabled entries
// for those we do not (debugger, PR curves, profile, mesh, What-If, projector).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { startTestServer, type TestServer } from '../integration/server/test-server.ts';
import { apiDir, experimentsDir } from '../support/shared-fixtures.ts';

let server: TestServer;
before(async () => {
  server = await startTestServer({ logdir: experimentsDir });
});
after(async () => {
  await server?.close();
});

test("plugins_listing has TensorBoard's keys, order and entries, disabled ones included", async () => {
  const theirs = JSON.parse(readFileSync(join(apiDir, 'py', 'core_plugins_listing.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  const ours = await server.json<Record<string, unknown>>('/data/plugins_listing');
  assert.deepEqual(Object.keys(ours), Object.keys(theirs), 'keys in order');
  assert.deepEqual(ours, theirs);
});
