// The exact int64 steps of one series' points whose step a double cannot hold (|step| > 2^53), as a sparse
// side table beside the Float64 step column: index -> bigint, empty (and free) for every ordinary series.
// Invariant: it follows the column's indices, so a purge must report the removed indices (ascending) to it.

export interface ExactSteps {
  /** The exact step of point i, when it has one. */
  get(i: number): bigint | undefined;
  set(i: number, step: bigint): void;
  /** Drops the entries of the removed indices (ascending) and shifts the later ones down. */
  purge(removed: readonly number[]): void;
  readonly size: number;
}

export function createExactSteps(): ExactSteps {
  let byIndex: Map<number, bigint> | undefined;
  return {
    get: (i) => byIndex?.get(i),
    set(i, step) {
      (byIndex ??= new Map()).set(i, step);
    },
    purge(removed) {
      if (!byIndex || removed.length === 0) return;
      const next = new Map<number, bigint>();
      for (const [i, step] of byIndex) {
        // removed indices below i, by binary search; a removed index itself is dropped
        let lo = 0;
        let hi = removed.length;
        while (lo < hi) {
          const mid = (lo + hi) >>> 1;
          if (removed[mid]! < i) lo = mid + 1;
          else hi = mid;
        }
        if (removed[lo] !== i) next.set(i - lo, step);
      }
      byIndex = next.size ? next : undefined;
    },
    get size() {
      return byIndex?.size ?? 0;
    },
  };
}

/** The step of a point as JSON and CSV print it: the exact digits when known, else the double's integer. */
export function stepDigits(step: number, exact: bigint | undefined): string {
  if (exact !== undefined) return exact.toString();
  // a double beyond 2^53 (or 1e21) still prints as a plain integer, as Python prints an int
  if (Number.isSafeInteger(step) || !Number.isFinite(step)) return String(step);
  return BigInt(Math.trunc(step)).toString();
}
