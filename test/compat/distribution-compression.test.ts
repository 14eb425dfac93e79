// Distributions are TensorBoard's compressor.compress_histogram to the last bit: every histogram of the shared
// Keras, PyTorch and tensorboardX fixtures, as TensorBoard's loader reads it, compressed by TensorBoard and by us.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { compressHistogram } from '../../server/plugins/histograms/histograms-plugin.ts';
import { fixturesDir, repoRoot } from '../support/shared-fixtures.ts';

const python = process.env.TRAINBOARD_PYTHON ?? join(repoRoot, '.venv', 'bin', 'python');
const havePython = existsSync(python);
if (!havePython && process.env.CI === 'true') throw new Error(`CI needs TensorBoard's Python at ${python}`);
const skip = havePython ? false : `no Python with TensorBoard at ${python} (bash scripts/setup-python.sh)`;

// Prints [[buckets (k rows of [left, right, count]), TensorBoard's compressed [[bp, value]...]], ...].
const SCRIPT = `
import json, sys
from tensorboard import context
from tensorboard.backend.event_processing import data_provider, plugin_event_multiplexer as pem
from tensorboard.plugins.distribution import compressor
mux = pem.EventMultiplexer(tensor_size_guidance={'histograms': 0})
for d in sys.argv[1:]:
    mux.AddRunsFromDirectory(d)
mux.Reload()
p = data_provider.MultiplexerDataProvider(mux, '')
out = []
for run, tags in p.read_tensors(context.RequestContext(), experiment_id='', plugin_name='histograms', downsample=10**9).items():
    for tag, data in tags.items():
        for d in data:
            buckets = d.numpy.tolist()
            out.append([buckets, [list(x) for x in compressor.compress_histogram(buckets)]])
print(json.dumps(out))
`;

test('distributions compress every fixture histogram exactly as TensorBoard', { skip }, () => {
  const dirs = ['keras-fit', 'pytorch', 'tensorboardx'].map((d) => join(fixturesDir, d));
  const r = spawnSync(python, ['-c', SCRIPT, ...dirs], { encoding: 'utf8', maxBuffer: 1 << 28 });
  assert.equal(r.status, 0, r.stderr);
  const cases = JSON.parse(r.stdout.trim().split('\n').at(-1)!) as [number[][], number[][]][];
  assert.ok(cases.length >= 10, `only ${cases.length} histograms read`);
  let different = 0;
  for (const [buckets, theirs] of cases) {
    const ours = compressHistogram(Float64Array.from(buckets.flat()));
    if (JSON.stringify(ours) !== JSON.stringify(theirs)) {
      if (different++ === 0)
        assert.deepEqual(ours, theirs, `first differing histogram (${buckets.length} buckets)`);
    }
  }
  assert.equal(different, 0);
});
