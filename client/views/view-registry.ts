// The dashboard's views, registered once: a new view is its folder plus one line here (and its name in
// url-state's VIEWS, which the `satisfies` below keeps in step). Order is tab order.
import { createHistogramsView } from '../histograms/histograms-view.ts';
import { createHparamsView } from '../hparams/hparams-view.ts';
import { createImagesView } from '../images/images-view.ts';
import { createModelView } from '../model/model-view.ts';
import { createPrCurvesView } from '../pr-curves/pr-curves-view.ts';
import { createScalarsView } from '../scalars/scalars-view.ts';
import type { Settings, ViewName } from '../state/url-state.ts';
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
] as const satisfies readonly (ViewDefinition & { name: ViewName })[];

/** Tab labels by view name. */
export const VIEW_LABELS = Object.fromEntries(VIEW_REGISTRY.map((v) => [v.name, v.label])) as Record<
  ViewName,
  string
>;

/** Compile-time check: every name in url-state's VIEWS has a registered view. */
type Unregistered = Exclude<ViewName, (typeof VIEW_REGISTRY)[number]['name']>;
export const EVERY_VIEW_REGISTERED: [Unregistered] extends [never] ? true : never = true;
