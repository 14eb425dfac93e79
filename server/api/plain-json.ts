// The JSON text of an /api answer (or of one piece of it) exactly as tb-json writes it (tbJsonBytes: NaN and the
// infinities as TensorBoard's strings; -0 and doubles beyond 2^53 as Python prints floats; a JsonInt64 as its
// digits), made by one native JSON.stringify whenever nothing in the value needs the generic writer, which is
// about 30x slower (2,000 session summaries: 100-200 ms through the generic writer on this 2-core machine
// under load, 3-6 ms for JSON.stringify). Invariant: the text equals `tbJsonBytes(value)` for every value
// (test/unit/server/plain-json.test.ts); a value holding a number JSON.stringify would spell differently, or an
// object that is not a plain object or list (a JsonInt64, a JsonEntries, anything with toJSON), goes through the
// generic writer whole.
import { jsonPieces, type JsonReplacer } from '../http/json-stream.ts';
import { jsonNumber } from '../http/tb-json.ts';
import { createSliceClock } from '../runtime/turn-scheduler.ts';

/** tb-json's replacer: NaN and the infinities as TensorBoard's strings. */
const cleanse: JsonReplacer = (_key, value) =>
  typeof value === 'number' && !Number.isFinite(value) ? jsonNumber(value) : value;

/** -0 and finite doubles beyond 2^53: JSON.stringify prints them as `0` and as integer digits. */
const pythonSpelled = (x: number): boolean => (x === 0 && 1 / x < 0) || Math.abs(x) >= 2 ** 53;

/** The generic writer's text of `value`, in one go (for pieces small enough to make in one turn). */
export function genericJsonText(value: unknown): string {
  let text = '';
  for (const piece of jsonPieces(value, cleanse)) text += piece;
  return text;
}

/** The text tbJsonBytes(value) would hold, by JSON.stringify when it spells `value` the same way. */
export function plainJsonText(value: unknown): string {
  let plain = true;
  const text = JSON.stringify(value, function (this: unknown, key: string, v: unknown): unknown {
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) return jsonNumber(v);
      if (pythonSpelled(v)) plain = false;
      return v;
    }
    // the holder's own member, before JSON.stringify applied its toJSON
    const own = key === '' ? value : (this as Record<string, unknown>)[key];
    if (typeof own === 'object' && own !== null) {
      const proto = Object.getPrototypeOf(own) as unknown;
      if (proto !== Object.prototype && proto !== Array.prototype && proto !== null) plain = false;
    }
    return v;
  }) as string | undefined;
  return plain && text !== undefined ? text : genericJsonText(value);
}

/** The bytes of `{"<key>":[...items]}` as tbJsonBytes would make them, one item's text at a time
 *  (`text(item)`: plainJsonText of it, or a piece kept from an earlier answer), in slices of the turn budget. */
export async function listJsonBytes<T>(
  key: string,
  items: readonly T[],
  text: (item: T) => string,
): Promise<Buffer> {
  const clock = createSliceClock();
  const parts = new Array<string>(items.length);
  for (let i = 0; i < items.length; i++) {
    parts[i] = text(items[i] as T);
    if (clock.due()) await clock.yield();
  }
  return Buffer.from(`{${JSON.stringify(key)}:[${parts.join(',')}]}`);
}
