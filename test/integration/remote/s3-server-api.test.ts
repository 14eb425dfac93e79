// The dashboard server started with `--logdir s3://bucket/prefix` (createApp, as `trainboard serve` builds it)
// on a real S3-compatible server: TensorBoard's /data API lists the runs real TensorBoard found in the shared
// fixtures and serves exactly their golden scalars.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { ApiHealthResponse } from '../../../contract/index.ts';
import { s3ConfigFromEnv } from '../../../server/ingest/remote/s3-client.ts';
import { golden, goldenScalars } from '../../support/golden.ts';
import { startS3Server, type TestS3Server } from '../../support/s3-server.ts';
import { fixturesDir } from '../../support/shared-fixtures.ts';
import { startTestServer, type TestServer } from '../server/test-server.ts';

const BUCKET = 'served-logs';
let s3: TestS3Server;
let server: TestServer;
const files = eventFiles(fixturesDir);
const bytes = files.reduce((n, f) => n + statSync(f).size, 0);

function eventFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) return eventFiles(p);
      return name.includes('tfevents') ? [p] : [];
    });
}

before(async () => {
  s3 = await startS3Server({ buckets: [BUCKET] });
  s3.applyEnv();
  const raw = new S3Client(s3ConfigFromEnv(s3.env));
  for (const f of files) {
    const key = `team/${relative(fixturesDir, f).split(sep).join('/')}`;
    await raw.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: readFileSync(f) }));
  }
  raw.destroy();
  server = await startTestServer({ logdir: `s3://${BUCKET}/team` });
});

after(async () => {
  await server?.close();
  await s3?.stop();
});

describe('server with an s3:// logdir', () => {
  test('/data/runs lists exactly the runs real TensorBoard found', async () => {
    const runs = await server.json<string[]>('/data/runs');
    assert.deepEqual([...runs].sort(), Object.keys(golden).sort());
  });

  test('/data/plugin/scalars/scalars serves the golden points of every clean run', async () => {
    for (const [run, g] of Object.entries(golden)) {
      if (run.startsWith('damaged/')) continue;
      for (const [tag, rows] of Object.entries(goldenScalars(g))) {
        const q = `run=${encodeURIComponent(run)}&tag=${encodeURIComponent(tag)}`;
        const got = await server.json<[number, number, number][]>(`/data/plugin/scalars/scalars?${q}`);
        assert.deepEqual(
          got,
          rows.map(([step, wall, value]) => [wall, step, value]),
          `${run} ${tag}`,
        );
      }
    }
  });

  test('/api/health reports the s3:// logdir, its polling interval and the S3 requests it cost', async () => {
    const h = await server.json<ApiHealthResponse>('/api/health');
    assert.equal(h.logdir, `s3://${BUCKET}/team`);
    assert.equal(h.logdirPresent, true);
    assert.ok(h.remote);
    assert.equal(h.remote.pollIntervalSecs, 0);
    assert.equal(h.remote.requests.ListObjectsV2, 1);
    assert.equal(h.remote.requests.GetObject, files.length);
    assert.equal(h.remote.bytesRead, bytes);
    assert.equal(h.remote.requestsPerMinute, 1 + files.length);
  });
});
