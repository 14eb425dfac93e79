// Builds the SummaryMetadata that tells TensorBoard which plugin a value belongs to. Invariant: default-valued
// fields are left unset, so the bytes match what TensorFlow's Python protobuf writes (proto3 omits defaults).
import type { tensorboard } from '../../proto/index.ts';

export interface DescribeOptions {
  /** Shown instead of the tag where a dashboard supports it. */
  displayName?: string;
  /** Markdown, rendered by TensorBoard as the tag's description. */
  description?: string;
}

export function pluginMetadata(
  pluginName: string,
  content?: Uint8Array,
  opts: DescribeOptions = {},
): tensorboard.ISummaryMetadata {
  const pluginData: tensorboard.SummaryMetadata.IPluginData = { pluginName };
  if (content && content.length > 0) pluginData.content = content;
  const meta: tensorboard.ISummaryMetadata = { pluginData };
  if (opts.displayName) meta.displayName = opts.displayName;
  if (opts.description) meta.summaryDescription = opts.description;
  return meta;
}

/** Throws a RangeError naming the builder when a tag is not a non-empty string. */
export function checkTag(builder: string, tag: unknown): string {
  if (typeof tag !== 'string' || tag === '') {
    throw new RangeError(`${builder}: tag must be a non-empty string, got ${JSON.stringify(tag)}`);
  }
  return tag;
}
