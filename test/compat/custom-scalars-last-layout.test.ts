// tensorboardX writing two custom-scalars layouts into one run: /data/plugin/custom_scalars/layout serves the
// last, exactly as TensorBoard's own CustomScalarsPlugin.layout_impl answers on the same files.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { startTestServer, tempLogdir, type TestServer } from '../integration/server/test-server.ts';
import { repoRoot } from '../support/shared-fixtures.ts';

const python = process.env.TRAINBOARD_PYTHON ?? join(repoRoot, '.venv', 'bin', 'python');
const havePython = existsSync(python);
if (!havePython && process.env.CI === 'true') throw new Error(`CI needs TensorBoard's Python at ${python}`);
const skip = havePython ? false : `no Python with TensorBoard at ${python} (bash scripts/setup-python.sh)`;

// Writes run "tbx" with two layouts, then prints TensorBoard's /layout answer on it.
const SCRIPT = `
import json, sys
from tensorboardX import SummaryWriter
from tensorboard import context
from tensorboard.backend.event_processing import data_provider, plugin_event_multiplexer as pem
from tensorboard.plugins import base_plugin
from tensorboard.plugins.custom_scalar.custom_scalars_plugin import CustomScalarsPlugin
logdir = sys.argv[1]
w = SummaryWriter(logdir + '/tbx')
w.add_custom_scalars({'First': {'loss': ['Multiline', ['loss/a', 'loss/b']]}})
w.add_scalar('loss/a', 1.0, 0)
w.add_custom_scalars({'Second': {'acc': ['Margin', ['acc', 'acc/lo', 'acc/hi']]}, 'Third': {'x': ['Multiline', ['x']]}})
w.close()
mux = pem.EventMultiplexer()
mux.AddRunsFromDirectory(logdir)
mux.Reload()
p = data_provider.MultiplexerDataProvider(mux, logdir)
plugin = CustomScalarsPlugin(base_plugin.TBContext(logdir=logdir, data_provider=p, plugin_name_to_instance={}))
print(json.dumps(json.loads(plugin.layout_impl(context.RequestContext(), ''))))
`;

let server: TestServer;
let tmp: ReturnType<typeof tempLogdir>;
let expected: unknown;
before(async () => {
  if (skip) return;
  tmp = tempLogdir('trainboard-custom-layouts-');
  const r = spawnSync(python, ['-c', SCRIPT, tmp.dir], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  expected = JSON.parse(r.stdout.trim().split('\n').at(-1)!);
  server = await startTestServer({ logdir: tmp.dir });
});
after(async () => {
  await server?.close();
  tmp?.remove();
});

test(
  'of two tensorboardX custom-scalars layouts in a run, the last is served, as TensorBoard',
  { skip },
  async () => {
    const titles = (expected as { category: { title: string }[] }).category.map((c) => c.title);
    assert.deepEqual(titles, ['Second', 'Third'], "TensorBoard's own answer is the second layout");
    assert.deepEqual(await server.json('/data/plugin/custom_scalars/layout'), expected);
  },
);
