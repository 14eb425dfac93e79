// One scalar series (a run's tag) at full resolution in growable typed columns: step and wall time as
// Float64Array, values as Float32Array until a value is not exactly a float32 (then the column becomes
// Float64Array): 20 bytes a point, plus growth slack that compact() releases after a bulk load; steps a double
// cannot hold (|step| > 2^53) also sit exactly in a sparse side table (exact-steps.ts). Invariants: points stay in arrival order (TensorBoard's file order); `sorted` says whether
// steps never decreased, which lets queries binary-search; purge() removes points with step >= fromStep.

import { createExactSteps, stepDigits } from './exact-steps.ts';

const INITIAL_CAPACITY = 16;

/**
 * Min/max buckets over a series' first points (column-cache/min-max-buckets.ts): consecutive buckets, each with
 * the indices of its first minimum and first maximum (a NaN is the minimum), as the downsampler picks them.
 */
export interface SeriesExtremes {
  /** The bucket holding point i, or -1 when no bucket covers it. */
  bucketOf(i: number): number;
  bucketStart(b: number): number;
  /** Exclusive; the next bucket's start. */
  bucketEnd(b: number): number;
  minIndex(b: number): number;
  maxIndex(b: number): number;
}

/** Points [first, end) of a series as columns: point p at index p - first (a bulk read's view, see columnsAt). */
export interface ScalarColumnsRun {
  first: number;
  end: number;
  steps: Float64Array;
  walls: Float64Array;
  values: Float32Array | Float64Array;
}

export interface ScalarSeriesView {
  readonly length: number;
  /** Min/max buckets whose extreme points read without touching the disk (disk-backed series). */
  readonly extremes?: SeriesExtremes;
  /** True while steps never decreased (binary search on step is valid). */
  readonly sorted: boolean;
  step(i: number): number;
  /** The exact int64 step of point i when the double step(i) rounds it (|step| > 2^53), else undefined. */
  exactStep(i: number): bigint | undefined;
  /** Point i's step as its exact integer digits (JSON and CSV print these). */
  stepText(i: number): string;
  wallTime(i: number): number;
  value(i: number): number;
  /** First index whose step is > `step` (for a sorted series; linear for unsorted). */
  indexAfterStep(step: number): number;
  /**
   * The points from `i` (< length) on that lie together in memory (all of them, or a disk series' block or tail),
   * so a reader of many points takes them from arrays instead of a call per field. Valid only until the series is
   * appended to or another block of its column cache is read (a decoded block may then be evicted): read it
   * through before anything else runs.
   */
  columnsAt(i: number): ScalarColumnsRun;
  /** Bytes held by the columns (capacity included). */
  bytes(): number;
}

export interface ScalarSeries extends ScalarSeriesView {
  /** `exactStep`: the int64 step when `step` (its double) rounds it. */
  append(step: number, wallTime: number, value: number, exactStep?: bigint): void;
  /** Appends points [from, to) of the columns, in order (what append() does for each, in one copy). */
  appendColumns(
    steps: Float64Array,
    wallTimes: Float64Array,
    values: Float64Array,
    from: number,
    to: number,
  ): void;
  /** Removes every point with step >= fromStep; returns the old indices removed (ascending). */
  purge(fromStep: number): number[];
  /** Releases unused capacity (called once a bulk load is read); returns the bytes released. */
  compact(): number;
}

export function createScalarSeries(): ScalarSeries {
  let capacity = INITIAL_CAPACITY;
  let length = 0;
  let sorted = true;
  let steps = new Float64Array(capacity);
  let walls = new Float64Array(capacity);
  let values: Float32Array | Float64Array = new Float32Array(capacity);
  const exact = createExactSteps();

  function grow(min: number): void {
    let next = capacity;
    // doubling while small; past 64K points 1.25x, so a long series wastes at most a fifth of its columns
    while (next < min) next = next < 1 << 16 ? next * 2 : Math.ceil(next * 1.25);
    resize(next);
  }

  function resize(next: number): void {
    const s = new Float64Array(next);
    s.set(steps.subarray(0, length));
    const w = new Float64Array(next);
    w.set(walls.subarray(0, length));
    const v = values instanceof Float32Array ? new Float32Array(next) : new Float64Array(next);
    v.set(values.subarray(0, length));
    [steps, walls, values, capacity] = [s, w, v, next];
  }

  function widenValues(): void {
    const v = new Float64Array(capacity);
    v.set(values.subarray(0, length));
    values = v;
  }

  function indexAfterStep(step: number): number {
    if (!sorted) {
      // after a step regression, the caller holds everything up to the last point AT its step (file order);
      // without such a point, everything after the last point with a step below it
      for (let i = length - 1; i >= 0; i--) if (steps[i]! === step) return i + 1;
      for (let i = length - 1; i >= 0; i--) if (steps[i]! < step) return i + 1;
      return 0;
    }
    let lo = 0;
    let hi = length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (steps[mid]! <= step) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  return {
    get length() {
      return length;
    },
    get sorted() {
      return sorted;
    },
    step: (i) => steps[i]!,
    exactStep: (i) => exact.get(i),
    stepText: (i) => stepDigits(steps[i]!, exact.get(i)),
    wallTime: (i) => walls[i]!,
    value: (i) => values[i]!,
    indexAfterStep,
    columnsAt: () => ({ first: 0, end: length, steps, walls, values }),
    bytes: () => steps.byteLength + walls.byteLength + values.byteLength,
    append(step, wallTime, value, exactStep) {
      if (length === capacity) grow(length + 1);
      if (values instanceof Float32Array && Math.fround(value) !== value && !Number.isNaN(value))
        widenValues();
      if (length > 0 && step < steps[length - 1]!) sorted = false;
      steps[length] = step;
      walls[length] = wallTime;
      values[length] = value;
      if (exactStep !== undefined) exact.set(length, exactStep);
      length++;
    },
    appendColumns(stepCol, wallCol, valueCol, from, to) {
      const n = to - from;
      if (n <= 0) return;
      if (length + n > capacity) grow(length + n);
      if (values instanceof Float32Array)
        for (let i = from; i < to; i++) {
          const v = valueCol[i]!;
          if (Math.fround(v) !== v && !Number.isNaN(v)) {
            widenValues();
            break;
          }
        }
      if (sorted) {
        let prev = length > 0 ? steps[length - 1]! : Number.NEGATIVE_INFINITY;
        for (let i = from; i < to && sorted; i++) {
          const s = stepCol[i]!;
          if (s < prev) sorted = false;
          prev = s;
        }
      }
      steps.set(stepCol.subarray(from, to), length);
      walls.set(wallCol.subarray(from, to), length);
      values.set(valueCol.subarray(from, to), length);
      length += n;
    },
    compact() {
      const before = steps.byteLength + walls.byteLength + values.byteLength;
      if (capacity - length <= 16) return 0;
      resize(Math.max(length, 1));
      return before - (steps.byteLength + walls.byteLength + values.byteLength);
    },
    purge(fromStep) {
      const removed: number[] = [];
      let out = 0;
      for (let i = 0; i < length; i++) {
        if (steps[i]! >= fromStep) {
          removed.push(i);
          continue;
        }
        if (out !== i) {
          steps[out] = steps[i]!;
          walls[out] = walls[i]!;
          values[out] = values[i]!;
        }
        out++;
      }
      length = out;
      exact.purge(removed);
      sorted = true;
      for (let i = 1; i < length; i++) if (steps[i]! < steps[i - 1]!) sorted = false;
      return removed;
    },
  };
}
