// TensorBoard's images plugin: /tags (with `samples`), /images (one entry per step with an opaque blob_key
// query) and /individualImage (the image bytes, Content-Type from the magic number). Blob keys are base64url
// JSON `["", "images", run, tag, step, 2 + sample]` as the Python loader makes them (the last number indexes the
// image tensor, whose first two strings are width and height); any other key is a 400.
import type { TbImagesResponse } from '../../api-contract.ts';
import { badParam, notFound } from '../../http/http-error.ts';
import { optionalNumber, requiredString } from '../../http/request-params.ts';
import { noCache, sendJson } from '../../http/tb-json.ts';
import type { DataProvider, ImageSample } from '../../store/data-provider.ts';
import { requireRunTag, sampledTagsListing } from '../plugin-lookup.ts';
import { customElement, hasPluginTags, type TbPlugin } from '../tb-plugin.ts';

export function imageBlobKey(run: string, tag: string, step: number, sample: number): string {
  return Buffer.from(JSON.stringify(['', 'images', run, tag, step, 2 + sample])).toString('base64url');
}

export function parseImageBlobKey(key: string): { run: string; tag: string; step: number; sample: number } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(key, 'base64url').toString('utf8'));
  } catch {
    throw badParam('blob_key is not a key this server issued');
  }
  if (
    !Array.isArray(parsed) ||
    parsed.length !== 6 ||
    parsed[1] !== 'images' ||
    typeof parsed[2] !== 'string' ||
    typeof parsed[3] !== 'string' ||
    !Number.isSafeInteger(parsed[4]) ||
    !Number.isSafeInteger(parsed[5]) ||
    (parsed[5] as number) < 2
  ) {
    throw badParam('blob_key is not a key this server issued');
  }
  return { run: parsed[2], tag: parsed[3], step: parsed[4] as number, sample: (parsed[5] as number) - 2 };
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

/** The stored image for a blob key, or a 404. */
export function lookupImage(provider: DataProvider, key: string): Uint8Array {
  const { run, tag, step, sample } = parseImageBlobKey(key);
  const rows: readonly ImageSample[] | undefined = provider.run(run)?.images(tag);
  const bytes = rows?.findLast((r) => r.step === step)?.images[sample];
  if (!bytes) throw notFound('no image for this blob_key (it may have been purged by a restart)');
  return bytes;
}

export const imagesPlugin: TbPlugin = {
  name: 'images',
  listing: customElement('images', 'tf-image-dashboard'),
  isActive: (provider) => hasPluginTags(provider, 'images'),
  routes(router, { provider }) {
    router.get('/tags', (_req, res) => {
      sendJson(
        res,
        sampledTagsListing(provider, 'images', (rv, tag) =>
          (rv.images(tag) ?? []).map((s) => s.images.length),
        ),
      );
    });
    router.get('/images', (req, res) => {
      const sample = optionalNumber(req.query, 'sample', { integer: true, min: 0, max: 1_000_000 }) ?? 0;
      const { run, tag } = requireRunTag(provider, req, 'images');
      const body: TbImagesResponse = [];
      for (const s of run.images(tag) ?? []) {
        if (sample < s.images.length)
          body.push({
            wall_time: s.wallTime,
            step: s.step,
            query: `blob_key=${imageBlobKey(run.name, tag, s.step, sample)}`,
          });
      }
      sendJson(res, body);
    });
    router.get('/individualImage', (req, res) => {
      const bytes = lookupImage(provider, requiredString(req.query, 'blob_key'));
      noCache(res);
      res.setHeader('Content-Type', imageContentType(bytes));
      res.end(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    });
  },
};
