// Every kind a real writer logs is counted by /api/tags and served by its TensorBoard plugin route: a logdir
// written by PyTorch's own SummaryWriter (scalars, histograms, text, images, audio), compared
// with what TensorBoard's EventAccumulator reads from the same files.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { ApiTagsResponse } from '../../contract/index.ts';
import { startTestServer, tempLogdir, type TestServer } from '../integration/server/test-server.ts';
import { repoRoot } from '../support/shared-fixtures.ts';

const python = process.env.TRAINBOARD_PYTHON ?? join(repoRoot, '.venv', 'bin', 'python');
const havePython = existsSync(python);
if (!havePython && process.env.CI === 'true') throw new Error(`CI needs TensorBoard's Python at ${python}`);
const skip = havePython ? false : `no Python with TensorBoard at ${python} (bash scripts/setup-python.sh)`;

// Writes the logdir with PyTorch, then prints {tag: number of steps} as TensorBoard's accumulator reads it.
const SCRIPT = `
import json, sys, numpy as np
from torch.utils.tensorboard import SummaryWriter
from tensorboard.backend.event_processing import event_accumulator as ea
logdir = sys.argv[1]
w = SummaryWriter(logdir)
for step in range(3):
    w.add_scalar('loss', 1.0 / (step + 1), step)
    w.add_histogram('weights', np.arange(10) * (step + 1), step)
    w.add_text('note', 'step %d' % step, step)
    w.add_image('img', np.zeros((3, 4, 4)), step)
    w.add_audio('clip', np.zeros(800), step, sample_rate=8000)
w.close()
acc = ea.EventAccumulator(logdir, size_guidance={ea.TENSORS: 0, ea.SCALARS: 0, ea.IMAGES: 0, ea.AUDIO: 0, ea.HISTOGRAMS: 0})
acc.Reload()
tags = acc.Tags()
out = {}
for kind, get in (('scalars', acc.Scalars), ('histograms', acc.Histograms), ('images', acc.Images), ('audio', acc.Audio), ('tensors', acc.Tensors)):
    for tag in tags.get(kind, []):
        out[tag] = len(get(tag))
print(json.dumps(out))
`;

let server: TestServer;
let tmp: ReturnType<typeof tempLogdir>;
let expected: Record<string, number> = {};
before(async () => {
  if (skip) return;
  tmp = tempLogdir('trainboard-every-kind-');
  const r = spawnSync(python, ['-c', SCRIPT, tmp.dir], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  expected = JSON.parse(r.stdout.trim().split('\n').at(-1)!) as Record<string, number>;
  server = await startTestServer({ logdir: tmp.dir });
});
after(async () => {
  await server?.close();
  tmp?.remove();
});

test(
  '/api/tags counts the points of every tag as TensorBoard reads them, audio and text included',
  { skip },
  async () => {
    const tags = await server.json<ApiTagsResponse>('/api/tags');
    const counted: Record<string, number> = {};
    for (const list of Object.values(tags.runs)) for (const t of list) counted[t.tag] = t.count;
    for (const tag of ['loss', 'weights', 'note/text_summary', 'img', 'clip']) {
      assert.ok(expected[tag] !== undefined, `TensorBoard reads '${tag}'`);
      assert.equal(counted[tag], expected[tag], `count of '${tag}'`);
    }
  },
);

test('the audio route serves a clip for every step TensorBoard reads', { skip }, async () => {
  const run = Object.entries((await server.json<ApiTagsResponse>('/api/tags')).runs).find(([, l]) =>
    l.some((t) => t.tag === 'clip'),
  )![0];
  const body = await server.json<{ step: number; query: string }[]>(
    `/data/plugin/audio/audio?run=${encodeURIComponent(run)}&tag=clip`,
  );
  assert.equal(body.length, expected.clip);
  const clip = await fetch(`${server.url}/data/plugin/audio/individualAudio?${body[0]!.query}`);
  assert.equal(clip.status, 200);
  const bytes = new Uint8Array(await clip.arrayBuffer());
  assert.equal(new TextDecoder().decode(bytes.subarray(0, 4)), 'RIFF');
});
