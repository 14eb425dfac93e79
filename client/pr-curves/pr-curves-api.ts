// The PR curves view's route: TensorBoard's /data/plugin/pr_curves/pr_curves, every step of one tag for each
// of the given runs.
import type { TbPrCurvesResponse } from '../../contract/index.ts';
import type { ApiRequest } from '../api/api-request.ts';

export const fetchPrCurves = (
  request: ApiRequest,
  runs: readonly string[],
  tag: string,
): Promise<TbPrCurvesResponse> => request.json('/data/plugin/pr_curves/pr_curves', { run: runs, tag });
