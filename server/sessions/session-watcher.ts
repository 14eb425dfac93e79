// Publishes typed changes of the training sessions (added, changed, removed, each with its id and summary) to
// subscribers. It re-derives the sessions only when one of their sources says it changed: the run store
// snapshot (run-store-loader's onChange) or the series store's runs (runsChanged(), from the logdir watcher or
// the store's change stream); triggers within `settleMs` coalesce into one derivation, and so do triggers while
// a derivation runs (at most one more is queued). Invariant: every change is published once, in order, by a
// derivation that started after it; a subscriber's exception never stops the others.
import type { SessionSummary } from '../../contract/index.ts';
import { createSliceClock } from '../runtime/turn-scheduler.ts';
import type { SessionCatalog } from './session-catalog.ts';
import type { ModuleLog } from '../logging/server-logger.ts';

export type SessionChange =
  | { kind: 'added'; id: string; summary: SessionSummary }
  | { kind: 'changed'; id: string; summary: SessionSummary }
  | { kind: 'removed'; id: string };

export type SessionListener = (changes: readonly SessionChange[]) => void;

export interface SessionWatcher {
  /** Adds a listener of session changes; returns its unsubscribe function. */
  subscribe(listener: SessionListener): () => void;
  /** The series store's runs changed (runs added or gone, new tags): the sessions are derived again. */
  runsChanged(): void;
  /** The session source changed (for sources without onChange): the sessions are derived again. */
  sourceChanged(): void;
  /** Derives the sessions now and publishes what changed (the settle timer's work; tests call it). Flushes run
   *  one at a time, in call order, and calls made while one waits for its turn share it; the derivation and
   *  the comparison are sliced on the shared turn budget. */
  flush(): Promise<readonly SessionChange[]>;
  close(): void;
}

export function createSessionWatcher(deps: {
  catalog: SessionCatalog;
  runStore?: { onChange(listener: () => void): () => void };
  /** Milliseconds a trigger waits for others before the sessions are derived (default 50). */
  settleMs?: number;
  /** The sessions module's logger. */
  log?: ModuleLog;
}): SessionWatcher {
  const settleMs = deps.settleMs ?? 50;
  const listeners = new Set<SessionListener>();
  /** The last published summary of each session, serialised (a session changed when its summary did). */
  let known = new Map<string, string>();
  let timer: NodeJS.Timeout | undefined;
  let closed = false;

  /** The flush in progress (flushes are serialised: each compares against the one before). */
  let flushing: Promise<unknown> = Promise.resolve();
  /** A flush waiting for the one in progress: later calls share it, since it derives from the sources as they
   *  are when it starts. (Queuing one derivation per call let 10,000 runs appearing at start, one settle timer
   *  every 50 ms, leave about 400 derivations of every run queued, worked off for minutes after.) */
  let waiting: Promise<readonly SessionChange[]> | undefined;

  function flush(): Promise<readonly SessionChange[]> {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (waiting) return waiting;
    const start = (): Promise<readonly SessionChange[]> => {
      waiting = undefined;
      return derive();
    };
    const run = flushing.then(start, start);
    waiting = run;
    flushing = run;
    return run;
  }

  async function derive(): Promise<readonly SessionChange[]> {
    if (closed) return [];
    const next = new Map<string, string>();
    const changes: SessionChange[] = [];
    deps.catalog.invalidate(); // a source changed: derive afresh
    const clock = createSliceClock();
    for (const { summary } of await deps.catalog.list()) {
      if (clock.due()) await clock.yield();
      const json = JSON.stringify(summary);
      next.set(summary.id, json);
      const before = known.get(summary.id);
      if (before === undefined) changes.push({ kind: 'added', id: summary.id, summary });
      else if (before !== json) changes.push({ kind: 'changed', id: summary.id, summary });
    }
    for (const id of known.keys()) if (!next.has(id)) changes.push({ kind: 'removed', id });
    known = next;
    if (changes.length === 0 || closed) return changes;
    for (const l of listeners) {
      try {
        l(changes);
      } catch (err) {
        deps.log?.error(
          { error: err instanceof Error ? err.message : String(err) },
          'session listener failed',
        );
      }
    }
    return changes;
  }

  function trigger(): void {
    deps.catalog.invalidate(); // requests from now on see the change, before it is published
    if (closed || timer) return;
    timer = setTimeout(() => void flush(), settleMs);
    timer.unref();
  }

  const stopRunStore = deps.runStore?.onChange(trigger);

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    runsChanged: trigger,
    sourceChanged: trigger,
    flush,
    close() {
      closed = true;
      if (timer) clearTimeout(timer);
      stopRunStore?.();
      listeners.clear();
    },
  };
}
