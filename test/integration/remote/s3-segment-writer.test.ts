// A trainer writing to s3:// through the rolling-segment writer, killed with SIGKILL between segments: every
// point of every stored segment is read back exactly once and in order by our S3 logdir reader, and by real
// TensorBoard (plugin_event_accumulator) after the bucket is synced to a local directory; nothing is lost
// beyond the unflushed interval (the points the child reported stored are all there).
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { s3ConfigFromEnv } from '../../../server/ingest/remote/s3-client.ts';
import { createS3LogdirWatcher } from '../../../server/ingest/remote/s3-logdir-watcher.ts';
import { createSeriesStore } from '../../../server/store/series-store.ts';
import { startS3Server, type TestS3Server } from '../../support/s3-server.ts';
import { repoRoot } from '../../support/shared-fixtures.ts';

const BUCKET = 'trainer-logs';
const python = process.env.TRAINBOARD_PYTHON ?? join(repoRoot, '.venv', 'bin', 'python');
const haveTensorBoard =
  existsSync(python) && spawnSync(python, ['-c', 'import tensorboard'], { stdio: 'ignore' }).status === 0;
const script = join(repoRoot, 'test', 'compat', 'python', 'read_with_tensorboard.py');
const child = join(repoRoot, 'test', 'integration', 'remote', 'segment-writer-child.ts');

let s3: TestS3Server;
let raw: S3Client;
let reported = 0;
let tmp: string;

before(async () => {
  s3 = await startS3Server({ buckets: [BUCKET] });
  s3.applyEnv();
  raw = new S3Client(s3ConfigFromEnv(s3.env));
  tmp = mkdtempSync(join(tmpdir(), 'trainboard-segments-'));
  const proc = spawn(process.execPath, ['--import', 'tsx', child, `s3://${BUCKET}/exp/train`, '200'], {
    cwd: repoRoot,
    env: { ...process.env, ...s3.env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    let out = '';
    proc.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const lines = [...out.matchAll(/^flushed (\d+)$/gm)];
      if (lines.length >= 4 && proc.exitCode === null) {
        reported = Number(lines[lines.length - 1]![1]);
        proc.kill('SIGKILL');
      }
    });
    proc.on('exit', (code, signal) =>
      signal === 'SIGKILL' ? resolve() : reject(new Error(`writer child exited ${code} before the kill`)),
    );
  });
});

after(async () => {
  raw?.destroy();
  await s3?.stop();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('trainer writing s3:// rolling segments, killed with SIGKILL', () => {
  test('segments are complete event files named in write order', async () => {
    const page = await raw.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: 'exp/' }));
    const keys = (page.Contents ?? []).map((o) => o.Key!);
    assert.ok(keys.length >= 4, `${keys.length} segments`);
    const seqs = keys.map((k) => /\.(\d{8})\.v2$/.exec(k)?.[1]);
    assert.deepEqual(
      seqs,
      keys.map((_, i) => String(i).padStart(8, '0')),
    );
  });

  test('our S3 reader serves every stored point once, in order, and none the child stored is missing', async () => {
    const logdir = `s3://${BUCKET}/exp`;
    const store = createSeriesStore({ logdir });
    const watcher = createS3LogdirWatcher({ logdir, store, reloadIntervalSecs: 0 });
    await watcher.ready();
    watcher.close();
    const s = store.run('train')?.scalars('loss');
    assert.ok(s);
    const steps = Array.from({ length: s.length }, (_, i) => s.step(i));
    assert.deepEqual(
      steps,
      steps.map((_, i) => i),
    );
    assert.ok(steps.length >= reported, `${steps.length} points read, ${reported} reported stored`);
    assert.deepEqual(store.run('train')?.damaged(), []);
  });

  test(
    'real TensorBoard reads the synced bucket with the same points',
    { skip: haveTensorBoard || process.env.CI === 'true' ? false : `no tensorboard at ${python}` },
    async () => {
      const page = await raw.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: 'exp/' }));
      for (const o of page.Contents ?? []) {
        const got = await raw.send(new GetObjectCommand({ Bucket: BUCKET, Key: o.Key! }));
        const dest = join(tmp, o.Key!);
        mkdirSync(dirname(dest), { recursive: true });
        writeFileSync(dest, await got.Body!.transformToByteArray());
      }
      const r = spawnSync(python, [script, join(tmp, 'exp')], { encoding: 'utf8', maxBuffer: 64 << 20 });
      assert.equal(r.status, 0, r.stderr);
      const seen = JSON.parse(r.stdout) as {
        runs: Record<string, { tags: Record<string, { points: { step: number; value: number }[] }> }>;
      };
      const points = seen.runs.train?.tags.loss?.points ?? [];
      assert.ok(points.length >= reported, `${points.length} points, ${reported} reported stored`);
      assert.deepEqual(
        points.map((p) => p.step),
        points.map((_, i) => i),
      );
      for (const p of points) assert.equal(p.value, Math.fround(1 / (p.step + 1)));
    },
  );
});
