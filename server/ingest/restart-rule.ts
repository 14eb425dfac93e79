// The rule for a file that replaced another at a tailed path (moved or copied over it: file-identity.ts), shared
// by local and object-storage ingest, where we read better than TensorBoard (whose loader keeps reading the old
// handle and never notices): the replacing file's first point of each tag that goes back behind the run's last
// stored step of that tag discards that tag's stored points from its step on; an equal step is kept. A writer's
// new file is NOT judged by this rule: TensorBoard's loader keeps every point of it (event-interpreter.ts holds
// its purge rules). Invariant: each tag is judged once per replacement, on its first point there.
import type { Datum } from '../../tfevents/event-interpreter.ts';
import type { SeriesStore } from '../store/series-store.ts';

/**
 * Inserts a `purge` point before the first point of each tag of `file` (not yet in `seenTags`) whose step goes
 * back behind the run's last stored step of that tag; `seenTags` is the file's own, updated here.
 */
export function applyRestartRule(
  store: SeriesStore,
  run: string,
  file: string,
  seenTags: Set<string>,
  data: Datum[],
): void {
  for (let i = 0; i < data.length; i++) {
    const d = data[i]!;
    if (d.kind !== 'scalar' || seenTags.has(d.tag)) continue;
    seenTags.add(d.tag);
    const series = store.run(run)?.scalars(d.tag);
    const last = series && series.length ? series.step(series.length - 1) : undefined;
    if (last !== undefined && d.step < last) {
      const reason = `${file} restarts '${d.tag}' at step ${d.step} (after step ${last})`;
      data.splice(i, 0, { kind: 'purge', fromStep: d.step, tag: d.tag, reason });
      i++;
    }
  }
}
