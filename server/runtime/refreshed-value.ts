// A value that walks every run (the bytes held by scalar series, the files and records of every ingestor), kept
// fresh in the background: the first read computes it at once; a read when it is older than `maxAgeMs` returns
// the last value and starts one sliced recomputation (on the shared turn budget), which later reads get.
// Invariant: at most one recomputation runs at a time, a read never walks the runs in its own turn after the
// first, and a value is never older than maxAgeMs plus one recomputation when reads keep coming.

export function refreshedValue<T>(
  maxAgeMs: number,
  computeNow: () => T,
  computeSliced: () => Promise<T>,
): () => T {
  let value: { at: number; v: T } | undefined;
  let running = false;
  return () => {
    if (!value) value = { at: performance.now(), v: computeNow() };
    else if (!running && performance.now() - value.at >= maxAgeMs) {
      running = true;
      const started = performance.now();
      computeSliced().then(
        (v) => {
          value = { at: started, v };
          running = false;
        },
        () => void (running = false), // the last value stays; the next read tries again
      );
    }
    return value.v;
  };
}
