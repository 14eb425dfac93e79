// The rows of the runs list: one session header (name, status badge, age of its last point, task and backend,
// damage warning with file and offset) and one run row (toggle, colour swatch, name, damage dot, and whether the
// charts draw it). Each row is built from its data alone, so the virtualised list can build it again whenever it
// scrolls into view; a `RunRowDecorator` may add to a run row (per-run actions). Invariant: names from the
// logdir are set as text, never as HTML; rows have the fixed heights the list lays them out with.
import type { RunSummary, SessionSummary } from '../../contract/index.ts';
import { formatAge, h } from '../ui/dom-builder.ts';
import { badgeStatus } from './session-status.ts';

/** Row heights in CSS pixels (styles.css sets the same on .session-row and .run-item). */
export const SESSION_ROW_HEIGHT = 48;
export const RUN_ROW_HEIGHT = 26;

/** Adds to a run row after it is built (e.g. pin, rename, colour actions); called every time it is built. */
export type RunRowDecorator = (row: HTMLElement, run: RunSummary) => void;

export interface RunRowState {
  /** Switched on (its checkbox is ticked). */
  shown: boolean;
  /** Matching and switched on: the run is selected. */
  visible: boolean;
  /** Selected and within the draw budget: the charts draw it. */
  drawn: boolean;
  color: string;
}

export interface RunRowActions {
  /** The checkbox was toggled. */
  toggle(run: string, shown: boolean): void;
  /** Double-click: show only this run. */
  solo(run: string): void;
}

export function lastPoint(runs: readonly RunSummary[]): number | null {
  let max: number | null = null;
  for (const r of runs)
    if (r.lastWallTime !== null && (max === null || r.lastWallTime > max)) max = r.lastWallTime;
  return max;
}

export function ageText(wall: number | null, now: number): string {
  return wall === null ? 'no data' : `${formatAge(now - wall)} ago`;
}

/** A session's header row; `age` receives the span that shows the age (the list refreshes it). */
export function renderSessionRow(
  session: SessionSummary | undefined,
  id: string,
  runs: readonly RunSummary[],
  age: (span: HTMLElement, wall: number | null) => void,
): HTMLElement {
  const now = Date.now() / 1000;
  const wall = lastPoint(runs);
  const status = badgeStatus(session ?? { status: 'unknown' }, wall, now);
  const ageSpan = h('span', { class: 'age' }, ageText(wall, now));
  age(ageSpan, wall);
  const damaged = runs.reduce((a, r) => a + r.damagedCount, 0);
  const damageTitle = runs
    .flatMap((r) =>
      r.damaged.slice(-5).map((d) => `${d.file} @ byte ${d.offset}: ${d.reason} (${d.message})`),
    )
    .join('\n');
  const meta = [session?.task, session?.backend, session?.error].filter((x): x is string => !!x);
  return h(
    'div',
    { class: 'session-row', 'data-session': id, role: 'listitem' },
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
      ageSpan,
      meta.length ? h('span', {}, ` · ${meta.join(' · ')}`) : null,
      damaged
        ? h(
            'span',
            { class: 'damage-warning', title: damageTitle, role: 'note' },
            ` · ⚠ ${damaged} damaged record${damaged === 1 ? '' : 's'}`,
          )
        : null,
    ),
  );
}

/** One run's row, labelled by its name within the session (`train`), titled with its full name. */
export function renderRunRow(
  r: RunSummary,
  sessionId: string,
  state: RunRowState,
  actions: RunRowActions,
  decorate?: RunRowDecorator,
): HTMLElement {
  const role = r.run.startsWith(`${sessionId}/`) ? r.run.slice(sessionId.length + 1) : r.run;
  const box = h('input', { type: 'checkbox', checked: state.shown, 'aria-label': `Show run ${r.run}` });
  box.addEventListener('change', () => actions.toggle(r.run, box.checked));
  const notDrawn = state.visible && !state.drawn;
  const item = h(
    'label',
    {
      class: `run-item${state.visible ? '' : ' run-off'}${notDrawn ? ' run-undrawn' : ''}`,
      'data-testid': 'run-item',
      'data-run': r.run,
      'data-drawn': state.drawn ? 'true' : 'false',
      role: 'listitem',
      title: `${r.run}\nDouble-click: show only this run${notDrawn ? '\nNot drawn: over the draw budget (filter or hide runs to draw it)' : ''}`,
    },
    box,
    h('span', { class: 'swatch', style: `background:${state.color}` }),
    h('span', { class: 'run-name' }, role),
    r.damagedCount
      ? h('span', { class: 'damage-dot', title: `${r.damagedCount} damaged records` }, '⚠')
      : null,
  );
  item.addEventListener('dblclick', (e) => {
    e.preventDefault();
    actions.solo(r.run);
  });
  decorate?.(item, r);
  return item;
}
