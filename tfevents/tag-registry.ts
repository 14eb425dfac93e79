// Decides each tag's plugin and data class exactly as TensorBoard does: the metadata of a tag's FIRST value in the
// run wins; simple_value/histo/image/audio without metadata are the legacy scalars/histograms/images/audio; a
// plugin TensorBoard 2.21 does not know is remembered (its tensors are still kept).
import type { tensorboard } from '../proto/index.ts';

export type DataClass = 'scalar' | 'tensor' | 'blob_sequence' | 'unknown';

export interface TagInfo {
  tag: string;
  /** '' for a tensor whose first value carried no plugin (TensorBoard hides those). */
  plugin: string;
  dataClass: DataClass;
  displayName: string;
  /** Markdown. */
  description: string;
  pluginContent: Uint8Array;
}

/** Plugins TensorBoard 2.21 knows, with the data class it infers when the writer left data_class unset. */
const INFERRED_DATA_CLASS: Record<string, DataClass> = {
  scalars: 'scalar',
  histograms: 'tensor',
  text: 'tensor',
  hparams: 'tensor',
  pr_curves: 'tensor',
  mesh: 'tensor',
  custom_scalars: 'tensor',
  images: 'blob_sequence',
  audio: 'blob_sequence',
  graph_run_metadata: 'blob_sequence',
  graph_run_metadata_graph: 'blob_sequence',
  graph_keras_model: 'blob_sequence',
};

const DATA_CLASS_BY_ENUM: Record<number, DataClass> = { 1: 'scalar', 2: 'tensor', 3: 'blob_sequence' };
const EMPTY = new Uint8Array(0);

/** The tag's info, registered from this value when the tag is new (the first value's metadata wins). */
export function registerTag(
  tags: Map<string, TagInfo>,
  value: tensorboard.Summary.IValue,
  unknown: Set<string>,
): TagInfo {
  const tag = value.tag ?? '';
  const existing = tags.get(tag);
  if (existing) return existing;
  const meta = value.metadata;
  let plugin = meta?.pluginData?.pluginName ?? '';
  let dataClass: DataClass =
    DATA_CLASS_BY_ENUM[meta?.dataClass ?? 0] ?? INFERRED_DATA_CLASS[plugin] ?? 'unknown';
  if (!plugin) {
    if (value.simpleValue !== undefined && value.simpleValue !== null)
      [plugin, dataClass] = ['scalars', 'scalar'];
    else if (value.histo) [plugin, dataClass] = ['histograms', 'tensor'];
    else if (value.image) [plugin, dataClass] = ['images', 'blob_sequence'];
    else if (value.audio) [plugin, dataClass] = ['audio', 'blob_sequence'];
  } else if (!(plugin in INFERRED_DATA_CLASS)) {
    unknown.add(plugin);
  }
  // TensorBoard's data_compat migrates a legacy value and titles it by its tag when the writer gave no name.
  const legacy =
    (value.simpleValue !== undefined && value.simpleValue !== null) ||
    !!value.histo ||
    !!value.image ||
    !!value.audio;
  const info: TagInfo = {
    tag,
    plugin,
    dataClass,
    displayName: (legacy ? meta?.displayName || tag : meta?.displayName) ?? '',
    description: meta?.summaryDescription ?? '',
    pluginContent: meta?.pluginData?.content ? meta.pluginData.content.slice() : EMPTY,
  };
  tags.set(tag, info);
  return info;
}
