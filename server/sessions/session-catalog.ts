// Training sessions as the UI shows them: rows of the run store (trainboard.sqlite, written by the trainer)
// merged with the runs found on disk, so runs from other tools appear with no SQLite row. A session groups its
// runs: for a row, every run at or under its directory; for disk-only runs, a `train`/`validation`/`val`/`eval`
// run is grouped under its parent directory, any other run is its own session.
// A derivation is reused for up to a second (or until a source says it changed), and after that for as long as
// what it read is unchanged (a fingerprint of the runs' times and tag counts and the session rows' counter), so
// a flood of requests on a logdir of 10,000 runs costs at most one derivation a second, not one per request, and
// a settled logdir none; it runs in slices on the shared turn budget (runtime/turn-scheduler.ts), and callers
// that ask while one runs share it.
import type {
  SessionStatusView,
  SessionSummary,
  EpochMetricsView,
  LayerSummaryView,
} from '../../contract/index.ts';
import { createSliceClock } from '../runtime/turn-scheduler.ts';
import type { DataProvider, RunView } from '../store/data-provider.ts';

/** The read surface of runstore/run-store.ts's SessionRecord that the server uses (structurally identical). */
export interface SessionRecordLike {
  id: string;
  task: string;
  status: 'running' | 'finished' | 'failed' | 'stopped' | 'crashed';
  startedAt: number;
  endedAt: number | null;
  heartbeatAt: number;
  pid: number;
  host: string;
  backend: string;
  hparams: Record<string, number | string | boolean>;
  modelJson: string | null;
  layerSummary: LayerSummaryView | null;
  epochs: EpochMetricsView[];
  finalMetrics: Record<string, number>;
  bestMetrics: Record<string, number>;
  error: string | null;
}

export interface SessionSource {
  listSessions(): SessionRecordLike[];
  getSession(id: string): SessionRecordLike | undefined;
  changeCounter(): number;
  close(): void;
}

const ROLE_DIRS = new Set(['train', 'validation', 'val', 'eval', 'test']);

/** The disk-only session id of a run. */
export function diskSessionId(run: string): string {
  const slash = run.lastIndexOf('/');
  if (slash < 0) return run;
  return ROLE_DIRS.has(run.slice(slash + 1)) ? run.slice(0, slash) : run;
}

export interface SessionDetail {
  summary: SessionSummary;
  record: SessionRecordLike | undefined;
  runs: RunView[];
}

export interface SessionCatalog {
  /** The sessions, derived at most once per `maxAgeMs` unless invalidated (10,000 runs: tens of ms, sliced). */
  list(): Promise<SessionDetail[]>;
  /** Forgets the derived sessions: the next list() derives them again (a source said it changed). */
  invalidate(): void;
  get(id: string): Promise<SessionDetail | undefined>;
  /** The session a run belongs to. */
  sessionOfRun(run: string): string;
}

function under(run: string, id: string): boolean {
  return run === id || run.startsWith(`${id}/`);
}

function hasKerasModel(runs: RunView[]): boolean {
  // no copy of each run's tags: a derivation walks every run of the logdir
  for (const r of runs) for (const t of r.tags().values()) if (t.plugin === 'graph_keras_model') return true;
  return false;
}

/** The earliest start and latest wall time of a disk session's runs (null when none has one). */
function timeSpan(runs: RunView[]): { start: number | null; last: number | null } {
  let start: number | null = null;
  let last: number | null = null;
  for (const r of runs) {
    if (r.startTime !== null && (start === null || r.startTime < start)) start = r.startTime;
    if (r.lastWallTime !== null && (last === null || r.lastWallTime > last)) last = r.lastWallTime;
  }
  return { start, last };
}

/** Scratch space for the exact bits of a double (inputsFingerprint). */
const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);

export function createSessionCatalog(deps: {
  provider: DataProvider;
  source: () => SessionSource | undefined;
  /** How long a derivation is reused whatever its inputs (default 1000 ms; 0 derives on every call); past it,
   *  the derivation is still reused while its inputs' fingerprint is unchanged. */
  maxAgeMs?: number;
}): SessionCatalog {
  const maxAgeMs = deps.maxAgeMs ?? 1000;
  /** Bumped by invalidate(): a derivation started before the bump is not reused after it. */
  let generation = 0;
  let memo: { at: number; generation: number; fingerprint: string; list: SessionDetail[] } | undefined;
  let inflight: { generation: number; list: Promise<SessionDetail[]> } | undefined;
  function records(): SessionRecordLike[] {
    try {
      return deps.source()?.listSessions() ?? [];
    } catch {
      return []; // a locked or damaged SQLite file must not take the dashboard down; disk runs still show
    }
  }

  /**
   * What a derivation reads that may change without invalidate(): the session rows' snapshot (its change
   * counter) and, per run, what a summary shows of it (start and last wall time, tag count), folded over every
   * run in one pass (2,000 runs: well under a millisecond, against tens of ms for a derivation). Runs added or
   * removed invalidate() through the session watcher; their count is folded in as well.
   */
  function inputsFingerprint(): string {
    let source: number | string;
    try {
      source = deps.source()?.changeCounter() ?? 'none';
    } catch {
      source = 'failed';
    }
    // two 32-bit FNV-1a style hashes over the exact bits of each value (a float fold rounds changes away)
    let a = 0x811c9dc5;
    let b = 0x01000193;
    let n = 0;
    const mixIn = (v: number): void => {
      bits[0] = v;
      a = Math.imul(a ^ words[0]!, 0x01000193);
      b = Math.imul(b ^ words[1]!, 0x5bd1e995);
      a = Math.imul(a ^ words[1]!, 0x01000193);
      b = Math.imul(b ^ words[0]!, 0x5bd1e995);
    };
    for (const r of deps.provider.runs()) {
      n++;
      mixIn(r.startTime ?? -1);
      mixIn(r.lastWallTime ?? -1);
      mixIn(r.tags().size);
    }
    return `${source}:${n}:${a >>> 0}:${b >>> 0}`;
  }

  async function build(): Promise<SessionDetail[]> {
    const clock = createSliceClock();
    const recs = records();
    // longest id first, so nested session directories claim their runs before their parents (each prefix
    // built once, not once per run)
    const byLength = [...recs]
      .sort((a, b) => b.id.length - a.id.length)
      .map((r) => ({ id: r.id, prefix: `${r.id}/` }));
    const runsOf = new Map<string, RunView[]>();
    const disk = new Map<string, RunView[]>();
    for (const run of deps.provider.runs()) {
      const owner = byLength.find((r) => run.name === r.id || run.name.startsWith(r.prefix));
      const map = owner ? runsOf : disk;
      const key = owner ? owner.id : diskSessionId(run.name);
      let list = map.get(key);
      if (!list) map.set(key, (list = []));
      list.push(run);
      if (clock.due()) await clock.yield();
    }
    const recordIds = new Set(recs.map((r) => r.id));
    const out: SessionDetail[] = [];
    for (const rec of recs) {
      const runs = runsOf.get(rec.id) ?? [];
      out.push({
        record: rec,
        runs,
        summary: {
          id: rec.id,
          source: 'runstore',
          task: rec.task,
          status: rec.status,
          startedAt: rec.startedAt,
          endedAt: rec.endedAt,
          heartbeatAt: rec.heartbeatAt,
          pid: rec.pid,
          host: rec.host,
          backend: rec.backend,
          hparams: rec.hparams,
          runs: runs.map((r) => r.name).sort(),
          finalMetrics: rec.finalMetrics,
          bestMetrics: rec.bestMetrics,
          error: rec.error,
          hasModel: rec.modelJson !== null || rec.layerSummary !== null || hasKerasModel(runs),
        },
      });
    }
    for (const [id, runs] of disk) {
      if (clock.due()) await clock.yield();
      if (recordIds.has(id)) continue;
      const span = timeSpan(runs);
      const status: SessionStatusView = 'unknown';
      out.push({
        record: undefined,
        runs,
        summary: {
          id,
          source: 'disk',
          task: '',
          status,
          startedAt: span.start,
          endedAt: null,
          heartbeatAt: span.last,
          pid: null,
          host: '',
          backend: '',
          hparams: {},
          runs: runs.map((r) => r.name).sort(),
          finalMetrics: {},
          bestMetrics: {},
          error: null,
          hasModel: hasKerasModel(runs),
        },
      });
    }
    // newest first, as the run store lists them
    out.sort(
      (a, b) =>
        (b.summary.startedAt ?? -Infinity) - (a.summary.startedAt ?? -Infinity) ||
        (a.summary.id < b.summary.id ? -1 : 1),
    );
    return out;
  }

  function list(): Promise<SessionDetail[]> {
    if (memo && memo.generation === generation) {
      if (Date.now() - memo.at < maxAgeMs) return Promise.resolve(memo.list);
      // older than maxAgeMs but derived from the same inputs: the same list (and the same identity, so the
      // answers cached per derivation, such as /api/sessions' bytes, are reused: a page opened on a settled
      // logdir of 2,000 runs waited 0.1-0.3 s for a derivation and its JSON on the first chart's path)
      if (maxAgeMs > 0 && inputsFingerprint() === memo.fingerprint) {
        memo.at = Date.now();
        return Promise.resolve(memo.list);
      }
    }
    if (inflight && inflight.generation === generation) return inflight.list;
    const started = { generation, at: Date.now(), fingerprint: inputsFingerprint() };
    const derived = build().then((list) => {
      if (started.generation === generation) memo = { ...started, list };
      return list;
    });
    const entry = { generation, list: derived };
    inflight = entry;
    void derived.finally(() => {
      if (inflight === entry) inflight = undefined;
    });
    return derived;
  }

  return {
    list,
    invalidate: () => void generation++,
    get: async (id) => (await list()).find((s) => s.summary.id === id),
    sessionOfRun(run) {
      const owner = records()
        .sort((a, b) => b.id.length - a.id.length)
        .find((r) => under(run, r.id));
      return owner ? owner.id : diskSessionId(run);
    },
  };
}
