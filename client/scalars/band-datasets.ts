// Chart.js datasets for bands and run groups: a band is an invisible lower line plus an upper line filled down
// to it; a group is its band (min-max or ± std over its runs) under its mean line. Pure apart from building
// the group legend's elements. Invariant: band datasets carry an empty label, so tooltips list only lines.
import type { ChartDataset } from 'chart.js';
import { h } from '../ui/dom-builder.ts';
import type { XY } from './chart-data.ts';
import { aggregateSeries } from './run-grouping.ts';
import type { SeriesBuffer } from './series-buffer.ts';
import { smooth } from './smoothing.ts';

export type LineDataset = ChartDataset<'line', XY[]>;

export function withAlpha(hex: string, alpha: number): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

/** Two datasets drawing the area between `low` and `high`. */
export function bandDatasets(low: XY[], high: XY[], color: string, alpha: number): LineDataset[] {
  const edge = { label: '', borderWidth: 0, pointRadius: 0, borderColor: 'transparent' };
  return [
    { ...edge, data: low, fill: false },
    { ...edge, data: high, fill: '-1', backgroundColor: withAlpha(color, alpha) },
  ];
}

/** Datasets of grouped runs (band then mean line per group) and one legend entry per group. */
export function groupDatasets(
  groups: ReadonlyMap<string, readonly string[]>,
  dataOf: (run: string) => SeriesBuffer | undefined,
  opts: {
    band: 'minmax' | 'std';
    smoothing: number;
    logX: boolean;
    logY: boolean;
    colorOf: (g: string) => string;
  },
): { datasets: LineDataset[]; legend: HTMLElement[] } {
  const datasets: LineDataset[] = [];
  const legend: HTMLElement[] = [];
  for (const [name, runs] of groups) {
    const members = runs.map(dataOf).filter((d): d is SeriesBuffer => d !== undefined);
    if (members.length === 0) continue;
    const agg = aggregateSeries(members, opts.band);
    const color = opts.colorOf(name);
    const mean = opts.smoothing > 0 ? smooth(agg.mean, opts.smoothing) : agg.mean;
    const pts = (ys: ArrayLike<number>): XY[] =>
      agg.steps
        .map((x, i) => ({ x, y: ys[i] as number }))
        .filter((p) => !(opts.logY && p.y <= 0) && !(opts.logX && p.x <= 0));
    datasets.push(...bandDatasets(pts(agg.low), pts(agg.high), color, 0.16));
    datasets.push({
      label: `${name} (${members.length})`,
      data: pts(mean),
      borderColor: color,
      backgroundColor: color,
      borderWidth: 1.75,
      pointRadius: 0,
    });
    legend.push(
      h(
        'span',
        { class: 'legend-item' },
        h('span', { class: 'swatch', style: `background:${color}` }),
        `${name} (${members.length} run${members.length === 1 ? '' : 's'})`,
      ),
    );
  }
  return { datasets, legend };
}
