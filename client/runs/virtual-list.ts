// A virtualised vertical list: of thousands of fixed-height items, only those in the scroll viewport (plus an
// overscan margin) are in the DOM, absolutely placed inside a spacer as tall as the whole list. Invariants: the
// DOM never holds more than the window's rows whatever the item count; items are rendered from their current
// data each time they enter the window (so state such as a checkbox always reflects the model); rows are
// re-rendered on setItems and on scroll, batched to one update per animation frame, except that a row already in
// the DOM whose item has the same key and `version` (when the caller gives one) is kept as it is: a filter
// keystroke that leaves most rows as they were rebuilds only the others (building every row again, and the
// style and layout of the new rows, was most of a keystroke's cost at 2,000 runs); setItems never reads layout
// (the scroll offset and viewport height are remembered from scroll events and the ResizeObserver), so a filter
// keystroke that replaces the items does not force a synchronous layout of the page.
import { h } from '../ui/dom-builder.ts';

export interface VirtualItem {
  /** Stable identity (for scrollTo). */
  key: string;
  /** Height in CSS pixels; must match the row's CSS height. */
  height: number;
}

export interface VirtualList<T extends VirtualItem> {
  /** The scroll container (give it a height or a flex size). */
  element: HTMLElement;
  setItems(items: readonly T[]): void;
  /** Scrolls so that the item with `key` is in view; false when no such item. */
  scrollTo(key: string): boolean;
  /** The rows in the DOM now, in order (tests and decorators). */
  renderedKeys(): string[];
}

/** Rows rendered above and below the viewport. */
const OVERSCAN_PX = 240;

export function createVirtualList<T extends VirtualItem>(opts: {
  className: string;
  role?: string;
  render: (item: T) => HTMLElement;
  /** What a rendered row shows of its item: a row in the DOM with the same key and version is kept rather than
   *  rendered again (absent: every row is rendered again on each update). */
  version?: (item: T) => string;
  /** Called after the window's rows were replaced (e.g. to collect per-row timers). */
  onWindow?: () => void;
}): VirtualList<T> {
  const spacer = h('div', { class: 'vlist-spacer' });
  const element = h('div', { class: `${opts.className} vlist`, role: opts.role ?? null }, spacer);
  let items: readonly T[] = [];
  /** offsets[i]: top of item i; offsets[n]: total height. */
  let offsets = new Float64Array(1);
  let rendered: { from: number; to: number } = { from: 0, to: 0 };
  /** The rows in the DOM by item key, with the version each was rendered at and its offset. */
  let rowsByKey = new Map<string, { row: HTMLElement; version: string | undefined; top: number }>();
  let framePending = false;
  /** The container's scroll offset and height as last seen (scroll event, ResizeObserver); NaN: not laid out. */
  let scrollTop = 0;
  let viewportHeight = NaN;

  function firstAt(y: number): number {
    let lo = 0;
    let hi = items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((offsets[mid + 1] ?? 0) <= y) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  function renderWindow(force: boolean): void {
    // an unconstrained container (no height from its layout) is as tall as its spacer: cap the window at the
    // browser window's height so the DOM stays bounded anyway
    const viewport = Math.min(viewportHeight || window.innerHeight, window.innerHeight);
    // a shorter list clamps the browser's scroll offset the same way, at its next layout
    scrollTop = Math.max(0, Math.min(scrollTop, (offsets[items.length] ?? 0) - viewport));
    const top = scrollTop - OVERSCAN_PX;
    const bottom = scrollTop + viewport + OVERSCAN_PX;
    const from = firstAt(Math.max(0, top));
    let to = from;
    while (to < items.length && (offsets[to] ?? 0) < bottom) to++;
    if (!force && from === rendered.from && to === rendered.to) return;
    rendered = { from, to };
    const rows: HTMLElement[] = [];
    const next = new Map<string, { row: HTMLElement; version: string | undefined; top: number }>();
    for (let i = from; i < to; i++) {
      const item = items[i] as T;
      const top = offsets[i] ?? 0;
      const version = opts.version?.(item);
      const held = rowsByKey.get(item.key);
      if (held && version !== undefined && held.version === version) {
        if (held.top !== top) held.row.style.transform = `translateY(${top}px)`;
        next.set(item.key, { row: held.row, version, top });
        rows.push(held.row);
        continue;
      }
      const row = opts.render(item);
      row.style.transform = `translateY(${top}px)`;
      row.style.height = `${item.height}px`;
      row.dataset.key = item.key;
      next.set(item.key, { row, version, top });
      rows.push(row);
    }
    rowsByKey = next;
    placeRows(rows);
    opts.onWindow?.();
  }

  /** Makes `rows` the spacer's children in order, moving only what changed (kept rows stay in place). */
  function placeRows(rows: readonly HTMLElement[]): void {
    const keep = new Set<Element>(rows);
    for (const child of [...spacer.children]) if (!keep.has(child)) child.remove();
    // before `cursor`: rows[0..k) in order; a row not at the cursor (new, or kept but out of place) moves there
    let cursor = spacer.firstElementChild;
    for (const row of rows) {
      if (row === cursor) cursor = cursor.nextElementSibling;
      else spacer.insertBefore(row, cursor);
    }
  }

  element.addEventListener(
    'scroll',
    () => {
      scrollTop = element.scrollTop; // layout is clean in a scroll event
      if (framePending) return;
      framePending = true;
      requestAnimationFrame(() => {
        framePending = false;
        renderWindow(false);
      });
    },
    { passive: true },
  );
  // the viewport's height is known only once laid out (and changes with the window)
  new ResizeObserver((entries) => {
    for (const e of entries) viewportHeight = e.contentRect.height;
    scrollTop = element.scrollTop;
    renderWindow(false);
  }).observe(element);

  return {
    element,
    setItems(next) {
      items = next;
      offsets = new Float64Array(items.length + 1);
      for (let i = 0; i < items.length; i++) offsets[i + 1] = (offsets[i] ?? 0) + (items[i] as T).height;
      spacer.style.height = `${offsets[items.length] ?? 0}px`;
      renderWindow(true);
    },
    scrollTo(key) {
      const i = items.findIndex((it) => it.key === key);
      if (i < 0) return false;
      const top = offsets[i] ?? 0;
      const bottom = offsets[i + 1] ?? top;
      scrollTop = element.scrollTop;
      const height = element.clientHeight;
      if (top < scrollTop) element.scrollTop = top;
      else if (bottom > scrollTop + height) element.scrollTop = bottom - height;
      scrollTop = element.scrollTop;
      renderWindow(false);
      return true;
    },
    renderedKeys: () => [...spacer.children].map((c) => (c as HTMLElement).dataset.key ?? ''),
  };
}
