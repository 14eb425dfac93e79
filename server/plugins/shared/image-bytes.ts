// Image bytes by blob key, shared by the images plugin and Time Series image cards: the stored image a key names
// (a 404 when it was purged or never existed) and its Content-Type from the magic number.
import { badParam, notFound } from '../../http/http-error.ts';
import type { DataProvider } from '../../store/data-provider.ts';
import { decodeBlobKey, encodeBlobKey } from './blob-key.ts';
import { readImages } from './stored-kinds.ts';

/** The key of image `sample` of the point at `step` (blob index 2 + sample: past width and height). */
export function imageBlobKey(run: string, tag: string, step: number, sample: number): string {
  return encodeBlobKey({ plugin: 'images', run, tag, step, index: 2 + sample });
}

export function imageContentType(bytes: Uint8Array): string {
  const b = bytes;
  if (b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47) return 'image/png';
  if (b[0] === 0xff && b[1] === 0xd8) return 'image/jpeg';
  if (b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46) return 'image/gif';
  if (b[0] === 0x42 && b[1] === 0x4d) return 'image/bmp';
  if (b[0] === 0x52 && b[1] === 0x49 && b[2] === 0x46 && b[3] === 0x46 && b[8] === 0x57) return 'image/webp';
  return 'application/octet-stream';
}

/** The stored image for a blob key, or a 404 (a 400 for a key this server did not issue). */
export function lookupImage(provider: DataProvider, key: string): Uint8Array {
  const k = decodeBlobKey(key, 'images');
  if (k.index < 2) throw badParam('blob_key is not a key this server issued'); // width and height are no images
  const run = provider.run(k.run);
  const bytes = run
    ? readImages(run, k.tag).findLast((r) => r.step === k.step)?.images[k.index - 2]
    : undefined;
  if (!bytes) throw notFound('no image for this blob_key (it may have been purged by a restart)');
  return bytes;
}
