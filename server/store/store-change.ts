// The typed changes the series store publishes to its subscribers (the live hub, the damage log, the session
// watcher): runs added or gone, tags added, points appended, points purged by a restart, damage reported.
// Invariant: changes are delivered synchronously, in the order they happened, and are read-only to listeners
// (a `points-appended` change is one shared object per series, sent again for every append: no allocation).
import type { DamagedRecord } from '../../tfevents/event-stream-reader.ts';
import type { DataClass, TagInfo } from '../../tfevents/event-interpreter.ts';

export type StoreChange =
  /** A run appeared (or its directory came back). */
  | { readonly kind: 'run-added'; readonly run: string }
  /** A run's directory vanished (its data is still served). */
  | { readonly kind: 'run-removed'; readonly run: string }
  /** Tags first seen in a run, in the interpreter's order. */
  | { readonly kind: 'tags-added'; readonly run: string; readonly tags: readonly TagInfo[] }
  /** One or more points were appended to the series (run, tag); read the series for them. */
  | {
      readonly kind: 'points-appended';
      readonly run: string;
      readonly tag: string;
      readonly plugin: string;
      readonly dataClass: Exclude<DataClass, 'unknown'>;
    }
  /**
   * Stored points with step >= fromStep were discarded (of `tag`, or of every tag). `removed` holds the old
   * indices removed per scalar tag, for cursors into pushed points.
   */
  | {
      readonly kind: 'purged';
      readonly run: string;
      readonly tag?: string;
      readonly fromStep: number;
      readonly reason: string;
      readonly removed: ReadonlyMap<string, readonly number[]>;
    }
  | { readonly kind: 'damage'; readonly run: string; readonly damage: DamagedRecord };

export type StoreListener = (change: StoreChange) => void;

/** The publishing half of the store. */
export interface ChangeStream {
  /** Calls `listener` with every later change; returns the unsubscribe function. */
  subscribe: (listener: StoreListener) => () => void;
}

/** A listener set with one emit(); a listener that throws does not stop the others (the error is rethrown last). */
export function createChangeEmitter(): ChangeStream & { emit: (change: StoreChange) => void } {
  // an array replaced on (un)subscribe, not a Set: emit() runs once per stored point and must not allocate
  let listeners: readonly StoreListener[] = [];
  return {
    subscribe(listener) {
      listeners = [...listeners, listener];
      return () => void (listeners = listeners.filter((l) => l !== listener));
    },
    emit(change) {
      const current = listeners;
      if (current.length === 1) return current[0]!(change);
      let failure: Error | undefined;
      for (let i = 0; i < current.length; i++) {
        try {
          current[i]!(change);
        } catch (err) {
          failure ??= err instanceof Error ? err : new Error(`store listener failed: ${String(err)}`);
        }
      }
      if (failure) throw failure;
    },
  };
}
