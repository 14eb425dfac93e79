// Registers the Chart.js pieces the dashboard uses, once, and our tooltip interaction mode `nearestPerSeries`:
// for every labelled line, the point nearest the cursor's x, sorted by vertical distance to the cursor (the
// nearest series first), as TensorBoard's tooltips are. Invariant: import this module before creating a chart.
import {
  Chart,
  Decimation,
  Filler,
  Interaction,
  LinearScale,
  LineController,
  LineElement,
  LogarithmicScale,
  PointElement,
  Tooltip,
  type ChartEvent,
  type InteractionItem,
  type InteractionModeFunction,
} from 'chart.js';

declare module 'chart.js' {
  interface InteractionModeMap {
    nearestPerSeries: InteractionModeFunction;
  }
}

const nearestPerSeries: InteractionModeFunction = (chart: Chart, e: ChartEvent) => {
  const ex = e.x;
  const ey = e.y;
  if (ex === null || ey === null) return [];
  const area = chart.chartArea;
  if (ex < area.left || ex > area.right || ey < area.top || ey > area.bottom) return [];
  const items: (InteractionItem & { dy: number })[] = [];
  chart.data.datasets.forEach((ds, datasetIndex) => {
    if (!ds.label || !chart.isDatasetVisible(datasetIndex)) return;
    const els = chart.getDatasetMeta(datasetIndex).data;
    if (els.length === 0) return;
    let lo = 0;
    let hi = els.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((els[mid]?.x ?? 0) < ex) lo = mid + 1;
      else hi = mid;
    }
    let index = lo;
    if (lo > 0 && Math.abs((els[lo - 1]?.x ?? 0) - ex) < Math.abs((els[lo]?.x ?? 0) - ex)) index = lo - 1;
    const element = els[index];
    if (!element || Math.abs(element.x - ex) > 40) return;
    items.push({ element, datasetIndex, index, dy: Math.abs(element.y - ey) });
  });
  return items.sort((a, b) => a.dy - b.dy).slice(0, 12);
};

let registered = false;

export function registerCharts(): void {
  if (registered) return;
  registered = true;
  Chart.register(
    LineController,
    LineElement,
    PointElement,
    LinearScale,
    LogarithmicScale,
    Tooltip,
    Filler,
    Decimation,
  );
  Interaction.modes.nearestPerSeries = nearestPerSeries;
}

export { Chart };

/** Decimation options that hold Chart.js' preconditions: the plugin silently does nothing unless the x axis is
 *  linear and parsing is off, so it is enabled only then, and a caller passing parsing on is an error. */
export function decimationFor(
  xScale: 'linear' | 'logarithmic',
  parsing: false | true,
): { enabled: boolean; algorithm: 'min-max' } {
  if (parsing !== false)
    throw new Error('Chart.js decimation needs parsing: false (data must already be {x, y})');
  return { enabled: xScale === 'linear', algorithm: 'min-max' };
}
