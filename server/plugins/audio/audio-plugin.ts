// TensorBoard's audio plugin: /tags (with `samples`), /audio (one entry per step with its label rendered from
// Markdown and an opaque blob_key query) and /individualAudio (the clip's bytes). Blob keys are base64url JSON
// `["", "audio", run, tag, step, 2 * sample]` (the index of the clip in the [k, 2] tensor), as the Python loader
// makes them; any other key is a 400.
import { badParam, notFound } from '../../http/http-error.ts';
import { AudioBlobQuery, SampledQuery } from '../../../contract/index.ts';
import { parseQuery } from '../../http/request-params.ts';
import { noCache, sendDataJson } from '../../http/tb-json.ts';
import { jsonFloat } from '../../http/json-float.ts';
import type { DataProvider, RunView } from '../../store/data-provider.ts';
import { audioBlobs } from '../../../tfevents/sample-decoder.ts';
import { decodeBlobKey, encodeBlobKey } from '../shared/blob-key.ts';
import { requireRunTag, sampledTagsListing } from '../plugin-lookup.ts';
import { customElement, hasPluginTags, type TbPlugin } from '../tb-plugin.ts';
import { markdownToSafeHtml } from '../shared/markdown-renderer.ts';

const WAV = 'audio/wav';

export function audioBlobKey(run: string, tag: string, step: number, sample: number): string {
  return encodeBlobKey({ plugin: 'audio', run, tag, step, index: 2 * sample });
}

/** Every point of an audio tag, its [clip, label, ...] blob sequence decoded. */
function readAudio(
  run: RunView,
  tag: string,
): { step: number; wallTime: number; clips: Uint8Array[]; labels: string[] }[] {
  return (run.blobSequences('audio', tag)?.points() ?? []).map((p) => ({
    step: p.step,
    wallTime: p.wallTime,
    ...audioBlobs(p.value),
  }));
}

function lookupClip(provider: DataProvider, key: string): Uint8Array {
  const k = decodeBlobKey(key, 'audio');
  if (k.index % 2 !== 0) throw badParam('blob_key is not a key this server issued');
  const run = provider.run(k.run);
  const clip = run ? readAudio(run, k.tag).findLast((a) => a.step === k.step)?.clips[k.index / 2] : undefined;
  if (!clip) throw notFound('no audio for this blob_key (it may have been purged by a restart)');
  return clip;
}

export const audioPlugin: TbPlugin = {
  name: 'audio',
  listing: customElement('audio', 'tf-audio-dashboard'),
  isActive: (provider) => hasPluginTags(provider, 'audio'),
  routes(router, { provider }) {
    router.get('/tags', (_req, res) => {
      sendDataJson(
        res,
        sampledTagsListing(provider, 'audio', (rv, tag) => readAudio(rv, tag).map((s) => s.clips.length)),
      );
    });
    router.get('/audio', (req, res) => {
      const { sample } = parseQuery(SampledQuery, req);
      const { run, tag } = requireRunTag(provider, req, 'audio');
      const body = [];
      for (const a of readAudio(run, tag)) {
        if (sample >= a.clips.length) continue;
        body.push({
          wall_time: jsonFloat(a.wallTime),
          label: markdownToSafeHtml(a.labels[sample] ?? ''),
          step: a.step,
          contentType: WAV,
          query: `blob_key=${audioBlobKey(run.name, tag, a.step, sample)}&content_type=${encodeURIComponent(WAV)}`,
        });
      }
      sendDataJson(res, body);
    });
    router.get('/individualAudio', (req, res) => {
      const q = parseQuery(AudioBlobQuery, req);
      const clip = lookupClip(provider, q.blob_key);
      const type = q.content_type === WAV ? WAV : 'application/octet-stream';
      noCache(res);
      res.setHeader('Content-Type', type);
      res.end(Buffer.from(clip.buffer, clip.byteOffset, clip.byteLength));
    });
  },
};
