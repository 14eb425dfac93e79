// Files the projector refuses where TensorBoard answers 500 for every route (its _update_configs raises): a
// ragged or non-numeric TSV tensor is a 400 naming the file and line, a config that does not parse leaves its
// run out, and the other runs keep working.
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fixturesDir } from '../../support/shared-fixtures.ts';
import { startTestServer, tempLogdir, type TestServer } from '../server/test-server.ts';

let server: TestServer;
let tmp: ReturnType<typeof tempLogdir>;

/** A run directory holding a real event file (from the shared fixtures) and the given files. */
function run(name: string, files: Record<string, string>): void {
  const dir = join(tmp.dir, name);
  mkdirSync(dir, { recursive: true });
  const src = join(fixturesDir, 'tf-summary');
  const events = readdirSync(src).find((f) => f.startsWith('events.out.tfevents'))!;
  copyFileSync(join(src, events), join(dir, events));
  for (const [f, text] of Object.entries(files)) writeFileSync(join(dir, f), text);
}

before(async () => {
  tmp = tempLogdir('trainboard-projector-bad-');
  run('ragged', {
    'projector_config.pbtxt': 'embeddings { tensor_name: "r" tensor_path: "t.tsv" tensor_shape: [2, 2] }',
    't.tsv': '1\t2\n3\t4\t5\n',
  });
  run('words', {
    'projector_config.pbtxt': 'embeddings { tensor_name: "w" tensor_path: "t.tsv" tensor_shape: [2, 2] }',
    't.tsv': '1\t2\nx\t4\n',
  });
  run('broken', { 'projector_config.pbtxt': 'embeddings { tensor_name: "b" tensor_path: "t.tsv" ' });
  run('good', {
    'projector_config.pbtxt': 'embeddings { tensor_name: "g" tensor_path: "t.tsv" }',
    't.tsv': '1\t2\n3\t4\n',
  });
  server = await startTestServer({ logdir: tmp.dir, watch: false });
});
after(async () => {
  await server?.close();
  tmp?.remove();
});

test('a TSV tensor whose rows differ in width is a 400 naming the file and line', async () => {
  const res = await server.get('/data/plugin/projector/tensor?run=ragged&name=r');
  assert.equal(res.status, 400);
  assert.match(await res.text(), /t\.tsv line 2: 3 values where the rows above have 2/);
});

test('a TSV tensor with a value Python’s float() refuses is a 400 naming the value', async () => {
  const res = await server.get('/data/plugin/projector/tensor?run=words&name=w');
  assert.equal(res.status, 400);
  assert.match(await res.text(), /line 2: could not convert string to float: 'x'/);
});

test('a config that does not parse leaves its run out, and the other runs are served', async () => {
  const runs = await server.json<string[]>('/data/plugin/projector/runs');
  assert.ok(!runs.includes('broken'));
  assert.ok(runs.includes('good'));
  const res = await server.get('/data/plugin/projector/tensor?run=good&name=g');
  assert.deepEqual([...new Float32Array(await res.arrayBuffer())], [1, 2, 3, 4]);
});
