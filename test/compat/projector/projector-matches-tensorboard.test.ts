// The projector plugin answers as TensorBoard's own ProjectorPlugin (run in-process by
// python/projector_with_tensorboard.py on the same logdir): embeddings written by PyTorch's and tensorboardX's
// add_embedding and by TF's projector.visualize_embeddings (TSV and raw float32 tensors, a config in the
// plugin-assets directory), and hostile configs pointing at /etc/passwd, at ../ and through a symlink. Every
// request is compared on status, Content-Type and body bytes (tensors are float32 bytes, byte for byte).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { startTestServer, tempLogdir, type TestServer } from '../../integration/server/test-server.ts';
import { repoRoot } from '../../support/shared-fixtures.ts';
import { CheckpointError, readBundleIndex } from '../../../server/plugins/projector/tensor-bundle-reader.ts';

const python = process.env.TRAINBOARD_PYTHON ?? join(repoRoot, '.venv', 'bin', 'python');
const havePython = existsSync(python);
if (!havePython && process.env.CI === 'true') throw new Error(`CI needs TensorBoard's Python at ${python}`);
const skip = havePython ? false : `no Python with TensorBoard at ${python} (bash scripts/setup-python.sh)`;
const SCRIPT = join(repoRoot, 'test', 'compat', 'python', 'projector_with_tensorboard.py');

interface Answer {
  status: number;
  type: string;
  body: Buffer;
}

let server: TestServer;
let tmp: ReturnType<typeof tempLogdir>;
const expected = new Map<string, Answer>();

before(
  async () => {
    if (skip) return;
    tmp = tempLogdir('trainboard-projector-');
    const r = spawnSync(python, [SCRIPT, tmp.dir], {
      encoding: 'utf8',
      env: { ...process.env, TF_CPP_MIN_LOG_LEVEL: '3', CUDA_VISIBLE_DEVICES: '' },
      maxBuffer: 64 << 20,
    });
    assert.equal(r.status, 0, r.stderr.slice(-2000));
    const out = JSON.parse(r.stdout.trim().split('\n').at(-1)!) as {
      urls: Record<string, { status: number; type: string; body: string }>;
    };
    for (const [url, a] of Object.entries(out.urls))
      expected.set(url, { status: a.status, type: a.type, body: Buffer.from(a.body, 'base64') });
    server = await startTestServer({ logdir: tmp.dir, watch: false });
  },
  { timeout: 300_000 },
);
after(async () => {
  await server?.close();
  tmp?.remove();
});

async function ours(url: string): Promise<Answer> {
  const res = await server.get(`/data/plugin/projector${url}`);
  return {
    status: res.status,
    type: res.headers.get('content-type') ?? '',
    body: Buffer.from(await res.arrayBuffer()),
  };
}

/** Every captured URL whose route and run match, compared with TensorBoard's answer. */
async function compare(filter: (url: string) => boolean): Promise<number> {
  const urls = [...expected.keys()].filter(filter);
  assert.ok(urls.length > 0, 'the oracle answered no such request');
  for (const url of urls) {
    const theirs = expected.get(url)!;
    const mine = await ours(url);
    assert.equal(mine.status, theirs.status, `${url}: status (ours: ${mine.body.toString().slice(0, 200)})`);
    assert.equal(mine.type, theirs.type, `${url}: Content-Type`);
    assert.ok(
      mine.body.equals(theirs.body),
      `${url}: body differs\n  TensorBoard: ${theirs.body.toString('latin1').slice(0, 300)}\n  ours: ${mine.body.toString('latin1').slice(0, 300)}`,
    );
  }
  return urls.length;
}

test(
  '/runs lists the runs with embeddings in TensorBoard’s order, and /info gives each config as TensorBoard',
  { skip },
  async () => {
    const runs = JSON.parse(expected.get('/runs')!.body.toString()) as string[];
    assert.deepEqual([...runs].sort(), [
      'assets',
      'badckpt',
      'ckptonly',
      'hostile/abs',
      'hostile/ckpt',
      'hostile/dotdot',
      'hostile/symlink',
      'pytorch',
      'tbx',
      'tf',
      'tfckpt',
    ]);
    await compare((u) => u === '/runs' || u.startsWith('/info'));
  },
);

test(
  '/tensor sends the float32 bytes TensorBoard sends for TSV and raw tensors, num_rows included',
  { skip },
  async () => {
    const n = await compare((u) => u.startsWith('/tensor') && !u.includes('hostile'));
    assert.ok(n >= 14, `${n} tensor requests compared`);
    const words = await ours('/tensor?run=pytorch&name=words:00000');
    assert.equal(words.body.byteLength, 12 * 5 * 4, 'PyTorch’s 12×5 embedding as float32');
  },
);

test(
  '/metadata, /bookmarks and /sprite_image answer as TensorBoard: header rows, num_rows, PNG sprites, 400s',
  { skip },
  async () => {
    await compare((u) => /^\/(metadata|bookmarks|sprite_image)/.test(u) && !u.includes('hostile'));
    const sprite = await ours('/sprite_image?run=pytorch&name=pics:00003');
    assert.equal(sprite.type, 'image/png');
  },
);

test(
  'a config pointing at /etc/passwd, at ../ or through a symlink out of its run gets TensorBoard’s 400 and no file bytes',
  { skip },
  async () => {
    await compare((u) => u.includes('hostile') && !u.startsWith('/info'));
    for (const url of [...expected.keys()].filter((u) => u.includes('hostile') && !u.startsWith('/info'))) {
      const mine = await ours(url);
      assert.equal(mine.status, 400, url);
      assert.ok(!mine.body.toString().includes('root:'), `${url} leaked /etc/passwd`);
    }
  },
);

test(
  'a malformed query gets TensorBoard’s 400 text (run and name required, num_rows an integer > 0)',
  { skip },
  async () => {
    await compare(
      (u) =>
        !u.includes('&name=') ||
        u.includes('num_rows=0') ||
        u.includes('num_rows=x') ||
        u.includes('num_rows=-1') ||
        u.endsWith('num_rows='),
    );
  },
);

test(
  'a TF checkpoint’s variables (TensorBundle .index and .data) are listed and served as TensorBoard, with or without a config',
  { skip },
  async () => {
    await compare((u) => /[?&]run=(tfckpt|ckptonly)(&|$)/.test(u));
    const t = await ours('/tensor?run=tfckpt&name=embedding/.ATTRIBUTES/VARIABLE_VALUE');
    assert.equal(t.body.byteLength, 8 * 3 * 4, 'the 8×3 float32 variable');
  },
);

test(
  'a checkpoint whose index is cut short is skipped as TensorBoard skips it: the config listed, no tensor',
  { skip },
  async () => {
    await compare((u) => /[?&]run=badckpt(&|$)/.test(u));
    assert.equal((await ours('/tensor?run=badckpt&name=embedding/.ATTRIBUTES/VARIABLE_VALUE')).status, 400);
  },
);

test(
  'readBundleIndex() on every truncation and every single-byte change of a real TF index throws CheckpointError or reads, nothing else',
  { skip },
  () => {
    const dir = join(tmp.dir, 'tfckpt');
    const name = readdirSync(dir).find((f) => f.endsWith('.index'))!;
    const index = new Uint8Array(readFileSync(join(dir, name)));
    const intact = readBundleIndex(index, name);
    assert.ok(intact.entries.has('embedding/.ATTRIBUTES/VARIABLE_VALUE'));
    const attempt = (bytes: Uint8Array): void => {
      try {
        readBundleIndex(bytes, name);
      } catch (err) {
        if (!(err instanceof CheckpointError)) throw err;
      }
    };
    for (let n = 0; n < index.length; n++) attempt(index.subarray(0, n));
    for (let i = 0; i < index.length; i++)
      for (const x of [0x00, 0xff, index[i]! ^ 0x80]) {
        const b = Uint8Array.from(index);
        b[i] = x;
        attempt(b);
      }
  },
);
