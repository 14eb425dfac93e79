// The Keras conceptual graph against TensorBoard itself: for the Keras models in the shared fixtures (a
// Sequential and a Functional wide-and-deep model written by Keras 3) and hand-written configs (a tfjs-style
// Keras 2 model, a nested model, a dtype policy), our GraphDef text equals what TensorBoard 2.21's
// keras_util.keras_model_to_graph_def builds, printed as its graphs plugin prints it (str(graph_def)).
import { readKerasModels } from '../../server/plugins/shared/stored-kinds.ts';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { graphDefToText } from '../../server/plugins/graphs/graph-text-format.ts';
import { kerasModelToGraphDef } from '../../server/plugins/graphs/keras-graph-builder.ts';
import { startTestServer, type TestServer } from '../integration/server/test-server.ts';
import { fixturesDir, repoRoot } from '../support/shared-fixtures.ts';

const python = process.env.TRAINBOARD_PYTHON ?? join(repoRoot, '.venv', 'bin', 'python');
const havePython = existsSync(python);
if (!havePython && process.env.CI === 'true') throw new Error(`CI needs TensorBoard's Python at ${python}`);
const skip = havePython ? false : `no Python with TensorBoard at ${python} (bash scripts/setup-python.sh)`;

const SCRIPT = `
import json, sys

from tensorboard.plugins.graph import keras_util
out = []
for config in json.load(sys.stdin):
    out.append(str(keras_util.keras_model_to_graph_def(json.loads(config))))
json.dump(out, sys.stdout)
`;

function tensorboardGraphs(configs: string[]): string[] {
  const r = spawnSync(python, ['-c', SCRIPT], { input: JSON.stringify(configs), encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout) as string[];
}

const layer = (cls: string, name: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  class_name: cls,
  config: { name, dtype: 'float32', ...extra },
});

const HANDWRITTEN = [
  // tfjs-layers style Sequential (Keras 2 format, dtype strings)
  {
    class_name: 'Sequential',
    config: { name: 'seq', layers: [layer('Dense', 'd1'), layer('Dropout', 'drop'), layer('Dense', 'd2')] },
  },
  // Keras 2 Functional as tfjs writes it: list-style inbound_nodes (TensorBoard ignores them)
  {
    class_name: 'Model',
    config: {
      name: 'fn',
      layers: [
        { ...layer('InputLayer', 'in'), inbound_nodes: [] },
        { ...layer('Dense', 'h'), inbound_nodes: [[['in', 0, 0, {}]]] },
      ],
      input_layers: [['in', 0, 0]],
      output_layers: [['h', 0, 0]],
    },
  },
  // a Sequential nested in a Sequential, and a mixed-precision dtype policy
  {
    class_name: 'Sequential',
    config: {
      name: 'outer',
      layers: [
        layer('Dense', 'a'),
        {
          class_name: 'Sequential',
          config: { name: 'inner', layers: [layer('Dense', 'b'), layer('Dense', 'c')] },
        },
        {
          class_name: 'Dense',
          config: {
            name: 'p',
            dtype: { module: 'keras', class_name: 'DTypePolicy', config: { name: 'mixed_float16' } },
          },
        },
        {
          class_name: 'Dense',
          config: {
            name: 'q',
            dtype: { module: 'keras', class_name: 'DTypePolicy', config: { name: 'float64' } },
          },
        },
      ],
    },
  },
].map((m) => JSON.stringify(m));

let server: TestServer;
before(async () => {
  server = await startTestServer({ logdir: fixturesDir });
});
after(() => server.close());

test(
  'conceptual graphs equal TensorBoard keras_util output for the fixtures and hand-written configs',
  { skip },
  () => {
    const fromFixtures: string[] = [];
    for (const run of ['keras-fit/train', 'keras-wide-deep/train']) {
      const json = readKerasModels(server.app.store.run(run)!, 'keras').at(-1)?.json;
      assert.ok(json, `${run} has a Keras model`);
      fromFixtures.push(json);
    }
    const configs = [...fromFixtures, ...HANDWRITTEN];
    const theirs = tensorboardGraphs(configs);
    configs.forEach((config, i) =>
      assert.equal(graphDefToText(kerasModelToGraphDef(config)), theirs[i], `config ${i}`),
    );
  },
);

test('/data/plugin/graphs/graph?conceptual=true serves the same text proto', { skip }, async () => {
  const res = await server.get(
    '/data/plugin/graphs/graph?run=keras-wide-deep%2Ftrain&tag=keras&conceptual=true',
  );
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type') ?? '', /^text\/x-protobuf/);
  const json = readKerasModels(server.app.store.run('keras-wide-deep/train')!, 'keras').at(-1)!.json;
  assert.equal(await res.text(), tensorboardGraphs([json])[0]);
});
