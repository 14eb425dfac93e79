// The JSON text of a POST /api/series answer: the bytes the generic writer (sendJson, json-stream.ts) sends for
// it, built point by point instead of through its per-member generator, which spent about 5x longer on 100
// series x 200 points (40-120 ms against 6-17 ms of plain JSON.stringify, measured in docs/client.md) and so
// sliced one answer over many turns of a busy event loop while the first chart waited. Invariants: the same
// bytes as tbJsonBytes(answer) for every answer (checked by test/unit/server/series-json.test.ts): NaN and the
// infinities as TensorBoard's strings, -0 and doubles beyond 2^53 as Python prints floats, an int64 step beyond
// 2^53 (JsonInt64) as its exact digits; built in slices of the shared turn budget, one series at a time, into
// byte chunks (server/http/json-chunks.ts) rather than a string per point joined into one per answer.
import type { ApiSeriesBatchResponse, ScalarPoint } from '../../contract/index.ts';
import { JsonInt64 } from '../http/json-int64.ts';
import { JsonChunks } from '../http/json-chunks.ts';
import { pythonFloatRepr } from '../http/python-float.ts';
import { jsonNumber, tbJsonBytes } from '../http/tb-json.ts';
import { createSliceClock } from '../runtime/turn-scheduler.ts';

/** One member of a point as the generic writer prints it. */
function memberText(x: unknown): string {
  if (x instanceof JsonInt64) return x.toString();
  if (typeof x !== 'number') return JSON.stringify(x);
  if (!Number.isFinite(x)) return JSON.stringify(jsonNumber(x));
  if ((x === 0 && 1 / x < 0) || Math.abs(x) >= 2 ** 53) return pythonFloatRepr(x);
  return String(x);
}

/** One member as memberText prints it, written into `out` (numbers without a string where they can be). */
function writeMember(out: JsonChunks, x: unknown): void {
  if (typeof x === 'number' && Number.isSafeInteger(x) && !(x === 0 && 1 / x < 0)) out.safeInteger(x);
  else if (typeof x === 'number' && Number.isFinite(x) && x !== 0 && Math.abs(x) < 2 ** 53)
    out.ascii(String(x));
  else out.text(memberText(x));
}

/** The points as a JSON list of triples, into `out`; full chunks go to `parts`. */
function writePoints(out: JsonChunks, parts: Buffer[], points: readonly ScalarPoint[]): void {
  out.byte(0x5b);
  for (let i = 0; i < points.length; i++) {
    const p = points[i] as readonly unknown[];
    out.separator(i === 0);
    out.byte(0x5b);
    writeMember(out, p[0]);
    out.byte(0x2c);
    writeMember(out, p[1]);
    out.byte(0x2c);
    writeMember(out, p[2]);
    out.byte(0x5d);
    if (out.full()) parts.push(out.take());
  }
  out.byte(0x5d);
}

/** The answer's JSON bytes, as tbJsonBytes would build them, written into chunks (json-chunks.ts): no string
 *  per point and none the size of the answer. */
export async function seriesBatchJson(answer: ApiSeriesBatchResponse): Promise<Buffer> {
  const clock = createSliceClock();
  const out = new JsonChunks();
  const parts: Buffer[] = [];
  out.ascii('{"series":[');
  for (const [k, item] of answer.series.entries()) {
    out.separator(k === 0);
    const keys = Object.keys(item);
    const points = 'points' in item ? item.points : undefined;
    // the fast shape: every point a 3-member list, `points` the last key; anything else the generic writer
    if (
      !points ||
      keys[keys.length - 1] !== 'points' ||
      !points.every((p) => Array.isArray(p) && p.length === 3)
    ) {
      out.text((await tbJsonBytes(item)).toString('utf8'));
    } else {
      const head = JSON.stringify({ ...item, points: undefined });
      out.text(`${head.slice(0, -1)}${head.length > 2 ? ',' : ''}"points":`);
      writePoints(out, parts, points);
      out.byte(0x7d);
    }
    if (out.full()) parts.push(out.take());
    if (clock.due()) await clock.yield();
  }
  const rest = JSON.stringify({ ...answer, series: undefined });
  out.text(`]${rest.length > 2 ? `,${rest.slice(1, -1)}` : ''}}`);
  parts.push(out.take());
  return parts.length === 1 ? parts[0]! : Buffer.concat(parts);
}
