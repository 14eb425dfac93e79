// One scalar card: a Chart.js line chart of one tag over the visible runs (or run groups), with the smoothed
// line over the faint raw series, drag-to-zoom that refetches the range at full resolution, and downloads. The
// lines are drawn by the run-lines plugin (Chart.js holds one invisible bounds dataset), so a card of a hundred
// runs redraws in milliseconds.
// Invariants: the chart exists only while the card is on screen (attach/detach); every redraw goes through the
// page's redraw scheduler (one frame loop, a frame budget); live points are appended with update('none') and
// never rebuild the chart (and while the axes stay as they are, only the new segments are drawn:
// run-lines-plugin.ts `drawAppended`); `data-points` always equals the raw points the card's visible runs
// hold; Chart.js runs with parsing: false and animation: false (the data is already {x, y} in x order).
import type { DashboardApi } from '../api/dashboard-api.ts';
import type { DashboardStore } from '../state/dashboard-store.ts';
import type { Settings } from '../state/url-state.ts';
import { clear, downloadBlob, h } from '../ui/dom-builder.ts';
import type { LineDataset } from './band-datasets.ts';
import { buildCardDatasets, cardScales, cssVar, seriesOptions } from './card-datasets.ts';
import { Chart, decimationFor, registerCharts } from './chart-registry.ts';
import { attachDragZoom, canvasToPng } from './drag-zoom.ts';
import { formatNumber, formatX, toChartSeries, type XY } from './chart-data.ts';
import { attachLineTooltip } from './line-tooltip.ts';
import { pageRedrawScheduler } from './page-redraw-loop.ts';
import { boundsDataset, drawAppended, runLines, runLinesPlugin, setRunLines } from './run-lines-plugin.ts';
import { seriesFromFetch, type SeriesBuffer } from './series-buffer.ts';
import { exactIntegerText } from '../api/exact-integers.ts';

export interface CardContext {
  api: DashboardApi;
  store: DashboardStore;
  settings: () => Readonly<Settings>;
  /** The runs this card draws (the visible runs within the draw budget), in display order. */
  visibleRuns: () => readonly string[];
  colorOf: (runOrGroup: string) => string;
  /** The name a run is shown by in legends and tooltips. */
  nameOf: (run: string) => string;
  runStart: (run: string) => number;
  /** Group name -> runs, when grouping is on; else null. */
  groups: () => Map<string, string[]> | null;
}

export interface ScalarCard {
  element: HTMLElement;
  tag: string;
  attach(): void;
  detach(): void;
  /** Rebuilds the datasets (settings, visible runs or theme changed). */
  refresh(): void;
  /** Fetches what the card draws before it is seen on screen (the page's first card, at load). */
  prefetch(): void;
  /** New points arrived for a run: append them on the next frame. */
  seriesChanged(run: string): void;
  destroy(): void;
}

/** Least ms between two live-append redraws of a card (and its count): at most 2 a second while runs stream,
 *  leaving frames for other cards and input; a pushed point still shows within a second. At 200 ms, six cards
 *  on screen redrew 30 times a second (Chart.js update and the raster of 100 lines each), the main thread's
 *  largest cost while 50 runs stream (docs/client.md). */
const LIVE_REDRAW_MS = 500;

export function fileSafe(name: string): string {
  return name.replace(/[^\w.-]+/g, '_').slice(0, 120) || 'series';
}

export function createScalarCard(tag: string, ctx: CardContext): ScalarCard {
  registerCharts();
  const canvas = h('canvas', { role: 'img', 'aria-label': `Line chart of ${tag}` });
  const selection = h('div', { class: 'zoom-selection', hidden: true });
  const chartBox = h('div', { class: 'chart-box' }, canvas, selection);
  const meta = h('span', { class: 'card-meta' });
  /** Group names and colours when runs are grouped (the runs sidebar is the legend otherwise). */
  const legend = h('div', { class: 'card-legend', hidden: true });
  const resetZoom = h(
    'button',
    { class: 'icon-button', type: 'button', hidden: true, title: 'Reset zoom (double-click the chart)' },
    'Reset zoom',
  );
  const button = (label: string, title: string, onClick: () => void): HTMLButtonElement =>
    h('button', { class: 'icon-button', type: 'button', title, onclick: onClick }, label);
  const element = h(
    'article',
    {
      class: 'card scalar-card',
      'data-testid': 'scalar-card',
      'data-tag': tag,
      'data-points': '0',
      tabindex: 0,
    },
    h(
      'header',
      { class: 'card-header' },
      h('h3', { class: 'card-title', title: tag }, tag),
      meta,
      h(
        'div',
        { class: 'card-actions' },
        resetZoom,
        button('PNG', 'Download this chart as PNG', () => downloadPng()),
        button('CSV', 'Download these series as CSV (full resolution)', () => openExport('csv')),
        button('JSON', 'Download these series as JSON (full resolution)', () => openExport('json')),
      ),
    ),
    legend,
    chartBox,
  );

  let chart: Chart<'line', XY[]> | null = null;
  /** Near the viewport: the chart is created on the card's next scheduled redraw (creating ten charts in the
   *  IntersectionObserver's callback held the page for a frame of 400 ms at load). */
  let attached = false;
  /** Full-resolution data of the zoomed x-range, per run; null when not zoomed. */
  let zoom: { min: number; max: number; data: Map<string, SeriesBuffer> } | null = null;
  const scheduler = pageRedrawScheduler();
  /** The queued redraw rebuilds every dataset (settings, runs or data changed), else only appends. */
  let rebuildPending = false;
  const dirtyRuns = new Set<string>();
  /** Dataset indexes per run: [raw, main]. */
  let datasetIndex = new Map<string, [number | null, number]>();
  /** Runs drawn with a min/max band (downsampled): a live append rebuilds the card rather than patching. */
  const banded = new Set<string>();

  const runsWithTag = (): string[] => ctx.visibleRuns().filter((r) => ctx.store.series(r, tag) !== undefined);
  /** What the chart draws for a run: the zoomed range, else the fetched series (counting-only ones are not drawn). */
  const dataOf = (run: string): SeriesBuffer | undefined =>
    zoom ? zoom.data.get(run) : ctx.store.isFetched(run, tag) ? ctx.store.series(run, tag) : undefined;
  const ensureData = (): void => ctx.store.ensureSeries(runsWithTag().map((run) => ({ run, tag })));

  function updateCount(): void {
    let n = 0;
    const runs = runsWithTag();
    for (const r of runs) n += ctx.store.series(r, tag)?.rawCount ?? 0;
    element.dataset.points = String(n);
    element.dataset.runs = String(runs.length);
    meta.textContent = `${n.toLocaleString('en-US')} pts`;
  }

  function seriesOpts(run: string): Parameters<typeof toChartSeries>[1] {
    return seriesOptions(ctx.settings(), ctx.runStart(run));
  }

  function buildDatasets(): LineDataset[] {
    const groups = ctx.groups();
    const built = buildCardDatasets({
      settings: ctx.settings(),
      runs: groups ? [] : runsWithTag(),
      groups,
      dataOf,
      colorOf: ctx.colorOf,
      nameOf: ctx.nameOf,
      runStart: ctx.runStart,
      zoomed: zoom !== null,
    });
    datasetIndex = built.index;
    banded.clear();
    for (const run of built.banded) banded.add(run);
    clear(legend);
    legend.hidden = !groups;
    legend.append(...built.legend);
    return built.datasets;
  }

  function scaleOptions(
    datasets: readonly LineDataset[],
  ): NonNullable<Chart<'line', XY[]>['options']['scales']> {
    return cardScales(ctx.settings(), datasets, zoom);
  }

  /** Creates the chart empty: its datasets come with the first scheduled rebuild. */
  function createChart(): void {
    const datasets: LineDataset[] = [];
    const s = ctx.settings();
    chart = new Chart<'line', XY[]>(canvas, {
      type: 'line',
      data: { datasets },
      plugins: [runLinesPlugin],
      options: {
        parsing: false,
        normalized: true,
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        spanGaps: true,
        events: ['mousemove', 'mouseout', 'touchstart', 'touchmove'],
        interaction: { mode: 'nearestPerSeries', intersect: false },
        elements: { line: { tension: 0 }, point: { radius: 0, hoverRadius: 3 } },
        scales: scaleOptions(datasets),
        plugins: {
          decimation: decimationFor(s.logX ? 'logarithmic' : 'linear', false),
          tooltip: { enabled: false }, // line-tooltip.ts: the lines are not Chart.js datasets
        },
      },
    });
  }

  /** Marks the first time the card drew data (`data-first-draw`, page ms), for benchmarks and tests. */
  function markDrawn(): void {
    if (!chart || element.dataset.firstDraw) return;
    if (runLines(chart).some((d) => d.data.length > 0))
      element.dataset.firstDraw = performance.now().toFixed(1);
  }

  /** Updates the count now and queues a rebuild of the chart's datasets (fetching what it lacks). */
  function refresh(): void {
    updateCount();
    if (!attached) return;
    ensureData();
    rebuildPending = true;
    scheduler.request(element, redraw);
  }

  /** The page's first card: its chart is created while its series are in flight (prefetch). */
  let prefetched = false;
  /** A chart is created once it has something to draw (a fetched series, a zoomed range, or no run with the
   *  tag), or early for the first card: empty charts of every card created first held the page's first frames
   *  while the first card's data waited behind them. */
  const hasData = (): boolean => {
    if (prefetched || zoom !== null) return true;
    const runs = runsWithTag();
    return runs.length === 0 || runs.some((r) => ctx.store.isFetched(r, tag));
  };

  function redraw(): void {
    if (attached && !chart) {
      if (!hasData()) return; // the first answer of its series asks again (seriesChanged)
      createChart();
      rebuildPending = true;
    }
    if (rebuildPending) rebuild();
    else flushNow();
  }

  function rebuild(): void {
    rebuildPending = false;
    dirtyRuns.clear();
    updateCount(); // points may have arrived since the rebuild was queued
    if (!chart) return;
    const lines = buildDatasets();
    setRunLines(chart, lines);
    chart.data.datasets = [boundsDataset(lines)];
    chart.options.scales = scaleOptions(lines);
    if (chart.options.plugins)
      chart.options.plugins.decimation = decimationFor(ctx.settings().logX ? 'logarithmic' : 'linear', false);
    chart.update('none');
    markDrawn();
  }

  function flushNow(): void {
    updateCount();
    if (!chart || zoom) return dirtyRuns.clear();
    const runs = [...dirtyRuns];
    dirtyRuns.clear();
    if (
      ctx.groups() ||
      runs.some((r) => banded.has(r) || (!datasetIndex.has(r) && ctx.store.isFetched(r, tag)))
    )
      return rebuild();
    // each live run's lines with their new points; drawn as appended segments when the axes stay as they are
    const next = new Map<number, XY[]>();
    for (const run of runs) {
      const data = ctx.store.series(run, tag);
      const idx = datasetIndex.get(run);
      if (!data || !idx) continue;
      const cs = toChartSeries(data, seriesOpts(run));
      const [rawIdx, mainIdx] = idx;
      next.set(mainIdx, cs.smoothed);
      if (rawIdx !== null) next.set(rawIdx, cs.raw);
    }
    if (!ctx.settings().ignoreOutliers && drawAppended(chart, next)) {
      // how many live appends were drawn as segments only (`data-appended`, for benchmarks and tests)
      element.dataset.appended = String(Number(element.dataset.appended ?? 0) + 1);
      return markDrawn();
    }
    const lines = runLines(chart);
    for (const [i, data] of next) {
      const line = lines[i];
      if (line) line.data = data;
    }
    chart.data.datasets = [boundsDataset(lines)];
    if (ctx.settings().ignoreOutliers) chart.options.scales = scaleOptions(lines);
    chart.update('none');
    markDrawn();
  }

  let lastLiveRedraw = -Infinity;
  let liveTimer: ReturnType<typeof setTimeout> | undefined;

  function seriesChanged(run: string): void {
    dirtyRuns.add(run);
    // a card on screen waiting for its first data draws at once; a detached one updates its count spaced
    if (!chart && attached) return void scheduler.request(element, redraw);
    if (liveTimer !== undefined) return;
    const wait = lastLiveRedraw + LIVE_REDRAW_MS - performance.now();
    const queue = (): void => {
      liveTimer = undefined;
      lastLiveRedraw = performance.now();
      scheduler.request(element, redraw);
    };
    if (wait <= 0) queue();
    else liveTimer = setTimeout(queue, wait);
  }

  attachLineTooltip(canvas, chartBox, () => chart, {
    // a step beyond 2^53 shows its exact digits (kept from the JSON text, client/api/exact-integers.ts)
    title: (x) =>
      ctx.settings().x === 'step'
        ? `step ${exactIntegerText(x) ?? formatX(x, 'step')}`
        : formatX(x, ctx.settings().x),
    value: formatNumber,
  });

  // drag to zoom: select an x-range, refetch it at full resolution
  attachDragZoom(canvas, selection, () => chart, {
    zoom: (min, max) => void zoomTo(min, max),
    reset: () => {
      if (!zoom) return;
      zoom = null;
      resetZoom.hidden = true;
      refresh();
    },
  });
  resetZoom.addEventListener('click', () => canvas.dispatchEvent(new MouseEvent('dblclick')));

  async function zoomTo(min: number, max: number): Promise<void> {
    const s = ctx.settings();
    const unit = s.x === 'wall' ? 1000 : 1; // the chart shows wall time in ms, the server takes seconds
    const runs = runsWithTag();
    const fetched = await ctx.store.fetchRange(runs, tag, s.x, min / unit, max / unit);
    const data = new Map<string, SeriesBuffer>();
    for (const r of fetched) data.set(r.run, seriesFromFetch(r.points, r.inRange, r.downsampled));
    zoom = { min, max, data };
    resetZoom.hidden = false;
    refresh();
  }

  function downloadPng(): void {
    if (chart) canvasToPng(canvas, cssVar('--surface'), (png) => downloadBlob(png, `${fileSafe(tag)}.png`));
  }

  function openExport(format: 'csv' | 'json'): void {
    const a = h('a', {
      href: ctx.api.exportUrl(format, runsWithTag(), [tag]),
      download: `${fileSafe(tag)}.${format}`,
    });
    document.body.appendChild(a);
    a.click();
    a.remove();
  }

  updateCount();
  return {
    element,
    tag,
    attach() {
      if (attached) return;
      attached = true;
      element.dataset.attached = 'true';
      refresh();
    },
    detach() {
      attached = false;
      scheduler.cancel(element);
      rebuildPending = false;
      delete element.dataset.attached;
      chart?.destroy();
      chart = null;
    },
    refresh,
    prefetch() {
      prefetched = true;
      ensureData();
    },
    seriesChanged,
    destroy() {
      attached = false;
      scheduler.cancel(element);
      chart?.destroy();
      chart = null;
      element.remove();
    },
  };
}
