// The one blob-key codec of the images and audio plugins (and Time Series image cards): base64url JSON
// `["", plugin, run, tag, step, index]` as TensorBoard's Python loader makes them, where `index` is the blob's
// position in the point's blob sequence (images: 2 + sample, past width and height; audio: 2 * sample, past each
// label). The JSON is TensorBoard's json.dumps text, non-ASCII characters escaped (ensure_ascii), so a key
// names the same blob with the same bytes as TensorBoard's. Any other key is a 400.
import { badParam } from '../../http/http-error.ts';
import { asciiJson } from '../../http/json-ascii.ts';

export interface BlobKey {
  plugin: string;
  run: string;
  tag: string;
  step: number;
  /** Index into the point's blob sequence. */
  index: number;
}

export function encodeBlobKey(k: BlobKey): string {
  return Buffer.from(asciiJson(JSON.stringify(['', k.plugin, k.run, k.tag, k.step, k.index]))).toString(
    'base64url',
  );
}

/** Parses a key of `plugin`, or throws a 400 HttpError. */
export function decodeBlobKey(key: string, plugin: string): BlobKey {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(key, 'base64url').toString('utf8'));
  } catch {
    throw badParam('blob_key is not a key this server issued');
  }
  if (
    !Array.isArray(parsed) ||
    parsed.length !== 6 ||
    parsed[1] !== plugin ||
    typeof parsed[2] !== 'string' ||
    typeof parsed[3] !== 'string' ||
    !Number.isSafeInteger(parsed[4]) ||
    !Number.isSafeInteger(parsed[5]) ||
    (parsed[5] as number) < 0
  )
    throw badParam('blob_key is not a key this server issued');
  return { plugin, run: parsed[2], tag: parsed[3], step: parsed[4] as number, index: parsed[5] as number };
}
