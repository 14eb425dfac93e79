// Logs every damaged record and unreadable/shrunk file the ingest reports, as structured lines with run, file,
// offset and reason, by looking at the series store's per-run damage counts once a second (the store's change
// log belongs to the Socket.IO hub). Invariant: each report is logged once; if more arrived between two looks
// than the store keeps, one line says how many were not itemised.
import type { SeriesStore } from '../store/series-store.ts';
import type { StructuredLog } from './structured-log.ts';

export interface DamageLog {
  /** Logs what is new now (the timer calls it; tests too). */
  check(): void;
  close(): void;
}

export function createDamageLog(deps: {
  store: SeriesStore;
  log: StructuredLog;
  intervalMs?: number;
}): DamageLog {
  const seen = new Map<string, number>();
  function check(): void {
    for (const run of deps.store.runs()) {
      const total = run.damagedCount();
      const before = seen.get(run.name) ?? 0;
      if (total === before) continue;
      seen.set(run.name, total);
      const kept = run.damaged();
      const fresh = Math.min(total - before, kept.length);
      if (total - before > fresh)
        deps.log.event({
          level: 'warn',
          module: 'ingest',
          run: run.name,
          msg: `${total - before - fresh} more damage reports than the store keeps (see /api/runs)`,
        });
      for (const d of kept.slice(kept.length - fresh))
        deps.log.event({
          level: d.reason === 'shrunk' || d.reason === 'unreadable' ? 'warn' : 'error',
          module: 'ingest',
          run: run.name,
          file: d.file,
          offset: d.offset,
          reason: d.reason,
          msg: d.message,
        });
    }
  }
  const timer = setInterval(check, deps.intervalMs ?? 1000);
  timer.unref();
  return { check, close: () => clearInterval(timer) };
}
