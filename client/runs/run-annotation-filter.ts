// Which runs the runs list and the charts see, by their annotations and the URL's run-management filters:
// runs annotated hidden or archived are left out unless their filter asks for them, a tag filter keeps only
// runs carrying that tag (case-insensitive), and pinned runs come first. Pure. Invariants: the order among
// pinned runs and among the others is the input order (a stable partition); a run with no annotation is an
// unpinned, shown run with no tags.
import type { RunAnnotation } from '../../contract/index.ts';
import type { Settings } from '../state/url-state.ts';

export type AnnotationFilter = Pick<Settings, 'showHidden' | 'showArchived' | 'runTag'>;

export function filterByAnnotations<R extends { run: string }>(
  runs: readonly R[],
  annotationOf: (run: string) => RunAnnotation | undefined,
  filter: AnnotationFilter,
): R[] {
  const tag = filter.runTag.trim().toLowerCase();
  const pinned: R[] = [];
  const rest: R[] = [];
  for (const r of runs) {
    const a = annotationOf(r.run);
    if (a?.hidden && !filter.showHidden) continue;
    if (a?.archived && !filter.showArchived) continue;
    if (tag && !a?.tags.some((t) => t.toLowerCase() === tag)) continue;
    (a?.pinned ? pinned : rest).push(r);
  }
  return pinned.length ? [...pinned, ...rest] : rest;
}

/** Every tag in use, sorted case-insensitively, each once (as first spelled). */
export function annotationTags(annotations: readonly RunAnnotation[]): string[] {
  const byLower = new Map<string, string>();
  for (const a of annotations)
    for (const t of a.tags) if (!byLower.has(t.toLowerCase())) byLower.set(t.toLowerCase(), t);
  return [...byLower.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, t]) => t);
}

/** Parses the tags field of the editor ("baseline, lr sweep"): split on commas, trimmed, empty ones dropped. */
export function parseTagList(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((t) => t.trim())
        .filter((t) => t !== ''),
    ),
  ];
}
