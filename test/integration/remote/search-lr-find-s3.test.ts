// `trainboard search` and `trainboard lr-find` with an s3:// logdir (in process, CPU backend, tiny sizes) on a
// real S3-compatible server (s3rver): everything lands in the bucket and nothing in a local `s3:` directory; a
// default session name is unique among the names the bucket already holds; the dashboard server tailing the
// bucket serves the trials and the range test; and real TensorBoard, reading the bucket synced to disk, sees
// the hparams experiment at the search root, the session start and end of each trial, the learning-rate
// points and the suggestion.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { GetObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { main } from '../../../cli/main.ts';
import { s3ConfigFromEnv } from '../../../server/ingest/remote/s3-client.ts';
import { uniqueRunNameAt } from '../../../trainer/session/run-name.ts';
import { startS3Server, type TestS3Server } from '../../support/s3-server.ts';
import { repoRoot } from '../../support/shared-fixtures.ts';
import { startTestServer, type TestServer } from '../server/test-server.ts';

const BUCKET = 'search-logs';
const python = process.env.TRAINBOARD_PYTHON ?? join(repoRoot, '.venv', 'bin', 'python');
const haveTensorBoard =
  existsSync(python) && spawnSync(python, ['-c', 'import tensorboard'], { stdio: 'ignore' }).status === 0;
const tbSkip = haveTensorBoard || process.env.CI === 'true' ? false : `no tensorboard at ${python}`;
const script = join(repoRoot, 'test', 'compat', 'python', 'read_with_tensorboard.py');

let s3: TestS3Server;
let raw: S3Client;
let tmp: string;

interface TensorBoardView {
  runs: Record<
    string,
    { tags: Record<string, { plugin: string; points?: { step: number; value: number }[] }> }
  >;
}

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { stdout: (l) => out.push(l), stderr: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function keys(prefix: string): Promise<string[]> {
  const out: string[] = [];
  let token: string | undefined;
  do {
    const page = await raw.send(
      new ListObjectsV2Command({ Bucket: BUCKET, Prefix: prefix, ContinuationToken: token }),
    );
    out.push(...(page.Contents ?? []).map((o) => o.Key!));
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token !== undefined);
  return out;
}

/** Copies every object under `prefix` to `dest/<key>` and reads `dest/<prefix>` with real TensorBoard. */
async function readSyncedWithTensorBoard(prefix: string): Promise<TensorBoardView> {
  const dest = join(tmp, prefix.replace(/\/$/, '').replace(/\//g, '_'));
  for (const key of await keys(prefix)) {
    const got = await raw.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }));
    const file = join(dest, key);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, await got.Body!.transformToByteArray());
  }
  const r = spawnSync(python, [script, join(dest, prefix)], { encoding: 'utf8', maxBuffer: 64 << 20 });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout) as TensorBoardView;
}

before(async () => {
  s3 = await startS3Server({ buckets: [BUCKET] });
  s3.applyEnv();
  raw = new S3Client(s3ConfigFromEnv(s3.env));
  tmp = mkdtempSync(join(tmpdir(), 'trainboard-search-s3-'));
});

after(async () => {
  raw?.destroy();
  await s3?.stop();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('a unique default session name in an s3:// logdir', () => {
  test('a name with objects under it is taken, and so is each -N after it; a longer name is not', async () => {
    const put = (key: string) =>
      raw.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: new Uint8Array([1]) }));
    assert.equal(await uniqueRunNameAt(`s3://${BUCKET}/names`, 'xor-1'), 'xor-1');
    await put('names/xor-1/train/events.out.tfevents.1.h.1.00000000.v2');
    await put('names/xor-1-2/validation/events.out.tfevents.1.h.1.00000000.v2');
    await put('names/xor-1-3x/train/a');
    await put('names/xor-10/train/a');
    assert.equal(await uniqueRunNameAt(`s3://${BUCKET}/names`, 'xor-1'), 'xor-1-3');
    assert.equal(await uniqueRunNameAt(`s3://${BUCKET}/names/`, 'xor-1'), 'xor-1-3');
    assert.equal(await uniqueRunNameAt(`s3://${BUCKET}/other`, 'xor-1'), 'xor-1');
  });

  test('past a full listing page (over 1,000 segments of one run) the names after it are still taken', async () => {
    // S3 pages hold 1,000 keys: 1,100 segments of `big-2` fill the first page, so `big-3` (which sorts after
    // it, in S3's byte order and in s3rver's directory walk alike) is seen only on the next page, which starts
    // past the rest of `big-2/`
    const put = (key: string) =>
      raw.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: new Uint8Array([1]) }));
    const segments = Array.from(
      { length: 1_100 },
      (_, i) => `paged/big-2/train/events.out.tfevents.${String(i).padStart(6, '0')}.h.1.v2`,
    );
    for (let i = 0; i < segments.length; i += 20) await Promise.all(segments.slice(i, i + 20).map(put));
    await put('paged/big-3/validation/a');
    await put('paged/big/train/a');
    const first = await raw.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: 'paged/big' }));
    assert.equal(first.IsTruncated, true, 'the first page is full: the second-page path is exercised');
    assert.ok(
      !(first.Contents ?? []).some((o) => o.Key?.startsWith('paged/big-3/')),
      'big-3 is not on the first page',
    );
    assert.equal(await uniqueRunNameAt(`s3://${BUCKET}/paged`, 'big'), 'big-4');
  });

  test('a bucket that cannot be listed fails the command with one line naming the logdir', async () => {
    const r = await cli([
      'lr-find',
      'regression',
      '--logdir',
      's3://no-such-bucket-here/x',
      '--backend',
      'cpu',
    ]);
    assert.equal(r.code, 1);
    assert.match(
      r.err,
      /^trainboard lr-find: cannot list s3:\/\/no-such-bucket-here\/x to choose a unique run name: /,
    );
  });
});

describe('trainboard search TASK --logdir s3://...', () => {
  let server: TestServer | undefined;
  after(async () => server?.close());

  test('writes the experiment and every trial to the bucket, and the server serves each trial', async () => {
    const r = await cli([
      'search',
      'xor',
      '--trials',
      '2',
      '--epochs',
      '2',
      '--logdir',
      `s3://${BUCKET}/exp`,
      '--backend',
      'cpu',
    ]);
    assert.equal(r.code, 0, r.err);
    assert.ok(!existsSync(join(repoRoot, 's3:')), 'nothing written to a local s3: directory');
    // two trials, one session each, and the missing session record is said once, not once per trial
    assert.equal(r.err.split('\n').filter((l) => l.includes('not recorded in SQLite')).length, 1, r.err);
    const root = /^best trial: (search-xor-\d{8}-\d{6})\/trial-0\d /m.exec(r.out)?.[1];
    assert.ok(root, r.out);
    const all = await keys(`exp/${root}/`);
    assert.ok(
      all.some((k) => new RegExp(`^exp/${root}/events\\.out\\.tfevents\\.`).test(k)),
      'the experiment at the root',
    );
    const srv = await startTestServer({ logdir: `s3://${BUCKET}/exp`, reloadIntervalSecs: 0 });
    server = srv;
    const runs = await srv.json<string[]>('/data/runs');
    for (const t of ['trial-01', 'trial-02'])
      for (const role of ['train', 'validation']) {
        const run: string = `${root}/${t}/${role}`;
        assert.ok(runs.includes(run), `${run} in ${runs.join(', ')}`);
        const q: string = `run=${encodeURIComponent(run)}&tag=epoch_loss`;
        const rows: [number, number, number][] = await srv.json<[number, number, number][]>(
          `/data/plugin/scalars/scalars?${q}`,
        );
        assert.deepEqual(
          rows.map((x) => x[1]),
          [0, 1],
          run,
        );
      }
  });

  test(
    'real TensorBoard reads the synced search: the experiment, each trial’s session and metrics',
    { skip: tbSkip },
    async () => {
      const root = (await keys('exp/'))
        .map((k) => k.split('/')[1]!)
        .find((n) => n.startsWith('search-xor-'))!;
      const seen = await readSyncedWithTensorBoard(`exp/${root}/`);
      assert.equal(
        seen.runs['.']?.tags['_hparams_/experiment']?.plugin,
        'hparams',
        Object.keys(seen.runs).join(', '),
      );
      for (const t of ['trial-01', 'trial-02']) {
        assert.equal(seen.runs[t]?.tags['_hparams_/session_start_info']?.plugin, 'hparams', t);
        assert.equal(seen.runs[t]?.tags['_hparams_/session_end_info']?.plugin, 'hparams', t);
        assert.deepEqual(
          seen.runs[`${t}/validation`]?.tags.epoch_loss?.points?.map((p) => p.step),
          [0, 1],
          t,
        );
      }
    },
  );
});

describe('trainboard lr-find TASK --logdir s3://...', () => {
  test('writes the range test to the bucket; real TensorBoard reads its points and suggestion', async (t) => {
    const r = await cli([
      'lr-find',
      'regression',
      '--steps',
      '20',
      '--logdir',
      `s3://${BUCKET}/lr`,
      '--run',
      'lr-a',
      '--backend',
      'cpu',
    ]);
    assert.equal(r.code, 0, r.err);
    assert.ok(!existsSync(join(repoRoot, 's3:')), 'nothing written to a local s3: directory');
    const suggested = Number(/suggested learning rate: (\S+) \((\d+) steps\)/.exec(r.out)?.[1]);
    const steps = Number(/suggested learning rate: \S+ \((\d+) steps\)/.exec(r.out)?.[1]);
    assert.ok(suggested > 0 && steps >= 5 && steps <= 20, r.out);
    assert.ok((await keys('lr/lr-a/train/')).length >= 1);
    if (tbSkip) return t.skip(tbSkip);
    const seen = await readSyncedWithTensorBoard('lr/lr-a/');
    const loss = seen.runs.train?.tags.lr_find_loss?.points ?? [];
    assert.deepEqual(
      loss.map((p) => p.step),
      [...Array(steps).keys()],
    );
    assert.deepEqual(
      seen.runs.train?.tags.lr_find_learning_rate?.points?.map((p) => p.step),
      [...Array(steps).keys()],
    );
    assert.equal(seen.runs.train?.tags.lr_find_suggestion?.plugin, 'text');
  });
});
