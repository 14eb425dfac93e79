// TensorBoard's custom scalars plugin: /layout merges the Layout protos written as tag
// `custom_scalars__config__` by every run (a run's last one; runs in name order; categories merged by title,
// charts already in a category skipped, as custom_scalars_plugin.layout_impl does) into proto-JSON with defaults,
// or `{}`; /scalars returns the scalars of one run whose tags match a regular expression (anchored at the start,
// like re.match).
import { tensorboard } from '../../../proto/index.ts';
import { CustomScalarsQuery } from '../../../contract/index.ts';
import { parseQuery } from '../../http/request-params.ts';
import { JsonEntries } from '../../http/json-entries.ts';
import { jsonFloat } from '../../http/json-float.ts';
import { sendDataJson } from '../../http/tb-json.ts';
import type { DataProvider } from '../../store/data-provider.ts';
import { lookupRun } from '../plugin-lookup.ts';
import { customElement, type TbPlugin } from '../tb-plugin.ts';
import { tensorByteStrings } from '../../../tfevents/tensor-values.ts';
import { compileSafeRegex, type SafeRegex } from '../../regex/safe-regex.ts';
import { jsonStep } from '../../http/json-int64.ts';

const CONFIG_TAG = 'custom_scalars__config__';

type LayoutJson = Record<string, unknown> & { category?: Record<string, unknown>[] };

function mergedLayout(provider: DataProvider): LayoutJson {
  const merged: { title: string; charts: tensorboard.IChart[]; closed: boolean; keys: Set<string> }[] = [];
  let found = false;
  // TensorBoard merges the runs' layouts in sorted(run names) order here, not in its multiplexer's
  for (const run of provider.runs()) {
    // TensorBoard reads the tag with downsample=1, which keeps the last point: a rewritten layout wins
    const last = run.tensors('custom_scalars', CONFIG_TAG)?.last();
    const bytes = last ? tensorByteStrings(last.value)[0] : undefined;
    if (!bytes) continue;
    let layout: tensorboard.Layout;
    try {
      layout = tensorboard.Layout.decode(bytes);
    } catch {
      continue; // a damaged layout in one run must not hide the others
    }
    found = true;
    for (const category of layout.category) {
      const title = category.title ?? '';
      let into = merged.find((c) => c.title === title);
      if (into === undefined) {
        into = { title, charts: [], closed: category.closed ?? false, keys: new Set<string>() };
        merged.push(into);
      }
      for (const chart of category.chart ?? []) {
        const key = JSON.stringify(tensorboard.Chart.toObject(tensorboard.Chart.fromObject(chart)));
        if (into.keys.has(key)) continue;
        into.keys.add(key);
        into.charts.push(chart);
      }
    }
  }
  if (!found) return {};
  return {
    category: merged.map((c) => ({
      title: c.title,
      chart: c.charts.map((chart) => {
        const out: Record<string, unknown> = { title: chart.title ?? '' };
        if (chart.multiline) out.multiline = { tag: [...(chart.multiline.tag ?? [])] };
        if (chart.margin)
          out.margin = {
            series: (chart.margin.series ?? []).map((s) => ({
              value: s.value ?? '',
              lower: s.lower ?? '',
              upper: s.upper ?? '',
            })),
          };
        return out;
      }),
      closed: c.closed,
    })),
    version: 0,
  };
}

export const customScalarsPlugin: TbPlugin = {
  name: 'custom_scalars',
  listing: customElement('Custom Scalars', 'tf-custom-scalar-dashboard'),
  isActive: (provider) => provider.runs().some((r) => r.tags().get(CONFIG_TAG)?.plugin === 'custom_scalars'),
  routes(router, { provider }) {
    router.get('/layout', (_req, res) => sendDataJson(res, mergedLayout(provider)));
    router.get('/scalars', (req, res) => {
      const { run: name, tag: pattern } = parseQuery(CustomScalarsQuery, req); // a longer regex than MAX_REGEX_CHARS is a 400: it runs against every tag
      const run = lookupRun(provider, name);
      let regex: SafeRegex;
      try {
        regex = compileSafeRegex(pattern, 'match'); // TensorBoard's re.match, in linear time
      } catch {
        sendDataJson(res, { regex_valid: false, tag_to_events: {} });
        return;
      }
      // tags in the run's first-seen order (TensorBoard's dict order), integer-like tags (`0`, `1`) included
      const tagToEvents = new JsonEntries<[number, number, number | string][]>();
      for (const info of run.tags().values()) {
        if (info.plugin !== 'scalars' || !regex.test(info.tag)) continue;
        const series = run.scalars(info.tag);
        const rows: [number, number, number | string][] = [];
        for (let i = 0; i < (series?.length ?? 0); i++)
          rows.push([
            jsonFloat(series!.wallTime(i)),
            jsonStep(series!.step(i), series!.exactStep(i)),
            jsonFloat(series!.value(i)),
          ]);
        tagToEvents.set(info.tag, rows);
      }
      sendDataJson(res, { regex_valid: true, tag_to_events: tagToEvents });
    });
  },
};
