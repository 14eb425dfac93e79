// Pure pieces of the dashboard: run grouping statistics, outlier range, hparams table, status badges, run
// visibility and colours.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SessionSummary } from '../../../contract/index.ts';
import { buildHparamsTable } from '../../../client/hparams/hparams-table.ts';
import { createRunColorer, runColor, RUN_PALETTE } from '../../../client/runs/run-colors.ts';
import { computeVisibility } from '../../../client/runs/run-visibility.ts';
import { badgeStatus, STALE_SECS } from '../../../client/runs/session-status.ts';
import {
  formatDuration,
  minMaxBand,
  outlierRange,
  toChartSeries,
} from '../../../client/scalars/chart-data.ts';
import { aggregateSeries, groupByHparam, groupByRegex } from '../../../client/scalars/run-grouping.ts';
import { seriesFromFetch } from '../../../client/scalars/series-buffer.ts';

function session(id: string, extra: Partial<SessionSummary> = {}): SessionSummary {
  return {
    id,
    source: 'runstore',
    task: 'xor',
    status: 'finished',
    startedAt: 1,
    endedAt: 2,
    heartbeatAt: 2,
    pid: 1,
    host: 'h',
    backend: 'cpu',
    hparams: {},
    runs: [`${id}/train`],
    finalMetrics: {},
    bestMetrics: {},
    error: null,
    hasModel: false,
    ...extra,
  };
}

test('aggregateSeries() gives mean with min/max or ±std over the runs at each step, skipping NaN', () => {
  const a = { steps: [0, 1, 2], values: [1, 2, NaN] };
  const b = { steps: [0, 1], values: [3, 6] };
  const mm = aggregateSeries([a, b], 'minmax');
  assert.deepEqual(mm.steps, [0, 1]);
  assert.deepEqual(mm.mean, [2, 4]);
  assert.deepEqual(mm.low, [1, 2]);
  assert.deepEqual(mm.high, [3, 6]);
  const sd = aggregateSeries([a, b], 'std');
  assert.deepEqual(sd.low, [1, 2]);
  assert.deepEqual(sd.high, [3, 6]);
  assert.deepEqual(sd.count, [2, 2]);
});

test('runs group by the regex capture or by an hparam value', () => {
  assert.equal(groupByRegex('lr-0.1-seed-3/train', /^(lr-[\d.]+)/), 'lr-0.1');
  assert.equal(groupByRegex('other', /^(lr-[\d.]+)/), 'other');
  assert.equal(groupByHparam({ learning_rate: 0.1 }, 'learning_rate', 'train'), 'learning_rate=0.1 · train');
  assert.equal(groupByHparam(undefined, 'units', ''), 'units=(none)');
});

test('outlierRange() spans the 5th to 95th percentile, ignoring a spike', () => {
  const values = Array.from({ length: 100 }, (_, i) => i / 100);
  values[50] = 1e9;
  const r = outlierRange(values);
  assert.ok(r && r.max < 2 && r.min < 0.1 && r.min > -0.1);
  assert.equal(outlierRange([NaN]), null);
});

test('toChartSeries() leaves out points a log axis cannot draw and uses seconds since the run start for relative time', () => {
  const s = seriesFromFetch(
    [
      [0, 100, 0],
      [1, 101, 1],
      [2, 103, 'NaN'],
      [3, 104, 2],
    ],
    4,
    false,
  );
  const log = toChartSeries(s, { axis: 'step', runStart: 100, smoothing: 0, logX: true, logY: true });
  assert.deepEqual(log.raw, [
    { x: 1, y: 1 },
    { x: 3, y: 2 },
  ]);
  const rel = toChartSeries(s, { axis: 'relative', runStart: 100, smoothing: 0, logX: false, logY: false });
  assert.deepEqual(
    rel.raw.map((p) => p.x),
    [0, 1, 4],
  );
  assert.equal(formatDuration(3725), '1h 2m');
});

test('buildHparamsTable() lists hparams then metrics, sorts numerically with missing values last, and filters', () => {
  const sessions = [
    session('a', { hparams: { lr: 0.1, opt: 'adam' }, finalMetrics: { acc: 0.9 } }),
    session('b', { hparams: { lr: 0.01, opt: 'sgd' }, finalMetrics: { acc: 0.8 } }),
    session('c', { hparams: { lr: 1 }, finalMetrics: {} }),
  ];
  const t = buildHparamsTable(sessions, { sortKey: 'acc', descending: true });
  assert.deepEqual(t.hparams, ['lr', 'opt']);
  assert.deepEqual(t.metrics, ['acc']);
  assert.deepEqual(
    t.rows.map((r) => r.id),
    ['a', 'b', 'c'],
  );
  assert.deepEqual(
    buildHparamsTable(sessions, { sortKey: 'lr' }).rows.map((r) => r.id),
    ['b', 'a', 'c'],
  );
  assert.deepEqual(
    buildHparamsTable(sessions, { filter: /sgd/ }).rows.map((r) => r.id),
    ['b'],
  );
});

test("badgeStatus() shows live, stale and the run store's end states", () => {
  const now = 10_000;
  assert.equal(badgeStatus({ status: 'running' }, now - 5, now), 'live');
  assert.equal(badgeStatus({ status: 'running' }, now - STALE_SECS - 1, now), 'stale');
  assert.equal(badgeStatus({ status: 'crashed' }, now, now), 'crashed');
  assert.equal(badgeStatus({ status: 'failed' }, null, now), 'failed');
  assert.equal(badgeStatus({ status: 'unknown' }, now - 3, now), 'live');
  assert.equal(badgeStatus({ status: 'unknown' }, null, now), 'stale');
});

test('computeVisibility() applies the regex, the metric filter and the hidden list, and reports bad filters', () => {
  const runs = [
    { run: 'a/train', session: 'a' },
    { run: 'b/train', session: 'b' },
    { run: 'b/validation', session: 'b' },
  ];
  const sessions = [
    session('a', { finalMetrics: { val_accuracy: 0.9 } }),
    session('b', { finalMetrics: { val_accuracy: 0.7 } }),
  ];
  const v = computeVisibility(runs, sessions, {
    runFilter: 'train',
    metricFilter: 'val_accuracy >= 0.85',
    hidden: [],
  });
  assert.deepEqual(v.visible, ['a/train']);
  const h = computeVisibility(runs, sessions, { runFilter: '', metricFilter: '', hidden: ['b/train'] });
  assert.deepEqual(h.matching, ['a/train', 'b/train', 'b/validation']);
  assert.deepEqual(h.visible, ['a/train', 'b/validation']);
  const bad = computeVisibility(runs, sessions, {
    runFilter: '(',
    metricFilter: 'val_accuracy >=',
    hidden: [],
  });
  assert.equal(bad.visible.length, 3, 'bad filters are ignored, not hiding everything');
  assert.ok(bad.regexError && bad.metricError);
});

test('run colours are stable per name and distinct among the first palette-size runs', () => {
  assert.equal(runColor('x/train'), runColor('x/train'));
  const colorOf = createRunColorer();
  const names = Array.from({ length: RUN_PALETTE.length }, (_, i) => `run-${i}/validation`);
  assert.equal(new Set(names.map(colorOf)).size, RUN_PALETTE.length);
  assert.equal(colorOf('run-3/validation'), colorOf('run-3/validation'));
});

test("minMaxBand() keeps each x-bucket's min and max, so a downsampled series draws as its envelope", () => {
  const pts = Array.from({ length: 100 }, (_, i) => ({ x: i, y: i % 2 ? 1 : -1 }));
  const band = minMaxBand(pts, 10);
  assert.equal(band.low.length, 10);
  assert.ok(band.low.every((p) => p.y === -1));
  assert.ok(band.high.every((p) => p.y === 1));
  assert.equal(band.low[0]?.x, 4.5);
  assert.deepEqual(minMaxBand([], 10), { low: [], high: [] });
});
