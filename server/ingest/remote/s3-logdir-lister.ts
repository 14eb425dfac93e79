// Discovers the runs of an `s3://bucket/prefix` logdir from ONE paginated prefix listing (no walk per directory
// level): a run is the directory of an event-file key relative to the prefix, named as TensorBoard names local
// runs ('.' for the prefix itself, '/'-separated otherwise). Invariant: each run's files are in key order, the
// order in which TensorBoard reads the event files of a run.
import { isEventFileName } from '../../../tfevents/node/logdir-scan.ts';
import type { S3ObjectInfo, S3ReadClient } from './s3-client.ts';
import type { S3Location } from './s3-location.ts';

export interface RemoteRunFile extends S3ObjectInfo {
  /** The key relative to the logdir prefix ('/'-separated), as damage reports name files. */
  rel: string;
}

export interface RemoteRun {
  run: string;
  files: RemoteRunFile[];
}

/** Groups a listing into runs (sorted by name); keys outside the prefix and directory markers are ignored. */
export function groupRemoteRuns(prefix: string, objects: readonly S3ObjectInfo[]): RemoteRun[] {
  const runs = new Map<string, RemoteRunFile[]>();
  for (const o of objects) {
    if (!o.key.startsWith(prefix) || o.key.endsWith('/')) continue;
    const rel = o.key.slice(prefix.length);
    const cut = rel.lastIndexOf('/');
    const base = rel.slice(cut + 1);
    if (!isEventFileName(base)) continue;
    const dir = cut < 0 ? '.' : rel.slice(0, cut).replace(/\/+/g, '/');
    let files = runs.get(dir);
    if (!files) runs.set(dir, (files = []));
    files.push({ ...o, rel });
  }
  const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  return [...runs.entries()]
    .sort(([a], [b]) => byName(a, b))
    .map(([run, files]) => ({ run, files: files.sort((a, b) => byName(a.key, b.key)) }));
}

export async function listRemoteRuns(client: S3ReadClient, loc: S3Location): Promise<RemoteRun[]> {
  return groupRemoteRuns(loc.prefix, await client.listObjects(loc.bucket, loc.prefix));
}
