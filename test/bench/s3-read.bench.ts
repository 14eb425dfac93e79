// `npm run bench -- s3-read`: reading an s3:// logdir on a real S3-compatible server (s3rver on 127.0.0.1): the
// shared fixtures uploaded 25 times (500 event files, 25 x 20 runs), then the time until every point is in the
// store, the requests made and the bytes read; and the same for real TensorBoard on the same bucket in the same
// run (python/tensorboard_s3_read.py: its boto3 S3 path, every point kept), as ratios.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { s3ConfigFromEnv } from '../../server/ingest/remote/s3-client.ts';
import { createS3LogdirWatcher } from '../../server/ingest/remote/s3-logdir-watcher.ts';
import { createSeriesStore } from '../../server/store/series-store.ts';
import { startS3Server } from '../support/s3-server.ts';
import { fixturesDir } from '../support/shared-fixtures.ts';
import type { BenchContext, BenchResult } from './bench-types.ts';

const COPIES = 25;

function eventFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) return eventFiles(p);
      return name.includes('tfevents') ? [p] : [];
    });
}

/** Real TensorBoard reading the same bucket (its boto3 path), as ratios against ours. */
function tensorBoardSide(
  ctx: BenchContext,
  env: Record<string, string>,
  endpoint: string,
  ours: { ms: number; requests: number; bytes: number },
): BenchResult[] {
  const python = join(ctx.root, '.venv', 'bin', 'python');
  const script = join(ctx.root, 'test', 'bench', 'python', 'tensorboard_s3_read.py');
  const t0 = performance.now();
  // the trailing slash: TensorBoard's stub asks `exists` with ListObjects(Prefix, Delimiter='/'), which s3rver
  // answers empty for a prefix without it (AWS itself answers a CommonPrefix); with it, the same runs are found
  const r = spawnSync(python, [script, 's3://bench/logs/'], {
    env: { ...process.env, ...env, S3_ENDPOINT: endpoint },
    encoding: 'utf8',
    maxBuffer: 64 * 2 ** 20,
    timeout: 30 * 60_000,
  });
  const wall = performance.now() - t0;
  if (r.status !== 0) {
    const why = (r.stderr || r.error?.message || 'no output').trim().split('\n').slice(-3).join(' ');
    return [{ name: 's3 read vs TensorBoard', value: 'not measured', unit: '', note: why.slice(0, 300) }];
  }
  const tb = JSON.parse(r.stdout.trim().split('\n').at(-1)!) as {
    seconds: number;
    runs: number;
    points: number;
    requests: number;
    bytes: number;
  };
  ctx.log(`TensorBoard: ${JSON.stringify(tb)} (${(wall / 1000).toFixed(1)} s with Python start-up)`);
  return [
    {
      name: 's3 read: TensorBoard time until every point is loaded',
      value: Math.round(tb.seconds * 1000),
      unit: 'ms',
      note: `${tb.runs} runs, ${tb.points} scalar points (EventMultiplexer, no sampling, boto3)`,
    },
    {
      name: 's3 read: TensorBoard time / ours',
      value: Number(((tb.seconds * 1000) / ours.ms).toFixed(1)),
      unit: 'x',
      note: 'target >= 10x (issue 14)',
    },
    {
      name: 's3 read: TensorBoard requests / ours',
      value: Number((tb.requests / ours.requests).toFixed(1)),
      unit: 'x',
      note: `${tb.requests} vs ${ours.requests} requests`,
    },
    {
      name: 's3 read: TensorBoard bytes read / ours',
      value: Number((tb.bytes / ours.bytes).toFixed(2)),
      unit: 'x',
      note: `${tb.bytes} vs ${ours.bytes} bytes`,
    },
  ];
}

export default async function s3ReadBench(ctx: BenchContext): Promise<BenchResult[]> {
  const s3 = await startS3Server({ buckets: ['bench'] });
  s3.applyEnv();
  try {
    const raw = new S3Client(s3ConfigFromEnv(s3.env));
    const files = eventFiles(fixturesDir);
    let bytes = 0;
    for (let c = 0; c < COPIES; c++) {
      for (const f of files) {
        const body = readFileSync(f);
        bytes += body.length;
        // one directory level under the prefix (runs named copy-C.<fixture path with dots>): s3rver answers a
        // delimited listing of a deeper prefix with no CommonPrefixes, which TensorBoard's boto3 path needs
        const rel = relative(fixturesDir, f).split(sep);
        const key = `logs/copy-${c}.${rel.slice(0, -1).join('.')}/${rel.at(-1)!}`;
        await raw.send(new PutObjectCommand({ Bucket: 'bench', Key: key, Body: body }));
      }
    }
    raw.destroy();
    ctx.log(`uploaded ${files.length * COPIES} objects, ${bytes} bytes`);
    const store = createSeriesStore({ logdir: 's3://bench/logs' });
    const t0 = performance.now();
    const watcher = createS3LogdirWatcher({ logdir: 's3://bench/logs', store, reloadIntervalSecs: 0 });
    await watcher.ready();
    const ms = performance.now() - t0;
    const stats = watcher.readStats();
    await watcher.refresh();
    const idle = watcher.readStats().requestsTotal - stats.requestsTotal;
    watcher.close();
    return [
      { name: 's3 read: time until every point is in the store', value: Math.round(ms), unit: 'ms' },
      {
        name: 's3 read: requests for the first read',
        value: stats.requestsTotal,
        unit: 'requests',
        note: `${files.length * COPIES} objects`,
      },
      {
        name: 's3 read: bytes read',
        value: stats.bytesRead,
        unit: 'bytes',
        note: `${(stats.bytesRead / bytes).toFixed(2)}x the bucket`,
      },
      { name: 's3 read: requests for an unchanged poll', value: idle, unit: 'requests' },
      { name: 's3 read: points', value: store.totals().points, unit: 'points' },
      ...tensorBoardSide(ctx, s3.env, s3.endpoint, {
        ms,
        requests: stats.requestsTotal,
        bytes: stats.bytesRead,
      }),
    ];
  } finally {
    await s3.stop();
  }
}
