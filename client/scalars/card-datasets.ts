// What a scalar card draws, from its runs' series and the settings: the line datasets (smoothed line over the
// faint raw series, a min/max band for a downsampled series, or group bands and means) and the Chart.js scales.
// Pure apart from reading the theme's CSS variables and building the group legend's elements. Invariants: a run
// appears at most once in `index` ([raw dataset or null, main dataset]); `banded` lists the runs drawn as a band
// (a live append to one of them needs a rebuild, not a patch).
import type { Chart } from 'chart.js';
import type { Settings } from '../state/url-state.ts';
import { bandDatasets, groupDatasets, withAlpha, type LineDataset } from './band-datasets.ts';
import { formatNumber, formatX, minMaxBand, outlierRange, toChartSeries, type XY } from './chart-data.ts';
import type { SeriesBuffer } from './series-buffer.ts';

/** Past this many runs on a card its smoothed lines are 1 px wide instead of 1.75 px: without a GPU, Chromium
 *  rasterizes a 1 px line as a hairline, about 20x faster than a wider stroke (100 lines of 250 points: 4 ms
 *  against 97 ms, measured in docs/client.md), and at that many runs thin lines overlap less. */
const THIN_LINES_PAST_RUNS = 20;
const LINE_WIDTH = 1.75;

/** x-buckets of the min/max band of a downsampled series: about one per 2 px of a card. */
const BAND_BUCKETS = 250;

export interface CardDatasetInput {
  settings: Readonly<Settings>;
  /** The card's runs with the tag, in display order. */
  runs: readonly string[];
  /** Group name -> runs, when grouping is on; else null. */
  groups: Map<string, string[]> | null;
  /** The points drawn for a run (the zoomed range, or the fetched series); undefined: not drawn. */
  dataOf: (run: string) => SeriesBuffer | undefined;
  colorOf: (runOrGroup: string) => string;
  nameOf: (run: string) => string;
  runStart: (run: string) => number;
  zoomed: boolean;
}

export interface CardDatasets {
  datasets: LineDataset[];
  /** Dataset indexes per run: [raw, main]. */
  index: Map<string, [number | null, number]>;
  banded: Set<string>;
  /** The group legend's entries (empty when runs are not grouped). */
  legend: HTMLElement[];
}

export function seriesOptions(s: Readonly<Settings>, runStart: number): Parameters<typeof toChartSeries>[1] {
  return { axis: s.x, runStart, smoothing: s.smoothing, logX: s.logX, logY: s.logY };
}

export function buildCardDatasets(input: CardDatasetInput): CardDatasets {
  const s = input.settings;
  const out: CardDatasets = { datasets: [], index: new Map(), banded: new Set(), legend: [] };
  if (input.groups) {
    const g = groupDatasets(input.groups, input.dataOf, { ...s, colorOf: input.colorOf });
    return { ...out, datasets: g.datasets, legend: g.legend };
  }
  const { datasets } = out;
  const lineWidth = input.runs.length > THIN_LINES_PAST_RUNS ? 1 : LINE_WIDTH;
  for (const run of input.runs) {
    const data = input.dataOf(run);
    if (!data) continue;
    const cs = toChartSeries(data, seriesOptions(s, input.runStart(run)));
    const color = input.colorOf(run);
    let rawIdx: number | null = null;
    if (data.downsampled && !input.zoomed) {
      // a downsampled series: the raw data is drawn as its min/max band (zoom in for every point)
      const band = minMaxBand(cs.raw, BAND_BUCKETS);
      datasets.push(...bandDatasets(band.low, band.high, color, 0.18));
      out.banded.add(run);
    } else if (s.smoothing > 0) {
      rawIdx = datasets.length;
      datasets.push({
        label: '',
        data: cs.raw,
        borderColor: withAlpha(color, 0.22),
        borderWidth: 1,
        pointRadius: 0,
      });
    }
    out.index.set(run, [rawIdx, datasets.length]);
    datasets.push({
      label: input.nameOf(run),
      data: cs.smoothed,
      borderColor: color,
      backgroundColor: color,
      borderWidth: lineWidth,
      pointRadius: 0,
    });
  }
  return out;
}

export function cssVar(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || '#888';
}

function yBounds(s: Readonly<Settings>, datasets: readonly LineDataset[]): { min?: number; max?: number } {
  if (!s.ignoreOutliers || s.logY) return {};
  const ys = datasets.filter((d) => d.label).flatMap((d) => d.data.map((p) => p.y));
  return outlierRange(ys) ?? {};
}

/** The x and y scales of a card: log or linear per the settings, the zoomed x-range, outliers ignored. */
export function cardScales(
  s: Readonly<Settings>,
  datasets: readonly LineDataset[],
  zoom: { min: number; max: number } | null,
): NonNullable<Chart<'line', XY[]>['options']['scales']> {
  const text = cssVar('--chart-text');
  const grid = cssVar('--chart-grid');
  return {
    x: {
      type: s.logX ? 'logarithmic' : 'linear',
      min: zoom?.min,
      max: zoom?.max,
      ticks: {
        color: text,
        maxTicksLimit: 6,
        maxRotation: 0,
        includeBounds: !zoom, // a zoomed range gets round ticks, not its raw edges
        callback: (v) => formatX(Number(v), s.x),
      },
      grid: { color: grid },
      border: { color: grid },
    },
    y: {
      type: s.logY ? 'logarithmic' : 'linear',
      ...yBounds(s, datasets),
      ticks: { color: text, maxTicksLimit: 6, callback: (v) => formatNumber(Number(v)) },
      grid: { color: grid },
      border: { color: grid },
    },
  };
}
