// Dashboard settings and their encoding in the URL query string (shareable links). Pure: parse and serialize
// only. Invariants: only values that differ from the defaults are written, so a default view has a clean URL;
// parsing never throws: unknown keys are ignored and malformed values fall back to the default. Which view
// names exist is the view registry's to say (client/views/view-registry.ts): the caller passes them in, so this
// module stays free of the views (and of the DOM).
import type { XAxis } from '../../contract/index.ts';
import { compileFilterRegex, type FilterRegex } from './filter-regex.ts';

/** A registered view's name (`VIEW_NAMES` of client/views/view-registry.ts). */
export type ViewName = string;
/** The view shown when the URL names none (the registry checks that it is registered). */
export const DEFAULT_VIEW = 'scalars';
export type ThemeSetting = 'auto' | 'light' | 'dark';
export type GroupMode = 'none' | 'regex' | 'hparam';
export type BandMode = 'minmax' | 'std';

export interface Settings {
  view: ViewName;
  /** Smoothing weight in [0, 0.999]. */
  smoothing: number;
  x: XAxis;
  logY: boolean;
  logX: boolean;
  ignoreOutliers: boolean;
  tagFilter: string;
  runFilter: string;
  metricFilter: string;
  groupMode: GroupMode;
  /** The regex (groupMode 'regex') or hparam name (groupMode 'hparam'). */
  groupKey: string;
  band: BandMode;
  /** Runs the user switched off. */
  hidden: string[];
  /** Run management filters: list runs annotated hidden / archived too, and only runs with this tag. */
  showHidden: boolean;
  showArchived: boolean;
  runTag: string;
  /** Session shown by the model view ('' = first with a model). */
  session: string;
  theme: ThemeSetting;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze<Settings>({
  view: DEFAULT_VIEW,
  smoothing: 0.6,
  x: 'step',
  logY: false,
  logX: false,
  ignoreOutliers: false,
  tagFilter: '',
  runFilter: '',
  metricFilter: '',
  groupMode: 'none',
  groupKey: '',
  band: 'minmax',
  hidden: [],
  showHidden: false,
  showArchived: false,
  runTag: '',
  session: '',
  theme: 'auto',
});

function oneOf<T extends string>(v: string | null, allowed: readonly T[], dflt: T): T {
  return v !== null && (allowed as readonly string[]).includes(v) ? (v as T) : dflt;
}

function bool(v: string | null, dflt: boolean): boolean {
  if (v === '1' || v === 'true') return true;
  if (v === '0' || v === 'false') return false;
  return dflt;
}

/** Reads settings from a query string, over `base` (e.g. what local storage remembered); `view` must be one of
 *  `views` (the registered view names; by default only the base's view), else the base's view is kept. */
export function parseSettings(
  search: string,
  base: Readonly<Settings> = DEFAULT_SETTINGS,
  views: readonly ViewName[] = [base.view],
): Settings {
  const q = new URLSearchParams(search);
  const smoothingRaw = q.get('smoothing');
  const smoothingNum = smoothingRaw === null ? NaN : Number(smoothingRaw);
  const hiddenRaw = q.getAll('hide');
  return {
    view: oneOf(q.get('view'), views, base.view),
    smoothing:
      Number.isFinite(smoothingNum) && smoothingNum >= 0 && smoothingNum <= 0.999
        ? smoothingNum
        : base.smoothing,
    x: oneOf(q.get('x'), ['step', 'relative', 'wall'] as const, base.x),
    logY: bool(q.get('logy'), base.logY),
    logX: bool(q.get('logx'), base.logX),
    ignoreOutliers: bool(q.get('outliers'), base.ignoreOutliers),
    tagFilter: q.get('tags') ?? base.tagFilter,
    runFilter: q.get('runs') ?? base.runFilter,
    metricFilter: q.get('metric') ?? base.metricFilter,
    groupMode: oneOf(q.get('group'), ['none', 'regex', 'hparam'] as const, base.groupMode),
    groupKey: q.get('groupkey') ?? base.groupKey,
    band: oneOf(q.get('band'), ['minmax', 'std'] as const, base.band),
    hidden: hiddenRaw.length ? hiddenRaw.filter((h) => h !== '') : [...base.hidden],
    showHidden: bool(q.get('showhidden'), base.showHidden),
    showArchived: bool(q.get('showarchived'), base.showArchived),
    runTag: q.get('runtag') ?? base.runTag,
    session: q.get('session') ?? base.session,
    theme: oneOf(q.get('theme'), ['auto', 'light', 'dark'] as const, base.theme),
  };
}

/** Writes the settings that differ from the defaults as a query string (without '?'). */
export function serializeSettings(s: Readonly<Settings>): string {
  const q = new URLSearchParams();
  const d = DEFAULT_SETTINGS;
  if (s.view !== d.view) q.set('view', s.view);
  if (s.smoothing !== d.smoothing) q.set('smoothing', String(s.smoothing));
  if (s.x !== d.x) q.set('x', s.x);
  if (s.logY !== d.logY) q.set('logy', s.logY ? '1' : '0');
  if (s.logX !== d.logX) q.set('logx', s.logX ? '1' : '0');
  if (s.ignoreOutliers !== d.ignoreOutliers) q.set('outliers', s.ignoreOutliers ? '1' : '0');
  if (s.tagFilter) q.set('tags', s.tagFilter);
  if (s.runFilter) q.set('runs', s.runFilter);
  if (s.metricFilter) q.set('metric', s.metricFilter);
  if (s.groupMode !== d.groupMode) q.set('group', s.groupMode);
  if (s.groupKey) q.set('groupkey', s.groupKey);
  if (s.band !== d.band) q.set('band', s.band);
  for (const h of [...s.hidden].sort()) q.append('hide', h);
  if (s.showHidden !== d.showHidden) q.set('showhidden', s.showHidden ? '1' : '0');
  if (s.showArchived !== d.showArchived) q.set('showarchived', s.showArchived ? '1' : '0');
  if (s.runTag) q.set('runtag', s.runTag);
  if (s.session) q.set('session', s.session);
  if (s.theme !== d.theme) q.set('theme', s.theme);
  return q.toString();
}

/** Compiles a user regex (RE2 syntax, linear-time, case-insensitive); an invalid one returns an Error to show,
 *  never throws. */
export function compileFilter(src: string): FilterRegex | Error | null {
  return compileFilterRegex(src);
}
