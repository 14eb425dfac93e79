// One scalar series as the client holds it: the (possibly downsampled) window fetched over HTTP plus the raw
// points pushed live after it. Invariants: steps strictly increase; a pushed point at or before the last step
// held is a duplicate and is dropped (the server never sends a point twice, but a refetch can overlap a push);
// `rawCount` counts the raw points the series represents (the server's total plus accepted pushes).
import type { JsonNumber, ScalarPoint } from '../../contract/index.ts';

export interface SeriesBuffer {
  steps: number[];
  wallTimes: number[];
  values: number[];
  /** Raw points represented: the server's `total` at fetch time plus points appended since. */
  rawCount: number;
  /** True when the fetched window was downsampled (fewer points held than exist). */
  downsampled: boolean;
}

export function toNumber(v: JsonNumber): number {
  if (typeof v === 'number') return v;
  return v === 'NaN' ? NaN : v === 'Infinity' ? Infinity : -Infinity;
}

export function emptySeries(): SeriesBuffer {
  return { steps: [], wallTimes: [], values: [], rawCount: 0, downsampled: false };
}

/** Builds a buffer from a fetched response. */
export function seriesFromFetch(
  points: readonly ScalarPoint[],
  total: number,
  downsampled: boolean,
): SeriesBuffer {
  const s = emptySeries();
  for (const [step, wall, value] of points) {
    if (s.steps.length && step <= (s.steps[s.steps.length - 1] as number)) continue;
    s.steps.push(step);
    s.wallTimes.push(wall);
    s.values.push(toNumber(value));
  }
  s.rawCount = Math.max(total, s.steps.length);
  s.downsampled = downsampled;
  return s;
}

/** Appends pushed points in place; returns how many were accepted (new steps only). */
export function appendPoints(s: SeriesBuffer, points: readonly ScalarPoint[]): number {
  let accepted = 0;
  for (const [step, wall, value] of points) {
    const last = s.steps.length ? (s.steps[s.steps.length - 1] as number) : -Infinity;
    if (step <= last) continue;
    s.steps.push(step);
    s.wallTimes.push(wall);
    s.values.push(toNumber(value));
    accepted++;
  }
  s.rawCount += accepted;
  return accepted;
}

/** Drops points with step >= fromStep (a restart); the raw count drops by the points removed, or, when the
 *  buffer was downsampled, is unknown and the caller must refetch (returns true). */
export function purgeFrom(s: SeriesBuffer, fromStep: number): boolean {
  let i = s.steps.length;
  while (i > 0 && (s.steps[i - 1] as number) >= fromStep) i--;
  const removed = s.steps.length - i;
  s.steps.length = i;
  s.wallTimes.length = i;
  s.values.length = i;
  s.rawCount = Math.max(s.steps.length, s.rawCount - removed);
  return s.downsampled && removed > 0;
}

/** The last step held, or undefined when empty. */
export function lastStep(s: SeriesBuffer): number | undefined {
  return s.steps.length ? s.steps[s.steps.length - 1] : undefined;
}

/** Merges points into the buffer in step order, keeping points already held (a gap fetch can arrive after
 *  later pushes); returns how many were inserted. Does not touch rawCount: the caller knows the true total. */
export function mergePoints(s: SeriesBuffer, points: readonly ScalarPoint[]): number {
  const fresh = points.filter(([step]) => !s.steps.includes(step));
  if (fresh.length === 0) return 0;
  const rows = s.steps.map((step, i) => [step, s.wallTimes[i] as number, s.values[i] as number] as const);
  const merged = [...rows, ...fresh.map(([step, wall, v]) => [step, wall, toNumber(v)] as const)].sort(
    (a, b) => a[0] - b[0],
  );
  s.steps = merged.map((r) => r[0]);
  s.wallTimes = merged.map((r) => r[1]);
  s.values = merged.map((r) => r[2]);
  return fresh.length;
}
