// The images view's routes: TensorBoard's /data/plugin/images/images (one entry per step) and the URL of one
// image blob, from the entry's `query`, for an <img src>.
import type { TbImagesResponse } from '../../contract/index.ts';
import type { ApiRequest } from '../api/api-request.ts';

export const fetchImages = (request: ApiRequest, run: string, tag: string): Promise<TbImagesResponse> =>
  request.json('/data/plugin/images/images', { run, tag });

/** `query` is the server's own query string for the blob (TensorBoard's `individualImage?…`). */
export const imageUrl = (request: ApiRequest, query: string): string =>
  `${request.url('/data/plugin/images/individualImage')}?${query}`;
