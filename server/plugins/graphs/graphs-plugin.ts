// TensorBoard's graphs plugin: /info (which runs have an op graph, Keras conceptual graphs, profiles), /graph
// (a GraphDef as text proto: the run's op graph, or with tag+conceptual=true the Keras model's conceptual graph
// built as keras_util does) and /run_metadata. Large attribute values can be elided with limit_attr_size and
// large_attrs_key, as TensorBoard's process_graph does.
import { GRAPHS_PLUGIN, RUN_GRAPH_TAG } from '../../../tfevents/event-interpreter.ts';
import { readKerasModels } from '../shared/stored-kinds.ts';
import { tensorboard } from '../../../proto/index.ts';
import { GraphQuery, RunTagQuery, type TbGraphsInfoResponse } from '../../../contract/index.ts';
import { badParam, notFound } from '../../http/http-error.ts';
import { parseQuery } from '../../http/request-params.ts';
import { sendJson, sendText } from '../../http/tb-json.ts';
import { lookupRun } from '../plugin-lookup.ts';
import { customElement, type TbPlugin } from '../tb-plugin.ts';
import { graphDefToText } from './graph-text-format.ts';
import { kerasModelToGraphDef, KerasModelError } from './keras-graph-builder.ts';

function info(provider: Parameters<TbPlugin['isActive']>[0]): TbGraphsInfoResponse {
  const body: TbGraphsInfoResponse = {};
  for (const run of provider.runs()) {
    const tags: TbGraphsInfoResponse[string]['tags'] = {};
    for (const t of run.tags().values()) {
      if (t.plugin === 'graph_keras_model' && run.blobSequences('graph_keras_model', t.tag)?.length)
        tags[t.tag] = { tag: t.tag, conceptual_graph: true, op_graph: false, profile: false };
    }
    for (const { tag } of run.list(GRAPHS_PLUGIN, 'blob_sequence')) {
      if (tag === RUN_GRAPH_TAG) continue;
      const prev = tags[tag];
      tags[tag] = { tag, conceptual_graph: prev?.conceptual_graph ?? false, op_graph: false, profile: true };
    }
    const runGraph = (run.blobSequences(GRAPHS_PLUGIN, RUN_GRAPH_TAG)?.length ?? 0) > 0;
    if (runGraph || Object.keys(tags).length > 0)
      body[run.name] = { run: run.name, tags, run_graph: runGraph };
  }
  return body;
}

/** process_graph.prepare_graph_for_ui: drop attr values larger than `limit` bytes, listing their keys. */
function elideLargeAttrs(
  graph: tensorboard.IGraphDef,
  limit: number,
  largeAttrsKey: string | undefined,
): void {
  for (const node of graph.node ?? []) {
    const attr = node.attr ?? {};
    const large: string[] = [];
    for (const [key, value] of Object.entries(attr)) {
      if (tensorboard.AttrValue.encode(value).finish().length > limit) {
        large.push(key);
        delete attr[key];
      }
    }
    if (large.length && largeAttrsKey) {
      attr[largeAttrsKey] = { list: { s: large.map((k) => new TextEncoder().encode(k)) } };
    }
  }
}

export const graphsPlugin: TbPlugin = {
  name: 'graphs',
  listing: { ...customElement('graphs', 'tf-graph-dashboard'), disable_reload: true },
  isActive: (provider) => Object.keys(info(provider)).length > 0,
  routes(router, { provider }) {
    router.get('/info', (_req, res) => sendJson(res, info(provider)));
    router.get('/graph', (req, res) => {
      const q = parseQuery(GraphQuery, req);
      const run = lookupRun(provider, q.run);
      const { tag, limit_attr_size: limit, large_attrs_key: largeAttrsKey } = q;
      const conceptual = q.conceptual === 'true';
      let graph: tensorboard.IGraphDef;
      if (tag !== undefined && conceptual) {
        const model = readKerasModels(run, tag).at(-1);
        if (!model) throw notFound(`no Keras model for run='${run.name}', tag='${tag.slice(0, 200)}'`);
        try {
          graph = kerasModelToGraphDef(model.json);
        } catch (err) {
          if (err instanceof KerasModelError)
            throw badParam(`the stored Keras model cannot be drawn: ${err.message}`);
          throw err;
        }
      } else if (tag !== undefined) {
        throw notFound(
          `op graphs of run metadata are not supported (run='${run.name}', tag='${tag.slice(0, 200)}')`,
        );
      } else {
        const g = run.blobSequences(GRAPHS_PLUGIN, RUN_GRAPH_TAG)?.last()?.value[0];
        if (!g) throw notFound(`no graph for run='${run.name}'`);
        try {
          graph = tensorboard.GraphDef.decode(g);
        } catch {
          throw notFound(`the graph of run='${run.name}' does not parse`);
        }
      }
      if (limit !== undefined) elideLargeAttrs(graph, limit, largeAttrsKey);
      sendText(res, graphDefToText(graph), 'text/x-protobuf');
    });
    router.get('/run_metadata', (req, res) => {
      const q = parseQuery(RunTagQuery, req);
      const run = lookupRun(provider, q.run);
      const tag = q.tag;
      const rm = tag === RUN_GRAPH_TAG ? undefined : run.blobSequences(GRAPHS_PLUGIN, tag)?.last()?.value[0];
      if (!rm) throw notFound(`no run metadata for run='${run.name}', tag='${tag.slice(0, 200)}'`);
      // We do not carry RunMetadata's schema; serve its bytes as an opaque escaped field like text_format would
      // for an unknown message (TensorBoard renders step stats from it; ours lists the tag).
      sendText(res, `# RunMetadata (${rm.length} bytes) is not decoded by trainboard\n`, 'text/x-protobuf');
    });
  },
};
