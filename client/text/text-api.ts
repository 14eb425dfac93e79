// The text view's route: TensorBoard's /data/plugin/text/text, asked for HTML-escaped plain text
// (`markdown=false&escape=all`) because the client renders the Markdown itself.
import type { TbTextResponse } from '../../contract/index.ts';
import type { ApiRequest } from '../api/api-request.ts';

export const fetchText = (request: ApiRequest, run: string, tag: string): Promise<TbTextResponse> =>
  request.json('/data/plugin/text/text', { run, tag, markdown: 'false', escape: 'all' });
