// The /api run and tag listings: every run with its files, points, tags per plugin, damage and restarts, and
// every tag of a run with its plugin, description, point count and last step in whichever data class it is
// stored. The store's domain types (damage, restarts) are mapped to their wire shapes here, at the edge.
import { Router } from 'express';
import type {
  ApiTagsResponse,
  DamageReport,
  RestartReport as WireRestartReport,
  RunSummary,
  TagSummary,
} from '../../contract/index.ts';
import { notFound } from '../http/http-error.ts';
import { sendListingBytes } from '../http/listing-cache.ts';
import { createSliceClock } from '../runtime/turn-scheduler.ts';
import { createRunSummariesJson } from './run-summaries-json.ts';
import { stringList } from '../http/request-params.ts';
import { sendJsonBytes } from '../http/tb-json.ts';
import { plainJsonText } from './plain-json.ts';
import { describeTag } from '../plugins/plugin-lookup.ts';
import type { SessionCatalog, SessionDetail } from '../sessions/session-catalog.ts';
import type { DataProvider, RestartReport, RunView } from '../store/data-provider.ts';
import type { TagInfo } from '../../tfevents/event-interpreter.ts';
import type { DamagedRecord } from '../../tfevents/event-stream-reader.ts';

/** Points stored for a tag and its last step, in whichever data class the tag's plugin stores it. */
function seriesExtent(run: RunView, info: TagInfo): { count: number; lastStep: number | null } {
  const scalars = run.scalars(info.tag);
  if (scalars)
    return { count: scalars.length, lastStep: scalars.length ? scalars.step(scalars.length - 1) : null };
  const series = run.tensors(info.plugin, info.tag) ?? run.blobSequences(info.plugin, info.tag);
  return { count: series?.length ?? 0, lastStep: series?.last()?.step ?? null };
}

function tagSummaries(run: RunView): TagSummary[] {
  const out: TagSummary[] = [];
  for (const info of run.tags().values())
    out.push({ tag: info.tag, plugin: info.plugin, ...describeTag(info), ...seriesExtent(run, info) });
  return out.sort((a, b) => (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));
}

/** Domain damage -> wire shape (the two agree field by field today; this is where they would diverge). */
export function wireDamage(d: DamagedRecord): DamageReport {
  return { file: d.file, offset: d.offset, reason: d.reason, message: d.message };
}

function wireRestart(r: RestartReport): WireRestartReport {
  return {
    ...(r.tag === undefined ? {} : { tag: r.tag }),
    fromStep: r.fromStep,
    reason: r.reason,
    seenAt: r.seenAt,
  };
}

function runSummary(run: RunView, session: string): RunSummary {
  const tags: Record<string, string[]> = {};
  for (const info of run.tags().values()) (tags[info.plugin || '(none)'] ??= []).push(info.tag);
  for (const list of Object.values(tags)) list.sort();
  return {
    run: run.name,
    session,
    startTime: run.startTime,
    lastWallTime: run.lastWallTime,
    files: run.fileCount,
    points: run.pointCount(),
    tags,
    damaged: run.damaged().map(wireDamage),
    damagedCount: run.damagedCount(),
    restarts: run.restarts().map(wireRestart),
  };
}

export function createRunsRoutes(deps: { provider: DataProvider; sessions: SessionCatalog }): Router {
  const { provider, sessions } = deps;
  const router = Router();
  // concurrent requests share one answer (sendListingBytes), made of per-run pieces reused while a run is
  // unchanged: a flood of /api/runs on 10,000 runs serializes only the runs that changed
  const json = createRunSummariesJson();
  // one pass over the sessions per derivation of the catalog (not a run-store query per run, nor a map of
  // 10,000 runs per request: a logdir may hold thousands of runs)
  const sessionMaps = new WeakMap<readonly SessionDetail[], Map<string, string>>();
  const sessionMap = (list: readonly SessionDetail[]): Map<string, string> => {
    let sessionOf = sessionMaps.get(list);
    if (!sessionOf) {
      sessionOf = new Map<string, string>();
      for (const s of list) for (const run of s.summary.runs) sessionOf.set(run, s.summary.id);
      sessionMaps.set(list, sessionOf);
    }
    return sessionOf;
  };
  router.get('/runs', (_req, res) =>
    sendListingBytes(res, provider, 'api/runs', 'points', async () => {
      const sessionOf = sessionMap(await sessions.list());
      return json.bytes(
        provider.runs(),
        (r) => sessionOf.get(r.name) ?? sessions.sessionOfRun(r.name),
        runSummary,
      );
    }),
  );

  // each run's tags by JSON.stringify (plain-json.ts), in slices: the full listing is 2 MB at 2,000 runs x 10
  // tags, and the page asks for its followed runs' before following them live. The keys are those of the object
  // the generic writer was given (integer-like run names first, a run named twice once), in its order.
  router.get('/tags', async (req, res) => {
    const names = stringList(req.query, 'run');
    const runs = names.length ? names.map((n) => provider.run(n) ?? n) : provider.runs();
    const byRun: ApiTagsResponse['runs'] = {};
    const clock = createSliceClock();
    for (const r of runs) {
      if (typeof r === 'string') throw notFound(`no run named '${r.slice(0, 200)}'`);
      byRun[r.name] = tagSummaries(r);
      if (clock.due()) await clock.yield();
    }
    const pieces: string[] = [];
    for (const name of Object.keys(byRun)) {
      pieces.push(`${JSON.stringify(name)}:${plainJsonText(byRun[name])}`);
      if (clock.due()) await clock.yield();
    }
    sendJsonBytes(res, Buffer.from(`{"runs":{${pieces.join(',')}}}`));
  });

  return router;
}
