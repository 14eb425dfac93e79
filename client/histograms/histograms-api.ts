// The histograms view's route: TensorBoard's /data/plugin/histograms/histograms for one run and tag.
import type { TbHistogramsResponse } from '../../contract/index.ts';
import type { ApiRequest } from '../api/api-request.ts';

export const fetchHistograms = (
  request: ApiRequest,
  run: string,
  tag: string,
): Promise<TbHistogramsResponse> => request.json('/data/plugin/histograms/histograms', { run, tag });
