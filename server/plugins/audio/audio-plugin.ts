// TensorBoard's audio plugin: /tags (with `samples`), /audio (one entry per step with its label rendered from
// Markdown and an opaque blob_key query) and /individualAudio (the clip's bytes). Blob keys are base64url JSON
// `["", "audio", run, tag, step, 2 * sample]` (the index of the clip in the [k, 2] tensor), as the Python loader
// makes them; any other key is a 400.
import { badParam, notFound } from '../../http/http-error.ts';
import { optionalNumber, optionalString, requiredString } from '../../http/request-params.ts';
import { noCache, sendJson } from '../../http/tb-json.ts';
import type { DataProvider } from '../../store/data-provider.ts';
import { requireRunTag, sampledTagsListing } from '../plugin-lookup.ts';
import { customElement, hasPluginTags, type TbPlugin } from '../tb-plugin.ts';
import { markdownToSafeHtml } from '../text/markdown-renderer.ts';

const WAV = 'audio/wav';

export function audioBlobKey(run: string, tag: string, step: number, sample: number): string {
  return Buffer.from(JSON.stringify(['', 'audio', run, tag, step, 2 * sample])).toString('base64url');
}

function lookupClip(provider: DataProvider, key: string): Uint8Array {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(key, 'base64url').toString('utf8'));
  } catch {
    throw badParam('blob_key is not a key this server issued');
  }
  if (
    !Array.isArray(parsed) ||
    parsed.length !== 6 ||
    parsed[1] !== 'audio' ||
    typeof parsed[2] !== 'string' ||
    typeof parsed[3] !== 'string' ||
    !Number.isSafeInteger(parsed[4]) ||
    !Number.isSafeInteger(parsed[5]) ||
    (parsed[5] as number) % 2 !== 0
  )
    throw badParam('blob_key is not a key this server issued');
  const [, , run, tag, step, index] = parsed as [string, string, string, string, number, number];
  const clip = provider
    .run(run)
    ?.audio(tag)
    ?.findLast((a) => a.step === step)?.clips[index / 2];
  if (!clip) throw notFound('no audio for this blob_key (it may have been purged by a restart)');
  return clip;
}

export const audioPlugin: TbPlugin = {
  name: 'audio',
  listing: customElement('audio', 'tf-audio-dashboard'),
  isActive: (provider) => hasPluginTags(provider, 'audio'),
  routes(router, { provider }) {
    router.get('/tags', (_req, res) => {
      sendJson(
        res,
        sampledTagsListing(provider, 'audio', (rv, tag) => (rv.audio(tag) ?? []).map((s) => s.clips.length)),
      );
    });
    router.get('/audio', (req, res) => {
      const sample = optionalNumber(req.query, 'sample', { integer: true, min: 0, max: 1_000_000 }) ?? 0;
      const { run, tag } = requireRunTag(provider, req, 'audio');
      const body = [];
      for (const a of run.audio(tag) ?? []) {
        if (sample >= a.clips.length) continue;
        body.push({
          wall_time: a.wallTime,
          label: markdownToSafeHtml(a.labels[sample] ?? ''),
          step: a.step,
          contentType: WAV,
          query: `blob_key=${audioBlobKey(run.name, tag, a.step, sample)}&content_type=${encodeURIComponent(WAV)}`,
        });
      }
      sendJson(res, body);
    });
    router.get('/individualAudio', (req, res) => {
      const clip = lookupClip(provider, requiredString(req.query, 'blob_key'));
      const type = optionalString(req.query, 'content_type') === WAV ? WAV : 'application/octet-stream';
      noCache(res);
      res.setHeader('Content-Type', type);
      res.end(Buffer.from(clip.buffer, clip.byteOffset, clip.byteLength));
    });
  },
};
