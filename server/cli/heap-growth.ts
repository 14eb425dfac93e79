// How far V8's heap may grow past what it holds. After each full collection V8 sets the next one's trigger at
// the live heap times a growing factor it picks from its own speed (up to 4x), so a server that holds 280 MB and
// serves millions of points a minute (short-lived JSON chunks, decoded blocks) reached 1.1-1.4 GB of RSS at
// 100M points with Node's default sizing, almost all of it garbage not collected yet. --heap-growth caps that
// factor at 1 + PERCENT/100 through V8's --heap-growing-percent, which V8 reads at every collection, so it is set
// at start-up in this process (no re-spawn) and scales with whatever the server holds: unlike a fixed
// --max-old-space-size, a logdir that needs more heap still gets it. The cap starts once the first read of the
// logdir is done (limitHeapGrowthAfter): while it reads, the decode workers' columns (transferred buffers, a few
// MB per chunk) and the answers to early requests count against a heap of some tens of MB, so a cap of 50% made
// V8 run a full collection every ~200 ms (24 in an 8 s read of 10M points, against 7 with its own factor) and
// the read took about 1.1x the CPU; reading holds a bounded amount (read-ahead capped), so its peak does not need
// the cap. Invariant: a heap limit or growth the user gave Node itself (NODE_OPTIONS or node's own flags) is
// left alone.
import { setFlagsFromString } from 'node:v8';

/** The default cap on heap growth past the live heap, in percent (measured in README's Scale section). */
export const DEFAULT_HEAP_GROWTH_PERCENT = 50;

const USER_HEAP_FLAGS = /--(heap[-_]growing[-_]percent|max[-_]old[-_]space[-_]size)\b/;

/** Whether Node was started with its own heap sizing (then --heap-growth does nothing). */
export function userSizedHeap(execArgv: readonly string[], nodeOptions: string | undefined): boolean {
  return execArgv.some((a) => USER_HEAP_FLAGS.test(a)) || USER_HEAP_FLAGS.test(nodeOptions ?? '');
}

/** Caps V8's heap growth at `percent` past the live heap (0: V8's own factor). Returns what was applied. */
export function limitHeapGrowth(
  percent: number,
  execArgv: readonly string[] = process.execArgv,
  nodeOptions: string | undefined = process.env.NODE_OPTIONS,
): 'applied' | 'off' | 'user' {
  if (percent <= 0) return 'off';
  if (userSizedHeap(execArgv, nodeOptions)) return 'user';
  setFlagsFromString(`--heap-growing-percent=${Math.round(percent)}`);
  return 'applied';
}

/**
 * limitHeapGrowth once `firstRead` has settled (resolved or not): V8's own sizing until then. Returns what will
 * be applied ('deferred' when the cap waits for the read).
 */
export function limitHeapGrowthAfter(
  firstRead: Promise<unknown>,
  percent: number,
  execArgv: readonly string[] = process.execArgv,
  nodeOptions: string | undefined = process.env.NODE_OPTIONS,
): 'deferred' | 'off' | 'user' {
  if (percent <= 0) return 'off';
  if (userSizedHeap(execArgv, nodeOptions)) return 'user';
  const apply = (): void => void limitHeapGrowth(percent, execArgv, nodeOptions);
  firstRead.then(apply, apply);
  return 'deferred';
}
