// Per-run actions in the runs list: each row gets its display name, a pin toggle, marks for hidden and
// archived runs, its tags and a note mark, and a "⋯" button that opens one editor dialog (display name,
// colour, notes, tags, pinned, hidden, archived). Invariants: names, notes and tags are set as text, never as
// HTML; the dialog lives outside the list, so a list redraw (a push from another page) never loses an edit in
// progress; Save sends only the fields that changed, and a refusal from the server is shown in the dialog with
// nothing changed locally.
import type { RunAnnotation, RunAnnotationPatchRequest, RunSummary } from '../../contract/index.ts';
import { RUN_ANNOTATION_LIMITS } from '../../contract/index.ts';
import type { DashboardStore } from '../state/dashboard-store.ts';
import { h } from '../ui/dom-builder.ts';
import { parseTagList } from './run-annotation-filter.ts';
import type { RunAnnotationsStore } from './run-annotations-store.ts';

export interface RunActions {
  /** Adds the run's name, marks and action buttons to its row of the runs list. */
  decorateRow(run: RunSummary, row: HTMLElement): void;
  /** The editor dialog (appended to the document by the caller). */
  dialog: HTMLDialogElement;
  /** Opens the editor for a run. */
  edit(run: string): void;
}

const errorText = (err: unknown): string => (err instanceof Error ? err.message : String(err));

export function createRunActions(store: DashboardStore, annotations: RunAnnotationsStore): RunActions {
  const title = h('h2', { class: 'run-editor-title' });
  const subtitle = h('p', { class: 'muted run-editor-run' });
  const nameInput = h('input', {
    type: 'text',
    class: 'text-input',
    maxlength: RUN_ANNOTATION_LIMITS.maxDisplayNameChars,
    'aria-label': 'Display name',
    'data-testid': 'run-display-name',
  });
  const colorInput = h('input', { type: 'color', 'aria-label': 'Colour', 'data-testid': 'run-color' });
  let colorTouched = false;
  let colorReset = false;
  colorInput.addEventListener('input', () => {
    colorTouched = true;
    colorReset = false;
  });
  const colorResetButton = h(
    'button',
    { type: 'button', class: 'link-button', 'data-testid': 'run-color-reset' },
    'Palette colour',
  );
  const notesInput = h('textarea', {
    class: 'text-input run-notes',
    rows: 4,
    'aria-label': 'Notes',
    'data-testid': 'run-notes',
  });
  const tagsInput = h('input', {
    type: 'text',
    class: 'text-input',
    placeholder: 'baseline, lr-sweep',
    'aria-label': 'Tags (comma-separated)',
    'data-testid': 'run-tags',
  });
  const flagBox = (label: string, testid: string): HTMLInputElement =>
    h('input', { type: 'checkbox', 'aria-label': label, 'data-testid': testid });
  const pinnedBox = flagBox('Pinned', 'run-pinned');
  const hiddenBox = flagBox('Hidden', 'run-hidden');
  const archivedBox = flagBox('Archived', 'run-archived');
  const status = h('p', { class: 'filter-error', role: 'alert', 'data-testid': 'run-editor-error' });
  const save = h('button', { type: 'submit', class: 'primary-button', 'data-testid': 'run-save' }, 'Save');
  const cancel = h('button', { type: 'button', class: 'link-button' }, 'Cancel');
  const field = (label: string, ...control: HTMLElement[]): HTMLElement =>
    h('label', { class: 'run-editor-field' }, h('span', { class: 'field-label' }, label), ...control);
  const form = h(
    'form',
    { method: 'dialog', class: 'run-editor' },
    title,
    subtitle,
    field('Display name', nameInput),
    h(
      'div',
      { class: 'run-editor-field' },
      h('span', { class: 'field-label' }, 'Colour'),
      h('span', { class: 'run-editor-color' }, colorInput, colorResetButton),
    ),
    field('Tags', tagsInput),
    field('Notes', notesInput),
    h(
      'div',
      { class: 'run-editor-flags' },
      h('label', {}, pinnedBox, ' Pinned'),
      h('label', {}, hiddenBox, ' Hidden'),
      h('label', {}, archivedBox, ' Archived'),
    ),
    status,
    h('div', { class: 'run-editor-buttons' }, cancel, save),
  );
  const dialog = h('dialog', { class: 'run-editor-dialog', 'aria-label': 'Edit run' }, form);
  let editing: string | null = null;

  colorResetButton.addEventListener('click', () => {
    colorReset = true;
    colorTouched = false;
    if (editing) colorInput.value = store.colorOf(editing);
  });
  cancel.addEventListener('click', () => dialog.close());

  function edit(run: string): void {
    editing = run;
    const a = annotations.get(run);
    title.textContent = `Edit ${a?.displayName ?? run}`;
    subtitle.textContent = run;
    nameInput.value = a?.displayName ?? '';
    colorInput.value = a?.color ?? store.colorOf(run);
    colorTouched = colorReset = false;
    notesInput.value = a?.notes ?? '';
    tagsInput.value = (a?.tags ?? []).join(', ');
    pinnedBox.checked = a?.pinned ?? false;
    hiddenBox.checked = a?.hidden ?? false;
    archivedBox.checked = a?.archived ?? false;
    status.textContent = '';
    if (!dialog.open) dialog.showModal();
    nameInput.focus();
  }

  /** The fields of the form that differ from what the run has now. */
  function changes(run: string): RunAnnotationPatchRequest {
    const a: Partial<RunAnnotation> = annotations.get(run) ?? {};
    const patch: RunAnnotationPatchRequest = {};
    const name = nameInput.value.trim();
    if (name !== (a.displayName ?? '')) patch.displayName = name === '' ? null : name;
    if (colorReset && (a.color ?? null) !== null) patch.color = null;
    else if (colorTouched && colorInput.value !== a.color) patch.color = colorInput.value;
    if (notesInput.value !== (a.notes ?? '')) patch.notes = notesInput.value;
    const tags = parseTagList(tagsInput.value);
    if (JSON.stringify(tags) !== JSON.stringify(a.tags ?? [])) patch.tags = tags;
    if (pinnedBox.checked !== (a.pinned ?? false)) patch.pinned = pinnedBox.checked;
    if (hiddenBox.checked !== (a.hidden ?? false)) patch.hidden = hiddenBox.checked;
    if (archivedBox.checked !== (a.archived ?? false)) patch.archived = archivedBox.checked;
    return patch;
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const run = editing;
    if (!run) return;
    const patch = changes(run);
    if (Object.keys(patch).length === 0) {
      dialog.close();
      return;
    }
    save.disabled = true;
    status.textContent = '';
    annotations
      .update(run, patch)
      .then(() => dialog.close())
      .catch((err: unknown) => {
        status.textContent = `Not saved: ${errorText(err)}`;
      })
      .finally(() => {
        save.disabled = false;
      });
  });

  function decorateRow(run: RunSummary, row: HTMLElement): void {
    if (!annotations.available()) return;
    const a = annotations.get(run.run);
    const name = row.querySelector('.run-name');
    if (name && a?.displayName) {
      name.textContent = a.displayName;
      name.classList.add('run-renamed');
    }
    const pin = h(
      'button',
      {
        type: 'button',
        class: `run-pin${a?.pinned ? ' run-pinned' : ''}`,
        'aria-pressed': a?.pinned ? 'true' : 'false',
        'aria-label': `${a?.pinned ? 'Unpin' : 'Pin'} run ${run.run}`,
        title: a?.pinned ? 'Pinned: listed first (click to unpin)' : 'Pin: list first',
        'data-testid': 'run-pin',
      },
      a?.pinned ? '★' : '☆',
    );
    pin.addEventListener('click', (e) => {
      e.preventDefault();
      annotations.update(run.run, { pinned: !a?.pinned }).catch((err: unknown) => {
        pin.title = `Not saved: ${errorText(err)}`;
        pin.classList.add('run-action-failed');
      });
    });
    const marks: HTMLElement[] = [];
    if (a?.hidden) marks.push(h('span', { class: 'run-mark', 'data-testid': 'run-mark-hidden' }, 'hidden'));
    if (a?.archived)
      marks.push(h('span', { class: 'run-mark', 'data-testid': 'run-mark-archived' }, 'archived'));
    for (const t of a?.tags ?? [])
      marks.push(h('span', { class: 'run-tag', 'data-testid': 'run-tag', title: t }, t));
    const noteMark = a?.notes
      ? h('span', { class: 'run-note-mark', title: a.notes, 'data-testid': 'run-note-mark' }, '✎')
      : null;
    const menu = h(
      'button',
      {
        type: 'button',
        class: 'run-menu',
        'aria-label': `Edit run ${run.run}`,
        title: 'Rename, colour, notes, tags, hide, archive',
        'data-testid': 'run-menu',
      },
      '⋯',
    );
    menu.addEventListener('click', (e) => {
      e.preventDefault();
      edit(run.run);
    });
    for (const b of [pin, menu]) b.addEventListener('dblclick', (e) => e.stopPropagation());
    // after the checkbox: a <label>'s control is its first labelable descendant, which must stay the checkbox
    const box = row.querySelector('input[type="checkbox"]');
    if (box) box.after(pin);
    else row.prepend(pin);
    if (noteMark) row.append(noteMark);
    row.append(menu);
    // marks and tags on a line of their own under the name, so a long name or many tags never squeeze it
    if (marks.length) row.append(h('span', { class: 'run-marks' }, ...marks));
    if (a?.notes) row.title = `${row.title}\n\n${a.notes}`;
  }

  return { decorateRow, dialog, edit };
}
