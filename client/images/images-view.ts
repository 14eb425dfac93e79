// The images view: per tag and run, one image with a step slider that reaches every step written (not a
// sample). Image bytes come from the server's blob route; nothing from the log is used as HTML. A slider the
// user moved keeps its step when the view renders again (a listing change, annotations loading after the page).
import type { DashboardApi } from '../api/dashboard-api.ts';
import type { DashboardStore } from '../state/dashboard-store.ts';
import { clear, emptyState, h } from '../ui/dom-builder.ts';
import type { PluginView } from '../views/plugin-view.ts';
import { fetchImages, imageUrl } from './images-api.ts';

export function createImagesView(api: DashboardApi, store: DashboardStore): PluginView {
  const element = h('div', { class: 'view images-view' });
  let token = 0;
  /** The step index the user chose per run and tag (absent: the last step, following new ones). */
  const chosen = new Map<string, number>();
  async function render(visibleRuns: readonly string[]): Promise<void> {
    const mine = ++token;
    const visible = new Set(visibleRuns);
    const cards: HTMLElement[] = [];
    for (const [tag, runs] of store.pluginTags('images')) {
      for (const run of runs.filter((r) => visible.has(r))) {
        const rows = await fetchImages(api.request, run, tag);
        if (mine !== token) return;
        if (!rows.length) continue;
        const img = h('img', { class: 'sample-image', alt: `${tag} at step ${rows[rows.length - 1]?.step}` });
        const label = h('span', { class: 'card-meta' });
        const pick = `${run}\u0000${tag}`;
        const slider = h('input', {
          type: 'range',
          min: 0,
          max: rows.length - 1,
          step: 1,
          value: Math.min(chosen.get(pick) ?? rows.length - 1, rows.length - 1),
          'aria-label': `Step of ${tag}`,
        });
        const show = (): void => {
          const r = rows[Number(slider.value)];
          if (!r) return;
          img.src = imageUrl(api.request, r.query);
          img.alt = `${tag} at step ${r.step}`;
          label.textContent = `step ${r.step} (${Number(slider.value) + 1}/${rows.length})`;
        };
        slider.addEventListener('input', () => {
          chosen.set(pick, Number(slider.value));
          show();
        });
        show();
        cards.push(
          h(
            'section',
            { class: 'card image-card' },
            h(
              'header',
              { class: 'card-header' },
              h('h3', { class: 'card-title' }, tag),
              h('span', { class: 'card-meta' }, run),
            ),
            h('div', { class: 'image-box' }, img),
            h('div', { class: 'slider-row' }, slider, label),
          ),
        );
      }
    }
    clear(element);
    if (!cards.length)
      element.append(
        emptyState('No images', [
          'Images written with tf.summary.image or writer.image show here, with a slider over every step.',
        ]),
      );
    else element.append(h('div', { class: 'card-grid' }, ...cards));
  }
  return { element, render: (v) => void render(v) };
}
