// The restart rule for a later event file of a run, shared by local and object-storage ingest: a restarted
// writer that opens a new file and goes back in steps (a trainer resumed from a checkpoint) discards the stale
// points of that tag from its first step in the new file on, as TensorBoard's data server does (its reservoirs
// preempt on a step regression). An equal step (Keras' evaluate() repeating the last step in a new file) is
// kept, as both loaders keep it. Invariant: each tag is judged once per file, on its first point there.
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
