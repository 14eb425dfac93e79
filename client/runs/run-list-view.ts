// The runs sidebar: the regex and metric filters, their errors, show/hide all, and a virtualised list of
// session header rows and run rows (run-row.ts), newest session first. Invariants: at any run count the DOM
// holds only the rows in view (virtual-list.ts); a row always shows the current selection when it is built; the
// counter says how many runs are selected and, past the draw budget, how many the charts draw.
import type { RunSummary } from '../../contract/index.ts';
import type { DashboardStore } from '../state/dashboard-store.ts';
import type { SettingsStore } from '../state/settings-store.ts';
import { clear, h } from '../ui/dom-builder.ts';
import { MAX_DRAWN_RUNS, orderBySession, type SessionRank } from './drawn-runs.ts';
import {
  ageText,
  renderRunRow,
  renderSessionRow,
  RUN_ROW_HEIGHT,
  SESSION_ROW_HEIGHT,
  type RunRowActions,
  type RunRowDecorator,
} from './run-row.ts';
import { computeVisibility } from './run-visibility.ts';
import { createVirtualList, type VirtualItem } from './virtual-list.ts';

export interface RunListView {
  element: HTMLElement;
  render(): void;
  /** Scrolls the list to a run's row; false when the run is not listed (filtered out). */
  scrollToRun(run: string): boolean;
}

/** Extension points for run management (run-actions.ts), so this view stays about listing. */
export interface RunListHooks {
  /** Controls shown above the list (the run-management filters). */
  toolbar?: HTMLElement;
  /** Called on each run row when it is built (rows are rebuilt as they scroll into view). */
  decorateRow?: (run: RunSummary, row: HTMLElement) => void;
  /** Sessions with a lower rank are listed (and drawn) first, then newest first (drawn-runs.ts). */
  sessionRank?: SessionRank;
}

type ListItem = VirtualItem &
  ({ kind: 'session'; id: string; runs: RunSummary[] } | { kind: 'run'; run: RunSummary; session: string });

export function createRunListView(
  store: DashboardStore,
  settings: SettingsStore,
  hooks: RunListHooks = {},
): RunListView {
  const decorate: RunRowDecorator | undefined = hooks.decorateRow
    ? (row, run) => hooks.decorateRow!(run, row)
    : undefined;
  const runFilter = h('input', {
    type: 'search',
    class: 'text-input',
    placeholder: 'Filter runs (regex)',
    'aria-label': 'Filter runs by regular expression',
    value: settings.get().runFilter,
  });
  const metricFilter = h('input', {
    type: 'search',
    class: 'text-input',
    placeholder: 'Metric filter: val_accuracy >= 0.85',
    'aria-label': 'Filter runs by a metric expression',
    value: settings.get().metricFilter,
  });
  const errors = h('div', { class: 'filter-error', role: 'status' });
  const counter = h('span', { class: 'muted', 'data-testid': 'run-counter' });
  const budget = h('p', { class: 'muted draw-budget', 'data-testid': 'draw-budget', hidden: true });
  const empty = h('p', { class: 'muted', hidden: true }, 'No run matches the filters.');
  runFilter.addEventListener('input', () => settings.update({ runFilter: runFilter.value }));
  metricFilter.addEventListener('input', () => settings.update({ metricFilter: metricFilter.value }));
  const allNone = (show: boolean): void => {
    const vis = computeVisibility(store.runs(), store.sessions(), settings.get());
    const hidden = new Set(settings.get().hidden);
    for (const r of vis.matching) {
      if (show) hidden.delete(r);
      else hidden.add(r);
    }
    settings.update({ hidden: [...hidden] });
  };

  /** Selection state of the last render, read by rows as they scroll into view. */
  let hidden = new Set<string>();
  let visible = new Set<string>();
  let drawn = new Set<string>();
  const actions: RunRowActions = {
    toggle(run, shown) {
      const next = new Set(settings.get().hidden);
      if (shown) next.delete(run);
      else next.add(run);
      settings.update({ hidden: [...next] });
    },
    solo(run) {
      const vis = computeVisibility(store.runs(), store.sessions(), settings.get());
      settings.update({ hidden: vis.matching.filter((m) => m !== run) });
    },
  };
  const ageSpans: { span: HTMLElement; wall: number | null }[] = [];
  /** Bumped when the listing, the sessions or the annotated runs change (a new array from the store): rows
   *  rendered in an earlier epoch are rendered again; within one, a row is kept while its state is the same. */
  let epoch = 0;
  let epochOf: { runs: readonly RunSummary[]; sessions: unknown } | null = null;
  const forgetDetachedAges = (): void => {
    for (let i = ageSpans.length - 1; i >= 0; i--)
      if (!(ageSpans[i] as { span: HTMLElement }).span.isConnected) ageSpans.splice(i, 1);
  };
  const list = createVirtualList<ListItem>({
    className: 'run-list',
    role: 'list',
    // what a row shows: its session's runs that match (header), or its selection state and colour (run)
    version: (item) =>
      item.kind === 'session'
        ? `${epoch}|${item.runs.map((r) => r.run).join('\u0000')}`
        : `${epoch}|${hidden.has(item.run.run) ? 0 : 1}${visible.has(item.run.run) ? 1 : 0}${drawn.has(item.run.run) ? 1 : 0}|${store.colorOf(item.run.run)}`,
    onWindow: forgetDetachedAges,
    render: (item) =>
      item.kind === 'session'
        ? renderSessionRow(
            store.sessions().find((s) => s.id === item.id),
            item.id,
            item.runs,
            (span, wall) => ageSpans.push({ span, wall }),
          )
        : renderRunRow(
            item.run,
            item.session,
            {
              shown: !hidden.has(item.run.run),
              visible: visible.has(item.run.run),
              drawn: drawn.has(item.run.run),
              color: store.colorOf(item.run.run),
            },
            actions,
            decorate,
          ),
  });
  // rows are rebuilt as they scroll into view: forget the age spans of rows that left
  list.element.addEventListener('scroll', forgetDetachedAges);
  setInterval(() => {
    const now = Date.now() / 1000;
    for (const { span, wall } of ageSpans) span.textContent = ageText(wall, now);
  }, 5000);

  const element = h(
    'aside',
    { class: 'sidebar', 'aria-label': 'Runs' },
    h('div', { class: 'sidebar-head' }, h('h2', {}, 'Runs'), counter),
    runFilter,
    metricFilter,
    errors,
    hooks.toolbar ?? null,
    h(
      'div',
      { class: 'sidebar-actions' },
      h('button', { type: 'button', class: 'link-button', onclick: () => allNone(true) }, 'Show all'),
      h('button', { type: 'button', class: 'link-button', onclick: () => allNone(false) }, 'Hide all'),
    ),
    budget,
    empty,
    list.element,
  );

  let items: ListItem[] = [];
  /** Every run in list order, computed once per listing (a keystroke in a filter only selects from it): the
   *  order of the whole list, so the rows and the drawn runs (drawn-runs.ts) follow the same order. */
  let ordered: {
    runs: readonly RunSummary[];
    sessions: unknown;
    list: { id: string; runs: RunSummary[] }[];
  } | null = null;
  const orderedRuns = (runs: readonly RunSummary[]): { id: string; runs: RunSummary[] }[] => {
    if (ordered?.runs === runs && ordered.sessions === store.sessions()) return ordered.list;
    const byName = new Map(runs.map((r) => [r.run, r]));
    const list = orderBySession(runs, store.sessions(), hooks.sessionRank).map((o) => ({
      id: o.id,
      runs: o.runs.map((n) => byName.get(n)).filter((r): r is RunSummary => !!r),
    }));
    ordered = { runs, sessions: store.sessions(), list };
    return list;
  };

  function render(): void {
    const s = settings.get();
    const runs = store.runs();
    if (epochOf?.runs !== runs || epochOf.sessions !== store.sessions()) {
      epoch++;
      epochOf = { runs, sessions: store.sessions() };
    }
    const vis = computeVisibility(runs, store.sessions(), s);
    clear(errors);
    if (vis.regexError) errors.append(h('p', {}, `Run regex ignored: ${vis.regexError}`));
    if (vis.metricError) errors.append(h('p', {}, `Metric filter ignored: ${vis.metricError}`));
    const order = orderedRuns(runs);
    const drawnList: string[] = [];
    const visibleSet = new Set(vis.visible);
    for (const session of order) {
      for (const r of session.runs) if (visibleSet.has(r.run)) drawnList.push(r.run);
      if (drawnList.length >= MAX_DRAWN_RUNS) break;
    }
    drawnList.length = Math.min(drawnList.length, MAX_DRAWN_RUNS);
    counter.textContent = `${vis.visible.length}/${runs.length}`;
    budget.hidden = drawnList.length >= vis.visible.length;
    budget.textContent = `Charts draw the newest ${drawnList.length.toLocaleString('en-US')} of ${vis.visible.length.toLocaleString('en-US')} selected runs (at most ${MAX_DRAWN_RUNS}); filter or hide runs to choose.`;
    hidden = new Set(s.hidden);
    visible = visibleSet;
    drawn = new Set(drawnList);
    const matching = new Set(vis.matching);
    items = [];
    for (const session of order) {
      const sessionRuns =
        matching.size === runs.length ? session.runs : session.runs.filter((r) => matching.has(r.run));
      if (!sessionRuns.length) continue;
      items.push({
        kind: 'session',
        key: `s:${session.id}`,
        height: SESSION_ROW_HEIGHT,
        id: session.id,
        runs: sessionRuns,
      });
      for (const run of sessionRuns)
        items.push({ kind: 'run', key: `r:${run.run}`, height: RUN_ROW_HEIGHT, run, session: session.id });
    }
    empty.hidden = !(runs.length > 0 && items.length === 0);
    list.setItems(items);
  }

  return { element, render, scrollToRun: (run) => list.scrollTo(`r:${run}`) };
}
