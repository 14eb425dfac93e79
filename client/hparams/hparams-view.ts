// The hparams view: a sortable, filterable table of sessions by hparams and final metrics whose checkboxes are
// the run selection of the scalars view (shared through the settings' hidden runs), and a parallel-coordinates
// plot of the same rows. Rows merge the run store's sessions with those TensorBoard's hparams routes serve (logs
// written with tf.summary's hparams API), each labelled with its source. Invariant: hparam names and values are
// set as text.
import type { TbHparamsSessionGroupsResponse } from '../../contract/index.ts';
import type { DashboardApi } from '../api/dashboard-api.ts';
import type { DashboardStore } from '../state/dashboard-store.ts';
import type { SettingsStore } from '../state/settings-store.ts';
import { compileFilter } from '../state/url-state.ts';
import { clear, emptyState, h, svg } from '../ui/dom-builder.ts';
import { buildHparamsTable, type Cell, type HparamsSession, type HparamsTable } from './hparams-table.ts';
import { tbHparamsSessions } from './tb-hparams-sessions.ts';

export interface HparamsView {
  element: HTMLElement;
  render(): void;
}

const MAX_AXES = 10;

const show = (v: Cell): string =>
  v === undefined
    ? '–'
    : typeof v === 'number'
      ? Number.isInteger(v)
        ? String(v)
        : Number(v.toPrecision(4)).toString()
      : String(v);

function parallelCoordinates(table: HparamsTable, colorOf: (id: string) => string): SVGSVGElement {
  // columns that tell sessions apart: hparams and metrics with more than one value, at most MAX_AXES
  const varies = (c: string): boolean => new Set(table.rows.map((r) => String(r.cells[c]))).size > 1;
  const common = (c: string): boolean =>
    table.rows.filter((r) => r.cells[c] !== undefined).length * 2 >= table.rows.length;
  const cols = [
    ...table.hparams.filter(varies),
    ...table.metrics.filter((m) => varies(m) && common(m)),
  ].slice(0, MAX_AXES);
  const width = Math.max(640, cols.length * 130);
  const height = 240;
  const top = 28;
  const bottom = height - 18;
  const x = (i: number): number => 50 + (i * (width - 100)) / Math.max(1, cols.length - 1);
  const root = svg('svg', {
    class: 'parcoords',
    viewBox: `0 0 ${width} ${height}`,
    role: 'img',
    'aria-label': 'Parallel coordinates of hparams and metrics',
  });
  const scales = cols.map((c) => {
    const vals = table.rows.map((r) => r.cells[c]).filter((v) => v !== undefined);
    if (vals.every((v) => typeof v === 'number')) {
      const nums = vals.filter((v): v is number => typeof v === 'number');
      const lo = Math.min(...nums);
      const hi = Math.max(...nums);
      return {
        pos: (v: Cell) =>
          typeof v !== 'number' ? null : bottom - ((v - lo) / (hi - lo || 1)) * (bottom - top),
        lo: show(lo),
        hi: show(hi),
      };
    }
    const cats = [...new Set(vals.map(String))].sort();
    return {
      pos: (v: Cell) =>
        v === undefined ? null : bottom - ((cats.indexOf(String(v)) + 0.5) / cats.length) * (bottom - top),
      lo: cats[0] ?? '',
      hi: cats[cats.length - 1] ?? '',
    };
  });
  for (const r of table.rows) {
    const pts = cols
      .map((c, i) => [x(i), scales[i]?.pos(r.cells[c]) ?? null] as const)
      .filter((p): p is readonly [number, number] => p[1] !== null);
    if (pts.length < 2) continue;
    const line = svg('polyline', {
      points: pts.map((p) => p.join(',')).join(' '),
      class: 'pc-line',
      stroke: colorOf(r.id),
    });
    const t = svg('title', {});
    t.textContent = r.id;
    line.append(t);
    root.append(line);
  }
  cols.forEach((c, i) => {
    root.append(svg('line', { x1: x(i), x2: x(i), y1: top, y2: bottom, class: 'pc-axis' }));
    const label = svg('text', { x: x(i), y: 14, 'text-anchor': 'middle', class: 'pc-label' });
    label.textContent = c;
    const hi = svg('text', { x: x(i) + 4, y: top + 4, class: 'pc-tick' });
    hi.textContent = scales[i]?.hi ?? '';
    const lo = svg('text', { x: x(i) + 4, y: bottom, class: 'pc-tick' });
    lo.textContent = scales[i]?.lo ?? '';
    root.append(label, hi, lo);
  });
  return root;
}

export function createHparamsView(
  store: DashboardStore,
  settings: SettingsStore,
  api?: Pick<DashboardApi, 'hparamsSessionGroups'>,
): HparamsView {
  let sortKey = '';
  // TensorBoard's session groups, refetched on each render (a listing change) and redrawn when they change
  let tbGroups: TbHparamsSessionGroupsResponse = {};
  let tbText = '';
  let fetching = false;
  const refreshTb = (): void => {
    if (!api || fetching) return;
    fetching = true;
    api
      .hparamsSessionGroups()
      .then((g) => {
        const text = JSON.stringify(g);
        if (text !== tbText) {
          [tbGroups, tbText] = [g, text];
          render();
        }
      })
      .catch(() => {}) // no hparams data (or an old server): the run store's sessions still show
      .finally(() => (fetching = false));
  };
  let descending = false;
  const filter = h('input', {
    type: 'search',
    class: 'text-input',
    placeholder: 'Filter sessions (regex)',
    'aria-label': 'Filter sessions',
  });
  filter.addEventListener('input', () => render());
  const body = h('div', { class: 'hparams-body' });
  const element = h('div', { class: 'view hparams-view' }, h('div', { class: 'toolbar' }, filter), body);

  const runsOf = (id: string): string[] =>
    store
      .runs()
      .filter((r) => r.session === id)
      .map((r) => r.run);

  function render(): void {
    clear(body);
    refreshTb();
    // a run-store session wins over TensorBoard's view of it; TensorBoard's session (with its hparams) wins
    // over a disk-only one of the same name (which has none)
    const all = store.sessions();
    const tb = tbHparamsSessions(
      tbGroups,
      all.filter((s) => s.source === 'runstore').map((s) => s.id),
    );
    const tbIds = new Set(tb.map((s) => s.id));
    const ours: HparamsSession[] = all
      .filter((s) => Object.keys(s.hparams).length || Object.keys(s.finalMetrics).length)
      .filter((s) => s.source === 'runstore' || !tbIds.has(s.id))
      .map((s) => ({ ...s, origin: 'trainboard' }));
    const sessions = [...ours, ...tb];
    if (!sessions.length) {
      body.append(
        emptyState(
          'No hyperparameters yet',
          ['Run a search and every trial appears here with its hparams and final metrics.'],
          'npx trainboard search fashion-mnist --trials 4 --logdir logs',
        ),
      );
      return;
    }
    const re = compileFilter(filter.value);
    const table = buildHparamsTable(sessions, {
      sortKey,
      descending,
      filter: re instanceof Error ? null : re,
    });
    const hidden = new Set(settings.get().hidden);
    const header = (key: string, label: string, cls = ''): HTMLElement => {
      const arrow = sortKey === key ? (descending ? ' ▾' : ' ▴') : '';
      const b = h(
        'button',
        { type: 'button', class: 'sort-button', 'aria-label': `Sort by ${label}` },
        label + arrow,
      );
      b.addEventListener('click', () => {
        descending = sortKey === key ? !descending : false;
        sortKey = key;
        render();
      });
      return h(
        'th',
        { class: cls, 'aria-sort': sortKey === key ? (descending ? 'descending' : 'ascending') : 'none' },
        b,
      );
    };
    const rows = table.rows.map((r) => {
      const runs = runsOf(r.id);
      const box = h('input', {
        type: 'checkbox',
        checked: runs.some((x) => !hidden.has(x)),
        'aria-label': `Show session ${r.id}`,
      });
      box.addEventListener('change', () => {
        const next = new Set(settings.get().hidden);
        for (const x of runs)
          if (box.checked) next.delete(x);
          else next.add(x);
        settings.update({ hidden: [...next] });
      });
      return h(
        'tr',
        { 'data-session': r.id, 'data-origin': r.origin },
        h('td', {}, box),
        h(
          'td',
          {},
          h('span', { class: 'swatch', style: `background:${store.colorOf(runs[0] ?? r.id)}` }),
          h('span', { class: 'layer-name' }, r.id),
        ),
        h('td', {}, h('span', { class: `status-pill status-${r.status}` }, r.status)),
        h('td', { class: 'muted' }, r.origin === 'tensorboard' ? 'tf.summary hparams' : 'trainboard'),
        ...table.hparams.map((k) => h('td', { class: 'mono' }, show(r.cells[k]))),
        ...table.metrics.map((k) => h('td', { class: 'num mono metric' }, show(r.cells[k]))),
      );
    });
    body.append(
      h(
        'section',
        { class: 'card' },
        h(
          'header',
          { class: 'card-header' },
          h('h3', { class: 'card-title' }, 'Sessions'),
          h('span', { class: 'card-meta' }, `${table.rows.length} of ${sessions.length}`),
        ),
        h(
          'div',
          { class: 'table-scroll' },
          h(
            'table',
            { class: 'data-table', 'data-testid': 'hparams-table' },
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                h('th', {}, ''),
                header('session', 'Session'),
                h('th', {}, 'Status'),
                h('th', {}, 'Source'),
                ...table.hparams.map((k) => header(k, k)),
                ...table.metrics.map((k) => header(k, k, 'num metric')),
              ),
            ),
            h('tbody', {}, ...rows),
          ),
        ),
      ),
      h(
        'section',
        { class: 'card' },
        h(
          'header',
          { class: 'card-header' },
          h('h3', { class: 'card-title' }, 'Parallel coordinates'),
          h('span', { class: 'card-meta' }, 'hparams and metrics that differ between sessions'),
        ),
        h(
          'div',
          { class: 'parcoords-box' },
          parallelCoordinates(table, (id) => store.colorOf(runsOf(id)[0] ?? id)),
        ),
      ),
    );
  }

  return { element, render };
}
