// The model view of a session: the layer summary table as Keras' model.summary() prints it (layer and type,
// output shape, params, connected-to for functional models, totals) and the layered graph of the model from its
// Keras-format JSON; for runs written by other tools, their TensorFlow/PyTorch op graph, and the op graphs of
// tagged RunMetadata (tf.summary.trace_export). Invariant: all names and shapes are set as text.
import type { ApiModelResponse, LayerSummaryView } from '../../contract/index.ts';
import type { DashboardApi } from '../api/dashboard-api.ts';
import type { DashboardStore } from '../state/dashboard-store.ts';
import type { SettingsStore } from '../state/settings-store.ts';
import { clear, emptyState, h } from '../ui/dom-builder.ts';
import { layoutGraph } from './graph-layout.ts';
import { fetchGraphsInfo, fetchModel, fetchOpGraph } from './model-api.ts';
import { kerasGraphSpec } from './model-graph-spec.ts';
import { formatShape, parseKerasModel, type ModelDescription } from './keras-model-parser.ts';
import { createModelGraphView } from './model-graph-view.ts';
import { parseGraphText } from './op-graph-parser.ts';

export interface ModelView {
  element: HTMLElement;
  render(): void;
}

const fmt = (n: number): string => n.toLocaleString('en-US');
const bytes = (params: number): string => {
  const b = params * 4;
  return b < 1024
    ? `${b} B`
    : b < 1024 ** 2
      ? `${(b / 1024).toFixed(2)} KB`
      : `${(b / 1024 ** 2).toFixed(2)} MB`;
};

/** The summary from the run store when the trainer recorded one, else inferred from the model JSON. */
function summaryOf(res: ApiModelResponse, model: ModelDescription | null): LayerSummaryView | null {
  if (res.layerSummary) return res.layerSummary;
  if (!model) return null;
  return {
    rows: model.layers.map((l) => ({
      name: l.name,
      className: l.className,
      outputShape: formatShape(l.outputShape),
      params: l.params ?? NaN,
      connectedTo: l.inputs,
      trainable: true,
    })),
    totalParams: model.totalParams ?? NaN,
    trainableParams: model.trainableParams ?? NaN,
    nonTrainableParams: model.nonTrainableParams ?? NaN,
  };
}

function summaryTable(summary: LayerSummaryView, functional: boolean, title: string): HTMLElement {
  const num = (n: number): string => (Number.isFinite(n) ? fmt(n) : '?');
  return h(
    'section',
    {
      class: 'card model-summary',
      'data-testid': 'model-summary',
      'data-total-params': String(summary.totalParams),
    },
    h('header', { class: 'card-header' }, h('h3', { class: 'card-title' }, title)),
    h(
      'div',
      { class: 'table-scroll' },
      h(
        'table',
        { class: 'data-table' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', {}, 'Layer (type)'),
            h('th', {}, 'Output Shape'),
            h('th', { class: 'num' }, 'Param #'),
            functional ? h('th', {}, 'Connected to') : null,
          ),
        ),
        h(
          'tbody',
          {},
          ...summary.rows.map((r) =>
            h(
              'tr',
              {},
              h(
                'td',
                {},
                h('span', { class: 'layer-name' }, r.name),
                h('span', { class: 'muted' }, ` (${r.className})`),
              ),
              h('td', { class: 'mono' }, r.outputShape),
              h('td', { class: 'num mono' }, num(r.params)),
              functional ? h('td', { class: 'mono' }, r.connectedTo.join(', ') || '–') : null,
            ),
          ),
        ),
      ),
    ),
    h(
      'dl',
      { class: 'totals' },
      h('dt', {}, 'Total params'),
      h(
        'dd',
        { 'data-testid': 'total-params' },
        `${num(summary.totalParams)}${Number.isFinite(summary.totalParams) ? ` (${bytes(summary.totalParams)})` : ''}`,
      ),
      h('dt', {}, 'Trainable params'),
      h('dd', {}, num(summary.trainableParams)),
      h('dt', {}, 'Non-trainable params'),
      h('dd', {}, num(summary.nonTrainableParams)),
    ),
  );
}

export function createModelView(
  api: DashboardApi,
  store: DashboardStore,
  settings: SettingsStore,
): ModelView {
  const picker = h('select', { 'aria-label': 'Session', class: 'session-picker' });
  picker.addEventListener('change', () => settings.update({ session: picker.value }));
  const body = h('div', { class: 'model-body' });
  const element = h(
    'div',
    { class: 'view model-view' },
    h(
      'div',
      { class: 'toolbar' },
      h('label', { class: 'field' }, h('span', { class: 'field-label' }, 'Session'), picker),
    ),
    body,
  );
  let token = 0;

  async function load(choice: { kind: 'session' | 'run'; id: string; tag?: string }): Promise<void> {
    const mine = ++token;
    clear(body);
    body.append(h('p', { class: 'muted' }, 'Loading model…'));
    try {
      if (choice.kind === 'run') {
        const nodes = parseGraphText(await fetchOpGraph(api.request, choice.id, choice.tag));
        const title = choice.tag === undefined ? choice.id : `${choice.id} · ${choice.tag}`;
        if (mine !== token) return;
        clear(body);
        const layout = layoutGraph(
          nodes.map((n) => ({
            id: n.name,
            lines: [n.name.split('/').pop() ?? n.name, n.op],
            role: n.inputs.length ? 'inner' : 'input',
          })),
          nodes.flatMap((n) => n.inputs.map((from) => ({ from, to: n.name }))),
        );
        body.append(
          h(
            'section',
            { class: 'card graph-card', 'data-testid': 'op-graph', 'data-ops': String(nodes.length) },
            h(
              'header',
              { class: 'card-header' },
              h('h3', { class: 'card-title' }, `Op graph · ${title} · ${nodes.length} ops`),
            ),
            createModelGraphView(layout, `Op graph of ${title}`),
          ),
        );
        return;
      }
      const res = await fetchModel(api.request, choice.id);
      if (mine !== token) return;
      clear(body);
      let model: ModelDescription | null = null;
      let parseError: string | null = null;
      if (res.modelJson) {
        try {
          model = parseKerasModel(res.modelJson);
        } catch (err) {
          parseError = err instanceof Error ? err.message : String(err);
        }
      }
      const summary = summaryOf(res, model);
      if (!summary && !model) {
        body.append(
          emptyState('No model for this session', [
            parseError ??
              'The trainer records the model when training starts; sessions from other tools show a model when their event files hold a Keras model or an op graph.',
          ]),
        );
        return;
      }
      const functional = model
        ? model.kind === 'Functional'
        : (summary?.rows.some((r) => r.connectedTo.length > 1) ?? false);
      const title = `Model: "${model?.name ?? choice.id}"`;
      if (summary) body.append(summaryTable(summary, functional, title));
      if (model) {
        const spec = kerasGraphSpec(model);
        const ins = model.layers.filter((l) => l.isInput).length;
        const outs = model.layers.filter((l) => l.isOutput).length;
        body.append(
          h(
            'section',
            { class: 'card graph-card' },
            h(
              'header',
              { class: 'card-header' },
              h('h3', { class: 'card-title' }, 'Graph'),
              h(
                'span',
                { class: 'card-meta' },
                `${model.layers.length} layers · ${ins} input${ins === 1 ? '' : 's'} · ${outs} output${outs === 1 ? '' : 's'}`,
              ),
            ),
            createModelGraphView(layoutGraph(spec.nodes, spec.edges), `Graph of model ${model.name}`),
          ),
        );
      } else if (parseError)
        body.append(h('p', { class: 'filter-error' }, `Graph unavailable: ${parseError}`));
    } catch (err) {
      if (mine !== token) return;
      clear(body);
      body.append(emptyState('Could not load the model', [err instanceof Error ? err.message : String(err)]));
    }
  }

  async function render(): Promise<void> {
    const withModel = store.sessions().filter((s) => s.hasModel);
    // run graphs as `run:<run>`, op graphs of tagged RunMetadata as `op:<JSON [run, tag]>`
    const opGraphs: { value: string; label: string }[] = [];
    try {
      const info = await fetchGraphsInfo(api.request);
      for (const r of Object.values(info).sort((a, b) => (a.run < b.run ? -1 : 1))) {
        if (r.run_graph) opGraphs.push({ value: `run:${r.run}`, label: `${r.run} · op graph` });
        for (const t of Object.values(r.tags))
          if (t.op_graph)
            opGraphs.push({
              value: `op:${JSON.stringify([r.run, t.tag])}`,
              label: `${r.run} · ${t.tag} · op graph`,
            });
      }
    } catch {
      // graphs plugin unavailable: Keras models only
    }
    clear(picker);
    for (const s of withModel)
      picker.append(h('option', { value: `session:${s.id}` }, `${s.id}${s.task ? ` · ${s.task}` : ''}`));
    for (const g of opGraphs) picker.append(h('option', { value: g.value }, g.label));
    if (!picker.options.length) {
      clear(body);
      body.append(
        emptyState(
          'No models yet',
          [
            'Train with trainboard and the model summary and graph appear here; TensorFlow and PyTorch runs show their op graphs.',
          ],
          'npx trainboard train wide-deep --logdir logs',
        ),
      );
      return;
    }
    const wanted = settings.get().session;
    const values = [...picker.options].map((o) => o.value);
    const value = values.find((v) => v === wanted || v === `session:${wanted}`) ?? values[0] ?? '';
    picker.value = value;
    const [kind, ...rest] = value.split(':');
    if (kind === 'op') {
      const [run, tag] = JSON.parse(rest.join(':')) as [string, string];
      await load({ kind: 'run', id: run, tag });
    } else await load({ kind: kind === 'run' ? 'run' : 'session', id: rest.join(':') });
  }

  return { element, render: () => void render() };
}
