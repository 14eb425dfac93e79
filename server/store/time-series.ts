// A generic time series of one (run, tag) in one data class (tensors or blob sequences): points in file order,
// each with step, wall time and value; purged from a step on, as TensorBoard's loader does on a restart. The
// scalar class keeps its own typed-column series (scalar-series.ts) for memory; both answer the same questions.
export interface TimePoint<T> {
  readonly step: number;
  readonly wallTime: number;
  readonly value: T;
  /** The exact int64 step when `step` (its double) rounds it (|step| > 2^53). */
  readonly exactStep?: bigint;
}

export interface TimeSeriesView<T> {
  readonly plugin: string;
  readonly length: number;
  points(): readonly TimePoint<T>[];
  last(): TimePoint<T> | undefined;
}

export interface TimeSeries<T> extends TimeSeriesView<T> {
  append(step: number, wallTime: number, value: T, exactStep?: bigint): void;
  /** Drops every point with step >= fromStep; returns how many were dropped. */
  purge(fromStep: number): number;
}

export function createTimeSeries<T>(plugin: string): TimeSeries<T> {
  let rows: TimePoint<T>[] = [];
  return {
    plugin,
    get length() {
      return rows.length;
    },
    points: () => rows,
    last: () => rows.at(-1),
    append: (step, wallTime, value, exactStep) =>
      void rows.push(
        exactStep === undefined ? { step, wallTime, value } : { step, wallTime, value, exactStep },
      ),
    purge(fromStep) {
      const before = rows.length;
      if (rows.some((r) => r.step >= fromStep)) rows = rows.filter((r) => r.step < fromStep);
      return before - rows.length;
    },
  };
}
