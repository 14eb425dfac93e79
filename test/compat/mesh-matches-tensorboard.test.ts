// The mesh plugin answers as TensorBoard's own mesh_plugin on meshes written by PyTorch's add_mesh (a batch of two
// with a three.js config at two steps; a point cloud without faces or colors), tensorboardX's add_mesh and
// TensorBoard's mesh summary_v2 under tf.summary: /tags and /meshes as parsed JSON, /data byte for byte (float32
// vertices, int32 faces, uint8 colors) for every content type, sample and step, and the listing's mesh entry.
// TensorBoard's WSGI app is the oracle (test/compat/python/mesh_with_tensorboard.py).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startTestServer, tempLogdir, type TestServer } from '../integration/server/test-server.ts';
import { repoRoot } from '../support/shared-fixtures.ts';
import { python, pythonSkip } from './tensorboard-oracle.ts';

const skip = pythonSkip(['tensorboard', 'tensorflow', 'torch', 'tensorboardX']);
const SCRIPT = join(repoRoot, 'test', 'compat', 'python', 'mesh_with_tensorboard.py');

interface Answer {
  path: string;
  status: number;
  content_type: string;
  body: string;
}

describe('mesh routes equal TensorBoard’s on meshes from real writers', { skip }, () => {
  let server: TestServer;
  let tmp: ReturnType<typeof tempLogdir>;
  let answers: Answer[] = [];
  const answer = (path: string): Answer => answers.find((a) => a.path === path)!;
  before(async () => {
    tmp = tempLogdir('trainboard-mesh-');
    const r = spawnSync(python, [SCRIPT, tmp.dir], { encoding: 'utf8', maxBuffer: 64 << 20 });
    assert.equal(r.status, 0, r.stderr.slice(-3000));
    answers = JSON.parse(r.stdout.trim().split('\n').at(-1)!) as Answer[];
    server = await startTestServer({ logdir: tmp.dir });
  });
  after(async () => {
    await server?.close();
    tmp?.remove();
  });

  test('plugins_listing has TensorBoard’s mesh entry, enabled', async () => {
    const theirs = (JSON.parse(answer('/data/plugins_listing').body) as Record<string, unknown>).mesh;
    assert.equal((theirs as { enabled: boolean }).enabled, true);
    assert.deepEqual((await server.json<Record<string, unknown>>('/data/plugins_listing')).mesh, theirs);
  });

  test('/tags lists every run’s mesh tags with their sample counts', async () => {
    const theirs = JSON.parse(answer('/data/plugin/mesh/tags').body) as Record<string, unknown>;
    assert.deepEqual(Object.keys(theirs).sort(), ['tbx', 'tf', 'torch']);
    assert.deepEqual(await server.json('/data/plugin/mesh/tags'), theirs);
  });

  test('/meshes answers the same metadata for every tag, unknown tags included', async () => {
    const meshes = answers.filter((a) => a.path.startsWith('/data/plugin/mesh/meshes'));
    assert.ok(meshes.length >= 5);
    for (const want of meshes) {
      const res = await server.get(want.path);
      assert.equal(res.status, want.status, want.path);
      assert.deepEqual(await res.json(), JSON.parse(want.body), want.path);
    }
  });

  test('/data answers the same bytes for every content type, sample and step, and 400 for a bad type', async () => {
    const data = answers.filter((a) => a.path.startsWith('/data/plugin/mesh/data'));
    assert.ok(data.filter((a) => a.status === 200 && a.body.length > 0).length >= 20);
    for (const want of data) {
      const res = await server.get(want.path);
      const body = Buffer.from(await res.arrayBuffer());
      assert.equal(res.status, want.status, `${want.path}: ${body.toString('utf8').slice(0, 200)}`);
      if (want.status !== 200) continue;
      assert.equal(res.headers.get('content-type'), want.content_type, want.path);
      assert.equal(body.toString('base64'), want.body, want.path);
    }
  });
});
