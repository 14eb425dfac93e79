import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ApiHealthResponse } from '../../../contract/index.ts';
import { describeHealth, formatBytes } from '../../../client/ui/health-summary.ts';

const base: ApiHealthResponse = {
  ok: true,
  version: '0.1.0',
  logdir: '/logs',
  logdirPresent: true,
  uptimeSecs: 12.4,
  counters: {
    files: 37,
    records: 2700,
    damagedRecords: 0,
    runs: 32,
    tags: 85,
    points: 1420,
    clients: 1,
    droppedPushes: 0,
    restarts: 2,
  },
  memory: { rssBytes: 150 * 2 ** 20, heapUsedBytes: 1, bytesPerScalarPoint: 20.4 },
};

test('describeHealth() summarises files, records and damage, and lists every counter in the detail', () => {
  const d = describeHealth(base);
  assert.equal(d.summary, '37 files · 2,700 records · 0 damaged');
  assert.equal(d.damaged, false);
  for (const part of [
    '32 runs',
    '85 tags',
    '1,420 points',
    '1 client connected',
    '0 dropped pushes',
    '2 restarts',
    '20.4 bytes per scalar point',
    '150 MiB',
  ])
    assert.ok(d.detail.includes(part), part);
});

test('describeHealth() flags damage and a missing logdir', () => {
  const d = describeHealth({
    ...base,
    logdirPresent: false,
    counters: { ...base.counters, damagedRecords: 1, files: 1 },
  });
  assert.equal(d.summary, '1 file · 2,700 records · 1 damaged');
  assert.equal(d.damaged, true);
  assert.match(d.detail, /logdir \/logs \(missing\)/);
  assert.match(d.detail, /1 damaged record\n/);
});

const remote: NonNullable<ApiHealthResponse['remote']> = {
  logdir: 's3://logs/team',
  pollIntervalSecs: 5,
  polls: 12,
  requestsPerMinute: 14,
  requestsTotal: 40,
  requests: { ListObjectsV2: 12, GetObject: 28 },
  bytesRead: 3 * 2 ** 20 + 2 ** 19,
  lastError: null,
};

test('describeHealth() shows an s3:// logdir’s polling interval, requests per minute and bytes read', () => {
  const d = describeHealth({ ...base, logdir: 's3://logs/team', remote });
  assert.equal(d.summary, '37 files · 2,700 records · 0 damaged · S3 every 5 s · 14 req/min · 3.5 MiB read');
  assert.equal(d.damaged, false);
  assert.match(d.detail, /\ns3:\/\/logs\/team polled every 5 s \(12 polls\)\n/);
  assert.match(
    d.detail,
    /\n14 S3 requests in the last minute, 40 in total \(GetObject 28, ListObjectsV2 12\)\n/,
  );
  assert.match(d.detail, /\n3\.5 MiB \(3,670,016 bytes\) read by ranged GETs\nno S3 error\n/);
});

test('describeHealth() flags the last S3 error in the summary and gives it whole in the detail', () => {
  const error = `cannot list s3://logs/team: connect ECONNREFUSED 127.0.0.1:9000 ${'x'.repeat(100)}`;
  const d = describeHealth({ ...base, remote: { ...remote, lastError: error } });
  assert.equal(d.damaged, true);
  assert.equal(d.summary, '37 files · 2,700 records · 0 damaged · S3 error · 14 req/min · 3.5 MiB read');
  assert.ok(d.detail.includes(`\nlast S3 error: ${error}\n`));
  assert.ok(d.detail.includes('\ns3://logs/team polled every 5 s (12 polls)\n'));
});

test('describeHealth() says an s3:// logdir read once (--reload_interval 0) is not polled', () => {
  const d = describeHealth({ ...base, remote: { ...remote, pollIntervalSecs: 0, polls: 1 } });
  assert.ok(d.summary.endsWith(' · S3 read once · 14 req/min · 3.5 MiB read'), d.summary);
  assert.ok(d.detail.includes('\ns3://logs/team read once (1 poll)\n'));
});

test('formatBytes() uses bytes below 1 KiB and one decimal of binary units above', () => {
  assert.equal(formatBytes(0), '0 B');
  assert.equal(formatBytes(1023), '1,023 B');
  assert.equal(formatBytes(1024), '1.0 KiB');
  assert.equal(formatBytes(5 * 2 ** 30), '5.0 GiB');
});
