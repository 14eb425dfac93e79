// Parses an `s3://bucket/prefix` logdir into its bucket and key prefix. Invariant: a non-empty prefix always ends
// in '/', so listing `runs/` never also matches `runs2/`, and run names are keys relative to it.

export interface S3Location {
  bucket: string;
  /** '' (the whole bucket) or a prefix ending in '/'. */
  prefix: string;
  /** The logdir as given, normalised (`s3://bucket/prefix`). */
  url: string;
}

export function isS3Url(logdir: string): boolean {
  return logdir.startsWith('s3://');
}

/** Throws with the offending logdir when it is not `s3://bucket[/prefix]` with a valid bucket name. */
export function parseS3Url(logdir: string): S3Location {
  if (!isS3Url(logdir)) throw new Error(`not an s3:// logdir: ${logdir}`);
  const rest = logdir.slice('s3://'.length);
  const slash = rest.indexOf('/');
  const bucket = slash < 0 ? rest : rest.slice(0, slash);
  // S3 bucket names: 3-63 characters of lower-case letters, digits, '.' and '-', starting and ending alphanumeric
  if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket))
    throw new Error(`s3 logdir ${logdir}: '${bucket}' is not a valid bucket name`);
  const raw = slash < 0 ? '' : rest.slice(slash + 1);
  const trimmed = raw.replace(/^\/+|\/+$/g, '');
  const prefix = trimmed === '' ? '' : `${trimmed}/`;
  return { bucket, prefix, url: `s3://${bucket}${trimmed === '' ? '' : `/${trimmed}`}` };
}
