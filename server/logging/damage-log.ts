// Logs every damaged record and unreadable/shrunk file the ingest reports, as structured lines with run, file,
// offset and reason, as the series store publishes them (a subscriber of its change stream: nothing polls).
// Invariant: each report is logged once, when it is reported.
import type { SeriesStore } from '../store/series-store.ts';
import type { StructuredLog } from './structured-log.ts';

export interface DamageLog {
  /** Kept for callers that flushed a polling log: reports are logged as they arrive, so nothing waits here. */
  check(): void;
  close(): void;
}

export function createDamageLog(deps: { store: SeriesStore; log: StructuredLog }): DamageLog {
  const unsubscribe = deps.store.subscribe((c) => {
    if (c.kind !== 'damage') return;
    const d = c.damage;
    deps.log.event({
      level: d.reason === 'shrunk' || d.reason === 'unreadable' ? 'warn' : 'error',
      module: 'ingest',
      run: c.run,
      file: d.file,
      offset: d.offset,
      reason: d.reason,
      msg: d.message,
    });
  });
  return { check: () => undefined, close: unsubscribe };
}
