// The client's copy of the run annotations: loaded over HTTP at start and after every reconnect (pushes missed
// while offline), kept current by `runs:annotation` pushes from any page, and changed through PATCH. Invariants:
// a push or answer older than the annotation held (updatedAt) is ignored, so the newest always wins whichever
// arrives first; a server without a run store (an s3:// logdir without --runstore) leaves the store empty and `available()` false.
import type { RunAnnotation, RunAnnotationPatchRequest } from '../../contract/index.ts';
import type { DashboardApi } from '../api/dashboard-api.ts';

export interface RunAnnotationsStore {
  get(run: string): RunAnnotation | undefined;
  all(): readonly RunAnnotation[];
  /** False when the server keeps no run store (its listing says why in `unavailable`). */
  available(): boolean;
  /** Changes the fields given; resolves with the stored annotation, rejects with the server's error. */
  update(run: string, patch: RunAnnotationPatchRequest): Promise<RunAnnotation>;
  /** Loads the annotations (again). */
  load(): Promise<void>;
  /** Called with the run whose annotation changed, or null after a (re)load. */
  subscribe(fn: (run: string | null) => void): () => void;
}

export function createRunAnnotationsStore(api: DashboardApi): RunAnnotationsStore {
  const byRun = new Map<string, RunAnnotation>();
  const listeners = new Set<(run: string | null) => void>();
  let isAvailable = true;
  let connectedOnce = false;

  const emit = (run: string | null): void => {
    for (const fn of listeners) fn(run);
  };
  /** Keeps `a` unless a newer annotation of its run is held; true when it changed what is held. */
  const accept = (a: RunAnnotation): boolean => {
    const held = byRun.get(a.run);
    if (held && held.updatedAt > a.updatedAt) return false;
    if (held && JSON.stringify(held) === JSON.stringify(a)) return false;
    byRun.set(a.run, a);
    return true;
  };

  async function load(): Promise<void> {
    const res = await api.runAnnotations();
    // merged, newest wins: a push that overtook this answer is kept (annotations are never deleted)
    for (const a of res.annotations) accept(a);
    isAvailable = res.unavailable === undefined;
    emit(null);
  }

  api.socket.on('runs:annotation', (a) => {
    if (accept(a)) emit(a.run);
  });
  api.socket.on('connect', () => {
    if (connectedOnce) void load().catch(() => {}); // a reconnect: pushes may have been missed
    connectedOnce = true;
  });

  return {
    get: (run) => byRun.get(run),
    all: () => [...byRun.values()],
    available: () => isAvailable,
    async update(run, patch) {
      const { annotation } = await api.updateRunAnnotation(run, patch);
      if (accept(annotation)) emit(run);
      return annotation;
    },
    load,
    subscribe(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
  };
}
