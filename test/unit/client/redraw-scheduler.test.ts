import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createRedrawScheduler } from '../../../client/scalars/redraw-scheduler.ts';

/** A scheduler on a fake clock whose frames run when `frame()` is called; each redraw costs `cost` ms. */
function harness(budget: number, cost: number) {
  let now = 0;
  const frames: (() => void)[] = [];
  const scheduler = createRedrawScheduler(
    budget,
    () => now,
    (fn) => frames.push(fn),
  );
  const ran: string[] = [];
  const job = (name: string) => () => {
    ran.push(name);
    now += cost;
  };
  const frame = (): void => {
    const fn = frames.shift();
    assert.ok(fn, 'a frame was requested');
    fn();
  };
  return { scheduler, ran, job, frame, framesPending: () => frames.length };
}

test('redraws queued before a frame run in that frame, in request order, within the budget', () => {
  const { scheduler, ran, job, frame, framesPending } = harness(10, 3);
  const [a, b, c] = [{}, {}, {}];
  scheduler.request(a, job('a'));
  scheduler.request(b, job('b'));
  scheduler.request(c, job('c'));
  assert.equal(framesPending(), 1, 'one frame for all requests');
  frame();
  assert.deepEqual(ran, ['a', 'b', 'c']);
  assert.equal(scheduler.pending(), 0);
});

test('redraws past the frame budget wait for the next frame, and at least one runs per frame', () => {
  const { scheduler, ran, job, frame } = harness(10, 12);
  const keys = [{}, {}, {}];
  keys.forEach((k, i) => scheduler.request(k, job(`r${i}`)));
  frame();
  assert.deepEqual(ran, ['r0']);
  frame();
  assert.deepEqual(ran, ['r0', 'r1']);
  frame();
  assert.deepEqual(ran, ['r0', 'r1', 'r2']);
});

test('a card asking again while queued keeps its place and runs once, with its latest redraw', () => {
  const { scheduler, ran, job, frame } = harness(100, 1);
  const [a, b] = [{}, {}];
  scheduler.request(a, job('a1'));
  scheduler.request(b, job('b'));
  scheduler.request(a, job('a2'));
  frame();
  assert.deepEqual(ran, ['a2', 'b']);
});

test('a cancelled redraw does not run', () => {
  const { scheduler, ran, job, frame } = harness(100, 1);
  const [a, b] = [{}, {}];
  scheduler.request(a, job('a'));
  scheduler.request(b, job('b'));
  scheduler.cancel(a);
  frame();
  assert.deepEqual(ran, ['b']);
});
