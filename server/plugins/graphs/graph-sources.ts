// Where the graphs plugin finds each kind of graph data in a run, as TensorBoard's graphs_plugin reads its data
// provider: summaries of graph_run_metadata (op graph and profile), graph_run_metadata_graph (op graph only,
// tf.summary.trace_export) and graph_keras_model (conceptual), each listed only with plugin content "1"; the
// run-level GraphDef; Event.tagged_run_metadata (profile only). Invariant: reads only; the last point wins.
import { GRAPHS_PLUGIN, RUN_GRAPH_TAG } from '../../../tfevents/event-interpreter.ts';
import { tensorByteStrings } from '../../../tfevents/tensor-values.ts';
import type { TbGraphsInfoResponse } from '../../../contract/index.ts';
import { JsonEntries } from '../../http/json-entries.ts';
import type { DataProvider, RunView } from '../../store/data-provider.ts';

export const RUN_METADATA = 'graph_run_metadata';
export const RUN_METADATA_WITH_GRAPH = 'graph_run_metadata_graph';
export const KERAS_MODEL = 'graph_keras_model';

const utf8 = new TextDecoder('utf-8');

/** The first blob of the last point of a summary tag of `plugin` (kept as a tensor or as a blob sequence). */
export function lastSummaryBlob(run: RunView, plugin: string, tag: string): Uint8Array | undefined {
  if (run.tags().get(tag)?.plugin !== plugin) return undefined;
  const blobs = run.blobSequences(plugin, tag)?.last()?.value[0];
  if (blobs) return blobs;
  const tensor = run.tensors(plugin, tag)?.last()?.value;
  return tensor ? tensorByteStrings(tensor)[0] : undefined;
}

/** The serialized RunMetadata of Event.tagged_run_metadata under `tag`. */
export const taggedRunMetadata = (run: RunView, tag: string): Uint8Array | undefined =>
  tag === RUN_GRAPH_TAG ? undefined : run.blobSequences(GRAPHS_PLUGIN, tag)?.last()?.value[0];

export const runGraph = (run: RunView): Uint8Array | undefined =>
  run.blobSequences(GRAPHS_PLUGIN, RUN_GRAPH_TAG)?.last()?.value[0];

/** Tags of `plugin` with data whose plugin content is TensorBoard's version "1". */
function versionOneTags(run: RunView, plugin: string): string[] {
  const out: string[] = [];
  for (const t of run.tags().values())
    if (t.plugin === plugin && utf8.decode(t.pluginContent) === '1' && lastSummaryBlob(run, plugin, t.tag))
      out.push(t.tag);
  return out;
}

type GraphsInfoRun = TbGraphsInfoResponse[string];
type GraphsInfoTag = GraphsInfoRun['tags'][string];
/** The server-side builder of TbGraphsInfoResponse: runs and tags as JsonEntries, in insertion order. */
export type GraphsInfo = JsonEntries<Omit<GraphsInfoRun, 'tags'> & { tags: JsonEntries<GraphsInfoTag> }>;

/** graphs_plugin.info_impl: runs and tags in the order TensorBoard adds them (one pass per kind). */
export function graphsInfo(provider: DataProvider): GraphsInfo {
  const result: GraphsInfo = new JsonEntries();
  const runs = provider.tensorboardRuns();
  const item = (run: string, tag?: string): GraphsInfoTag | undefined => {
    const r = result.getOrSet(run, () => ({ run, tags: new JsonEntries(), run_graph: false }));
    if (tag === undefined) return undefined;
    return r.tags.getOrSet(tag, () => ({ tag, conceptual_graph: false, op_graph: false, profile: false }));
  };
  for (const run of runs)
    for (const tag of versionOneTags(run, RUN_METADATA_WITH_GRAPH)) item(run.name, tag)!.op_graph = true;
  for (const run of runs)
    for (const tag of versionOneTags(run, RUN_METADATA)) {
      const t = item(run.name, tag)!;
      t.profile = true;
      t.op_graph = true;
    }
  for (const run of runs)
    for (const tag of versionOneTags(run, KERAS_MODEL)) item(run.name, tag)!.conceptual_graph = true;
  for (const run of runs)
    if (runGraph(run)) {
      item(run.name);
      result.get(run.name)!.run_graph = true;
    }
  for (const run of runs)
    for (const { tag } of run.list(GRAPHS_PLUGIN, 'blob_sequence'))
      if (tag !== RUN_GRAPH_TAG) item(run.name, tag)!.profile = true;
  return result;
}
