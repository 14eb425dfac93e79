// Pure transforms from held series to chart points: the x value per axis choice, smoothing, log-scale
// filtering, the outlier-ignoring y-range, and tick labels. Invariants: output arrays keep step order; points
// a log axis cannot draw (x or y <= 0) are left out rather than clamped; NaN/inf values are left out of charts
// (Chart.js cannot draw them) but never out of exports.
import type { XAxis } from '../../contract/index.ts';
import type { SeriesBuffer } from './series-buffer.ts';
import { smooth } from './smoothing.ts';

export interface XY {
  x: number;
  y: number;
}

export interface ChartSeries {
  raw: XY[];
  smoothed: XY[];
}

/** The x value of point i: step, seconds since the run started, or wall time in milliseconds. */
export function xValue(s: SeriesBuffer, i: number, axis: XAxis, runStart: number): number {
  if (axis === 'step') return s.steps[i] as number;
  const wall = s.wallTimes[i] as number;
  return axis === 'wall' ? wall * 1000 : wall - runStart;
}

export function toChartSeries(
  s: SeriesBuffer,
  opts: { axis: XAxis; runStart: number; smoothing: number; logX: boolean; logY: boolean },
): ChartSeries {
  const sm = opts.smoothing > 0 ? smooth(s.values, opts.smoothing) : null;
  const raw: XY[] = [];
  const smoothed: XY[] = [];
  for (let i = 0; i < s.steps.length; i++) {
    const x = xValue(s, i, opts.axis, opts.runStart);
    if (opts.logX && !(x > 0)) continue;
    const y = s.values[i] as number;
    if (Number.isFinite(y) && !(opts.logY && y <= 0)) raw.push({ x, y });
    if (sm) {
      const v = sm[i] as number;
      if (Number.isFinite(v) && !(opts.logY && v <= 0)) smoothed.push({ x, y: v });
    }
  }
  return { raw, smoothed: sm ? smoothed : raw };
}

/** Quantile of a sorted array by linear interpolation. */
function quantile(sorted: readonly number[], q: number): number {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = sorted[lo] as number;
  const b = sorted[hi] as number;
  return a + (b - a) * (pos - lo);
}

/** The y-range that ignores outliers as TensorBoard does: the 5th to 95th percentile, padded by 5 %.
 *  Returns null when there is nothing to bound. */
export function outlierRange(values: readonly number[]): { min: number; max: number } | null {
  const finite = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (finite.length === 0) return null;
  const lo = quantile(finite, 0.05);
  const hi = quantile(finite, 0.95);
  const pad = (hi - lo) * 0.05 || Math.abs(hi) * 0.05 || 1;
  return { min: lo - pad, max: hi + pad };
}

/** Tick and tooltip label of an x value. */
export function formatX(x: number, axis: XAxis): string {
  if (axis === 'step') return formatNumber(x);
  if (axis === 'wall') {
    const d = new Date(x);
    return d.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  }
  return formatDuration(x);
}

export function formatDuration(secs: number): string {
  const s = Math.abs(secs);
  const sign = secs < 0 ? '-' : '';
  if (s < 60) return `${sign}${Number(s.toFixed(s < 10 ? 1 : 0))}s`;
  if (s < 3600) return `${sign}${Math.floor(s / 60)}m${Math.round(s % 60) ? ` ${Math.round(s % 60)}s` : ''}`;
  const hours = Math.floor(s / 3600);
  const mins = Math.round((s % 3600) / 60);
  return `${sign}${hours}h${mins ? ` ${mins}m` : ''}`;
}

export function formatNumber(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  const a = Math.abs(v);
  if (a !== 0 && (a < 1e-3 || a >= 1e6)) return v.toExponential(3);
  if (Number.isInteger(v)) return v.toLocaleString('en-US');
  return Number(v.toPrecision(5)).toString();
}

/** The min/max envelope of points in `buckets` equal x-intervals, for drawing a downsampled series as a band
 *  (each bucket contributes its min to `low` and its max to `high`, at the bucket's mean x). Pure. */
export function minMaxBand(points: readonly XY[], buckets: number): { low: XY[]; high: XY[] } {
  const low: XY[] = [];
  const high: XY[] = [];
  if (points.length === 0 || buckets < 1) return { low, high };
  const x0 = (points[0] as XY).x;
  const span = (points[points.length - 1] as XY).x - x0 || 1;
  let bucket = -1;
  let min = Infinity;
  let max = -Infinity;
  let sumX = 0;
  let n = 0;
  const close = (): void => {
    if (n === 0) return;
    low.push({ x: sumX / n, y: min });
    high.push({ x: sumX / n, y: max });
  };
  for (const p of points) {
    const b = Math.min(buckets - 1, Math.floor(((p.x - x0) / span) * buckets));
    if (b !== bucket) {
      close();
      bucket = b;
      min = Infinity;
      max = -Infinity;
      sumX = 0;
      n = 0;
    }
    min = Math.min(min, p.y);
    max = Math.max(max, p.y);
    sumX += p.x;
    n++;
  }
  close();
  return { low, high };
}
