// The one place where bytes read from an event file are copied: a datum's tensor or blobs may be views into the
// reader's reused read window, so the store keeps copies of its own, made here once per stored point (no
// re-encode or re-decode of tensors). Copies are made with the Uint8Array constructor, never `.slice()`, which
// is a view on a Node Buffer.
import type { tensorboard } from '../../proto/index.ts';

const copy = (b: Uint8Array): Uint8Array => new Uint8Array(b);

/** The tensor with its byte fields (tensor_content, string_val) copied; numeric lists are already owned arrays. */
export function ownTensor(t: tensorboard.ITensorProto): tensorboard.ITensorProto {
  const out: tensorboard.ITensorProto = { ...t };
  if (t.tensorContent && t.tensorContent.length > 0) out.tensorContent = copy(t.tensorContent);
  if (t.stringVal && t.stringVal.length > 0) out.stringVal = t.stringVal.map(copy);
  if (t.float8Val && t.float8Val.length > 0) out.float8Val = copy(t.float8Val);
  return out;
}

export function ownBlobs(blobs: readonly Uint8Array[]): Uint8Array[] {
  return blobs.map(copy);
}
