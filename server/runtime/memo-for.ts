// A value recomputed at most once per `maxAgeMs` (aggregates that walk every run, such as the bytes held by
// scalar series or the files and records of every ingestor: health checks may come many times a second).
// Invariant: the first call computes; later calls within maxAgeMs return the same value.

export function memoFor<T>(maxAgeMs: number, compute: () => T): () => T {
  let at = Number.NEGATIVE_INFINITY;
  let value: T | undefined;
  return () => {
    const now = performance.now();
    if (now - at >= maxAgeMs) {
      value = compute();
      at = now;
    }
    return value as T;
  };
}
