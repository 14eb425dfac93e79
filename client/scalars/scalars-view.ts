// The scalars dashboard: a toolbar (smoothing, x-axis, log scales, outliers, tag filter, run grouping, CSV of
// everything visible) over cards grouped by tag prefix. Invariants: only cards near the viewport hold a Chart
// (IntersectionObserver attaches and detaches them), so hundreds of tags stay fast; cards are created once per
// tag and kept, so live points and data-points keep flowing to off-screen cards too; cards draw, fetch and the
// store follows live only the drawn runs (the visible runs within the draw budget, drawn-runs.ts), so thousands
// of runs cost what MAX_DRAWN_RUNS runs cost.
import type { DashboardApi } from '../api/dashboard-api.ts';
import type { DashboardStore } from '../state/dashboard-store.ts';
import type { SettingsStore } from '../state/settings-store.ts';
import { compileFilter, type Settings } from '../state/url-state.ts';
import { drawnRuns, MAX_DRAWN_RUNS } from '../runs/drawn-runs.ts';
import { computeVisibility } from '../runs/run-visibility.ts';
import { clear, emptyState, h } from '../ui/dom-builder.ts';
import { groupByHparam, groupByRegex } from './run-grouping.ts';
import { INPUT_QUIET_MS } from './redraw-scheduler.ts';
import { createScalarCard, type ScalarCard } from './scalar-card-view.ts';

export interface ScalarsView {
  element: HTMLElement;
  render(): void;
  seriesChanged(run: string, tag: string): void;
  settingsChanged(changed: ReadonlySet<keyof Settings>): void;
}

const CHART_KEYS: ReadonlySet<keyof Settings> = new Set<keyof Settings>([
  'smoothing',
  'x',
  'logX',
  'logY',
  'ignoreOutliers',
  'groupMode',
  'groupKey',
  'band',
  'hidden',
  'runFilter',
  'metricFilter',
  'theme',
]);

/** Settings typed into filters: the charts follow them once typing pauses this long (TensorBoard's run
 *  selector debounces its regex by 150 ms; ours is the redraw scheduler's input pause, so the fetches and
 *  redraws a new run selection starts never land between two keystrokes), while the runs list follows every
 *  keystroke. */
const TYPING_DEBOUNCE_MS = INPUT_QUIET_MS;
const TYPED_KEYS: ReadonlySet<keyof Settings> = new Set<keyof Settings>(['runFilter', 'metricFilter']);

function prefixOf(tag: string): string {
  const i = tag.indexOf('/');
  return i > 0 ? tag.slice(0, i) : '';
}

export function createScalarsView(
  api: DashboardApi,
  store: DashboardStore,
  settings: SettingsStore,
): ScalarsView {
  const cards = new Map<string, ScalarCard>();
  const onScreen = new Set<ScalarCard>();
  const observer = new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        const card = [...cards.values()].find((c) => c.element === e.target);
        if (!card) continue;
        if (e.isIntersecting) {
          onScreen.add(card);
          card.attach();
        } else {
          onScreen.delete(card);
          card.detach();
        }
      }
    },
    { rootMargin: '300px 0px' },
  );

  let visibleCache: string[] | null = null;
  let drawnCache: string[] | null = null;
  let startCache: Map<string, number> | null = null;
  const visibleRuns = (): string[] =>
    (visibleCache ??= computeVisibility(store.runs(), store.sessions(), settings.get()).visible);
  const drawn = (): string[] =>
    (drawnCache ??= drawnRuns(
      visibleRuns(),
      store.runs(),
      store.sessions(),
      MAX_DRAWN_RUNS,
      store.sessionRank,
    ));
  const runStart = (run: string): number =>
    (startCache ??= new Map(store.runs().map((r) => [r.run, r.startTime ?? 0]))).get(run) ?? 0;
  const invalidate = (): void => {
    visibleCache = null;
    drawnCache = null;
    startCache = null;
    store.follow(drawn());
  };
  const groups = (): Map<string, string[]> | null => {
    const s = settings.get();
    if (s.groupMode === 'none' || !s.groupKey) return null;
    const re = s.groupMode === 'regex' ? compileFilter(s.groupKey) : null;
    if (re instanceof Error) return null;
    const out = new Map<string, string[]>();
    for (const run of drawn()) {
      const role = run.slice(run.lastIndexOf('/') + 1);
      const name = re
        ? groupByRegex(run, re)
        : groupByHparam(store.sessionOf(run)?.hparams, s.groupKey, role === run ? '' : role);
      out.set(name, [...(out.get(name) ?? []), run]);
    }
    return out;
  };
  const ctx = {
    api,
    store,
    settings: () => settings.get(),
    visibleRuns: drawn,
    colorOf: (run: string) => store.colorOf(run),
    nameOf: (run: string) => store.displayNameOf(run),
    runStart,
    groups,
  };

  // --- toolbar ---
  const s0 = settings.get();
  const smoothing = h('input', {
    type: 'range',
    min: 0,
    max: 0.99,
    step: 0.01,
    value: s0.smoothing,
    'aria-label': 'Smoothing',
  });
  const smoothingValue = h('input', {
    type: 'number',
    min: 0,
    max: 0.999,
    step: 0.01,
    value: s0.smoothing,
    class: 'number-input',
    'aria-label': 'Smoothing value',
  });
  const setSmoothing = (v: number): void => {
    if (Number.isFinite(v) && v >= 0 && v <= 0.999) settings.update({ smoothing: v });
  };
  smoothing.addEventListener('input', () => setSmoothing(Number(smoothing.value)));
  smoothingValue.addEventListener('change', () => setSmoothing(Number(smoothingValue.value)));
  const xAxis = h(
    'select',
    { 'aria-label': 'X axis', 'data-testid': 'x-axis' },
    h('option', { value: 'step' }, 'Step'),
    h('option', { value: 'relative' }, 'Relative time'),
    h('option', { value: 'wall' }, 'Wall time'),
  );
  xAxis.value = s0.x;
  xAxis.addEventListener('change', () => settings.update({ x: xAxis.value as Settings['x'] }));
  const toggle = (label: string, key: 'logY' | 'logX' | 'ignoreOutliers', testid: string): HTMLElement => {
    const box = h('input', { type: 'checkbox', checked: settings.get()[key], 'data-testid': testid });
    box.addEventListener('change', () => settings.update({ [key]: box.checked }));
    settings.subscribe((s) => (box.checked = s[key]));
    return h('label', { class: 'toggle' }, box, label);
  };
  const tagFilter = h('input', {
    type: 'search',
    class: 'text-input',
    placeholder: 'Filter tags (regex)',
    'aria-label': 'Filter tags',
    value: s0.tagFilter,
  });
  tagFilter.addEventListener('input', () => settings.update({ tagFilter: tagFilter.value }));
  const groupMode = h(
    'select',
    { 'aria-label': 'Group runs' },
    h('option', { value: 'none' }, 'No grouping'),
    h('option', { value: 'regex' }, 'Group by regex'),
    h('option', { value: 'hparam' }, 'Group by hparam'),
  );
  groupMode.value = s0.groupMode;
  const groupKey = h('input', {
    type: 'text',
    class: 'text-input narrow',
    placeholder: 'regex or hparam',
    'aria-label': 'Group key',
    value: s0.groupKey,
  });
  const band = h(
    'select',
    { 'aria-label': 'Group band' },
    h('option', { value: 'minmax' }, 'min–max'),
    h('option', { value: 'std' }, '± std'),
  );
  band.value = s0.band;
  const showGroupFields = (): void => {
    const on = settings.get().groupMode !== 'none';
    groupKey.hidden = !on;
    band.hidden = !on;
    groupKey.placeholder = settings.get().groupMode === 'hparam' ? 'hparam name' : 'regex, e.g. ^(\\w+)-';
  };
  showGroupFields();
  settings.subscribe((_s, changed) => {
    if (changed.has('groupMode')) showGroupFields();
  });
  groupMode.addEventListener('change', () =>
    settings.update({ groupMode: groupMode.value as Settings['groupMode'] }),
  );
  groupKey.addEventListener('change', () => settings.update({ groupKey: groupKey.value }));
  band.addEventListener('change', () => settings.update({ band: band.value as Settings['band'] }));
  const exportAll = h(
    'button',
    { type: 'button', class: 'button', title: 'All visible runs and tags, full resolution' },
    'Download CSV',
  );
  exportAll.addEventListener('click', () => {
    const runs = visibleRuns();
    if (!runs.length) return;
    const a = h('a', { href: api.exportUrl('csv', runs, filteredTags()), download: 'scalars.csv' });
    document.body.appendChild(a);
    a.click();
    a.remove();
  });
  const tagError = h('span', { class: 'filter-error inline' });
  const toolbar = h(
    'div',
    { class: 'toolbar', role: 'toolbar', 'aria-label': 'Chart settings' },
    h(
      'label',
      { class: 'field' },
      h('span', { class: 'field-label' }, 'Smoothing'),
      smoothing,
      smoothingValue,
    ),
    h('label', { class: 'field' }, h('span', { class: 'field-label' }, 'X axis'), xAxis),
    toggle('Log y', 'logY', 'log-y'),
    toggle('Log x', 'logX', 'log-x'),
    toggle('Ignore outliers', 'ignoreOutliers', 'ignore-outliers'),
    h('span', { class: 'toolbar-sep' }),
    groupMode,
    groupKey,
    band,
    h('span', { class: 'toolbar-grow' }),
    tagFilter,
    tagError,
    exportAll,
  );
  const content = h('div', { class: 'card-sections' });
  const element = h('div', { class: 'view scalars-view' }, toolbar, content);

  function filteredTags(): string[] {
    const re = compileFilter(settings.get().tagFilter);
    tagError.textContent = re instanceof Error ? 'invalid regex' : '';
    return store.scalarTags().filter((t) => !re || re instanceof Error || re.test(t));
  }

  /** What the card layout depends on; when a listing reload leaves it unchanged the DOM is kept (moving cards
   *  would make the IntersectionObserver destroy and recreate their charts) and the cards only refresh. */
  let layoutKey = '';
  let typingTimer: ReturnType<typeof setTimeout> | undefined;

  function render(): void {
    invalidate();
    const tags = filteredTags();
    const all = store.scalarTags();
    const key = JSON.stringify([tags, all.length, store.runs().length > 0]);
    if (key === layoutKey && cards.size > 0) {
      for (const card of cards.values()) card.refresh();
      return;
    }
    layoutKey = key;
    for (const [tag, card] of cards) {
      if (!all.includes(tag)) {
        observer.unobserve(card.element);
        onScreen.delete(card);
        card.destroy();
        cards.delete(tag);
      }
    }
    clear(content);
    if (all.length === 0) {
      content.append(
        store.runs().length
          ? emptyState('No scalars yet', [
              'The runs in this logdir have no scalar summaries yet. Charts appear as soon as a trainer writes its first point.',
            ])
          : emptyState(
              'No runs yet',
              [
                'Start a training that writes to this logdir; its charts appear here live.',
                'Or restart the server with --logdir pointing at a directory of TensorBoard event files.',
              ],
              'npx trainboard train fashion-mnist --logdir logs',
            ),
      );
      return;
    }
    if (tags.length === 0) {
      content.append(emptyState('No tag matches the filter', ['Clear or change the tag filter above.']));
      return;
    }
    const byPrefix = new Map<string, string[]>();
    for (const t of tags) byPrefix.set(prefixOf(t), [...(byPrefix.get(prefixOf(t)) ?? []), t]);
    for (const [prefix, list] of byPrefix) {
      const grid = h('div', { class: 'card-grid' });
      for (const tag of list) {
        let card = cards.get(tag);
        if (!card) {
          card = createScalarCard(tag, ctx);
          cards.set(tag, card);
          observer.observe(card.element);
          // the first card is on screen: its series leave now, not after layout and the observer's callback
          if (cards.size === 1) card.prefetch();
        } else card.refresh();
        grid.append(card.element);
      }
      const details = h(
        'details',
        { class: 'tag-group', open: true },
        h(
          'summary',
          {},
          h('span', { class: 'tag-group-name' }, prefix || 'Scalars'),
          h('span', { class: 'muted' }, `${list.length}`),
        ),
        grid,
      );
      content.append(details);
    }
  }

  return {
    element,
    render,
    seriesChanged(run, tag) {
      cards.get(tag)?.seriesChanged(run);
    },
    settingsChanged(changed) {
      const s = settings.get();
      smoothing.value = String(s.smoothing);
      smoothingValue.value = String(s.smoothing);
      xAxis.value = s.x;
      if (changed.has('tagFilter')) return render();
      if (![...changed].some((k) => CHART_KEYS.has(k))) return;
      clearTimeout(typingTimer);
      const apply = (): void => {
        invalidate();
        for (const card of cards.values()) card.refresh();
      };
      if ([...changed].every((k) => TYPED_KEYS.has(k))) typingTimer = setTimeout(apply, TYPING_DEBOUNCE_MS);
      else apply();
    },
  };
}
