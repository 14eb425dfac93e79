// Doubles that TensorBoard's Python holds as floats, carried to the JSON writer (json-stream.ts), which prints
// them as Python's json does: `0.0` and `1.0` where JSON.stringify prints `0` and `1`, NaN and the infinities as
// json_util.Cleanse's strings. For answers whose numbers are floats in TensorBoard and often integral (a PR
// curve's thresholds start at 0.0, its precision is often 1.0). Elsewhere (toJSON, e.g. Socket.IO) they are
// plain numbers, so they are typed as the contract's `number[]` / `number`.

/** A list of floats, printed as Python prints a list of floats. */
export class JsonFloatList {
  readonly values: ArrayLike<number>;
  constructor(values: ArrayLike<number>) {
    this.values = values;
  }
  toJSON(): number[] {
    return Array.from(this.values);
  }
}

/** `values` for a JSON response, printed as Python floats (typed as the contract's list of numbers). */
export function jsonFloats(values: ArrayLike<number>): number[] {
  return new JsonFloatList(values) as unknown as number[];
}

/** One float, printed as Python prints it. */
export class JsonFloat {
  readonly value: number;
  constructor(value: number) {
    this.value = value;
  }
  valueOf(): number {
    return this.value;
  }
  toJSON(): number {
    return this.value;
  }
}

/** `value` for a JSON response, printed as a Python float (typed as the contract's number). */
export function jsonFloat(value: number): number {
  return new JsonFloat(value) as unknown as number;
}
