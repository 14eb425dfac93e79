// The projector view's door to the server: TensorBoard's projector routes (/data/plugin/projector/runs, /info,
// /tensor, /metadata), each answer checked against the contract's schema or its binary shape. Invariant: a
// tensor is returned only when its bytes hold whole rows of the config's width.
import {
  TbProjectorConfigSchema,
  TbProjectorRunsSchema,
  parseWire,
  type TbProjectorConfig,
} from '../../contract/index.ts';

export interface LoadedTensor {
  values: Float32Array;
  rows: number;
  cols: number;
}

const BASE = '/data/plugin/projector';

async function get(path: string): Promise<Response> {
  const res = await fetch(BASE + path);
  if (!res.ok) throw new Error(`${BASE}${path}: ${res.status} ${(await res.text()).slice(0, 200)}`);
  return res;
}

const q = (params: Record<string, string>): string => new URLSearchParams(params).toString();

export async function fetchProjectorRuns(): Promise<string[]> {
  const r = parseWire(TbProjectorRunsSchema, await (await get('/runs')).json());
  if (!r.ok) throw new Error(`${BASE}/runs: ${r.message}`);
  return r.value;
}

export async function fetchProjectorConfig(run: string): Promise<TbProjectorConfig> {
  const r = parseWire(TbProjectorConfigSchema, await (await get(`/info?${q({ run })}`)).json());
  if (!r.ok) throw new Error(`${BASE}/info of ${run}: ${r.message}`);
  return r.value;
}

export async function fetchProjectorTensor(run: string, name: string, cols: number): Promise<LoadedTensor> {
  const bytes = await (await get(`/tensor?${q({ run, name })}`)).arrayBuffer();
  if (cols <= 0 || bytes.byteLength % (4 * cols) !== 0)
    throw new Error(
      `${BASE}/tensor of ${run} ${name}: ${bytes.byteLength} bytes are not rows of ${cols} float32`,
    );
  const values = new Float32Array(bytes);
  return { values, rows: values.length / cols, cols };
}

export async function fetchProjectorMetadata(run: string, name: string): Promise<string> {
  return (await get(`/metadata?${q({ run, name })}`)).text();
}
