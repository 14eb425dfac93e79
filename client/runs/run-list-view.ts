// The runs sidebar: sessions with their status badge and the age of their last point, each session's runs with a
// stable colour swatch and a toggle (double-click: show only this run), the regex and metric filters, and damage
// warnings with file and offset. Invariant: names from the logdir are set as text, never as HTML.
import type { RunSummary, SessionSummary } from '../../contract/index.ts';
import type { DashboardStore } from '../state/dashboard-store.ts';
import type { SettingsStore } from '../state/settings-store.ts';
import { clear, formatAge, h } from '../ui/dom-builder.ts';
import { computeVisibility } from './run-visibility.ts';
import { badgeStatus } from './session-status.ts';

export interface RunListView {
  element: HTMLElement;
  render(): void;
}

/** Extension points for run management (run-actions.ts), so this view stays about listing. */
export interface RunListHooks {
  /** Controls shown above the list (the run-management filters). */
  toolbar?: HTMLElement;
  /** Called on each run row once it is built. */
  decorateRow?: (run: RunSummary, row: HTMLElement) => void;
  /** Sessions with a lower rank are listed first (then newest first). */
  sessionRank?: (runs: readonly RunSummary[]) => number;
}

function lastPoint(runs: readonly RunSummary[]): number | null {
  let max: number | null = null;
  for (const r of runs)
    if (r.lastWallTime !== null && (max === null || r.lastWallTime > max)) max = r.lastWallTime;
  return max;
}

export function createRunListView(
  store: DashboardStore,
  settings: SettingsStore,
  hooks: RunListHooks = {},
): RunListView {
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
  const list = h('div', { class: 'run-list', role: 'list' });
  const counter = h('span', { class: 'muted' });
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
    list,
  );

  const ageSpans: { span: HTMLElement; wall: number | null }[] = [];
  setInterval(() => {
    const now = Date.now() / 1000;
    for (const { span, wall } of ageSpans)
      span.textContent = wall === null ? 'no data' : `${formatAge(now - wall)} ago`;
  }, 5000);

  function sessionBlock(
    session: SessionSummary | undefined,
    id: string,
    runs: RunSummary[],
    hidden: Set<string>,
    visible: Set<string>,
  ): HTMLElement {
    const now = Date.now() / 1000;
    const wall = lastPoint(runs);
    const status = badgeStatus(session ?? { status: 'unknown' }, wall, now);
    const age = h('span', { class: 'age' }, wall === null ? 'no data' : `${formatAge(now - wall)} ago`);
    ageSpans.push({ span: age, wall });
    const damaged = runs.reduce((a, r) => a + r.damagedCount, 0);
    const damageTitle = runs
      .flatMap((r) =>
        r.damaged.slice(-5).map((d) => `${d.file} @ byte ${d.offset}: ${d.reason} (${d.message})`),
      )
      .join('\n');
    const meta = [session?.task, session?.backend, session?.error].filter((x): x is string => !!x);
    return h(
      'section',
      { class: 'session', 'data-session': id },
      h(
        'div',
        { class: 'session-head' },
        h('span', { class: 'session-name', title: id }, id),
        h(
          'span',
          {
            class: `status-badge status-${status}`,
            'data-testid': 'status-badge',
            'data-status': status,
            title: `status: ${status}`,
          },
          status,
        ),
      ),
      h(
        'div',
        { class: 'session-meta' },
        age,
        meta.length ? h('span', {}, ` · ${meta.join(' · ')}`) : null,
        damaged
          ? h(
              'span',
              { class: 'damage-warning', title: damageTitle, role: 'note' },
              ` · ⚠ ${damaged} damaged record${damaged === 1 ? '' : 's'}`,
            )
          : null,
      ),
      ...runs.map((r) => {
        const role = r.run.startsWith(`${id}/`) ? r.run.slice(id.length + 1) : r.run;
        const box = h('input', {
          type: 'checkbox',
          checked: !hidden.has(r.run),
          'aria-label': `Show run ${r.run}`,
        });
        box.addEventListener('change', () => {
          const next = new Set(settings.get().hidden);
          if (box.checked) next.delete(r.run);
          else next.add(r.run);
          settings.update({ hidden: [...next] });
        });
        const item = h(
          'label',
          {
            class: `run-item${visible.has(r.run) ? '' : ' run-off'}`,
            'data-testid': 'run-item',
            'data-run': r.run,
            role: 'listitem',
            title: `${r.run}\nDouble-click: show only this run`,
          },
          box,
          h('span', { class: 'swatch', style: `background:${store.colorOf(r.run)}` }),
          h('span', { class: 'run-name' }, role),
          r.damagedCount
            ? h('span', { class: 'damage-dot', title: `${r.damagedCount} damaged records` }, '⚠')
            : null,
        );
        item.addEventListener('dblclick', (e) => {
          e.preventDefault();
          const vis = computeVisibility(store.runs(), store.sessions(), settings.get());
          settings.update({ hidden: vis.matching.filter((m) => m !== r.run) });
        });
        hooks.decorateRow?.(r, item);
        return item;
      }),
    );
  }

  function render(): void {
    const s = settings.get();
    const vis = computeVisibility(store.runs(), store.sessions(), s);
    clear(errors);
    if (vis.regexError) errors.append(h('p', {}, `Run regex ignored: ${vis.regexError}`));
    if (vis.metricError) errors.append(h('p', {}, `Metric filter ignored: ${vis.metricError}`));
    counter.textContent = `${vis.visible.length}/${store.runs().length}`;
    clear(list);
    ageSpans.length = 0;
    const matching = new Set(vis.matching);
    const visible = new Set(vis.visible);
    const hidden = new Set(s.hidden);
    const bySession = new Map<string, RunSummary[]>();
    for (const r of store.runs())
      if (matching.has(r.run)) bySession.set(r.session, [...(bySession.get(r.session) ?? []), r]);
    const sessions = new Map(store.sessions().map((x) => [x.id, x]));
    // newest sessions first, as the run store lists them (after those the rank hook puts first)
    const rank = new Map([...bySession].map(([id, rs]) => [id, hooks.sessionRank?.(rs) ?? 0]));
    const order = [...bySession.keys()].sort(
      (a, b) =>
        (rank.get(a) ?? 0) - (rank.get(b) ?? 0) ||
        (sessions.get(b)?.startedAt ?? 0) - (sessions.get(a)?.startedAt ?? 0) ||
        (a < b ? -1 : 1),
    );
    for (const id of order)
      list.append(sessionBlock(sessions.get(id), id, bySession.get(id) ?? [], hidden, visible));
    if (store.runs().length && !order.length)
      list.append(h('p', { class: 'muted' }, 'No run matches the filters.'));
  }

  return { element, render };
}
