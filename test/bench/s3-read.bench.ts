// `npm run bench -- s3-read`: reading an s3:// logdir on a real S3-compatible server (s3rver on 127.0.0.1): the
// shared fixtures uploaded 25 times (500 event files, 25 x 20 runs), then the time until every point is in the
// store, the requests made and the bytes read. TensorBoard's side is not measured yet: its S3 path needs boto3
// or tensorflow-io in the venv (docs/remote.md).
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
        const key = `logs/copy-${c}/${relative(fixturesDir, f).split(sep).join('/')}`;
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
      {
        name: 's3 read vs TensorBoard',
        value: 'not measured',
        unit: '',
        note: 'TensorBoard s3:// needs boto3 or tensorflow-io in .venv',
      },
    ];
  } finally {
    await s3.stop();
  }
}
