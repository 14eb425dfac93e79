// /data/runs orders runs as TensorBoard's core plugin does: by the wall time of each run's FIRST event
// (FirstEventTimestamp: the file_version event tensorboardX writes when the writer opens), ties and runs
// without events by name; not by the least wall time of its points. Logs from tensorboardX's own SummaryWriter
// whose scalars carry explicit wall times older than, and in the opposite order of, the writers' start times.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { after, before, test } from 'node:test';
import { startTestServer, tempLogdir, type TestServer } from '../integration/server/test-server.ts';
import { python, pythonSkip } from './tensorboard-oracle.ts';

const skip = pythonSkip(['tensorboard', 'tensorboardX']);

// Writes runs a, b, c one after another (a first), each scalar dated earlier the later its run starts; prints
// /data/runs as TensorBoard's core plugin sorts MultiplexerDataProvider.list_runs.
const SCRIPT = `
import json, sys, time
from tensorboardX import SummaryWriter
from tensorboard import context
from tensorboard.backend.event_processing import data_provider, plugin_event_multiplexer as pem
logdir = sys.argv[1]
for i, name in enumerate(('a', 'b', 'c')):
    w = SummaryWriter(logdir + '/' + name)
    for step in range(3):
        w.add_scalar('loss', 1.0 / (step + 1), step, walltime=1e9 - 1000 * i + step)
    w.close()
    time.sleep(0.05)
mux = pem.EventMultiplexer()
mux.AddRunsFromDirectory(logdir)
mux.Reload()
p = data_provider.MultiplexerDataProvider(mux, logdir)
runs = p.list_runs(context.RequestContext(), experiment_id='')
key = lambda r: (r.start_time if r.start_time is not None else float('inf'), r.run_name)
print(json.dumps([r.run_name for r in sorted(runs, key=key)]))
`;

let server: TestServer;
let tmp: ReturnType<typeof tempLogdir>;
let expected: string[] = [];
before(async () => {
  if (skip) return;
  tmp = tempLogdir('trainboard-run-order-');
  const r = spawnSync(python, ['-c', SCRIPT, tmp.dir], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  expected = JSON.parse(r.stdout.trim().split('\n').at(-1)!) as string[];
  server = await startTestServer({ logdir: tmp.dir });
});
after(async () => {
  await server?.close();
  tmp?.remove();
});

test('/data/runs orders runs by their first event’s wall time, as TensorBoard', { skip }, async () => {
  assert.deepEqual(expected, ['a', 'b', 'c'], 'the writers opened in this order');
  assert.deepEqual(await server.json<string[]>('/data/runs'), expected);
});
