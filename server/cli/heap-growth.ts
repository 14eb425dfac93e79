// How far V8's heap may grow past what it holds. After each full collection V8 sets the next one's trigger at
// the live heap times a growing factor it picks from its own speed (up to 4x), so a server that holds 280 MB and
// serves millions of points a minute (short-lived JSON chunks, decoded blocks) reached 1.1-1.4 GB of RSS at
// 100M points with Node's default sizing, almost all of it garbage not collected yet. --heap-growth caps that
// factor at 1 + PERCENT/100 through V8's --heap-growing-percent, which V8 reads at every collection, so it is set
// in this process at run time (no re-spawn) and scales with whatever the server holds: unlike a fixed
// --max-old-space-size, a logdir that needs more heap still gets it. The cap never leaves less than
// MIN_HEADROOM_BYTES past the live heap: after each full collection the percent is raised for a small heap
// (up to MAX_HEAP_GROWTH_PERCENT). A first read of 10M points holds some 50 MB while the decode workers'
// transferred columns (a few MB a chunk) and the answers to early requests count against it, and 50% of that
// made V8 run a full collection every ~200 ms (24 in an 8 s read, 7 with its own factor; the read took 1.0-1.3x
// the time); at 100M points the server holds some 300 MB and 50% of it is headroom enough, and the cap is
// what keeps that read and its serving under 1 GB (V8's own factor while reading peaked at 1,035 MiB, and
// serving afterwards at 1,391 MiB). Invariant: a heap limit or growth the user gave Node itself (NODE_OPTIONS
// or node's own flags) is left alone.
import { PerformanceObserver, constants, type PerformanceEntry } from 'node:perf_hooks';
import { getHeapStatistics, setFlagsFromString } from 'node:v8';

/** The default cap on heap growth past the live heap, in percent (measured in README's Scale section). */
export const DEFAULT_HEAP_GROWTH_PERCENT = 50;
/** The least headroom the cap leaves past the live heap (see above). */
export const MIN_HEADROOM_BYTES = 128 * 2 ** 20;
/** The most the percent is raised to for a small heap (V8's own factor goes up to 4x). */
export const MAX_HEAP_GROWTH_PERCENT = 300;

const USER_HEAP_FLAGS = /--(heap[-_]growing[-_]percent|max[-_]old[-_]space[-_]size)\b/;

/** Whether Node was started with its own heap sizing (then --heap-growth does nothing). */
export function userSizedHeap(execArgv: readonly string[], nodeOptions: string | undefined): boolean {
  return execArgv.some((a) => USER_HEAP_FLAGS.test(a)) || USER_HEAP_FLAGS.test(nodeOptions ?? '');
}

/** The growth percent for a heap holding `liveBytes`: `percent`, or more where that leaves under `minHeadroom`. */
export function growthPercentFor(
  liveBytes: number,
  percent: number,
  minHeadroom: number = MIN_HEADROOM_BYTES,
): number {
  const floor = Math.ceil((minHeadroom / Math.max(liveBytes, 1)) * 100);
  return Math.round(Math.max(percent, Math.min(floor, MAX_HEAP_GROWTH_PERCENT)));
}

/**
 * Caps V8's heap growth at `percent` past the live heap (0: V8's own factor), raised after each full collection
 * while that leaves under MIN_HEADROOM_BYTES. Returns what was applied.
 */
export function limitHeapGrowth(
  percent: number,
  execArgv: readonly string[] = process.execArgv,
  nodeOptions: string | undefined = process.env.NODE_OPTIONS,
): 'applied' | 'off' | 'user' {
  if (percent <= 0) return 'off';
  if (userSizedHeap(execArgv, nodeOptions)) return 'user';
  let current = -1;
  const apply = (): void => {
    const next = growthPercentFor(getHeapStatistics().used_heap_size, percent);
    if (next === current) return;
    setFlagsFromString(`--heap-growing-percent=${next}`);
    current = next;
  };
  apply();
  // the heap in use right after a full collection is the live heap the next trigger is computed from
  const major = (e: PerformanceEntry): boolean =>
    (e as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind ===
    constants.NODE_PERFORMANCE_GC_MAJOR;
  new PerformanceObserver((list) => {
    if (list.getEntries().some(major)) apply();
  }).observe({ entryTypes: ['gc'] });
  return 'applied';
}
