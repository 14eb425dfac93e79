// Reads the mesh plugin's stored tensors as TensorBoard's mesh_plugin does: every `mesh` tag is one "instance"
// (one content type: vertices, faces or colors) whose MeshPluginData names the user-facing tag it belongs to;
// a user tag gathers its instances in first-seen order. Invariant: plugin data is decoded once per tag (cached
// on the store's immutable TagInfo); a tag whose plugin data does not parse is left out.
import type { TbMeshTagsResponse } from '../../../contract/index.ts';
import { tensorboard } from '../../../proto/index.ts';
import { JsonEntries } from '../../http/json-entries.ts';
import type { TagInfo } from '../../../tfevents/event-interpreter.ts';
import { tensorNumbers, tensorShape } from '../../../tfevents/tensor-values.ts';
import type { RunView } from '../../store/data-provider.ts';

export const MESH_PLUGIN = 'mesh';
const ContentType = tensorboard.mesh.MeshPluginData.ContentType;
type ContentType = tensorboard.mesh.MeshPluginData.ContentType;
/** metadata.parse_plugin_metadata: components 0 means every content type. */
const ALL_COMPONENTS = (1 << ContentType.VERTEX) | (1 << ContentType.FACE) | (1 << ContentType.COLOR);
/** The newest MeshPluginData version TensorBoard 2.21 reads (plugin_util._MetadataVersionChecker). */
const LATEST_VERSION = 0;

export interface MeshInstance {
  instanceTag: string;
  /** The user-facing tag. */
  name: string;
  version: number;
  contentType: ContentType;
  components: number;
  jsonConfig: string;
  shape: number[];
}

const cache = new WeakMap<TagInfo, MeshInstance | null>();

function instanceOf(info: TagInfo): MeshInstance | undefined {
  let m = cache.get(info);
  if (m === undefined) {
    try {
      const d = tensorboard.mesh.MeshPluginData.decode(info.pluginContent);
      m = {
        instanceTag: info.tag,
        name: d.name,
        version: d.version,
        contentType: d.contentType,
        components: d.components || ALL_COMPONENTS,
        jsonConfig: d.jsonConfig,
        shape: [...d.shape],
      };
    } catch {
      m = null;
    }
    cache.set(info, m);
  }
  return m ?? undefined;
}

/** The run's mesh instances with data, in first-seen tag order. */
export function meshInstances(run: RunView): MeshInstance[] {
  const out: MeshInstance[] = [];
  for (const info of run.tags().values()) {
    if (info.plugin !== MESH_PLUGIN || !run.tensors(MESH_PLUGIN, info.tag)?.length) continue;
    const m = instanceOf(info);
    if (m) out.push(m);
  }
  return out;
}

/** /tags: user tag -> samples (shape[0]), skipping instances of a newer version than TensorBoard reads. */
export function meshTags(run: RunView): JsonEntries<TbMeshTagsResponse[string][string]> {
  const out = new JsonEntries<TbMeshTagsResponse[string][string]>();
  for (const m of meshInstances(run))
    if (m.version <= LATEST_VERSION) out.set(m.name, { samples: m.shape[0] ?? 0 });
  return out;
}

export interface MeshEvent {
  instance: MeshInstance;
  step: number;
  wallTime: number;
  tensor: tensorboard.ITensorProto;
}

/** _collect_tensor_events: every stored tensor of the tag's instances, stably sorted by step. */
export function meshEvents(run: RunView, tag: string): MeshEvent[] {
  const out: MeshEvent[] = [];
  for (const instance of meshInstances(run)) {
    if (instance.name !== tag) continue;
    for (const p of run.tensors(MESH_PLUGIN, instance.instanceTag)?.points() ?? [])
      out.push({ instance, step: p.step, wallTime: p.wallTime, tensor: p.value });
  }
  return out.sort((a, b) => a.step - b.step);
}

export class MeshSampleError extends Error {
  override name = 'MeshSampleError';
}

/** `tensor[sample]` flattened: the numbers of one batch element. */
export function sampleValues(tensor: tensorboard.ITensorProto, sample: number): number[] {
  const numbers = tensorNumbers(tensor);
  const shape = tensorShape(tensor);
  if (!numbers || shape.length === 0) throw new MeshSampleError('the mesh tensor holds no numbers');
  if (sample < 0 || sample >= shape[0]!)
    throw new MeshSampleError(`sample ${sample} is out of range (the tensor has ${shape[0]})`);
  const size = shape.slice(1).reduce((a, b) => a * b, 1);
  return Array.from(numbers.slice(sample * size, (sample + 1) * size));
}

/** The content type enum value of its name (VERTEX, FACE, COLOR), or undefined. */
export function contentTypeOf(name: string | undefined): ContentType | undefined {
  if (name === undefined || !Object.prototype.hasOwnProperty.call(ContentType, name)) return undefined;
  return ContentType[name as keyof typeof ContentType];
}

/** The element type TensorBoard's /data answers a content type in: float32 vertices, int32 faces, uint8 colors. */
export function packSamples(contentType: ContentType, values: readonly number[]): Uint8Array {
  const typed =
    contentType === ContentType.VERTEX
      ? Float32Array.from(values)
      : contentType === ContentType.FACE
        ? Int32Array.from(values)
        : Uint8Array.from(values);
  return new Uint8Array(typed.buffer, typed.byteOffset, typed.byteLength);
}
