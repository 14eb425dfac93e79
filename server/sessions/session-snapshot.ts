// The sessions a run-store loader last read (SQLite or PostgreSQL), as a session source: a new read is
// published whole, and only a read that differs from the last one (compared as JSON) bumps the change counter
// and calls the listeners. Invariant: listSessions() is always the last published read.
import type { SessionRecord } from '../../runstore/run-store.ts';
import type { SessionSource } from './session-catalog.ts';

export interface SessionSnapshot {
  /** The snapshot as the session catalog reads it. */
  readonly source: SessionSource;
  /** Replaces the snapshot; returns true (and tells the listeners) when it changed. */
  publish: (next: SessionRecord[]) => boolean;
  /** Calls `listener` after every publish that changed the snapshot; returns its removal. */
  onChange: (listener: () => void) => () => void;
  /** Sessions in the snapshot. */
  size: () => number;
  /** Forgets every listener (the loader closes). */
  clearListeners: () => void;
}

export function createSessionSnapshot(): SessionSnapshot {
  let sessions: SessionRecord[] = [];
  let snapshotJson = '[]';
  let version = 0;
  const listeners = new Set<() => void>();
  return {
    source: {
      listSessions: () => sessions,
      getSession: (id) => sessions.find((s) => s.id === id),
      changeCounter: () => version,
      close: () => {},
    },
    publish(next) {
      const json = JSON.stringify(next);
      sessions = next;
      if (json === snapshotJson) return false;
      snapshotJson = json;
      version++;
      for (const l of listeners) l();
      return true;
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    size: () => sessions.length,
    clearListeners: () => listeners.clear(),
  };
}
