// The page frame: header with brand, view tabs (the registered views, in their order), connection state and
// theme switch; the runs sidebar; the view area. Owns view switching, theme application and keyboard shortcuts
// (1-9 views, / tag filter, t theme). Invariant: exactly one view is shown; hidden views keep their state.
import type { SettingsStore } from '../state/settings-store.ts';
import type { Settings, ThemeSetting, ViewName } from '../state/url-state.ts';
import { h } from './dom-builder.ts';

export interface AppShell {
  element: HTMLElement;
  main: HTMLElement;
  setSidebar(el: HTMLElement): void;
  /** Puts an element (the server's health) in the top bar, left of the connection state. */
  setStatus(el: HTMLElement): void;
  setView(name: ViewName, el: HTMLElement): void;
  setConnection(state: 'connected' | 'connecting' | 'offline', detail?: string): void;
  showError(message: string | null): void;
}

export function applyTheme(theme: ThemeSetting): void {
  const dark = theme === 'dark' || (theme === 'auto' && matchMedia('(prefers-color-scheme: dark)').matches);
  const next = dark ? 'dark' : 'light';
  // writing the root's data-theme (even unchanged) restyles the whole document: only when it changes
  if (document.documentElement.dataset.theme !== next) document.documentElement.dataset.theme = next;
}

export function createAppShell(
  settings: SettingsStore,
  onViewShown: (v: ViewName) => void,
  tabList: readonly { name: ViewName; label: string }[],
): AppShell {
  const viewOrder = tabList.map((t) => t.name);
  const tabs = new Map<ViewName, HTMLButtonElement>();
  const panels = new Map<ViewName, HTMLElement>();
  const nav = h('nav', { class: 'tabs', role: 'tablist', 'aria-label': 'Views' });
  for (const [i, { name: v, label }] of tabList.entries()) {
    const tab = h(
      'button',
      {
        type: 'button',
        role: 'tab',
        class: 'tab',
        id: `tab-${v}`,
        'aria-controls': `panel-${v}`,
        title: `${label} (${i + 1})`,
      },
      label,
    );
    tab.addEventListener('click', () => settings.update({ view: v }));
    tabs.set(v, tab);
    nav.append(tab);
  }
  const conn = h('span', { class: 'connection', role: 'status', 'data-testid': 'connection' });
  const themeButton = h('button', {
    type: 'button',
    class: 'icon-button theme-button',
    title: 'Switch theme (t)',
    'aria-label': 'Switch theme',
  });
  const themeLabel = (t: ThemeSetting): string =>
    t === 'auto' ? '◐ Auto' : t === 'dark' ? '☾ Dark' : '☀ Light';
  themeButton.addEventListener('click', () => {
    const order: ThemeSetting[] = ['auto', 'light', 'dark'];
    const next = order[(order.indexOf(settings.get().theme) + 1) % order.length] as ThemeSetting;
    settings.update({ theme: next });
  });
  const errorBar = h('div', { class: 'error-bar', role: 'alert', hidden: true });
  const statusSlot = h('span', { class: 'status-slot' });
  const sidebarSlot = h('div', { class: 'sidebar-slot' });
  const main = h('main', { class: 'main', id: 'main' });
  const element = h(
    'div',
    { class: 'app' },
    h(
      'header',
      { class: 'topbar' },
      h(
        'a',
        { class: 'brand', href: './', 'aria-label': 'trainboard home' },
        h('span', { class: 'brand-mark' }, '▲'),
        'trainboard',
      ),
      nav,
      h('span', { class: 'toolbar-grow' }),
      statusSlot,
      conn,
      themeButton,
    ),
    errorBar,
    h('div', { class: 'layout' }, sidebarSlot, main),
  );

  const show = (s: Readonly<Settings>): void => {
    for (const [v, tab] of tabs) {
      const on = v === s.view;
      tab.setAttribute('aria-selected', String(on));
      tab.tabIndex = on ? 0 : -1;
    }
    for (const [v, panel] of panels) panel.hidden = v !== s.view;
    themeButton.textContent = themeLabel(s.theme);
    applyTheme(s.theme);
  };
  settings.subscribe((s, changed) => {
    // tabs and theme only: a keystroke in a filter changes neither and must not restyle the page
    if (changed.has('view') || changed.has('theme')) show(s);
    if (changed.has('view')) onViewShown(s.view);
  });
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () =>
    applyTheme(settings.get().theme),
  );
  nav.addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    const i = viewOrder.indexOf(settings.get().view);
    const next = viewOrder[
      (i + (e.key === 'ArrowRight' ? 1 : viewOrder.length - 1)) % viewOrder.length
    ] as ViewName;
    settings.update({ view: next });
    tabs.get(next)?.focus();
  });
  document.addEventListener('keydown', (e) => {
    const target = e.target as HTMLElement | null;
    const typing =
      target instanceof HTMLInputElement
        ? !['checkbox', 'radio', 'range', 'button'].includes(target.type)
        : target instanceof HTMLSelectElement ||
          target instanceof HTMLTextAreaElement ||
          !!target?.isContentEditable;
    if (typing) return;
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const n = Number(e.key);
    const view = Number.isInteger(n) && n >= 1 ? viewOrder[n - 1] : undefined;
    if (view) settings.update({ view });
    else if (e.key === 't') themeButton.click();
    else if (e.key === '/') {
      const input = panels.get(settings.get().view)?.querySelector<HTMLInputElement>('input[type=search]');
      if (input) {
        e.preventDefault();
        input.focus();
      }
    }
  });

  return {
    element,
    main,
    setStatus(el) {
      statusSlot.replaceChildren(el);
    },
    setSidebar(el) {
      sidebarSlot.replaceChildren(el);
    },
    setView(name, el) {
      const panel = h(
        'section',
        { class: 'panel', id: `panel-${name}`, role: 'tabpanel', 'aria-labelledby': `tab-${name}` },
        el,
      );
      panels.set(name, panel);
      main.append(panel);
      show(settings.get());
    },
    setConnection(state, detail) {
      conn.className = `connection conn-${state}`;
      conn.textContent = state === 'connected' ? 'Live' : state === 'connecting' ? 'Connecting…' : 'Offline';
      conn.title = detail ?? '';
    },
    showError(message) {
      errorBar.hidden = message === null;
      errorBar.textContent = message ?? '';
    },
  };
}
