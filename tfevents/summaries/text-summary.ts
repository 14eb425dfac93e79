// Builds a text summary value as tf.summary.text writes it: a DT_STRING tensor, plugin `text`. A string is
// rank 0 (rendered as Markdown); string[] is rank 1 and string[][] rank 2 (rendered as a table of Markdown
// cells). Invariant: a rank-2 table is rectangular.
import type { tensorboard } from '../../proto/index.ts';
import { checkTag, pluginMetadata, type DescribeOptions } from './summary-metadata.ts';
import { stringTensor } from './tensor-encoder.ts';

export const TEXT_PLUGIN = 'text';

export type TextData = string | readonly string[] | readonly (readonly string[])[];

function isStrings(xs: readonly unknown[]): xs is readonly string[] {
  return xs.every((x) => typeof x === 'string');
}

export function textValue(
  tag: string,
  text: TextData,
  opts: DescribeOptions = {},
): tensorboard.Summary.IValue {
  checkTag('textValue', tag);
  const metadata = pluginMetadata(TEXT_PLUGIN, undefined, opts);
  if (typeof text === 'string') return { tag, tensor: stringTensor([text], []), metadata };
  const cells: readonly unknown[] = text;
  if (!Array.isArray(cells))
    throw new TypeError(`textValue(${JSON.stringify(tag)}): text must be a string or an array`);
  if (isStrings(cells)) return { tag, tensor: stringTensor(cells, [cells.length]), metadata };
  const rows = text as readonly (readonly string[])[];
  const cols = rows[0]?.length ?? 0;
  rows.forEach((row, r) => {
    if (!Array.isArray(row) || row.length !== cols || !row.every((c) => typeof c === 'string')) {
      throw new RangeError(
        `textValue(${JSON.stringify(tag)}): row ${r} must be ${cols} strings like row 0 (a table is rectangular)`,
      );
    }
  });
  return { tag, tensor: stringTensor(rows.flat(), [rows.length, cols]), metadata };
}
