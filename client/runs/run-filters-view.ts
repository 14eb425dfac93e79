// The run-management filters above the runs list: "hidden" and "archived" switches (with how many runs each
// would add) and a tag filter listing the tags in use. They edit the URL settings (showHidden, showArchived,
// runTag), so a link shares them. Invariant: a tag filter naming a tag no run has any more stays selectable
// (and shown as such) until the user clears it, so a shared link never silently changes meaning.
import type { SettingsStore } from '../state/settings-store.ts';
import { clear, h } from '../ui/dom-builder.ts';
import { annotationTags } from './run-annotation-filter.ts';
import type { RunAnnotationsStore } from './run-annotations-store.ts';

export interface RunFiltersView {
  element: HTMLElement;
  render(): void;
}

export function createRunFiltersView(
  settings: SettingsStore,
  annotations: RunAnnotationsStore,
): RunFiltersView {
  const switchBox = (key: 'showHidden' | 'showArchived', testid: string): HTMLInputElement => {
    const box = h('input', { type: 'checkbox', 'data-testid': testid });
    box.addEventListener('change', () => settings.update({ [key]: box.checked }));
    return box;
  };
  const showHidden = switchBox('showHidden', 'filter-show-hidden');
  const showArchived = switchBox('showArchived', 'filter-show-archived');
  const hiddenCount = h('span', { class: 'muted' });
  const archivedCount = h('span', { class: 'muted' });
  const tag = h('select', { 'aria-label': 'Show only runs with this tag', 'data-testid': 'filter-run-tag' });
  tag.addEventListener('change', () => settings.update({ runTag: tag.value }));
  const element = h(
    'div',
    { class: 'run-filters', 'data-testid': 'run-filters' },
    h('label', {}, showHidden, ' Hidden ', hiddenCount),
    h('label', {}, showArchived, ' Archived ', archivedCount),
    tag,
  );

  function render(): void {
    element.hidden = !annotations.available();
    const s = settings.get();
    const all = annotations.all();
    showHidden.checked = s.showHidden;
    showArchived.checked = s.showArchived;
    hiddenCount.textContent = `(${all.filter((a) => a.hidden).length})`;
    archivedCount.textContent = `(${all.filter((a) => a.archived).length})`;
    const tags = annotationTags(all);
    if (s.runTag && !tags.some((t) => t.toLowerCase() === s.runTag.toLowerCase())) tags.push(s.runTag);
    clear(tag);
    tag.append(
      h('option', { value: '' }, 'Any tag'),
      ...tags.map((t) => h('option', { value: t }, `Tag: ${t}`)),
    );
    tag.value = tags.find((t) => t.toLowerCase() === s.runTag.toLowerCase()) ?? '';
  }

  return { element, render };
}
