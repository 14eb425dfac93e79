import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  compileFilter,
  DEFAULT_SETTINGS,
  parseSettings,
  serializeSettings,
  type Settings,
} from '../../../client/state/url-state.ts';

/** View names as the view registry passes them (client/views/view-registry.ts imports the DOM views). */
const VIEWS = ['scalars', 'model', 'hparams', 'histograms'];

test('default settings serialize to an empty query string', () => {
  assert.equal(serializeSettings(DEFAULT_SETTINGS), '');
});

test('settings survive a round trip through the URL', () => {
  const s: Settings = {
    ...DEFAULT_SETTINGS,
    view: 'hparams',
    smoothing: 0.95,
    x: 'wall',
    logY: true,
    ignoreOutliers: true,
    tagFilter: 'loss|acc',
    runFilter: '^fashion',
    metricFilter: 'val_accuracy >= 0.85',
    groupMode: 'hparam',
    groupKey: 'learning_rate',
    band: 'std',
    hidden: ['b/train', 'a/validation'],
    session: 'wide-deep-1',
    theme: 'dark',
  };
  const back = parseSettings(`?${serializeSettings(s)}`, DEFAULT_SETTINGS, VIEWS);
  assert.deepEqual(back, { ...s, hidden: ['a/validation', 'b/train'] });
});

test('malformed values fall back to the base settings and unknown keys are ignored', () => {
  const base = { ...DEFAULT_SETTINGS, smoothing: 0.3 };
  const s = parseSettings('?smoothing=2&x=sideways&view=nope&logy=maybe&zzz=1', base, VIEWS);
  assert.equal(s.smoothing, 0.3);
  assert.equal(s.x, 'step');
  assert.equal(s.view, 'scalars');
  assert.equal(s.logY, false);
});

test('the URL overrides what local storage remembered', () => {
  const remembered = parseSettings('smoothing=0.2&theme=dark');
  const s = parseSettings('?smoothing=0.7', remembered);
  assert.equal(s.smoothing, 0.7);
  assert.equal(s.theme, 'dark');
});

test('compileFilter() returns an Error for a bad regex instead of throwing', () => {
  assert.equal(compileFilter(''), null);
  const loss = compileFilter('LOSS');
  assert.ok(loss !== null && !(loss instanceof Error));
  assert.ok(loss.test('epoch_loss'));
  assert.ok(compileFilter('(') instanceof Error);
});

test('a view name is taken from the URL only when it is a registered one', () => {
  assert.equal(parseSettings('?view=histograms', DEFAULT_SETTINGS, VIEWS).view, 'histograms');
  assert.equal(parseSettings('?view=projector', DEFAULT_SETTINGS, VIEWS).view, 'scalars');
  assert.equal(parseSettings('?view=projector', DEFAULT_SETTINGS, [...VIEWS, 'projector']).view, 'projector');
  assert.equal(parseSettings('?view=hparams').view, 'scalars', 'without the names only the base view stands');
});
