// Time Series image cards: each point's imageId names the point's STEP (TensorBoard's blob key), so /imageData
// answers the image TensorBoard's Python loader reads for that key, on PyTorch logs whose steps are not the
// points' indices (steps 0, 5, 10).
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

// Writes run "pytorch", then prints, per point of tag "imgs" as TensorBoard's data provider reads it, its step and
// for each sample the decoded blob key and the base64 of the bytes read_blob gives for it.
const SCRIPT = `
import base64, json, sys, numpy as np
from torch.utils.tensorboard import SummaryWriter
from tensorboard import context
from tensorboard.backend.event_processing import data_provider, plugin_event_multiplexer as pem
logdir = sys.argv[1]
w = SummaryWriter(logdir + '/pytorch')
for i, step in enumerate((0, 5, 10)):
    img = np.zeros((3, 4, 4), dtype=np.uint8)
    img[i] = 40 * i + 1
    w.add_image('imgs', img, step)
w.close()
mux = pem.EventMultiplexer()
mux.AddRunsFromDirectory(logdir)
mux.Reload()
p = data_provider.MultiplexerDataProvider(mux, logdir)
ctx = context.RequestContext()
out = []
for d in p.read_blob_sequences(ctx, experiment_id='', plugin_name='images', downsample=100)['pytorch']['imgs']:
    samples = []
    for ref in d.values[2:]:
        key = json.loads(base64.urlsafe_b64decode(ref.blob_key + '=' * (-len(ref.blob_key) % 4)))
        samples.append({'key': key, 'bytes': base64.b64encode(p.read_blob(ctx, blob_key=ref.blob_key)).decode()})
    out.append({'step': d.step, 'samples': samples})
print(json.dumps(out))
`;

interface TbPoint {
  step: number;
  samples: { key: unknown[]; bytes: string }[];
}
interface ImagePoint {
  step: number;
  wallTime: number;
  imageId: string;
}

let server: TestServer;
let tmp: ReturnType<typeof tempLogdir>;
let expected: TbPoint[] = [];
before(async () => {
  if (skip) return;
  tmp = tempLogdir('trainboard-ts-image-id-');
  const r = spawnSync(python, ['-c', SCRIPT, tmp.dir], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  expected = JSON.parse(r.stdout.trim().split('\n').at(-1)!) as TbPoint[];
  server = await startTestServer({ logdir: tmp.dir });
});
after(async () => {
  await server?.close();
  tmp?.remove();
});

test(
  "Time Series imageIds carry each point's step, and imageData answers TensorBoard's bytes when step != index",
  { skip },
  async () => {
    assert.deepEqual(
      expected.map((p) => p.step),
      [0, 5, 10],
    );
    const sample = 0; // PyTorch writes one image per point
    const body = new URLSearchParams({
      requests: JSON.stringify([{ plugin: 'images', tag: 'imgs', run: 'pytorch', sample }]),
    });
    const res = await fetch(`${server.url}/data/plugin/timeseries/timeSeries`, { method: 'POST', body });
    assert.equal(res.status, 200);
    const [answer] = (await res.json()) as { runToSeries: Record<string, ImagePoint[]> }[];
    const points = answer!.runToSeries['pytorch']!;
    assert.deepEqual(
      points.map((p) => p.step),
      expected.map((p) => p.step),
    );
    for (const [i, point] of points.entries()) {
      const tb = expected[i]!.samples[sample]!;
      const key = JSON.parse(Buffer.from(point.imageId, 'base64url').toString('utf8')) as unknown[];
      assert.deepEqual(key, tb.key, `imageId of step ${point.step} sample ${sample}`);
      const image = await server.get(
        `/data/plugin/timeseries/imageData?imageId=${encodeURIComponent(point.imageId)}`,
      );
      assert.equal(image.status, 200, `imageData of step ${point.step} sample ${sample}`);
      assert.equal(
        Buffer.from(await image.arrayBuffer()).toString('base64'),
        tb.bytes,
        `bytes of step ${point.step} sample ${sample}`,
      );
    }
  },
);
