// The model view's routes: a session's model summary (our /api/sessions/<id>/model), which runs have graphs
// (TensorBoard's /data/plugin/graphs/info), and a run's op graph as text proto (/data/plugin/graphs/graph).
import type { ApiModelResponse, TbGraphsInfoResponse } from '../../contract/index.ts';
import type { ApiRequest } from '../api/api-request.ts';

export const fetchModel = (request: ApiRequest, session: string): Promise<ApiModelResponse> =>
  request.json(`/api/sessions/${encodeURIComponent(session)}/model`);

export const fetchGraphsInfo = (request: ApiRequest): Promise<TbGraphsInfoResponse> =>
  request.json('/data/plugin/graphs/info');

/** A run's op graph; with `tag`, the op graphs of that tag's RunMetadata (tf.summary.trace_export). */
export const fetchOpGraph = (request: ApiRequest, run: string, tag?: string): Promise<string> =>
  request.text('/data/plugin/graphs/graph', tag === undefined ? { run } : { run, tag });
