// The graphs plugin answers as TensorBoard's own, byte for byte: op graphs and run metadata written by
// tf.summary.trace_export (one function calling another; two functions merged), tf.summary.graph, a TF1
// FileWriter with add_run_metadata of a FULL_TRACE run, Keras 3's TensorBoard callback, PyTorch's and
// tensorboardX's add_graph. TensorBoard's WSGI app answers every route for every run and tag it lists
// (test/compat/python/graphs_with_tensorboard.py); we answer the same requests on the same logdir.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startTestServer, tempLogdir, type TestServer } from '../integration/server/test-server.ts';
import { repoRoot } from '../support/shared-fixtures.ts';
import { python, pythonSkip } from './tensorboard-oracle.ts';

const skip = pythonSkip(['tensorboard', 'tensorflow', 'keras', 'torch', 'tensorboardX']);
const SCRIPT = join(repoRoot, 'test', 'compat', 'python', 'graphs_with_tensorboard.py');

interface Answer {
  path: string;
  status: number;
  content_type: string;
  body: string;
}

/**
 * The `_too_large_attrs` list of a node with its `s:` lines sorted: TensorBoard fills it in the hash order of
 * its attr map, which changes with every Python process (protobuf seeds its hash).
 */
function sortLargeAttrLists(text: string): string {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] !== '    key: "_too_large_attrs"') continue;
    const start = i + 3; // value {, list {, then the s: lines
    let end = start;
    while (lines[end]?.startsWith('        s: ')) end++;
    lines.splice(start, end - start, ...lines.slice(start, end).sort());
  }
  return lines.join('\n');
}

describe('graphs routes equal TensorBoard’s on logs from real writers', { skip }, () => {
  let server: TestServer;
  let tmp: ReturnType<typeof tempLogdir>;
  let answers: Answer[] = [];
  before(async () => {
    tmp = tempLogdir('trainboard-graphs-');
    const r = spawnSync(python, [SCRIPT, tmp.dir], { encoding: 'utf8', maxBuffer: 256 << 20 });
    assert.equal(r.status, 0, r.stderr.slice(-3000));
    answers = JSON.parse(r.stdout.trim().split('\n').at(-1)!) as Answer[];
    server = await startTestServer({ logdir: tmp.dir });
  });
  after(async () => {
    await server?.close();
    tmp?.remove();
  });

  test('/info lists the same runs and tags (trace_export op graphs, profiles, Keras, run graphs)', async () => {
    const theirs = answers.find((a) => a.path === '/data/plugin/graphs/info')!;
    const info = JSON.parse(theirs.body) as Record<string, { tags: Record<string, { op_graph: boolean }> }>;
    assert.equal(info.trace?.tags.outer_trace?.op_graph, true, 'TensorBoard lists the trace_export graph');
    assert.deepEqual(await server.json('/data/plugin/graphs/info'), info);
  });

  test('every /graph and /run_metadata answer has TensorBoard’s status, type and bytes', async () => {
    const routes = answers.filter((a) => a.path !== '/data/plugin/graphs/info');
    assert.ok(routes.filter((a) => a.path.includes('run_metadata?')).length >= 3, 'profiles were written');
    assert.ok(routes.some((a) => a.path.includes('tag=two_functions') && a.body.includes('graph_2/')));
    for (const want of routes) {
      const res = await server.get(want.path);
      const body = await res.text();
      assert.equal(res.status, want.status, `${want.path}: ${body.slice(0, 300)}`);
      if (want.status !== 200) continue;
      assert.equal(res.headers.get('content-type'), want.content_type, want.path);
      assert.equal(sortLargeAttrLists(body), sortLargeAttrLists(want.body), want.path);
    }
  });
});
