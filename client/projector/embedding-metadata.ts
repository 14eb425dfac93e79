// An embedding's metadata TSV as TensorBoard's projector frontend reads it: a first line holding a tab names
// the columns, otherwise the single column is "label"; one row per point. Invariant: every row has a value
// for every column ('' when its line is short), and rows past the point count are dropped.

export interface EmbeddingMetadata {
  columns: string[];
  /** rows[i][c]: point i's value in column c. */
  rows: string[][];
}

export function parseEmbeddingMetadata(text: string, points: number): EmbeddingMetadata {
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  if (lines.at(-1) === '') lines.pop();
  const header = (lines[0] ?? '').includes('\t');
  const columns = header ? lines.shift()!.split('\t') : ['label'];
  const rows = lines.slice(0, points).map((l) => {
    const cells = header ? l.split('\t') : [l];
    return columns.map((_, c) => cells[c] ?? '');
  });
  return { columns, rows };
}

/** Points whose value in any column contains `query` (case-insensitive); none for an empty query. */
export function matchingPoints(
  meta: EmbeddingMetadata | undefined,
  query: string,
  points: number,
): Set<number> {
  const out = new Set<number>();
  const needle = query.trim().toLowerCase();
  if (!needle) return out;
  for (let i = 0; i < points; i++) {
    const row = meta?.rows[i];
    const hay = row ? row.join('\t').toLowerCase() : String(i);
    if (hay.includes(needle)) out.add(i);
  }
  return out;
}
