// One animation-frame loop for every chart redraw of the page: cards ask for a redraw (live points, settings,
// fetched data) and the scheduler runs the waiting redraws in request order, as many as fit in a frame budget,
// carrying the rest to the next frame. Invariants: a card waits at most once in the queue (asking again while
// queued keeps its place), at least one redraw runs per frame that is not held, so every card is redrawn within
// (queued cards x one frame) once input pauses; a frame spends about FRAME_BUDGET_MS on redraws plus at most one
// redraw's cost, so while many runs stream the page keeps painting (no card redraws on its own frame, all at
// once). Two things the budget cannot see are handled apart: a canvas's drawing is rasterized after the
// script, in the frame's commit (software raster without a GPU: about as long as the script again), so after a
// slow frame (the time between two frames of the loop past SLOW_FRAME_MS) the next frame runs one redraw only;
// and typing wins over drawing: while `hold` is in force (the page holds on every key, INPUT_QUIET_MS) no
// redraw runs, so a keystroke's frame never waits for a chart.

/** Milliseconds of redraw work started in one frame (a 60 Hz frame is 16.7 ms; input and paint need the rest). */
export const FRAME_BUDGET_MS = 10;
/** A frame interval of the loop past this (two 60 Hz frames) means rasterizing the last redraws was slow. */
export const SLOW_FRAME_MS = 34;
/** Charts wait this long after the last key typed anywhere on the page. */
export const INPUT_QUIET_MS = 250;

export interface RedrawScheduler {
  /** Queues `redraw` under `key` (once: a queued key keeps its place and its latest function). */
  request(key: object, redraw: () => void): void;
  /** Drops a queued redraw (a card that was detached or destroyed). */
  cancel(key: object): void;
  /** Runs no redraw for the next `ms` (extends a hold in force; queued redraws wait). */
  hold(ms: number): void;
  /** Redraws waiting now. */
  pending(): number;
}

/** `now` is the page's clock (performance.now) and `nextFrame` requestAnimationFrame; tests pass fakes. */
export function createRedrawScheduler(
  budgetMs: number,
  now: () => number,
  nextFrame: (fn: () => void) => void,
  slowFrameMs: number = SLOW_FRAME_MS,
): RedrawScheduler {
  const queue = new Map<object, () => void>();
  let scheduled = false;
  let heldUntil = -Infinity;
  /** Start of the previous frame when it left redraws for this one (else NaN: no interval to judge). */
  let carriedFrom = NaN;

  function frame(): void {
    scheduled = false;
    const start = now();
    if (start < heldUntil) {
      carriedFrom = NaN;
      schedule();
      return;
    }
    const slow = start - carriedFrom > slowFrameMs;
    for (const [key, redraw] of queue) {
      queue.delete(key);
      try {
        redraw();
      } catch (err) {
        // one card's failure must not stop the others' redraws; the error still reaches the console
        setTimeout(() => {
          throw err;
        });
      }
      if (slow || now() - start >= budgetMs) break;
    }
    carriedFrom = queue.size ? start : NaN;
    if (queue.size) schedule();
  }

  function schedule(): void {
    if (scheduled) return;
    scheduled = true;
    nextFrame(frame);
  }

  return {
    request(key, redraw) {
      queue.set(key, redraw);
      schedule();
    },
    cancel(key) {
      queue.delete(key);
    },
    hold(ms) {
      heldUntil = Math.max(heldUntil, now() + ms);
    },
    pending: () => queue.size,
  };
}
