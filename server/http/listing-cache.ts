// Answers of listing routes (runs, tags per plugin, plugins_listing) built once per change of what they list,
// and shared by every request until then: a flood of the same listing over 10,000 runs costs one build and one
// serialization, not one per request, and no garbage per request. What a listing depends on is one of two
// versions, bumped by the store's change stream: `runs` (a run added or gone; with the runs' start times, which
// order TensorBoard's /data/runs: set once per run, so only runs without one yet are looked at per request) and
// `tags` (a run added or gone, or tags first seen). An answer derived from a value that is itself memoized per
// change (the session catalog's derivation) passes that value, `{ of: value }`: it is built once per value.
// Answers that depend on points pass no version: concurrent requests then share one build, and the next one
// builds afresh.
// Invariant: a cached answer is returned only while its version is unchanged since its build STARTED, so
// nothing a change made visible before a request arrived is missing from its answer.
import type { Response } from 'express';
import type { DataProvider, RunView } from '../store/data-provider.ts';
import type { ChangeStream } from '../store/store-change.ts';
import type { JsonCharset } from './json-stream.ts';
import { endWithBytes } from './response-drain.ts';
import { noCache, tbJsonBytes } from './tb-json.ts';

export type ListingDependency = 'runs' | 'tags' | 'points' | { of: object };

/** A version per derived value (object identity; the value is never kept alive by this map). */
const derivationIds = new WeakMap<object, number>();
let nextDerivationId = 0;
function derivationVersion(value: object): string {
  let id = derivationIds.get(value);
  if (id === undefined) derivationIds.set(value, (id = ++nextDerivationId));
  return `of:${id}`;
}

interface Versions {
  runs: number;
  tags: number;
}

interface Entry {
  /** The listing's version when the build started (undefined: points-dependent, shared while building). */
  version: string | undefined;
  bytes: Promise<Buffer>;
  built: boolean;
}

/** At most this many cached answers per provider (keys include a route's parameters). */
const MAX_ENTRIES = 64;

interface State {
  versions: Versions;
  entries: Map<string, Entry>;
  /** The start-time fold as of `key` (the runs and tags versions), and the runs it found without one. */
  startTimes?: { key: string; fingerprint: string; unset: RunView[] };
}

const attached = new WeakMap<DataProvider, State>();

/** Starts tracking the listing versions of `store` (once, when the app is built); returns the stop function. */
export function attachListingVersions(store: DataProvider & ChangeStream): () => void {
  const versions: Versions = { runs: 0, tags: 0 };
  const entries = new Map<string, Entry>();
  attached.set(store, { versions, entries } satisfies State);
  const unsubscribe = store.subscribe((c) => {
    switch (c.kind) {
      case 'run-added':
      case 'run-removed':
        versions.runs++;
        versions.tags++;
        break;
      case 'tags-added':
        versions.tags++;
        break;
      default:
        break;
    }
  });
  return () => {
    unsubscribe();
    attached.delete(store);
  };
}

/** The `tags` listing version of `provider` (undefined when none is attached). */
export function tagsVersion(provider: DataProvider): number | undefined {
  return attached.get(provider)?.versions.tags;
}

/**
 * Sends the JSON of `build()` (TensorBoard's JSON conventions, as sendJson; `build` may be async) for `key`, from
 * the cache while the listing `dependsOn` is unchanged. A provider without attached versions (a bare store in a unit test) builds
 * every time.
 */
export function sendListing(
  res: Response,
  provider: DataProvider,
  key: string,
  dependsOn: ListingDependency,
  build: () => unknown,
  /** 'ascii' for a /data route (non-ASCII escaped as TensorBoard's json.dumps escapes it). */
  charset: JsonCharset = 'utf8',
): Promise<void> {
  return sendListingBytes(res, provider, key, dependsOn, async () => tbJsonBytes(await build(), charset));
}

/** sendListing for a route that makes its own JSON bytes (one that reuses parts of earlier answers). */
export async function sendListingBytes(
  res: Response,
  provider: DataProvider,
  key: string,
  dependsOn: ListingDependency,
  build: () => Promise<Buffer>,
): Promise<void> {
  const state = attached.get(provider);
  if (!state) return sendBytes(res, await build());
  const version =
    typeof dependsOn === 'object'
      ? derivationVersion(dependsOn.of)
      : dependsOn === 'points'
        ? undefined
        : dependsOn === 'tags'
          ? String(state.versions.tags)
          : `${state.versions.runs}:${startTimesFingerprint(provider, state)}`;
  const cached = state.entries.get(key);
  const reusable =
    cached !== undefined && (version === undefined ? !cached.built : cached.version === version);
  const entry = reusable ? cached : startBuild(state.entries, key, version, build);
  await sendBytes(res, await entry.bytes);
}

/** tb-json's sendJsonBytes, with a large body written in pieces (a flood of 3 MB answers, 16 at a time). */
function sendBytes(res: Response, bytes: Buffer): Promise<void> {
  noCache(res);
  res.status(200).setHeader('Content-Type', 'application/json');
  return endWithBytes(res, bytes);
}

/**
 * The runs' start times folded into one string (changes whenever any start time does). A run's start time is
 * set once, from null (the wall time of its first event, or a restored cache): the fold is recomputed over every
 * run when runs or tags changed (a restore adds tags), else only the runs still without one are looked at, so a
 * flood of /data/runs on 10,000 settled runs costs no walk per request.
 */
function startTimesFingerprint(provider: DataProvider, state: State): string {
  const key = `${state.versions.runs}:${state.versions.tags}`;
  const known = state.startTimes;
  if (known && known.key === key && known.unset.every((r) => r.startTime === null)) return known.fingerprint;
  let sum = 0;
  let mix = 0;
  const unset: RunView[] = [];
  for (const r of provider.runs()) {
    const t = r.startTime;
    if (t === null) unset.push(r);
    else {
      sum += t;
      mix = (mix * 31 + t * 1e3) % 1e15;
    }
  }
  const fingerprint = `${unset.length}:${sum}:${mix}`;
  state.startTimes = { key, fingerprint, unset };
  return fingerprint;
}

function startBuild(
  entries: Map<string, Entry>,
  key: string,
  version: string | undefined,
  build: () => Promise<Buffer>,
): Entry {
  const entry: Entry = { version, built: false, bytes: Promise.resolve().then(build) };
  entry.bytes.then(
    () => (entry.built = true),
    () => entries.get(key) === entry && entries.delete(key),
  );
  entries.delete(key);
  if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  entries.set(key, entry);
  return entry;
}
