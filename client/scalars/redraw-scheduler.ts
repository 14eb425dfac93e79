// One animation-frame loop for every chart redraw of the page: cards ask for a redraw (live points, settings,
// fetched data) and the scheduler runs the waiting redraws in request order, as many as fit in a frame budget,
// carrying the rest to the next frame. Invariants: a card waits at most once in the queue (asking again while
// queued keeps its place), at least one redraw runs per frame, so every card is redrawn within (queued cards x
// one frame); a frame spends about FRAME_BUDGET_MS on redraws plus at most one redraw's cost, so while many
// runs stream the page keeps painting (no card redraws on its own frame, all at once).

/** Milliseconds of redraw work started in one frame (a 60 Hz frame is 16.7 ms; input and paint need the rest). */
export const FRAME_BUDGET_MS = 10;

export interface RedrawScheduler {
  /** Queues `redraw` under `key` (once: a queued key keeps its place and its latest function). */
  request(key: object, redraw: () => void): void;
  /** Drops a queued redraw (a card that was detached or destroyed). */
  cancel(key: object): void;
  /** Redraws waiting now. */
  pending(): number;
}

/** `now` is the page's clock (performance.now) and `nextFrame` requestAnimationFrame; tests pass fakes. */
export function createRedrawScheduler(
  budgetMs: number,
  now: () => number,
  nextFrame: (fn: () => void) => void,
): RedrawScheduler {
  const queue = new Map<object, () => void>();
  let scheduled = false;

  function frame(): void {
    scheduled = false;
    const start = now();
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
      if (now() - start >= budgetMs) break;
    }
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
    pending: () => queue.size,
  };
}
