// Stable colours per run: a run keeps its colour across reloads, filters and other runs appearing, because the
// colour comes from a hash of its name (FNV-1a) into a palette tuned for both themes. Pure.

/** Tableau-like palette, readable on light and dark backgrounds. */
export const RUN_PALETTE = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#59a14f',
  '#b07aa1',
  '#17becf',
  '#edc948',
  '#ff9da7',
  '#9c755f',
  '#76b7b2',
  '#8c6bb1',
  '#d37295',
] as const;

export function hashName(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    h ^= name.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export function runColor(run: string): string {
  return RUN_PALETTE[hashName(run) % RUN_PALETTE.length] as string;
}

/** Colours that stay distinct among the runs seen on this page: a run starts at its hash slot and probes to
 *  the next free palette entry (in first-seen order), so the same set of runs gets the same colours after a
 *  reload; beyond the palette's size colours repeat by hash. */
export function createRunColorer(): (run: string) => string {
  const assigned = new Map<string, string>();
  const used = new Set<number>();
  return (run) => {
    const known = assigned.get(run);
    if (known) return known;
    const start = hashName(run) % RUN_PALETTE.length;
    let slot = start;
    if (used.size < RUN_PALETTE.length) {
      while (used.has(slot)) slot = (slot + 1) % RUN_PALETTE.length;
      used.add(slot);
    }
    const color = RUN_PALETTE[slot] as string;
    assigned.set(run, color);
    return color;
  };
}
