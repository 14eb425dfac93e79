// A JSON object whose keys are data (run names, tag names), kept in insertion order for the JSON writer
// (json-stream.ts), as TensorBoard's Python dicts keep theirs. A plain JS object cannot: integer-like keys
// ("1", "10", "2") always come first, in ascending numeric order, so runs named `logs/1`, `logs/10`, `logs/2`
// or tags `0`, `1` (tensorboardX `add_scalars`) would come out in another order than TensorBoard's.
// Invariants: the JSON writer prints the entries in insertion order (setting an existing key keeps its place,
// as a Python dict does); `toJSON` (for JSON.stringify, e.g. Socket.IO) gives the same members as a plain
// object, in JavaScript's own key order, so only the JSON writer's bytes are TensorBoard's.

export class JsonEntries<V> implements Iterable<[string, V]> {
  private readonly map = new Map<string, V>();

  /** Entries from `[key, value]` pairs, in their order. */
  static of<V>(pairs: Iterable<readonly [string, V]>): JsonEntries<V> {
    const out = new JsonEntries<V>();
    for (const [k, v] of pairs) out.set(k, v);
    return out;
  }

  get size(): number {
    return this.map.size;
  }

  set(key: string, value: V): this {
    this.map.set(key, value);
    return this;
  }

  get(key: string): V | undefined {
    return this.map.get(key);
  }

  has(key: string): boolean {
    return this.map.has(key);
  }

  /** The value at `key`, set to `make()` first when there is none (Python's `setdefault`). */
  getOrSet(key: string, make: () => V): V {
    let v = this.map.get(key);
    if (v === undefined && !this.map.has(key)) this.map.set(key, (v = make()));
    return v as V;
  }

  keys(): IterableIterator<string> {
    return this.map.keys();
  }

  values(): IterableIterator<V> {
    return this.map.values();
  }

  entries(): IterableIterator<[string, V]> {
    return this.map.entries();
  }

  [Symbol.iterator](): IterableIterator<[string, V]> {
    return this.map.entries();
  }

  /** The members as a plain object (JavaScript's key order: integer-like keys first). */
  toJSON(): Record<string, V> {
    return Object.fromEntries(this.map);
  }
}

/** The server-side builder of a wire object keyed by data (`Record<string, X>` in contract/). */
export type JsonEntriesOf<R extends Record<string, unknown>> = JsonEntries<R[string]>;
