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

test('after a slow frame (rasterizing the last redraws took long) the next frame runs one redraw only', () => {
  let now = 0;
  const frames: (() => void)[] = [];
  const scheduler = createRedrawScheduler(
    10,
    () => now,
    (fn) => frames.push(fn),
    34,
  );
  const ran: string[] = [];
  for (let i = 0; i < 8; i++)
    scheduler.request({}, () => {
      ran.push(`r${i}`);
      now += 4;
    });
  frames.shift()!(); // 4+4+4 ms: three redraws fit the 10 ms budget
  assert.deepEqual(ran, ['r0', 'r1', 'r2']);
  now += 40; // the commit rasterized them: the next frame starts 52 ms after this one did
  frames.shift()!();
  assert.deepEqual(ran, ['r0', 'r1', 'r2', 'r3'], 'one redraw after a slow frame');
  now += 5; // a quick frame: the budget applies again
  frames.shift()!();
  assert.deepEqual(ran.slice(4), ['r4', 'r5', 'r6']);
});

test('while held (typing) no redraw runs; once the hold ends they run in request order', () => {
  let now = 0;
  const frames: (() => void)[] = [];
  const scheduler = createRedrawScheduler(
    100,
    () => now,
    (fn) => frames.push(fn),
  );
  const ran: string[] = [];
  scheduler.request({}, () => ran.push('a'));
  scheduler.request({}, () => ran.push('b'));
  scheduler.hold(250);
  now = 100;
  scheduler.hold(250); // another key: the hold now ends at 350
  now = 300;
  frames.shift()!();
  assert.deepEqual(ran, [], 'held: nothing ran');
  assert.equal(frames.length, 1, 'the held redraws wait for a later frame');
  now = 351;
  frames.shift()!();
  assert.deepEqual(ran, ['a', 'b']);
  assert.equal(scheduler.pending(), 0);
});
