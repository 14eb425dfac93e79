// An int64 a double cannot hold, carried through a response object to the JSON writer (json-stream.ts), which
// prints its exact digits as Python's json prints an int. Elsewhere it degrades to the nearest double
// (valueOf for arithmetic and comparisons, toJSON for JSON.stringify, e.g. Socket.IO), so it is typed as the
// contract's `number`. Invariant: only created for |value| > 2^53; smaller steps stay plain numbers.

export class JsonInt64 {
  readonly value: bigint;
  constructor(value: bigint) {
    this.value = value;
  }
  valueOf(): number {
    return Number(this.value);
  }
  toJSON(): number {
    return Number(this.value);
  }
  toString(): string {
    return this.value.toString();
  }
}

/** A step for a JSON response: the double, or (typed as it) the exact int64 when the double rounds it. */
export function jsonStep(step: number, exactStep: bigint | undefined): number {
  return exactStep === undefined ? step : (new JsonInt64(exactStep) as unknown as number);
}
