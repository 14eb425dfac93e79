// The one place where bytes read from an event file are copied: a datum's tensor or blobs may be views into the
// reader's reused read window, so the store keeps copies of its own, made here once per stored point (no
// re-encode or re-decode of tensors).
import type { tensorboard } from '../../proto/index.ts';

/** The tensor with its byte fields (tensor_content, string_val) copied; numeric lists are already owned arrays. */
export function ownTensor(t: tensorboard.ITensorProto): tensorboard.ITensorProto {
  const out: tensorboard.ITensorProto = { ...t };
  if (t.tensorContent && t.tensorContent.length > 0) out.tensorContent = t.tensorContent.slice();
  if (t.stringVal && t.stringVal.length > 0) out.stringVal = t.stringVal.map((s) => s.slice());
  if (t.float8Val && t.float8Val.length > 0) out.float8Val = t.float8Val.slice();
  return out;
}

export function ownBlobs(blobs: readonly Uint8Array[]): Uint8Array[] {
  return blobs.map((b) => b.slice());
}
