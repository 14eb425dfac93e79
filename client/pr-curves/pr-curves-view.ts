// The PR curves view, as TensorBoard's PR curves dashboard: one card per tag holding one precision/recall curve
// per visible run (recall on x, precision on y, both in [0, 1]), and per run a step slider that picks which
// step's curve is drawn (the latest by default; a chosen step is kept across redraws while it still exists).
import { Chart, type ChartDataset } from 'chart.js';
import type { TbPrCurveEntry } from '../../contract/index.ts';
import type { DashboardApi } from '../api/dashboard-api.ts';
import { registerCharts } from '../scalars/chart-registry.ts';
import type { DashboardStore } from '../state/dashboard-store.ts';
import { clear, emptyState, h } from '../ui/dom-builder.ts';
import type { PluginView } from '../views/plugin-view.ts';
import { fetchPrCurves } from './pr-curves-api.ts';

type XY = { x: number; y: number };

/** The curve of one step as points, recall on x and precision on y; "NaN" strings become gaps. */
export function curvePoints(entry: TbPrCurveEntry): XY[] {
  const num = (v: unknown): number => (typeof v === 'number' ? v : NaN);
  return entry.recall.map((r, i) => ({ x: num(r), y: num(entry.precision[i]) }));
}

function cssVar(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || '#888';
}

export function createPrCurvesView(api: DashboardApi, store: DashboardStore): PluginView {
  const element = h('div', { class: 'view pr-curves-view' });
  const charts: Chart<'line', XY[]>[] = [];
  /** `${tag}\u0000${run}` -> the step the user chose with the slider. */
  const chosenStep = new Map<string, number>();
  let token = 0;

  function card(tag: string, data: Record<string, TbPrCurveEntry[]>): HTMLElement {
    const runs = Object.keys(data).filter((r) => (data[r]?.length ?? 0) > 0);
    const indexOf = (run: string): number => {
      const entries = data[run]!;
      const chosen = chosenStep.get(`${tag}\u0000${run}`);
      const i = chosen === undefined ? -1 : entries.findIndex((e) => e.step === chosen);
      return i >= 0 ? i : entries.length - 1;
    };
    const dataset = (run: string): ChartDataset<'line', XY[]> => {
      const entry = data[run]![indexOf(run)]!;
      return {
        label: `${store.displayNameOf(run)} (step ${entry.step})`,
        data: curvePoints(entry),
        borderColor: store.colorOf(run),
        backgroundColor: store.colorOf(run),
        borderWidth: 1.5,
      };
    };
    const canvas = h('canvas', { 'aria-label': `Precision against recall of ${tag}` });
    const chart = new Chart<'line', XY[]>(canvas, {
      type: 'line',
      data: { datasets: runs.map(dataset) },
      options: {
        parsing: false,
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        elements: { line: { tension: 0 }, point: { radius: 0, hoverRadius: 3 } },
        interaction: { mode: 'nearest', intersect: false },
        scales: {
          x: { type: 'linear', min: 0, max: 1, title: { display: true, text: 'recall' } },
          y: { type: 'linear', min: 0, max: 1, title: { display: true, text: 'precision' } },
        },
        plugins: {
          tooltip: { backgroundColor: cssVar('--tooltip-bg'), titleColor: cssVar('--tooltip-text') },
        },
      },
    });
    charts.push(chart);
    const sliders = runs.map((run, di) => {
      const entries = data[run]!;
      const label = h(
        'span',
        { class: 'muted', 'data-testid': 'pr-step' },
        `step ${entries[indexOf(run)]!.step}`,
      );
      const input = h('input', {
        type: 'range',
        min: 0,
        max: entries.length - 1,
        step: 1,
        value: indexOf(run),
        'aria-label': `Step of ${run}`,
        'data-run': run,
      });
      input.addEventListener('input', () => {
        const entry = entries[Number(input.value)];
        if (!entry) return;
        chosenStep.set(`${tag}\u0000${run}`, entry.step);
        label.textContent = `step ${entry.step}`;
        row.setAttribute('data-points', String(entry.recall.length));
        chart.data.datasets[di] = dataset(run);
        chart.update('none');
      });
      const row = h(
        'div',
        {
          class: 'pr-slider',
          'data-testid': 'pr-run',
          'data-run': run,
          'data-points': entries[indexOf(run)]!.recall.length,
          style: 'display:flex;gap:8px;align-items:center;padding:2px 10px',
        },
        h('span', { style: `color:${store.colorOf(run)}`, title: run }, store.displayNameOf(run)),
        input,
        label,
      );
      return row;
    });
    return h(
      'section',
      { class: 'card pr-curve-card', 'data-testid': 'pr-curve-card', 'data-tag': tag },
      h('header', { class: 'card-header' }, h('h3', { class: 'card-title' }, tag)),
      h('div', { class: 'chart-box', style: 'height:300px;flex:none' }, canvas),
      ...sliders,
    );
  }

  async function render(visibleRuns: readonly string[]): Promise<void> {
    const mine = ++token;
    const visible = new Set(visibleRuns);
    const wanted = [...store.pluginTags('pr_curves')]
      .map(([tag, runs]) => [tag, runs.filter((r) => visible.has(r))] as const)
      .filter(([, runs]) => runs.length > 0);
    const bodies = await Promise.all(wanted.map(([tag, runs]) => fetchPrCurves(api.request, runs, tag)));
    if (mine !== token) return;
    for (const c of charts.splice(0)) c.destroy();
    clear(element);
    if (!wanted.length) {
      element.append(
        emptyState('No PR curves', [
          'Precision/recall curves written with tf.summary (pr_curve summary) or add_pr_curve show here per step.',
        ]),
      );
      return;
    }
    registerCharts();
    wanted.forEach(([tag], i) => element.append(card(tag, bodies[i]!)));
  }
  return { element, render: (v) => void render(v) };
}
