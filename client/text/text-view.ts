// The text view: per tag and run, the latest steps' text summaries. The raw strings come from the server's
// `markdown=false` route and are rendered here with marked + DOMPurify (ui/safe-html.ts), 1-2 D summaries as
// tables. Invariant: a summary holding `<script>` or `<img onerror>` shows as text and runs nothing.
import type { DashboardApi } from '../api/dashboard-api.ts';
import type { DashboardStore } from '../state/dashboard-store.ts';
import { clear, emptyState, h } from '../ui/dom-builder.ts';
import { markdownFragment, plainTextCells } from '../ui/safe-html.ts';
import type { PluginView } from '../views/plugin-view.ts';
import { fetchText } from './text-api.ts';

function renderCells(cells: string[][]): HTMLElement {
  const only = cells.length === 1 && cells[0]?.length === 1 ? cells[0][0] : undefined;
  if (only !== undefined) return h('div', { class: 'markdown' }, markdownFragment(only));
  return h(
    'table',
    { class: 'markdown text-table' },
    h('tbody', {}, ...cells.map((row) => h('tr', {}, ...row.map((c) => h('td', {}, markdownFragment(c)))))),
  );
}

export function createTextView(api: DashboardApi, store: DashboardStore): PluginView {
  const element = h('div', { class: 'view text-view' });
  let token = 0;
  async function render(visibleRuns: readonly string[]): Promise<void> {
    const mine = ++token;
    const tags = store.pluginTags('text');
    const visible = new Set(visibleRuns);
    const blocks: HTMLElement[] = [];
    for (const [tag, runs] of tags) {
      for (const run of runs.filter((r) => visible.has(r))) {
        const rows = await fetchText(api.request, run, tag);
        if (mine !== token) return;
        blocks.push(
          h(
            'section',
            { class: 'card text-card', 'data-testid': 'text-card', 'data-tag': tag, 'data-run': run },
            h(
              'header',
              { class: 'card-header' },
              h('h3', { class: 'card-title' }, tag),
              h('span', { class: 'card-meta' }, run),
            ),
            ...rows
              .slice(-50)
              .reverse()
              .map((r) =>
                h(
                  'div',
                  { class: 'text-entry' },
                  h(
                    'div',
                    { class: 'text-step muted' },
                    `step ${r.step} · ${new Date(r.wall_time * 1000).toLocaleString()}`,
                  ),
                  renderCells(plainTextCells(r.text)),
                ),
              ),
          ),
        );
      }
    }
    clear(element);
    if (!blocks.length)
      element.append(
        emptyState('No text summaries', [
          'Text written with a summary writer (tf.summary.text or writer.text) shows here, rendered as Markdown.',
        ]),
      );
    else element.append(...blocks);
  }
  return { element, render: (v) => void render(v) };
}
