// TensorBoard's text plugin: /tags (`{run: [tag, ...]}`) and /text, each value rendered as text_plugin.py
// does: rank 0 as sanitized Markdown, ranks 1-2 as an HTML table of Markdown cells, higher ranks reduced to
// their first 2-D slice with a warning. `markdown=false` sanitizes without rendering (plugin_util.safe_html);
// our client adds `escape=all` (TensorBoard ignores it) to get every character escaped and render it itself.
import { tensorShape, tensorStrings } from '../../../tfevents/tensor-values.ts';
import { TextQuery, type TbTextResponse, type TbTextTagsResponse } from '../../../contract/index.ts';
import { JsonEntries } from '../../http/json-entries.ts';
import { sendListing } from '../../http/listing-cache.ts';
import { parseQuery } from '../../http/request-params.ts';
import { sendDataJson } from '../../http/tb-json.ts';
import { jsonFloat } from '../../http/json-float.ts';
import { tagsByRun } from '../plugin-lookup.ts';
import { customElement, hasPluginTags, type TbPlugin } from '../tb-plugin.ts';
import { markdownToSafeHtml, safeHtml } from '../shared/markdown-renderer.ts';
import { jsonStep } from '../../http/json-int64.ts';

const WARNING =
  '**Warning:** This text summary contained data of dimensionality %d, but only   2d tables are supported. Showing a 2d slice of the data instead.';

function table(cells: string[][]): string {
  const rows = cells.map((row) => `<tr>\n${row.map((c) => `<td>${c}</td>\n`).join('')}</tr>\n`);
  return `<table>\n<tbody>\n${rows.join('')}</tbody>\n</table>`;
}

/** Every character that could be markup escaped: our client's raw-text mode (`escape=all`, which TensorBoard
 *  ignores), so the client can render the summary itself with raw HTML shown as text. */
const escapeAll = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** text_array_to_html over a row-major string tensor; `'escape-all'` instead of Markdown or safe_html. */
export function textToHtml(
  shape: readonly number[],
  strings: readonly string[],
  markdown: boolean | 'escape-all' = true,
): string {
  const render = markdown === 'escape-all' ? escapeAll : markdown ? markdownToSafeHtml : safeHtml;
  if (shape.length === 0) return render(strings[0] ?? '');
  let warning = '';
  let rowsN: number;
  let colsN: number;
  if (shape.length === 1) {
    rowsN = shape[0]!;
    colsN = 1;
  } else {
    if (shape.length > 2) warning = markdownToSafeHtml(WARNING.replace('%d', String(shape.length)));
    // the first 2-D slice: leading dims at index 0, so the first rows*cols strings
    rowsN = shape[shape.length - 2]!;
    colsN = shape[shape.length - 1]!;
  }
  const cells: string[][] = [];
  for (let r = 0; r < rowsN; r++) {
    const row: string[] = [];
    for (let c = 0; c < colsN; c++) {
      const cell = render(strings[r * colsN + c] ?? '');
      row.push(markdown === 'escape-all' ? `<p>${cell}</p>` : cell);
    }
    cells.push(row);
  }
  return warning + table(cells);
}

export const textPlugin: TbPlugin = {
  name: 'text',
  listing: customElement('text', 'tf-text-dashboard'),
  isActive: (provider) => hasPluginTags(provider, 'text'),
  routes(router, { provider }) {
    router.get('/tags', (_req, res) =>
      sendListing(
        res,
        provider,
        'text/tags',
        'tags',
        () => {
          const body = new JsonEntries<TbTextTagsResponse[string]>();
          for (const [run, tags] of tagsByRun(provider, 'text'))
            body.set(
              run,
              tags.map((t) => t.tag),
            );
          return body;
        },
        'ascii',
      ),
    );
    router.get('/text', (req, res) => {
      const q = parseQuery(TextQuery, req);
      const markdown = q.markdown !== 'false';
      const escapeAllChars = q.escape === 'all';
      // as TensorBoard's text_impl: a run or tag without text answers an empty list, not an error
      const run = provider.run(q.run);
      const tag = q.tag;
      const info = run?.tags().get(tag);
      const points = info?.plugin === 'text' ? (run?.tensors('text', tag)?.points() ?? []) : [];
      const body: TbTextResponse = points.map((t) => ({
        wall_time: jsonFloat(t.wallTime),
        step: jsonStep(t.step, t.exactStep),
        text: textToHtml(
          tensorShape(t.value),
          tensorStrings(t.value),
          escapeAllChars && !markdown ? 'escape-all' : markdown,
        ),
      }));
      sendDataJson(res, body);
    });
  },
};
