// The run-management filters: hidden and archived runs left out unless asked, the tag filter, pinned runs
// first in a stable order, the tags editor's parsing, and the filters' round trip through the URL.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RunAnnotation } from '../../../contract/index.ts';
import {
  annotationTags,
  filterByAnnotations,
  parseTagList,
} from '../../../client/runs/run-annotation-filter.ts';
import { DEFAULT_SETTINGS, parseSettings, serializeSettings } from '../../../client/state/url-state.ts';

const note = (run: string, a: Partial<RunAnnotation>): RunAnnotation => ({
  run,
  displayName: null,
  color: null,
  pinned: false,
  hidden: false,
  archived: false,
  notes: '',
  tags: [],
  updatedAt: 1,
  ...a,
});
const runs = ['a', 'b', 'c', 'd', 'e'].map((run) => ({ run }));
const annotations = new Map([
  ['b', note('b', { hidden: true, tags: ['Baseline'] })],
  ['c', note('c', { archived: true })],
  ['d', note('d', { pinned: true, tags: ['sweep'] })],
  ['e', note('e', { pinned: true, tags: ['baseline'] })],
]);
const of = (run: string): RunAnnotation | undefined => annotations.get(run);
const names = (rs: { run: string }[]): string[] => rs.map((r) => r.run);
const none = { showHidden: false, showArchived: false, runTag: '' };

test('filterByAnnotations() leaves out hidden and archived runs and lists pinned runs first, in input order', () => {
  assert.deepEqual(names(filterByAnnotations(runs, of, none)), ['d', 'e', 'a']);
});

test('filterByAnnotations() lists hidden or archived runs when their filter asks for them', () => {
  assert.deepEqual(names(filterByAnnotations(runs, of, { ...none, showHidden: true })), ['d', 'e', 'a', 'b']);
  assert.deepEqual(names(filterByAnnotations(runs, of, { ...none, showArchived: true })), [
    'd',
    'e',
    'a',
    'c',
  ]);
});

test('filterByAnnotations() with a tag keeps only runs carrying it, case-insensitively', () => {
  assert.deepEqual(names(filterByAnnotations(runs, of, { ...none, runTag: 'BASELINE' })), ['e']);
  assert.deepEqual(
    names(filterByAnnotations(runs, of, { showHidden: true, showArchived: true, runTag: 'baseline' })),
    ['e', 'b'],
  );
});

test('annotationTags() lists each tag in use once, sorted case-insensitively', () => {
  assert.deepEqual(annotationTags([...annotations.values()]), ['Baseline', 'sweep']);
});

test('parseTagList() splits on commas, trims and drops empty and repeated tags', () => {
  assert.deepEqual(parseTagList(' baseline, lr sweep,,baseline , '), ['baseline', 'lr sweep']);
  assert.deepEqual(parseTagList(''), []);
});

test('the run-management filters round-trip through the URL and stay out of a default URL', () => {
  assert.equal(serializeSettings(DEFAULT_SETTINGS), '');
  const s = {
    ...DEFAULT_SETTINGS,
    showHidden: true,
    showArchived: true,
    runTag: 'lr sweep',
    view: 'hparams' as const,
  };
  const qs = serializeSettings(s);
  assert.match(qs, /showhidden=1/);
  assert.match(qs, /runtag=lr\+sweep/);
  assert.deepEqual(parseSettings(`?${qs}`, DEFAULT_SETTINGS, ['scalars', 'hparams']), s);
});
