// TensorBoard's mesh plugin: /tags (`{run: {tag: {samples}}}`), /meshes?run=&tag= (one metadata entry per stored
// tensor of the tag's vertex, face and color instances, by step) and /data?run=&tag=&content_type=&sample=&step=
// (the sample's values at that step as raw little-endian float32, int32 or uint8, Content-Type `arraybuffer`),
// as mesh_plugin.py answers; an unknown run or tag gives an empty answer there too. Unlike TensorBoard (100 per
// tag by reservoir sampling) every stored mesh is listed.
import type { TbMeshMetadataResponse } from '../../../contract/index.ts';
import { badParam } from '../../http/http-error.ts';
import { JsonEntries } from '../../http/json-entries.ts';
import { optionalString } from '../../http/request-params.ts';
import { noCache, sendDataJson } from '../../http/tb-json.ts';
import { jsonFloat } from '../../http/json-float.ts';
import { customElement, hasPluginTags, type TbPlugin } from '../tb-plugin.ts';
import {
  contentTypeOf,
  MESH_PLUGIN,
  meshEvents,
  MeshSampleError,
  meshInstances,
  meshTags,
  packSamples,
  sampleValues,
} from './mesh-reader.ts';

/** A number query parameter parsed as Python's float()/int() would, else 400. */
function numberParam(value: string | undefined, name: string, fallback: number, integer: boolean): number {
  if (value === undefined) return fallback;
  const n = Number(value.trim());
  if (value.trim() === '' || !Number.isFinite(n) || (integer && !Number.isInteger(n)))
    throw badParam(`query parameter '${name}' must be ${integer ? 'an integer' : 'a number'}`);
  return n;
}

export const meshPlugin: TbPlugin = {
  name: MESH_PLUGIN,
  listing: customElement('mesh', 'mesh-dashboard'),
  isActive: (provider) => hasPluginTags(provider, MESH_PLUGIN),
  routes(router, { provider }) {
    router.get('/tags', (_req, res) => {
      const body = new JsonEntries<ReturnType<typeof meshTags>>();
      for (const run of provider.tensorboardRuns())
        if (meshInstances(run).length) body.set(run.name, meshTags(run));
      sendDataJson(res, body);
    });
    router.get('/meshes', (req, res) => {
      const run = provider.run(optionalString(req.query, 'run') ?? '');
      const tag = optionalString(req.query, 'tag') ?? '';
      const body: TbMeshMetadataResponse = (run ? meshEvents(run, tag) : []).map((e) => ({
        wall_time: jsonFloat(e.wallTime),
        step: e.step,
        content_type: e.instance.contentType,
        components: e.instance.components,
        config: e.instance.jsonConfig,
        data_shape: e.instance.shape,
      }));
      sendDataJson(res, body);
    });
    router.get('/data', (req, res) => {
      const step = numberParam(optionalString(req.query, 'step'), 'step', 0, false);
      const run = provider.run(optionalString(req.query, 'run') ?? '');
      const tag = optionalString(req.query, 'tag') ?? '';
      const events = (run ? meshEvents(run, tag) : []).filter((e) => e.step === step);
      const contentType = contentTypeOf(optionalString(req.query, 'content_type'));
      if (contentType === undefined) throw badParam('Bad content_type');
      const sample = numberParam(optionalString(req.query, 'sample'), 'sample', 0, true);
      const values: number[] = [];
      try {
        for (const e of events)
          if (e.instance.contentType === contentType) values.push(...sampleValues(e.tensor, sample));
      } catch (err) {
        if (err instanceof MeshSampleError)
          throw badParam(`run '${run?.name ?? ''}', tag '${tag.slice(0, 200)}': ${err.message}`);
        throw err;
      }
      const bytes = packSamples(contentType, values);
      noCache(res);
      res.setHeader('Content-Type', 'arraybuffer');
      res.end(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    });
  },
};
