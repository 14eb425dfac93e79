// Names event files the way TensorFlow 2 / Keras do: events.out.tfevents.<10-digit secs>.<host>.<pid>.<n>.v2.
// Invariant: for one host and pid, a later (secs, counter) pair sorts after an earlier one as long as counters
// grow, because TensorBoard's Python loader only tails the lexicographically last file of a run.

export interface EventFileNameParts {
  /** Wall-clock seconds since the epoch; the fraction is dropped. */
  wallSecs: number;
  host: string;
  pid: number;
  /** Per-process counter across writers (TensorFlow's `<n>`). */
  counter: number;
}

export function eventFileName(o: EventFileNameParts): string {
  if (!Number.isFinite(o.wallSecs) || o.wallSecs < 0 || o.wallSecs >= 1e10) {
    throw new RangeError(
      `eventFileName: wallSecs must be seconds since the epoch below 1e10, got ${o.wallSecs}`,
    );
  }
  if (o.host === '' || /[/\\\0]/.test(o.host)) {
    throw new RangeError(
      `eventFileName: host must be non-empty without path separators, got ${JSON.stringify(o.host)}`,
    );
  }
  if (!Number.isSafeInteger(o.pid) || o.pid < 0) throw new RangeError(`eventFileName: bad pid ${o.pid}`);
  if (!Number.isSafeInteger(o.counter) || o.counter < 0) {
    throw new RangeError(`eventFileName: bad counter ${o.counter}`);
  }
  const secs = String(Math.floor(o.wallSecs)).padStart(10, '0');
  return `events.out.tfevents.${secs}.${o.host}.${o.pid}.${o.counter}.v2`;
}
