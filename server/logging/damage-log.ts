// Logs every damaged record and unreadable/shrunk file the ingest reports, as structured events with run, file,
// offset and reason, as the series store publishes them (a subscriber of its change stream: nothing polls).
// Invariant: each report is logged once, when it is reported.
import type { SeriesStore } from '../store/series-store.ts';
import type { ModuleLog } from './server-logger.ts';

export interface DamageLog {
  /** Kept for callers that flushed a polling log: reports are logged as they arrive, so nothing waits here. */
  check(): void;
  close(): void;
}

/** `log` is the ingest module's logger (`logger.child({ module: 'ingest' })`). */
export function createDamageLog(deps: { store: SeriesStore; log: ModuleLog }): DamageLog {
  const unsubscribe = deps.store.subscribe((c) => {
    if (c.kind !== 'damage') return;
    const d = c.damage;
    const fields = { run: c.run, file: d.file, offset: d.offset, reason: d.reason };
    if (d.reason === 'shrunk' || d.reason === 'unreadable') deps.log.warn(fields, d.message);
    else deps.log.error(fields, d.message);
  });
  return { check: () => undefined, close: unsubscribe };
}
