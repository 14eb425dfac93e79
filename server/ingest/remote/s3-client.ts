// The S3 calls a remote logdir needs (one paginated prefix listing, ranged GETs) over the official AWS SDK v3,
// configured from the standard AWS chain (AWS_ENDPOINT_URL[_S3], AWS_ACCESS_KEY_ID, AWS_REGION, profiles...),
// with path-style addressing whenever a custom endpoint names an S3-compatible store. Invariant: every HTTP
// attempt (retries included) and every body byte passes through the request meter.
import { GetObjectCommand, ListObjectsV2Command, S3Client, type S3ClientConfig } from '@aws-sdk/client-s3';
import type { S3RequestMeter } from './s3-request-meter.ts';

export interface S3ObjectInfo {
  key: string;
  size: number;
  /** The ETag as the store reports it (quotes kept); changes whenever the object is replaced. */
  etag: string;
}

export interface S3ReadClient {
  /** Every object under `prefix`, by ListObjectsV2 without a delimiter (one request per 1,000 keys). */
  listObjects(bucket: string, prefix: string): Promise<S3ObjectInfo[]>;
  /** Bytes [start, endInclusive] of an object, and the ETag of the version they came from. */
  getRange(
    bucket: string,
    key: string,
    start: number,
    endInclusive: number,
  ): Promise<{ bytes: Uint8Array; etag: string }>;
  destroy(): void;
}

/** The SDK configuration the environment asks for; path-style and plain checksums for a custom endpoint. */
export function s3ConfigFromEnv(env: NodeJS.ProcessEnv = process.env): S3ClientConfig {
  const endpoint = env.AWS_ENDPOINT_URL_S3 ?? env.AWS_ENDPOINT_URL;
  if (endpoint === undefined || endpoint === '') return {};
  return {
    // the SDK reads AWS_ENDPOINT_URL itself; these say what an S3-compatible store needs beside it
    forcePathStyle: env.AWS_S3_FORCE_PATH_STYLE !== 'false',
    region: env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? 'us-east-1',
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  };
}

export function createS3ReadClient(deps: { meter: S3RequestMeter; config?: S3ClientConfig }): S3ReadClient {
  const client = new S3Client(deps.config ?? s3ConfigFromEnv());
  const { meter } = deps;
  client.middlewareStack.add(
    (next, context) => (args) => {
      meter.countRequest((context.commandName ?? 'unknown').replace(/Command$/, ''));
      return next(args);
    },
    { step: 'deserialize', name: 'trainboardRequestMeter' },
  );

  return {
    async listObjects(bucket, prefix) {
      const out: S3ObjectInfo[] = [];
      let token: string | undefined;
      do {
        const page = await client.send(
          new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }),
        );
        for (const o of page.Contents ?? []) {
          if (o.Key === undefined) continue;
          out.push({ key: o.Key, size: o.Size ?? 0, etag: o.ETag ?? '' });
        }
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (token !== undefined);
      return out;
    },
    async getRange(bucket, key, start, endInclusive) {
      const res = await client.send(
        new GetObjectCommand({ Bucket: bucket, Key: key, Range: `bytes=${start}-${endInclusive}` }),
      );
      const bytes = res.Body ? await res.Body.transformToByteArray() : new Uint8Array(0);
      meter.countBytes(bytes.length);
      return { bytes, etag: res.ETag ?? '' };
    },
    destroy: () => client.destroy(),
  };
}
