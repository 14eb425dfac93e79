// The histograms view: per tag and run, TensorBoard's "offset" ridgeline of the histogram at each step (older
// steps further back and fainter), drawn as SVG. Steps are thinned evenly to at most MAX_SLICES, always keeping
// the last one. Values and tags are set as text.
import type { TbHistogramsResponse } from '../../contract/index.ts';
import type { DashboardApi } from '../api/dashboard-api.ts';
import type { DashboardStore } from '../state/dashboard-store.ts';
import { formatNumber } from '../scalars/chart-data.ts';
import { toNumber } from '../scalars/series-buffer.ts';
import { clear, emptyState, h, svg } from '../ui/dom-builder.ts';
import type { PluginView } from '../views/plugin-view.ts';
import { fetchHistograms } from './histograms-api.ts';

const MAX_SLICES = 30;

function ridgeline(data: TbHistogramsResponse, color: string, label: string): SVGSVGElement {
  const W = 420;
  const H = 220;
  const left = 8;
  const right = W - 40;
  const keep =
    data.length <= MAX_SLICES
      ? data
      : Array.from(
          { length: MAX_SLICES },
          (_, i) =>
            data[Math.round((i * (data.length - 1)) / (MAX_SLICES - 1))] as TbHistogramsResponse[number],
        );
  let lo = Infinity;
  let hi = -Infinity;
  let maxCount = 0;
  for (const [, , buckets] of keep)
    for (const [l, r, c] of buckets) {
      const a = toNumber(l);
      const b = toNumber(r);
      if (Number.isFinite(a)) lo = Math.min(lo, a);
      if (Number.isFinite(b)) hi = Math.max(hi, b);
      maxCount = Math.max(maxCount, toNumber(c));
    }
  const root = svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'ridgeline', role: 'img', 'aria-label': label });
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return root;
  const span = hi - lo || 1;
  const peak = keep.length > 1 ? 50 : 120;
  const firstBase = 12 + peak;
  const lastBase = H - 26;
  const sliceGap = keep.length > 1 ? (lastBase - firstBase) / (keep.length - 1) : 0;
  keep.forEach(([, step, buckets], i) => {
    const base = keep.length > 1 ? firstBase + i * sliceGap : lastBase;
    const pts = buckets.map(([l, r, c]) => {
      const mid = (toNumber(l) + toNumber(r)) / 2;
      return `${(left + ((mid - lo) / span) * (right - left)).toFixed(1)},${(base - (toNumber(c) / (maxCount || 1)) * peak).toFixed(1)}`;
    });
    const opacity = 0.25 + (0.75 * (i + 1)) / keep.length;
    root.append(
      svg('polygon', {
        points: `${left},${base} ${pts.join(' ')} ${right},${base}`,
        fill: color,
        'fill-opacity': (opacity * 0.35).toFixed(2),
        stroke: color,
        'stroke-opacity': opacity.toFixed(2),
        'stroke-width': 1,
      }),
    );
    if (i === keep.length - 1 || i % Math.ceil(keep.length / 5) === 0) {
      const t = svg('text', { x: right + 4, y: base, class: 'pc-tick' });
      t.textContent = String(step);
      root.append(t);
    }
  });
  for (const [x, v] of [
    [left, lo],
    [right, hi],
  ] as const) {
    const t = svg('text', { x, y: H - 8, class: 'pc-tick', 'text-anchor': x === left ? 'start' : 'end' });
    t.textContent = formatNumber(v);
    root.append(t);
  }
  return root;
}

export function createHistogramsView(api: DashboardApi, store: DashboardStore): PluginView {
  const element = h('div', { class: 'view histograms-view' });
  let token = 0;
  async function render(visibleRuns: readonly string[]): Promise<void> {
    const mine = ++token;
    const visible = new Set(visibleRuns);
    const cards: HTMLElement[] = [];
    for (const [tag, runs] of store.pluginTags('histograms')) {
      for (const run of runs.filter((r) => visible.has(r))) {
        const data = await fetchHistograms(api.request, run, tag);
        if (mine !== token) return;
        cards.push(
          h(
            'section',
            { class: 'card histogram-card', 'data-tag': tag, 'data-run': run },
            h(
              'header',
              { class: 'card-header' },
              h('h3', { class: 'card-title' }, tag),
              h('span', { class: 'card-meta' }, `${run} · ${data.length} steps`),
            ),
            ridgeline(data, store.colorOf(run), `Histograms of ${tag} in ${run} over steps`),
          ),
        );
      }
    }
    clear(element);
    if (!cards.length)
      element.append(
        emptyState('No histograms', [
          'Weight and activation histograms written by the trainer (histogram frequency > 0) show here per step.',
        ]),
      );
    else element.append(h('div', { class: 'card-grid' }, ...cards));
  }
  return { element, render: (v) => void render(v) };
}
