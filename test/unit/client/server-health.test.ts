import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ApiHealthResponse } from '../../../contract/index.ts';
import { describeHealth } from '../../../client/ui/health-summary.ts';

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
