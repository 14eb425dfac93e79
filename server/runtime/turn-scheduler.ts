// One budget of sliced work per turn of the event loop, shared by every long job of the server (streamed JSON,
// listings over thousands of runs, exports). A job works in short slices and calls `yieldTurn()` between them;
// while the current turn has budget left, the call hands over to the next waiting job (round robin), and once
// the budget is spent every job waits for the next turn. Invariant: however many jobs run at once, sliced work
// holds the loop for about TURN_BUDGET_MS plus one slice per turn, so timers and I/O (a health check, a push)
// wait at most that long; a job never waits for more than its queue position.

/** Sliced work per turn of the event loop, in milliseconds. */
export const TURN_BUDGET_MS = 8;
/** How long one slice of a job should run before it yields (a job checks `sliceDue`). */
export const SLICE_MS = 3;

const waiting: (() => void)[] = [];
let turnStart = Number.NEGATIVE_INFINITY;
let scheduled = false;

function runTurn(): void {
  scheduled = false;
  turnStart = performance.now();
  waiting.shift()?.();
  scheduleTurn();
}

function scheduleTurn(): void {
  if (scheduled || waiting.length === 0) return;
  scheduled = true;
  setImmediate(runTurn);
}

/** Resumes after other jobs had their share: at once within this turn's budget, else in a later turn. */
export function yieldTurn(): Promise<void> {
  return new Promise<void>((resume) => {
    waiting.push(resume);
    if (performance.now() - turnStart < TURN_BUDGET_MS) waiting.shift()!();
    else scheduleTurn();
  });
}

/** A clock for one job's slices: `due()` is true once SLICE_MS passed since the last `yield()` (or creation). */
export function createSliceClock(sliceMs = SLICE_MS): { due(): boolean; yield(): Promise<void> } {
  let start = performance.now();
  return {
    due: () => performance.now() - start >= sliceMs,
    async yield() {
      await yieldTurn();
      start = performance.now();
    },
  };
}

/** Jobs waiting for a turn (health figures, tests). */
export function waitingJobs(): number {
  return waiting.length;
}
