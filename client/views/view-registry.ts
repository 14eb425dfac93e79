// The dashboard's views, registered once: a new view is its folder (the view and its fetch functions, on
// api/api-request.ts) plus one entry here. Order is tab order; the view names of the URL state and the tabs come
// from here. Invariant: names are unique (checked at compile time below).
import { createHistogramsView } from '../histograms/histograms-view.ts';
import { createHparamsView } from '../hparams/hparams-view.ts';
import { createImagesView } from '../images/images-view.ts';
import { createMeshView } from '../mesh/mesh-view.ts';
import { createModelView } from '../model/model-view.ts';
import { createPrCurvesView } from '../pr-curves/pr-curves-view.ts';
import { createProjectorView } from '../projector/projector-view.ts';
import { createScalarsView } from '../scalars/scalars-view.ts';
import type { DEFAULT_VIEW, Settings } from '../state/url-state.ts';
import { createTextView } from '../text/text-view.ts';
import type { ViewDefinition } from './plugin-view.ts';

const RUN_SELECTION: readonly (keyof Settings)[] = ['hidden', 'runFilter', 'metricFilter'];

export const VIEW_REGISTRY = [
  {
    name: 'scalars',
    label: 'Scalars',
    create: (d) => createScalarsView(d.api, d.store, d.settings),
    rerendersOn: { plugins: [], settings: [], meta: 'always' },
  },
  {
    name: 'model',
    label: 'Model',
    create: (d) => createModelView(d.api, d.store, d.settings),
    rerendersOn: { plugins: ['graph_keras_model'], settings: ['session'] },
  },
  {
    name: 'hparams',
    label: 'HParams',
    create: (d) => createHparamsView(d.store, d.settings, d.api),
    rerendersOn: { plugins: ['hparams'], settings: RUN_SELECTION },
  },
  {
    name: 'histograms',
    label: 'Histograms',
    create: (d) => createHistogramsView(d.api, d.store),
    rerendersOn: { plugins: ['histograms'], settings: RUN_SELECTION },
  },
  {
    name: 'text',
    label: 'Text',
    create: (d) => createTextView(d.api, d.store),
    rerendersOn: { plugins: ['text'], settings: RUN_SELECTION },
  },
  {
    name: 'images',
    label: 'Images',
    create: (d) => createImagesView(d.api, d.store),
    rerendersOn: { plugins: ['images'], settings: RUN_SELECTION },
  },
  {
    name: 'pr_curves',
    label: 'PR Curves',
    create: (d) => createPrCurvesView(d.api, d.store),
    rerendersOn: { plugins: ['pr_curves'], settings: RUN_SELECTION },
  },
  {
    name: 'mesh',
    label: 'Mesh',
    create: (d) => createMeshView(d.store),
    rerendersOn: { plugins: ['mesh'], settings: RUN_SELECTION },
  },
  {
    name: 'projector',
    label: 'Projector',
    create: () => createProjectorView(),
    rerendersOn: { plugins: [], settings: [] },
  },
] as const satisfies readonly ViewDefinition[];

/** The registered views in tab order (main.ts builds them, the shell makes their tabs). */
export const VIEWS: readonly ViewDefinition[] = VIEW_REGISTRY;

/** The registered view names in tab order: the values the URL's `view` may take. */
export const VIEW_NAMES: readonly string[] = VIEWS.map((v) => v.name);

type Registered = (typeof VIEW_REGISTRY)[number]['name'];
/** Compile-time check: the default view is registered. */
export const DEFAULT_VIEW_REGISTERED: typeof DEFAULT_VIEW extends Registered ? true : never = true;

/** Compile-time check: no two entries share a name. */
type Duplicated<T extends readonly { name: string }[]> = T extends readonly [
  infer H extends { name: string },
  ...infer R extends readonly { name: string }[],
]
  ? H['name'] extends R[number]['name']
    ? H['name']
    : Duplicated<R>
  : never;
export const VIEW_NAMES_UNIQUE: [Duplicated<typeof VIEW_REGISTRY>] extends [never] ? true : never = true;
