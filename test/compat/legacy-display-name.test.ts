// Legacy summaries (simple_value, histo, image, audio) written by PyTorch's and tensorboardX's own SummaryWriter
// (audio by PyTorch only: tensorboardX's needs soundfile)
// get the displayName TensorBoard's Python loader gives them (data_compat: the tag when the writer set none), on
// every plugin's /tags route, compared with TensorBoard's MultiplexerDataProvider reading the same files.
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

const PLUGINS = ['scalars', 'histograms', 'images', 'audio'] as const;

// Writes one run per writer, then prints {plugin: {run: {tag: display_name}}} as TensorBoard's loader reads it.
const SCRIPT = `
import json, sys, numpy as np
from torch.utils.tensorboard import SummaryWriter as TorchWriter
from tensorboardX import SummaryWriter as TbxWriter
from tensorboard import context
from tensorboard.backend.event_processing import data_provider, plugin_event_multiplexer as pem
logdir = sys.argv[1]
for name, Writer in (('pytorch', TorchWriter), ('tbx', TbxWriter)):
    w = Writer(logdir + '/' + name)
    for step in range(2):
        w.add_scalar('loss/train', 1.0 / (step + 1), step)
        w.add_histogram('weights', np.arange(10) * (step + 1), step)
        w.add_image('img', np.zeros((3, 4, 4)), step)
        if name == 'pytorch':  # tensorboardX's add_audio needs soundfile, not in the venv
            w.add_audio('clip', np.zeros(800), step, sample_rate=8000)
    w.close()
mux = pem.EventMultiplexer(tensor_size_guidance={'histograms': 0})
mux.AddRunsFromDirectory(logdir)
mux.Reload()
p = data_provider.MultiplexerDataProvider(mux, logdir)
out = {}
for plugin, lister in (('scalars', p.list_scalars), ('histograms', p.list_tensors),
                       ('images', p.list_blob_sequences), ('audio', p.list_blob_sequences)):
    listing = lister(context.RequestContext(), experiment_id='', plugin_name=plugin)
    out[plugin] = {run: {tag: ts.display_name for tag, ts in tags.items()} for run, tags in listing.items()}
print(json.dumps(out))
`;

type Names = Record<string, Record<string, Record<string, string>>>;

let server: TestServer;
let tmp: ReturnType<typeof tempLogdir>;
let expected: Names = {};
before(async () => {
  if (skip) return;
  tmp = tempLogdir('trainboard-legacy-names-');
  const r = spawnSync(python, ['-c', SCRIPT, tmp.dir], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  expected = JSON.parse(r.stdout.trim().split('\n').at(-1)!) as Names;
  server = await startTestServer({ logdir: tmp.dir });
});
after(async () => {
  await server?.close();
  tmp?.remove();
});

test(
  'legacy scalars, histograms, images and audio from PyTorch and tensorboardX are titled by their tag, as TensorBoard',
  { skip },
  async () => {
    for (const plugin of PLUGINS) {
      const listing = await server.json<Record<string, Record<string, { displayName: string }>>>(
        `/data/plugin/${plugin}/tags`,
      );
      const ours: Record<string, Record<string, string>> = {};
      for (const [run, tags] of Object.entries(listing))
        ours[run] = Object.fromEntries(Object.entries(tags).map(([tag, t]) => [tag, t.displayName]));
      const runs = plugin === 'audio' ? 1 : 2;
      assert.equal(Object.keys(expected[plugin]!).length, runs, `${plugin}: every writer's run is read`);
      assert.deepEqual(ours, expected[plugin], `${plugin}/tags displayName`);
    }
  },
);
