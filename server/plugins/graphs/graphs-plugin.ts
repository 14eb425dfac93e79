// TensorBoard's graphs plugin: /info (which runs and tags have an op graph, a Keras conceptual graph, a
// profile), /graph (a GraphDef as text proto: the run's op graph; with tag, the op graphs of a RunMetadata such
// as tf.summary.trace_export writes, merged as graph_util does; with tag+conceptual=true the Keras model's
// conceptual graph built as keras_util does) and /run_metadata (the RunMetadata as text proto). Large attribute
// values are elided with limit_attr_size and large_attrs_key, as TensorBoard's process_graph does.
import { readKerasModels } from '../shared/stored-kinds.ts';
import { GraphQuery, RunTagQuery } from '../../../contract/index.ts';
import { tensorboard } from '../../../proto/index.ts';
import { badParam, notFound } from '../../http/http-error.ts';
import { parseQuery } from '../../http/request-params.ts';
import { sendDataJson, sendText } from '../../http/tb-json.ts';
import { lookupRun } from '../plugin-lookup.ts';
import { customElement, type TbPlugin } from '../tb-plugin.ts';
import { elideLargeAttrs, functionGraphs, mergeGraphDefs } from './graph-def-ops.ts';
import {
  graphsInfo,
  lastSummaryBlob,
  RUN_METADATA,
  RUN_METADATA_WITH_GRAPH,
  runGraph,
  taggedRunMetadata,
} from './graph-sources.ts';
import { graphBytesToText } from './graph-text-format.ts';
import { kerasModelToGraphDef, KerasModelError } from './keras-graph-builder.ts';
import { protoBytesToText, ProtoTextError } from './proto-text-printer.ts';

const clip = (s: string): string => s.slice(0, 200);

export const graphsPlugin: TbPlugin = {
  name: 'graphs',
  listing: { ...customElement('graphs', 'tf-graph-dashboard'), disable_reload: true },
  isActive: (provider) => graphsInfo(provider).size > 0,
  routes(router, { provider }) {
    router.get('/info', (_req, res) => sendDataJson(res, graphsInfo(provider)));
    router.get('/graph', (req, res) => {
      const q = parseQuery(GraphQuery, req);
      const run = lookupRun(provider, q.run);
      const { tag, limit_attr_size: limit, large_attrs_key: largeAttrsKey } = q;
      const conceptual = q.conceptual === 'true';
      let graph: Uint8Array;
      try {
        if (conceptual) {
          const model = tag === undefined ? undefined : readKerasModels(run, tag).at(-1);
          if (!model) throw notFound(`no Keras model for run='${clip(run.name)}', tag='${clip(tag ?? '')}'`);
          try {
            graph = tensorboard.GraphDef.encode(kerasModelToGraphDef(model.json)).finish();
          } catch (err) {
            if (err instanceof KerasModelError)
              throw badParam(`the stored Keras model cannot be drawn: ${err.message}`);
            throw err;
          }
        } else if (tag !== undefined) {
          // TensorBoard looks in graph_run_metadata first, then graph_run_metadata_graph
          const rm =
            lastSummaryBlob(run, RUN_METADATA, tag) ?? lastSummaryBlob(run, RUN_METADATA_WITH_GRAPH, tag);
          if (!rm)
            throw notFound(`no op graph of run metadata for run='${clip(run.name)}', tag='${clip(tag)}'`);
          graph = mergeGraphDefs(functionGraphs(rm));
        } else {
          const g = runGraph(run);
          if (!g) throw notFound(`no graph for run='${clip(run.name)}'`);
          graph = g;
        }
        if (limit !== undefined && largeAttrsKey !== undefined)
          graph = elideLargeAttrs(graph, limit, largeAttrsKey);
        sendText(res, graphBytesToText(graph), 'text/x-protobuf');
      } catch (err) {
        if (err instanceof ProtoTextError)
          throw notFound(`the graph of run='${clip(run.name)}' does not parse: ${err.message}`);
        throw err;
      }
    });
    router.get('/run_metadata', (req, res) => {
      const q = parseQuery(RunTagQuery, req);
      const run = lookupRun(provider, q.run);
      const tag = q.tag;
      // TensorBoard looks in Event.tagged_run_metadata first, then graph_run_metadata summaries
      const rm = taggedRunMetadata(run, tag) ?? lastSummaryBlob(run, RUN_METADATA, tag);
      if (!rm) throw notFound(`no run metadata for run='${clip(run.name)}', tag='${clip(tag)}'`);
      try {
        sendText(res, protoBytesToText('RunMetadata', rm), 'text/x-protobuf');
      } catch (err) {
        if (err instanceof ProtoTextError)
          throw notFound(
            `the run metadata of run='${clip(run.name)}', tag='${clip(tag)}' does not parse: ${err.message}`,
          );
        throw err;
      }
    });
  },
};
