// The page's one redraw loop (redraw-scheduler.ts on the page's clock and animation frames), shared by every
// chart card. Invariant: charts hold still while text is typed anywhere on the page (a filter's keystroke then
// paints in one short frame; the charts follow once typing pauses, INPUT_QUIET_MS after the last key).
import {
  createRedrawScheduler,
  FRAME_BUDGET_MS,
  INPUT_QUIET_MS,
  type RedrawScheduler,
} from './redraw-scheduler.ts';

const TEXT_INPUTS: ReadonlySet<string> = new Set(['text', 'search', 'number']);

let pageScheduler: RedrawScheduler | null = null;

/** The page's scheduler, created (and its key listeners installed) on first use. */
export function pageRedrawScheduler(): RedrawScheduler {
  if (pageScheduler) return pageScheduler;
  const scheduler = createRedrawScheduler(
    FRAME_BUDGET_MS,
    () => performance.now(),
    (fn) => requestAnimationFrame(() => fn()),
  );
  const typed = (e: Event): void => {
    const t = e.target;
    if (t instanceof HTMLTextAreaElement || (t instanceof HTMLInputElement && TEXT_INPUTS.has(t.type)))
      scheduler.hold(INPUT_QUIET_MS);
  };
  document.addEventListener('keydown', typed, { capture: true });
  document.addEventListener('input', typed, { capture: true });
  return (pageScheduler = scheduler);
}
