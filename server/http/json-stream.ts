// Sends a JSON value without holding the event loop: the value is serialized in slices of at most
// `SLICE_MS` of work (resumed through the shared turn budget of runtime/turn-scheduler.ts), a small body goes out in one `end` (with its Content-Length, as before), and a large
// one is streamed chunk by chunk, waiting for `drain` when the socket is full and stopping when the client
// leaves. Invariants: the bytes are those of `JSON.stringify(value, replacer)` (same key order, `toJSON`,
// undefined members skipped in objects and null in lists); no slice of work runs longer than about SLICE_MS
// plus one leaf's serialization; the value must not change while it is sent (routes send fresh objects).
// Three numbers print as TensorBoard's Python json prints them, where JSON.stringify would lose or blur them:
// `-0` as `-0.0`, a double beyond 2^53 as a float (`9007199254740992.0`, `3e+20`: only a JsonInt64 prints bare
// digits there), and a JsonInt64 (an int64 step beyond 2^53) as its exact digits. A JsonEntries (an object keyed
// by data, json-entries.ts) prints as an object in its insertion order, where JSON.stringify would put
// integer-like keys first. A JsonFloat or JsonFloatList (json-float.ts) prints as Python floats (`1.0`).
// With charset 'ascii' (TensorBoard's /data answers) every non-ASCII character is escaped as Python's
// ensure_ascii escapes it (json-ascii.ts), one scan per slice; 'utf8' (our /api answers) sends it as it is.
import type { Response } from 'express';
import { SLICE_MS, yieldTurn } from '../runtime/turn-scheduler.ts';
import { asciiJson } from './json-ascii.ts';
import { JsonEntries } from './json-entries.ts';
import { JsonFloat, JsonFloatList } from './json-float.ts';
import { JsonInt64 } from './json-int64.ts';
import { pythonFloatRepr, pythonJsonFloat } from './python-float.ts';
import { writeChunk } from './response-drain.ts';
/** Characters gathered before one `write`; also the most a body may be to go out in a single `end`. */
const CHUNK_CHARS = 256 * 1024;
/** A list or object this small whose members are all primitives is serialized by one JSON.stringify. */
const FLAT_MEMBERS = 16;

export type JsonReplacer = (key: string, value: unknown) => unknown;
/** How non-ASCII characters are sent: as UTF-8, or as `\uXXXX` escapes (Python's ensure_ascii). */
export type JsonCharset = 'utf8' | 'ascii';

/** -0 (JSON.stringify prints `0`) and finite doubles beyond 2^53 (it prints integer digits, as for an int). */
const needsPythonSpelling = (m: unknown): boolean =>
  typeof m === 'number' && ((m === 0 && 1 / m < 0) || (m - m === 0 && Math.abs(m) >= 2 ** 53));

function isFlat(x: object): boolean {
  if (Array.isArray(x)) {
    if (x.length > FLAT_MEMBERS) return false;
    for (const m of x) if ((typeof m === 'object' && m !== null) || needsPythonSpelling(m)) return false;
    return true;
  }
  let n = 0;
  for (const k in x) {
    if (!Object.prototype.hasOwnProperty.call(x, k)) continue;
    if (++n > FLAT_MEMBERS) return false;
    const m = (x as Record<string, unknown>)[k];
    if ((typeof m === 'object' && m !== null) || needsPythonSpelling(m)) return false;
  }
  return true;
}

/** A JsonFloat or JsonInt64 member, printed by this writer (a plain value: undefined). */
function numberText(m: unknown): string | undefined {
  if (m instanceof JsonFloat) return pythonJsonFloat(m.value);
  if (m instanceof JsonInt64) return m.toString();
  return undefined;
}

/** The text of a small list or plain object whose members are primitives, JsonFloats or JsonInt64s, at least
 *  one of them a JsonFloat or JsonInt64 (a Time Series point `{wallTime, step, value}`), made in one go
 *  rather than a generator per member; undefined for any other value. */
function flatNumbersText(x: object, replacer: JsonReplacer): string | undefined {
  if (x instanceof JsonEntries || x instanceof JsonFloatList) return undefined;
  const isList = Array.isArray(x);
  const keys = isList ? undefined : Object.keys(x);
  const n = isList ? x.length : keys!.length;
  if (n === 0 || n > FLAT_MEMBERS) return undefined;
  if (!isList && typeof (x as { toJSON?: unknown }).toJSON === 'function') return undefined;
  let special = false;
  for (let i = 0; i < n; i++) {
    const m: unknown = isList ? (x as unknown[])[i] : (x as Record<string, unknown>)[keys![i]!];
    if (m instanceof JsonFloat || m instanceof JsonInt64) special = true;
    else if ((typeof m === 'object' && m !== null) || needsPythonSpelling(m)) return undefined;
  }
  if (!special) return undefined;
  let text = isList ? '[' : '{';
  let first = true;
  for (let i = 0; i < n; i++) {
    const k = isList ? String(i) : keys![i]!;
    const m: unknown = isList ? (x as unknown[])[i] : (x as Record<string, unknown>)[k];
    const member = numberText(m) ?? JSON.stringify(replacer(k, m));
    if (isList) text += (i > 0 ? ',' : '') + (member ?? 'null');
    else if (member !== undefined) {
      text += `${first ? '' : ','}${JSON.stringify(k)}:${member}`;
      first = false;
    }
  }
  return text + (isList ? ']' : '}');
}

/** The JSON text of `value` (as JSON.stringify with `replacer`) in pieces, one member at a time. */
export function* jsonPieces(value: unknown, replacer: JsonReplacer, key = ''): Generator<string> {
  let v = value;
  if (v instanceof JsonInt64) {
    yield v.toString();
    return;
  }
  if (v instanceof JsonFloat) {
    yield pythonJsonFloat(v.value);
    return;
  }
  if (v instanceof JsonFloatList) {
    yield* floatListPieces(v.values);
    return;
  }
  if (
    typeof v === 'object' &&
    v !== null &&
    !(v instanceof JsonEntries) &&
    typeof (v as { toJSON?: unknown }).toJSON === 'function'
  )
    v = (v as { toJSON(k: string): unknown }).toJSON(key);
  v = replacer(key, v);
  if (v instanceof JsonEntries) {
    yield* objectPieces(v.keys(), v, replacer);
    return;
  }
  if (needsPythonSpelling(v)) {
    yield pythonFloatRepr(v as number);
    return;
  }
  if (typeof v !== 'object' || v === null || isFlat(v)) {
    const text = JSON.stringify(v, replacer);
    if (text !== undefined) yield text;
    return;
  }
  const flat = flatNumbersText(v, replacer);
  if (flat !== undefined) {
    yield flat;
    return;
  }
  if (Array.isArray(v)) {
    yield '[';
    for (let i = 0; i < v.length; i++) {
      if (i > 0) yield ',';
      let empty = true;
      for (const piece of jsonPieces(v[i], replacer, String(i))) {
        empty = false;
        yield piece;
      }
      if (empty) yield 'null';
    }
    yield ']';
    return;
  }
  yield* objectPieces(Object.keys(v), v as Record<string, unknown>, replacer);
}

/** An object's members in the order of `keys` (a plain object's own keys, or a JsonEntries' keys in insertion
 *  order); a member that prints nothing (undefined, a function) is skipped, as JSON.stringify skips it. */
function* objectPieces(
  keys: Iterable<string>,
  members: Record<string, unknown> | JsonEntries<unknown>,
  replacer: JsonReplacer,
): Generator<string> {
  const entries = members instanceof JsonEntries ? members : undefined;
  const record = members as Record<string, unknown>;
  yield '{';
  let first = true;
  for (const k of keys) {
    const member = entries ? entries.get(k) : record[k];
    let head: string | undefined = `${first ? '' : ','}${JSON.stringify(k)}:`;
    for (const piece of jsonPieces(member, replacer, k)) {
      if (head !== undefined) {
        yield head;
        head = undefined;
        first = false;
      }
      yield piece;
    }
  }
  yield '}';
}

/** A JsonFloatList as Python prints a list of floats, a piece per FLAT_MEMBERS values. */
function* floatListPieces(values: ArrayLike<number>): Generator<string> {
  let text = '[';
  for (let i = 0; i < values.length; i++) {
    text += (i > 0 ? ',' : '') + pythonJsonFloat(values[i]!);
    if ((i + 1) % FLAT_MEMBERS === 0) {
      yield text;
      text = '';
    }
  }
  yield text + ']';
}

/** Gathers pieces for at most SLICE_MS or CHUNK_CHARS; `done` once the generator is exhausted. */
function slice(pieces: Generator<string>, charset: JsonCharset): { text: string; done: boolean } {
  const t0 = performance.now();
  let text = '';
  let n = 0;
  let done = false;
  for (;;) {
    const r = pieces.next();
    if (r.done) {
      done = true;
      break;
    }
    text += r.value;
    if (text.length >= CHUNK_CHARS) break;
    if ((++n & 255) === 0 && performance.now() - t0 > SLICE_MS) break;
  }
  return { text: charset === 'ascii' ? asciiJson(text) : text, done };
}

/** The whole JSON text of `value` (as JSON.stringify with `replacer`), built in slices on the turn budget. */
export async function jsonTextSliced(
  value: unknown,
  replacer: JsonReplacer,
  charset: JsonCharset = 'utf8',
): Promise<string> {
  const pieces = jsonPieces(value, replacer);
  let text = '';
  for (;;) {
    const part = slice(pieces, charset);
    text += part.text;
    if (part.done) return text;
    await yieldTurn();
  }
}

/**
 * Writes `value` as the body of `res` (headers already set by the caller). A body that serializes within one
 * slice is sent with `end`; a larger one is streamed. A failure mid-stream destroys the response (the status
 * is already sent), and is logged by the caller's `onError`.
 */
export function writeJsonBody(
  res: Response,
  value: unknown,
  replacer: JsonReplacer,
  onError: (err: unknown) => void = () => {},
  charset: JsonCharset = 'utf8',
): void {
  const pieces = jsonPieces(value, replacer);
  const first = slice(pieces, charset);
  if (first.done) {
    res.end(first.text);
    return;
  }
  const stream = async (): Promise<void> => {
    let part = first;
    for (;;) {
      if (res.destroyed) return;
      if (part.done) {
        res.end(part.text);
        return;
      }
      await writeChunk(res, part.text);
      part = slice(pieces, charset);
    }
  };
  stream().catch((err: unknown) => {
    onError(err);
    res.destroy(err instanceof Error ? err : new Error(String(err)));
  });
}
