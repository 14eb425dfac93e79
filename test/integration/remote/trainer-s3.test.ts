// A real TF.js fit() with the tensorBoard() callback writing to s3:// (rolling segments on a real S3-compatible
// server) while the dashboard server (createApp, as `trainboard serve --logdir s3://...` builds it) tails the
// bucket: after each epoch's flush the server serves exactly the points flushed so far, once and in order; the
// finished run equals the epoch logs fit() reported; real TensorBoard reads the synced bucket with the same
// points; and `trainboard train TASK --logdir s3://...` writes its Keras runs there too.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import * as tf from '@tensorflow/tfjs';
import { GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { main } from '../../../cli/main.ts';
import { s3ConfigFromEnv } from '../../../server/ingest/remote/s3-client.ts';
import { settleRemoteWrites } from '../../../tfevents/node/summary-writer-factory.ts';
import { resolveLogs } from '../../../trainer/callbacks/resolved-logs.ts';
import { tensorBoard } from '../../../trainer/callbacks/tensorboard-callback.ts';
import { startS3Server, type TestS3Server } from '../../support/s3-server.ts';
import { repoRoot } from '../../support/shared-fixtures.ts';
import { startTestServer, type TestServer } from '../server/test-server.ts';

const BUCKET = 'fit-logs';
const EPOCHS = 5;
const python = process.env.TRAINBOARD_PYTHON ?? join(repoRoot, '.venv', 'bin', 'python');
const haveTensorBoard =
  existsSync(python) && spawnSync(python, ['-c', 'import tensorboard'], { stdio: 'ignore' }).status === 0;
const script = join(repoRoot, 'test', 'compat', 'python', 'read_with_tensorboard.py');

type Row = [wall: number, step: number, value: number];

let s3: TestS3Server;
let server: TestServer;
let raw: S3Client;
let tmp: string;
/** What the server served after each epoch's flush (epoch_loss of run `fit/train`). */
const seenAfterEpoch: Row[][] = [];
/** The epoch losses fit() reported, as float32 (how a scalar summary stores them). */
const reportedLoss: number[] = [];
const callbackErrors: string[] = [];

async function scalars(run: string, tag: string): Promise<Row[]> {
  const runs = await server.json<string[]>('/data/runs');
  if (!runs.includes(run)) return [];
  const q = `run=${encodeURIComponent(run)}&tag=${encodeURIComponent(tag)}`;
  const res = await server.get(`/data/plugin/scalars/scalars?${q}`);
  return res.status === 200 ? ((await res.json()) as Row[]) : [];
}

/** Polls the server (it tails the bucket every 0.2 s) until `run`/`tag` has `n` points; fails after 30 s. */
async function waitForPoints(run: string, tag: string, n: number): Promise<Row[]> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const rows = await scalars(run, tag);
    if (rows.length >= n || Date.now() > deadline) return rows;
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function syncBucket(prefix: string, dest: string): Promise<void> {
  const page = await raw.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: prefix }));
  for (const o of page.Contents ?? []) {
    const got = await raw.send(new GetObjectCommand({ Bucket: BUCKET, Key: o.Key! }));
    const file = join(dest, o.Key!);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, await got.Body!.transformToByteArray());
  }
}

before(async () => {
  s3 = await startS3Server({ buckets: [BUCKET] });
  s3.applyEnv();
  raw = new S3Client(s3ConfigFromEnv(s3.env));
  tmp = mkdtempSync(join(tmpdir(), 'trainboard-fit-s3-'));
  server = await startTestServer({ logdir: `s3://${BUCKET}/exp`, reloadIntervalSecs: 0.2 });

  await tf.setBackend('cpu');
  const model = tf.sequential({ layers: [tf.layers.dense({ units: 1, inputShape: [2] })] });
  model.compile({ optimizer: tf.train.sgd(0.1), loss: 'meanSquaredError' });
  const xs = tf.tensor2d([0, 0, 0, 1, 1, 0, 1, 1], [4, 2]);
  const ys = tf.tensor2d([0, 1, 1, 2], [4, 1]);
  const tb = tensorBoard(`s3://${BUCKET}/exp/fit`, {
    histogramFreq: 1,
    onError: (e) => callbackErrors.push(e.message),
  });
  const watch = new (class extends tf.Callback {
    override async onEpochEnd(epoch: number, logs?: Record<string, number | tf.Tensor>): Promise<void> {
      const resolved = await resolveLogs(logs);
      reportedLoss.push(Math.fround(Number(resolved.loss)));
      tb.flush();
      await settleRemoteWrites();
      seenAfterEpoch.push(await waitForPoints('fit/train', 'epoch_loss', epoch + 1));
    }
  })();
  await model.fit(xs, ys, { epochs: EPOCHS, batchSize: 2, verbose: 0, callbacks: [tb, watch] });
  tb.close();
  await settleRemoteWrites();
  xs.dispose();
  ys.dispose();
  model.dispose();
});

after(async () => {
  await server?.close();
  raw?.destroy();
  await s3?.stop();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('tensorBoard() writing to s3:// while the server tails the bucket', () => {
  test('after each epoch the server serves every flushed point once, in order', () => {
    assert.deepEqual(callbackErrors, []);
    assert.equal(seenAfterEpoch.length, EPOCHS);
    seenAfterEpoch.forEach((rows, epoch) => {
      assert.deepEqual(
        rows.map((r) => r[1]),
        [...Array(epoch + 1).keys()],
        `after epoch ${epoch}`,
      );
      assert.deepEqual(
        rows.map((r) => r[2]),
        reportedLoss.slice(0, epoch + 1),
      );
    });
  });

  test('the finished runs are the Keras runs, with the losses fit() reported', async () => {
    const runs = await server.json<string[]>('/data/runs');
    // no validation data was given to fit(), so no validation run
    assert.deepEqual(
      runs.filter((r) => r.startsWith('fit/')),
      ['fit/train'],
    );
    const rows = await waitForPoints('fit/train', 'epoch_loss', EPOCHS);
    assert.deepEqual(
      rows.map((r) => r[2]),
      reportedLoss,
    );
  });

  test('segments are named in write order under the run prefix', async () => {
    const page = await raw.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: 'exp/fit/train/' }));
    const keys = (page.Contents ?? []).map((o) => o.Key!);
    assert.ok(keys.length >= EPOCHS, `${keys.length} segments`);
    assert.deepEqual(
      keys.map((k) => /\.(\d{8})\.v2$/.exec(k)?.[1]),
      keys.map((_, i) => String(i).padStart(8, '0')),
    );
  });

  test(
    'real TensorBoard reads the synced bucket with the same points',
    { skip: haveTensorBoard || process.env.CI === 'true' ? false : `no tensorboard at ${python}` },
    async () => {
      await syncBucket('exp/fit/', join(tmp, 'fit'));
      const r = spawnSync(python, [script, join(tmp, 'fit', 'exp', 'fit')], {
        encoding: 'utf8',
        maxBuffer: 64 << 20,
      });
      assert.equal(r.status, 0, r.stderr);
      const seen = JSON.parse(r.stdout) as {
        runs: Record<
          string,
          { tags: Record<string, { plugin: string; points: { step: number; value: number }[] }> }
        >;
      };
      const loss = seen.runs.train?.tags.epoch_loss?.points ?? [];
      assert.deepEqual(
        loss.map((p) => p.step),
        [...Array(EPOCHS).keys()],
      );
      assert.deepEqual(
        loss.map((p) => p.value),
        reportedLoss,
      );
      assert.equal(seen.runs.train?.tags.keras?.plugin, 'graph_keras_model');
    },
  );
});

describe('trainboard train TASK --logdir s3://...', () => {
  test('writes the Keras runs to the bucket, says SQLite is skipped, and the server serves every epoch', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(
      ['train', 'xor', '--logdir', `s3://${BUCKET}/exp`, '--run', 'cli', '--epochs', '3', '--backend', 'cpu'],
      { stdout: (l) => out.push(l), stderr: (l) => err.push(l) },
    );
    assert.equal(code, 0, err.join('\n'));
    assert.equal(err.filter((l) => l.includes('not recorded in SQLite')).length, 1, err.join('\n'));
    assert.ok(!existsSync(join(repoRoot, 's3:')), 'nothing written to a local s3: directory');
    for (const run of ['cli/train', 'cli/validation']) {
      const rows = await waitForPoints(run, 'epoch_loss', 3);
      assert.deepEqual(
        rows.map((r) => r[1]),
        [0, 1, 2],
        run,
      );
    }
  });
});
