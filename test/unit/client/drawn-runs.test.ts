import assert from 'node:assert/strict';
import { test } from 'node:test';
import { drawnRuns, MAX_DRAWN_RUNS, orderBySession } from '../../../client/runs/drawn-runs.ts';

const runs = [
  { run: 'old/train', session: 'old' },
  { run: 'new/validation', session: 'new' },
  { run: 'new/train', session: 'new' },
  { run: 'b/train', session: 'b' },
  { run: 'a/train', session: 'a' },
];
const sessions = [
  { id: 'old', startedAt: 100 },
  { id: 'new', startedAt: 300 },
  { id: 'a', startedAt: 200 },
  { id: 'b', startedAt: 200 },
];

test('orderBySession() lists sessions newest first, then by name, and their runs by name', () => {
  assert.deepEqual(orderBySession(runs, sessions), [
    { id: 'new', runs: ['new/train', 'new/validation'] },
    { id: 'a', runs: ['a/train'] },
    { id: 'b', runs: ['b/train'] },
    { id: 'old', runs: ['old/train'] },
  ]);
});

test('orderBySession() puts sessions without a start time last', () => {
  const order = orderBySession(runs, [{ id: 'old', startedAt: null }, ...sessions.slice(1)]);
  assert.equal(order[order.length - 1]?.id, 'old');
});

test('drawnRuns() keeps the first visible runs in list order, at most the budget', () => {
  const visible = ['old/train', 'a/train', 'new/validation', 'b/train'];
  assert.deepEqual(drawnRuns(visible, runs, sessions, 2), ['new/validation', 'a/train']);
  assert.deepEqual(drawnRuns(visible, runs, sessions), ['new/validation', 'a/train', 'b/train', 'old/train']);
});

test('drawnRuns() of 2,000 visible runs draws MAX_DRAWN_RUNS of them, the newest sessions first', () => {
  const many = Array.from({ length: 2000 }, (_, i) => ({ run: `r${i}/train`, session: `r${i}` }));
  const starts = many.map((r, i) => ({ id: r.session, startedAt: i }));
  const drawn = drawnRuns(
    many.map((r) => r.run),
    many,
    starts,
  );
  assert.equal(drawn.length, MAX_DRAWN_RUNS);
  assert.equal(drawn[0], 'r1999/train');
  assert.equal(drawn[MAX_DRAWN_RUNS - 1], `r${2000 - MAX_DRAWN_RUNS}/train`);
});
