// Decodes an embedding tensor file as TensorBoard's projector reads it: UTF-8 text is TSV (one row per
// non-empty line, values split on tabs, each read as Python's float() and rounded to float32), anything else
// is raw little-endian float32 of the config's 2-D tensor_shape. Invariants: every row has the same width, or
// TensorFileError names the first line that differs; parsing yields to the event loop between slices of rows,
// so a large file never holds it for long.

export class TensorFileError extends Error {
  override readonly name = 'TensorFileError';
}

export interface EmbeddingTensor {
  /** Row-major values, rows × cols. */
  values: Float32Array;
  rows: number;
  cols: number;
}

/** Python's float() grammar: optional sign, digits with single underscores between, fraction, exponent;
 *  or nan / inf / infinity in any case; surrounding whitespace allowed. */
const DIGITS = '[0-9](?:_?[0-9])*';
const PY_FLOAT = new RegExp(
  `^[-+]?(?:(?:${DIGITS}(?:\\.(?:${DIGITS})?)?|\\.${DIGITS})(?:[eE][-+]?${DIGITS})?|nan|inf|infinity)$`,
  'i',
);

/** A value as Python's float() reads it, or undefined when it would raise ValueError. */
export function pythonFloat(text: string): number | undefined {
  const t = text.trim();
  if (!PY_FLOAT.test(t)) return undefined;
  const s = t.replaceAll('_', '').toLowerCase();
  const sign = s.startsWith('-') ? -1 : 1;
  const body = s.replace(/^[-+]/, '');
  if (body === 'nan') return NaN;
  if (body === 'inf' || body === 'infinity') return sign * Infinity;
  return Number(s);
}

const ROWS_PER_SLICE = 2000;
const yieldToLoop = (): Promise<void> => new Promise((r) => setImmediate(r));

/** Rows of a TSV tensor file's text. */
export async function parseTensorTsv(text: string, file: string): Promise<EmbeddingTensor> {
  const lines = text.split('\n');
  let cols = -1;
  const rows: Float32Array[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (i > 0 && i % ROWS_PER_SLICE === 0) await yieldToLoop();
    const line = lines[i]!;
    if (line === '') continue;
    const fields = line.split('\t');
    const row = new Float32Array(fields.length);
    for (let j = 0; j < fields.length; j++) {
      const v = pythonFloat(fields[j]!);
      if (v === undefined)
        throw new TensorFileError(
          `${file} line ${i + 1}: could not convert string to float: '${fields[j]!.slice(0, 40)}'`,
        );
      row[j] = v;
    }
    if (cols >= 0 && fields.length !== cols)
      throw new TensorFileError(
        `${file} line ${i + 1}: ${fields.length} values where the rows above have ${cols}`,
      );
    cols = fields.length;
    rows.push(row);
  }
  const values = new Float32Array(rows.length * Math.max(cols, 0));
  rows.forEach((r, i) => values.set(r, i * cols));
  return { values, rows: rows.length, cols: Math.max(cols, 0) };
}

/** Raw float32 of `shape` (little-endian, as numpy's fromfile on the machines TensorBoard runs on). */
export function parseTensorBinary(
  bytes: Uint8Array,
  shape: readonly number[],
  file: string,
): EmbeddingTensor {
  if (shape.length !== 2) throw new TensorFileError(`Tensor must be 2D, got shape [${shape.join(', ')}]`);
  const [rows, cols] = shape as [number, number];
  if (bytes.byteLength % 4 !== 0 || bytes.byteLength / 4 !== rows * cols)
    throw new TensorFileError(
      `${file}: ${bytes.byteLength} bytes cannot be reshaped into [${rows}, ${cols}] float32 values`,
    );
  const values = new Float32Array(rows * cols);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i < values.length; i++) values[i] = view.getFloat32(i * 4, true);
  return { values, rows, cols };
}

/** A tensor file's bytes: TSV when they are UTF-8, else binary of `shape`. */
export async function decodeTensorFile(
  bytes: Uint8Array,
  shape: readonly number[],
  file: string,
): Promise<EmbeddingTensor> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return parseTensorBinary(bytes, shape, file);
  }
  return parseTensorTsv(text, file);
}

/** The first `numRows` rows (all when undefined) as little-endian float32 bytes, TensorBoard's /tensor body. */
export function tensorBytes(t: EmbeddingTensor, numRows: number | undefined): Uint8Array {
  const rows = numRows === undefined ? t.rows : Math.min(numRows, t.rows);
  const out = new Uint8Array(rows * t.cols * 4);
  const view = new DataView(out.buffer);
  for (let i = 0; i < rows * t.cols; i++) view.setFloat32(i * 4, t.values[i]!, true);
  return out;
}
