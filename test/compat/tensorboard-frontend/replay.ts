// Replays captured /data requests against real TensorBoard and against us and reports each difference as a
// stable key (`status <route>`, `json <route>`) with the evidence (both statuses, the first differing JSON
// path and both values). JSON is compared byte for byte after parsing and re-serialising both sides, so key
// order and number spelling count; a route whose answer is not JSON is compared by status only.
import type { CapturedRequest } from './dashboard-driver.ts';

export interface Difference {
  key: string;
  detail: string;
}

export interface ReplayResult {
  differences: Difference[];
  /** Requests TensorBoard answered 2xx, the oracle's denominator. */
  replayed: number;
}

/** The route of a request, without query or experiment prefix: `/data/plugin/scalars/tags`. */
export const routeOf = (path: string): string =>
  (path.split('?')[0] ?? path).replace(/^\/experiment\/[^/]+\/data\//, '/data/');

/** Deduplicates requests by method, path and body. */
export function uniqueRequests(all: CapturedRequest[]): CapturedRequest[] {
  const seen = new Map<string, CapturedRequest>();
  for (const r of all) {
    const key = `${r.method} ${r.path} ${r.body?.toString('latin1') ?? ''}`;
    if (!seen.has(key)) seen.set(key, r);
  }
  return [...seen.values()];
}

async function send(
  origin: string,
  r: CapturedRequest,
): Promise<{ status: number; text: string; type: string }> {
  const res = await fetch(origin + r.path, {
    method: r.method,
    ...(r.body ? { body: new Uint8Array(r.body) } : {}),
    headers: { ...(r.contentType ? { 'Content-Type': r.contentType } : {}) },
  });
  return { status: res.status, text: await res.text(), type: res.headers.get('content-type') ?? '' };
}

function firstDifference(a: unknown, b: unknown, at = '$'): string | undefined {
  if (JSON.stringify(a) === JSON.stringify(b)) return undefined;
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) {
    if (Array.isArray(a) !== Array.isArray(b)) return `${at}: array vs object`;
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    if (ka.join('\u0000') !== kb.join('\u0000'))
      return `${at}: keys ${JSON.stringify(ka).slice(0, 200)} (TensorBoard) vs ${JSON.stringify(kb).slice(0, 200)} (ours)`;
    for (const k of ka) {
      const d = firstDifference(
        (a as Record<string, unknown>)[k],
        (b as Record<string, unknown>)[k],
        `${at}.${k}`,
      );
      if (d) return d;
    }
  }
  return `${at}: ${JSON.stringify(a)?.slice(0, 160)} (TensorBoard) vs ${JSON.stringify(b)?.slice(0, 160)} (ours)`;
}

export async function replay(
  requests: CapturedRequest[],
  tensorboard: string,
  ours: string,
): Promise<ReplayResult> {
  const differences: Difference[] = [];
  let replayed = 0;
  const unique = uniqueRequests(requests);
  const answers = await Promise.all(unique.map((r) => Promise.all([send(tensorboard, r), send(ours, r)])));
  for (const [i, r] of unique.entries()) {
    const route = routeOf(r.path);
    const [tb, us] = answers[i]!;
    if (tb.status < 200 || tb.status >= 300) continue;
    replayed += 1;
    if (us.status < 200 || us.status >= 300) {
      differences.push({
        key: `status ${r.method} ${route}`,
        detail: `${r.method} ${r.path}: TensorBoard ${tb.status}, ours ${us.status} ${us.text.slice(0, 160)}`,
      });
      continue;
    }
    if (!tb.type.includes('json')) continue;
    let tbJson: unknown;
    let usJson: unknown;
    try {
      tbJson = JSON.parse(tb.text);
      usJson = JSON.parse(us.text);
    } catch {
      // Python's json writes NaN and Infinity bare: compare such answers as text, byte for byte.
      if (tb.text !== us.text)
        differences.push({
          key: `json ${r.method} ${route}`,
          detail: `${r.path}: text differs: ${tb.text.slice(0, 120)} (TensorBoard) vs ${us.text.slice(0, 120)} (ours)`,
        });
      continue;
    }
    const d = firstDifference(tbJson, usJson);
    if (d) differences.push({ key: `json ${r.method} ${route}`, detail: `${r.path}: ${d}` });
  }
  return { differences, replayed };
}
