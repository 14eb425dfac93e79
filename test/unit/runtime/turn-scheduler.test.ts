// The shared turn budget: many sliced jobs at once must not starve timers (a health check, a push), and every
// job must make progress (round robin), whatever the number of jobs.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createSliceClock, waitingJobs, yieldTurn } from '../../../server/runtime/turn-scheduler.ts';

/** Busy work for about `ms` milliseconds (a slice of a real job: serializing, summarizing). */
function spin(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // busy
  }
}

test('a timer fires long before 20 concurrent sliced jobs finish (they share one budget per turn)', async () => {
  const jobs = 20;
  const slicesPerJob = 15;
  let slices = 0;
  let slicesWhenTimerFired = -1;
  const timer = new Promise<void>((ok) =>
    setTimeout(() => {
      slicesWhenTimerFired = slices;
      ok();
    }, 0),
  );
  const work = Array.from({ length: jobs }, async () => {
    for (let i = 0; i < slicesPerJob; i++) {
      spin(3);
      slices++;
      await yieldTurn();
    }
  });
  await Promise.all([timer, ...work]);
  assert.equal(slices, jobs * slicesPerJob);
  // one turn runs about TURN_BUDGET_MS of slices; 300 slices of 3 ms are ~100 turns of work
  assert.ok(
    slicesWhenTimerFired >= 0 && slicesWhenTimerFired < (jobs * slicesPerJob) / 10,
    `the timer waited for ${slicesWhenTimerFired} of ${jobs * slicesPerJob} slices`,
  );
  assert.equal(waitingJobs(), 0, 'nothing left waiting');
});

test('every job makes progress: no job finishes before each other job has run a slice', async () => {
  const jobs = 8;
  const progress = new Array<number>(jobs).fill(0);
  let minAtFirstFinish = -1;
  const work = Array.from({ length: jobs }, async (_, j) => {
    const clock = createSliceClock(1);
    for (let i = 0; i < 20; i++) {
      spin(0.5);
      progress[j]!++;
      if (clock.due()) await clock.yield();
    }
    if (minAtFirstFinish < 0) minAtFirstFinish = Math.min(...progress);
  });
  await Promise.all(work);
  assert.ok(minAtFirstFinish >= 1, `a job finished while another had done ${minAtFirstFinish} slices`);
});
