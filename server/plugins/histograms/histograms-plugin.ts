// TensorBoard's histograms and distributions plugins: /tags and /histograms (`[wall, step, [[l, r, c], ...]]`),
// and /distributions, the same data compressed at TensorBoard's nine basis points (compressor.py).
import { readHistograms } from '../shared/stored-kinds.ts';
import type { TbDistributionsResponse, TbHistogramsResponse } from '../../../contract/index.ts';
import { sendListing } from '../../http/listing-cache.ts';
import { jsonFloat, jsonFloats } from '../../http/json-float.ts';
import { sendDataJson } from '../../http/tb-json.ts';
import { describedTagsListing, requireRunTag } from '../plugin-lookup.ts';
import type { Router } from 'express';
import { customElement, hasPluginTags, type PluginDeps, type TbPlugin } from '../tb-plugin.ts';
import { jsonStep } from '../../http/json-int64.ts';

/** TensorBoard's NORMAL_HISTOGRAM_BPS. */
export const BASIS_POINTS = [0, 668, 1587, 3085, 5000, 6915, 8413, 9332, 10000] as const;

/** numpy's float64 sum (pairwise: 8 interleaved partial sums per block of up to 128), for the same rounding. */
function numpyPairwiseSum(a: Float64Array, start: number, n: number): number {
  if (n < 8) {
    let r = 0;
    for (let i = 0; i < n; i++) r += a[start + i]!;
    return r;
  }
  if (n <= 128) {
    const r = [0, 1, 2, 3, 4, 5, 6, 7].map((j) => a[start + j]!);
    let i = 8;
    for (; i < n - (n % 8); i += 8) for (let j = 0; j < 8; j++) r[j]! += a[start + i + j]!;
    let res = r[0]! + r[1]! + (r[2]! + r[3]!) + (r[4]! + r[5]! + (r[6]! + r[7]!));
    for (; i < n; i++) res += a[start + i]!;
    return res;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return numpyPairwiseSum(a, start, n2) + numpyPairwiseSum(a, start + n2, n - n2);
}

/** compressor.compress_histogram over k rows of [left, right, count]. */
export function compressHistogram(buckets: Float64Array): [number, number][] {
  const k = Math.floor(buckets.length / 3);
  if (k === 0) return BASIS_POINTS.map((bp) => [bp, 0]);
  const minmin = buckets[0]!;
  const maxmax = buckets[(k - 1) * 3 + 1]!;
  const counts = new Float64Array(k);
  for (let i = 0; i < k; i++) counts[i] = buckets[i * 3 + 2]!;
  // (counts * bps[-1] / (counts.sum() or 1.0)).cumsum(), in numpy's order of operations
  const total = numpyPairwiseSum(counts, 0, k) || 1;
  const last = BASIS_POINTS[BASIS_POINTS.length - 1]!;
  const weights: number[] = [];
  let acc = 0;
  for (let i = 0; i < k; i++) weights.push((acc += (counts[i]! * last) / total));
  const right = (i: number): number => buckets[i * 3 + 1]!;
  const lerp = (x: number, x0: number, x1: number, y0: number, y1: number): number =>
    y0 + ((x - x0) * (y1 - y0)) / (x1 - x0);
  const result: [number, number][] = [];
  let bpIndex = 0;
  outer: while (bpIndex < BASIS_POINTS.length) {
    const bp = BASIS_POINTS[bpIndex]!;
    // np.searchsorted(weights, bp, side='right')
    let i = 0;
    while (i < weights.length && weights[i]! <= bp) i++;
    while (i < weights.length) {
      const cumsum = weights[i]!;
      const prev = i > 0 ? weights[i - 1]! : 0;
      if (cumsum === prev) {
        i++;
        continue;
      }
      const lhs = !i || !prev ? minmin : Math.max(right(i - 1), minmin);
      const rhs = Math.min(right(i), maxmax);
      result.push([bp, lerp(bp, prev, cumsum, lhs, rhs)]);
      bpIndex++;
      continue outer;
    }
    break;
  }
  while (bpIndex < BASIS_POINTS.length) result.push([BASIS_POINTS[bpIndex++]!, maxmax]);
  return result;
}

function rows(b: Float64Array): [number, number, number][] {
  const out: [number, number, number][] = [];
  for (let i = 0; i + 2 < b.length; i += 3) out.push([b[i]!, b[i + 1]!, b[i + 2]!]);
  return out;
}

/** `/tags` of both plugins: the histogram tags (one listing, cached once, as TensorBoard serves both from the
 *  same summaries). */
function routeHistogramTags(router: Router, provider: PluginDeps['provider']): void {
  router.get('/tags', (_req, res) =>
    sendListing(
      res,
      provider,
      'histograms/tags',
      'tags',
      () => describedTagsListing(provider, 'histograms'),
      'ascii',
    ),
  );
}

export const histogramsPlugin: TbPlugin = {
  name: 'histograms',
  listing: customElement('histograms', 'tf-histogram-dashboard'),
  isActive: (provider) => hasPluginTags(provider, 'histograms'),
  routes(router, { provider }) {
    routeHistogramTags(router, provider);
    router.get('/histograms', (req, res) => {
      const { run, tag } = requireRunTag(provider, req, 'histograms');
      const body: TbHistogramsResponse = readHistograms(run, tag).map((h) => [
        jsonFloat(h.wallTime),
        jsonStep(h.step, h.exactStep),
        rows(h.buckets).map((bucket) => jsonFloats(bucket) as [number, number, number]),
      ]);
      sendDataJson(res, body);
    });
  },
};

export const distributionsPlugin: TbPlugin = {
  name: 'distributions',
  listing: customElement('distributions', 'tf-distribution-dashboard'),
  isActive: (provider) => hasPluginTags(provider, 'histograms'),
  routes(router, { provider }) {
    routeHistogramTags(router, provider);
    router.get('/distributions', (req, res) => {
      const { run, tag } = requireRunTag(provider, req, 'histograms');
      const body: TbDistributionsResponse = readHistograms(run, tag).map((h) => [
        jsonFloat(h.wallTime),
        jsonStep(h.step, h.exactStep),
        compressHistogram(h.buckets).map(([bp, v]) => [bp, jsonFloat(v)]),
      ]);
      sendDataJson(res, body);
    });
  },
};
