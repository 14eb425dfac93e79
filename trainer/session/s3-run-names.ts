// The session names already taken under an s3:// logdir, for choosing a unique default name: a name is taken
// when any object lies under <logdir>/<name>/. One listing of the keys that start with the wanted base; when a
// page is full, the next one starts after the last name seen (StartAfter `<name>0`: '0' is the character
// after '/'), skipping the rest of that run's segments instead of paging through them. A Delimiter listing would
// return the names alone, but s3rver (the S3-compatible store of our tests) leaves nested common prefixes out
// of such listings (and fails on a MaxKeys of 1).
// Invariant: a listing that fails throws an error naming the logdir; the caller decides what to do.
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { parseS3RunUrl, s3WriteConfigFromEnv } from '../../tfevents/node/s3-segment-writer.ts';

/** The names directly under `logdir` (an s3:// url) that start with `base`: `base`, `base-2`, `base-old`... */
export async function takenS3RunNames(logdir: string, base: string): Promise<Set<string>> {
  const { bucket, prefix } = parseS3RunUrl(logdir.replace(/\/+$/, ''));
  const client = new S3Client(s3WriteConfigFromEnv());
  const taken = new Set<string>();
  try {
    let after: string | undefined;
    for (;;) {
      const page = await client.send(
        new ListObjectsV2Command({
          Bucket: bucket,
          Prefix: `${prefix}${base}`,
          ...(after !== undefined ? { StartAfter: after } : {}),
        }),
      );
      const keys = (page.Contents ?? []).flatMap((o) => (o.Key === undefined ? [] : [o.Key]));
      let last: string | undefined;
      for (const key of keys) {
        const rest = key.slice(prefix.length);
        const slash = rest.indexOf('/');
        // an object beside the runs is not a directory: it takes no name
        last = slash === -1 ? key : `${prefix}${rest.slice(0, slash)}0`;
        if (slash !== -1) taken.add(rest.slice(0, slash));
      }
      if (page.IsTruncated !== true || last === undefined) break;
      after = last;
    }
  } catch (err) {
    throw new Error(
      `cannot list ${logdir} to choose a unique run name: ${err instanceof Error ? err.message : String(err)}`,
      { cause: err },
    );
  } finally {
    client.destroy();
  }
  return taken;
}
