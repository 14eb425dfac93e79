// TensorBoard's PR curves plugin: /tags (`{run: {tag: {displayName, description}}}`) and /pr_curves?run=&tag=
// (`{run: [entry per step]}`), each stored `pr_curves` tensor of shape [6, thresholds] (rows TP, FP, TN, FN,
// precision, recall, as pr_curve/metadata.py) shaped by pr-curve-entry.ts. Every requested run must hold the tag,
// else 400 as pr_curves_plugin.py answers; runs keep the order they were asked in.
import { PrCurvesQuery, type TbPrCurvesResponse } from '../../../contract/index.ts';
import { badParam } from '../../http/http-error.ts';
import { parseQuery } from '../../http/request-params.ts';
import { JsonEntries } from '../../http/json-entries.ts';
import { jsonFloat, jsonFloats } from '../../http/json-float.ts';
import { sendDataJson } from '../../http/tb-json.ts';
import { describedTagsListing } from '../plugin-lookup.ts';
import { customElement, hasPluginTags, type TbPlugin } from '../tb-plugin.ts';
import { readPrCurves, type PrCurveEntry } from './pr-curve-entry.ts';

const PLUGIN = 'pr_curves';

/** An entry whose floats print as TensorBoard's (`0.0`, `1.0`): wall time, precision, recall, thresholds; the
 *  counts stay integers, as _make_pr_entry's int() makes them. */
function asPythonFloats(e: PrCurveEntry): PrCurveEntry {
  return {
    ...e,
    wall_time: jsonFloat(e.wall_time),
    precision: jsonFloats(e.precision),
    recall: jsonFloats(e.recall),
    thresholds: jsonFloats(e.thresholds),
  };
}

export const prCurvesPlugin: TbPlugin = {
  name: PLUGIN,
  listing: customElement('PR Curves', 'tf-pr-curve-dashboard'),
  isActive: (provider) => hasPluginTags(provider, PLUGIN),
  routes(router, { provider }) {
    router.get('/tags', (_req, res) => sendDataJson(res, describedTagsListing(provider, PLUGIN)));
    router.get('/pr_curves', (req, res) => {
      const { run: runs, tag: tags } = parseQuery(PrCurvesQuery, req);
      if (!runs.length) throw badParam('No runs provided when fetching PR curve data');
      const tag = tags[0];
      if (!tag) throw badParam('No tag provided when fetching PR curve data');
      const body = new JsonEntries<TbPrCurvesResponse[string]>();
      for (const name of runs) {
        const run = provider.run(name);
        const info = run?.tags().get(tag);
        if (!run || info?.plugin !== PLUGIN)
          throw badParam(
            `No PR curves could be found for run '${name.slice(0, 200)}' and tag '${tag.slice(0, 200)}'`,
          );
        body.set(name, readPrCurves(run, tag).map(asPythonFloats));
      }
      sendDataJson(res, body);
    });
  },
};
