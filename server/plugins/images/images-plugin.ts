// TensorBoard's images plugin: /tags (with `samples`), /images (one entry per step with an opaque blob_key
// query) and /individualImage (the image bytes, Content-Type from the magic number). Blob keys are base64url
// JSON `["", "images", run, tag, step, 2 + sample]` as the Python loader makes them (the last number indexes the
// image tensor, whose first two strings are width and height); any other key is a 400.
import { BlobQuery, SampledQuery, type TbImagesResponse } from '../../../contract/index.ts';
import { parseQuery } from '../../http/request-params.ts';
import { noCache, sendDataJson } from '../../http/tb-json.ts';
import { jsonFloat } from '../../http/json-float.ts';
import { imageBlobKey, imageContentType, lookupImage } from '../shared/image-bytes.ts';
import { readImages } from '../shared/stored-kinds.ts';
import { requireRunTag, sampledTagsListing } from '../plugin-lookup.ts';
import { customElement, hasPluginTags, type TbPlugin } from '../tb-plugin.ts';
import { jsonStep } from '../../http/json-int64.ts';

export const imagesPlugin: TbPlugin = {
  name: 'images',
  listing: customElement('images', 'tf-image-dashboard'),
  isActive: (provider) => hasPluginTags(provider, 'images'),
  routes(router, { provider }) {
    router.get('/tags', (_req, res) => {
      sendDataJson(
        res,
        sampledTagsListing(provider, 'images', (rv, tag) => readImages(rv, tag).map((s) => s.images.length)),
      );
    });
    router.get('/images', (req, res) => {
      const { sample } = parseQuery(SampledQuery, req);
      const { run, tag } = requireRunTag(provider, req, 'images');
      const body: TbImagesResponse = [];
      for (const s of readImages(run, tag)) {
        if (sample < s.images.length)
          body.push({
            wall_time: jsonFloat(s.wallTime),
            step: jsonStep(s.step, s.exactStep),
            query: `blob_key=${imageBlobKey(run.name, tag, s.step, sample)}`,
          });
      }
      sendDataJson(res, body);
    });
    router.get('/individualImage', (req, res) => {
      const bytes = lookupImage(provider, parseQuery(BlobQuery, req).blob_key);
      noCache(res);
      res.setHeader('Content-Type', imageContentType(bytes));
      res.end(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    });
  },
};
