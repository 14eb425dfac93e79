// A Chart.js plugin that draws a card's lines and bands itself, so a chart of a hundred runs costs one Chart.js
// dataset instead of hundreds: Chart.js's per-dataset work (option resolvers, metas, a PointElement per point)
// made a card of 100 runs take 100-250 ms per update, while stroking the same paths takes a few. The card gives
// its lines (LineDataset objects, as it built them for Chart.js) to `setRunLines`; Chart.js itself holds only
// `boundsDataset`, an invisible two-point dataset spanning the lines, so its scales, ticks, zoom and log axes
// work unchanged. Invariants: lines are drawn in order, clipped to the chart area, each decimated to its
// minimum and maximum per pixel column (what drawing every point would cover, at most ~4 points a column); a
// dataset with `fill: '-1'` fills down to the previous one (a band); nothing here allocates per point.
// Live appends can skip Chart.js and the full raster (`drawAppended`): when every new point lies inside the axes
// drawn last, only the new segments are stroked onto the canvas as it is; a redraw of the whole chart (any
// update, a resize) draws the same lines from the same data.
import type { Chart, Plugin } from 'chart.js';
import type { LineDataset } from './band-datasets.ts';
import type { XY } from './chart-data.ts';

const lines = new WeakMap<Chart, readonly LineDataset[]>();

/** Sets the lines `chart` draws from its next update on. */
export function setRunLines(chart: Chart, next: readonly LineDataset[]): void {
  lines.set(chart, next);
}

export function runLines(chart: Chart): readonly LineDataset[] {
  return lines.get(chart) ?? [];
}

/** The invisible dataset whose two points span every line's x and y (empty when there are no points). */
export function boundsDataset(all: readonly LineDataset[]): LineDataset {
  let x0 = Infinity;
  let x1 = -Infinity;
  let y0 = Infinity;
  let y1 = -Infinity;
  for (const d of all)
    for (const p of d.data) {
      if (p.x < x0) x0 = p.x;
      if (p.x > x1) x1 = p.x;
      if (p.y < y0) y0 = p.y;
      if (p.y > y1) y1 = p.y;
    }
  const data: XY[] =
    x0 <= x1
      ? [
          { x: x0, y: y0 },
          { x: x1, y: y1 },
        ]
      : [];
  return { label: '', data, borderWidth: 0, pointRadius: 0, showLine: false };
}

type Scale = { getPixelForValue(v: number): number };
type Range = { min: number; max: number };

/** A colour option as the card sets it (a CSS colour string); anything else draws grey. */
export const colorOf = (c: unknown, dflt: string): string => (typeof c === 'string' ? c : dflt);

/** Traces `data` from index `from` on, decimated to each pixel column's minimum, maximum and last point. */
function tracePath(
  ctx: CanvasRenderingContext2D,
  data: readonly XY[],
  from: number,
  xs: Scale,
  ys: Scale,
): void {
  let col = NaN;
  let lo = 0;
  let hi = 0;
  let last = 0;
  let n = 0;
  const closeColumn = (): void => {
    if (n < 2) return;
    ctx.lineTo(col, lo);
    ctx.lineTo(col, hi);
    ctx.lineTo(col, last);
  };
  for (let k = from; k < data.length; k++) {
    const p = data[k] as XY;
    const px = xs.getPixelForValue(p.x);
    const py = ys.getPixelForValue(p.y);
    if (!Number.isFinite(px) || !Number.isFinite(py)) continue;
    const c = Math.round(px);
    if (c === col) {
      if (py < lo) lo = py;
      if (py > hi) hi = py;
      last = py;
      n++;
      continue;
    }
    closeColumn();
    if (Number.isNaN(col)) ctx.moveTo(px, py);
    else ctx.lineTo(px, py);
    col = c;
    lo = hi = last = py;
    n = 1;
  }
  closeColumn();
}

function traceBand(
  ctx: CanvasRenderingContext2D,
  low: readonly XY[],
  high: readonly XY[],
  xs: Scale,
  ys: Scale,
): void {
  let first = true;
  for (const p of low) {
    const px = xs.getPixelForValue(p.x);
    const py = ys.getPixelForValue(p.y);
    if (first) ctx.moveTo(px, py);
    else ctx.lineTo(px, py);
    first = false;
  }
  for (let i = high.length - 1; i >= 0; i--) {
    const p = high[i] as XY;
    ctx.lineTo(xs.getPixelForValue(p.x), ys.getPixelForValue(p.y));
  }
  ctx.closePath();
}

/** Clips `chart`'s context to its chart area with the join style lines use; the caller restores the context. */
function beginLines(chart: Chart): CanvasRenderingContext2D {
  const ctx = chart.ctx;
  const area = chart.chartArea;
  ctx.save();
  ctx.beginPath();
  ctx.rect(area.left, area.top, area.right - area.left, area.bottom - area.top);
  ctx.clip();
  // bevel joins: as round ones at these widths, and half the raster time of round joins in software
  ctx.lineJoin = 'bevel';
  return ctx;
}

/** Strokes `d`'s style along `data` from index `from` on, when it has a width and at least two points there. */
function strokeLine(
  ctx: CanvasRenderingContext2D,
  d: LineDataset,
  data: readonly XY[],
  from: number,
  xs: Scale,
  ys: Scale,
): void {
  const width = typeof d.borderWidth === 'number' ? d.borderWidth : 0;
  if (width <= 0 || data.length - from < 1) return;
  ctx.beginPath();
  tracePath(ctx, data, from, xs, ys);
  ctx.lineWidth = width;
  ctx.strokeStyle = colorOf(d.borderColor, '#888');
  ctx.stroke();
}

export const runLinesPlugin: Plugin<'line'> = {
  id: 'runLines',
  afterDatasetsDraw(chart) {
    const all = lines.get(chart);
    const xs = chart.scales.x;
    const ys = chart.scales.y;
    if (!all || !xs || !ys) return;
    const ctx = beginLines(chart);
    all.forEach((d, i) => {
      if (d.fill === '-1' && i > 0) {
        const below = all[i - 1] as LineDataset;
        ctx.beginPath();
        traceBand(ctx, below.data, d.data, xs, ys);
        ctx.fillStyle = colorOf(d.backgroundColor, 'transparent');
        ctx.fill();
      }
      strokeLine(ctx, d, d.data, 0, xs, ys);
    });
    ctx.restore();
  },
};

/**
 * Draws what `next` appends to the lines at the given indexes (line index -> its new points) onto the chart as
 * drawn, without a Chart.js update, and makes those points the lines' data. Only when the append leaves the
 * chart's axes as they are: every line keeps its drawn points (same length or longer, the same last point) and
 * every new point lies inside the axes' current ranges; a line with a band below it is not appended to. Returns
 * false, drawing and changing nothing, otherwise (the caller then updates the chart).
 */
export function drawAppended(chart: Chart, next: ReadonlyMap<number, readonly XY[]>): boolean {
  const all = lines.get(chart);
  const xs = chart.scales.x as (Scale & Range) | undefined;
  const ys = chart.scales.y as (Scale & Range) | undefined;
  if (!all || !xs || !ys) return false;
  const inside = (p: XY): boolean => p.x >= xs.min && p.x <= xs.max && p.y >= ys.min && p.y <= ys.max;
  for (const [i, data] of next) {
    const line = all[i];
    const below = all[i + 1];
    if (!line || line.fill === '-1' || below?.fill === '-1') return false;
    const old = line.data;
    if (data.length < old.length) return false;
    const last = old[old.length - 1];
    const same = data[old.length - 1];
    if (last && (!same || same.x !== last.x || same.y !== last.y)) return false;
    for (let k = old.length; k < data.length; k++) if (!inside(data[k] as XY)) return false;
  }
  const ctx = beginLines(chart);
  for (const [i, data] of next) {
    const line = all[i] as LineDataset;
    const from = Math.max(0, line.data.length - 1);
    if (data.length - from >= 2) strokeLine(ctx, line, data, from, xs, ys);
    line.data = data as XY[];
  }
  ctx.restore();
  return true;
}
