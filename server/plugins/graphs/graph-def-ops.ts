// The GraphDef transformations of TensorBoard's graphs plugin, done on serialized bytes so that every value
// (int64 included) passes through unchanged: the op graphs inside a RunMetadata (function_graphs'
// pre_optimization_graph), graph_util.merge_graph_defs (graph_N/ name prefixes, graph_N_ function prefixes) and
// process_graph.prepare_graph_for_ui (attr values over a byte limit moved out, their keys listed).
// Invariant: pure; bytes in, bytes out; what the Python code would do is done the same way, quirks included.
import { concatBytes, lengthDelimited, stringField, wireFields, type WireField } from './proto-wire.ts';

const utf8 = new TextDecoder('utf-8');
const utf8Encoder = new TextEncoder();

export class GraphMergeError extends Error {
  override name = 'GraphMergeError';
}

const payload = (f: WireField): Uint8Array => (f.raw.wire === 2 ? f.raw.value : new Uint8Array(0));

/** The merged bytes of every occurrence of a message field (the parser merges repeated occurrences). */
const messageField = (fields: readonly WireField[], n: number): Uint8Array =>
  concatBytes(fields.filter((f) => f.field === n).map(payload));

/** The last value of a string field, '' when absent (proto3 default). */
function stringOf(fields: readonly WireField[], n: number): string {
  const last = fields.filter((f) => f.field === n).at(-1);
  return last ? utf8.decode(payload(last)) : '';
}

function varintOf(fields: readonly WireField[], n: number): bigint {
  const last = fields.filter((f) => f.field === n).at(-1);
  return last?.raw.wire === 0 ? BigInt.asIntN(32, BigInt(last.raw.value)) : 0n;
}

/** RunMetadata.function_graphs[*].pre_optimization_graph, as serialized GraphDefs (empty when absent). */
export function functionGraphs(runMetadata: Uint8Array): Uint8Array[] {
  return wireFields(runMetadata, 'RunMetadata')
    .filter((f) => f.field === 4)
    .map((f) => messageField(wireFields(payload(f), 'RunMetadata.FunctionGraphs'), 2));
}

/** An attr map entry's key and merged value. */
function attrEntry(entry: Uint8Array): { key: string; value: Uint8Array } {
  const fields = wireFields(entry, 'NodeDef.AttrEntry');
  return { key: stringOf(fields, 1), value: messageField(fields, 2) };
}

const attrEntryBytes = (field: number, key: string, value: Uint8Array): Uint8Array =>
  lengthDelimited(field, concatBytes([stringField(1, key), lengthDelimited(2, value)]));

/** The func name an AttrValue holds, '' unless its oneof ends on `func` (field 10). */
function funcName(attrValue: Uint8Array): string {
  const fields = wireFields(attrValue, 'AttrValue');
  const oneof = fields.filter((f) => f.field >= 1 && f.field <= 10).at(-1);
  if (oneof?.field !== 10) return '';
  return stringOf(wireFields(messageField(fields, 10), 'NameAttrList'), 1);
}

function prefixedNode(prefix: string, node: Uint8Array): Uint8Array {
  const fields = wireFields(node, 'NodeDef');
  const out: Uint8Array[] = [stringField(1, `${prefix}/${stringOf(fields, 1)}`)];
  const op = stringOf(fields, 2);
  let f: { value: Uint8Array } | undefined;
  for (const field of fields) {
    if (field.field === 1) continue;
    if (field.field === 3) out.push(stringField(3, `${prefix}/${utf8.decode(payload(field))}`));
    else if (field.field === 5 && op === 'PartitionedCall' && attrEntry(payload(field)).key === 'f')
      f = attrEntry(payload(field));
    else out.push(field.encoded);
  }
  if (op === 'PartitionedCall') {
    // Python's `node.attr["f"].func.name = ...` creates the entry when absent and switches the oneof to func
    const value = f?.value ?? new Uint8Array(0);
    const renamed = lengthDelimited(10, stringField(1, `${prefix}_${funcName(value)}`));
    out.push(attrEntryBytes(5, 'f', concatBytes([value, renamed])));
  }
  return concatBytes(out);
}

function prefixedFunction(prefix: string, fn: Uint8Array): Uint8Array {
  const fields = wireFields(fn, 'FunctionDef');
  const signature = messageField(fields, 1);
  const name = stringOf(wireFields(signature, 'OpDef'), 1);
  const renamed = concatBytes([signature, stringField(1, `${prefix}_${name}`)]);
  return concatBytes([
    ...fields.filter((f) => f.field !== 1).map((f) => f.encoded),
    lengthDelimited(1, renamed),
  ]);
}

function prefixedGradient(prefix: string, gradient: Uint8Array): Uint8Array {
  const fields = wireFields(gradient, 'GradientDef');
  return concatBytes([
    stringField(1, `${prefix}_${stringOf(fields, 1)}`),
    stringField(2, `${prefix}_${stringOf(fields, 2)}`),
  ]);
}

/**
 * graph_util.merge_graph_defs: one graph passes unchanged, none gives an empty GraphDef; several get the
 * prefixes graph_1, graph_2, ... on node names and inputs (and `_` on function names), the first graph's
 * versions, and only nodes, functions and gradients. Throws GraphMergeError when producers differ.
 */
export function mergeGraphDefs(graphs: readonly Uint8Array[]): Uint8Array {
  if (graphs.length === 1) return graphs[0]!;
  if (graphs.length === 0) return new Uint8Array(0);
  const parsed = graphs.map((g) => wireFields(g, 'GraphDef'));
  const producerOf = (fields: readonly WireField[]): bigint =>
    varintOf(wireFields(messageField(fields, 4), 'VersionDef'), 1);
  const first = producerOf(parsed[0]!);
  const nodes: Uint8Array[] = [];
  const library: Uint8Array[] = [];
  parsed.forEach((fields, i) => {
    if (producerOf(fields) !== first)
      throw new GraphMergeError('Cannot combine GraphDefs of different versions.');
    const prefix = `graph_${i + 1}`;
    for (const f of fields)
      if (f.field === 1) nodes.push(lengthDelimited(1, prefixedNode(prefix, payload(f))));
    const lib = wireFields(messageField(fields, 2), 'FunctionDefLibrary');
    for (const f of lib)
      if (f.field === 1) library.push(lengthDelimited(1, prefixedFunction(prefix, payload(f))));
    for (const f of lib)
      if (f.field === 2) library.push(lengthDelimited(2, prefixedGradient(prefix, payload(f))));
  });
  const out = [...nodes];
  if (library.length) out.push(lengthDelimited(2, concatBytes(library)));
  if (first !== 0n) out.push(lengthDelimited(4, messageField(parsed[0]!, 4)));
  return concatBytes(out);
}

/**
 * process_graph.prepare_graph_for_ui: in every node, each attr whose value is over `limit` bytes is removed and
 * its key appended to the list attr `largeAttrsKey` (TensorBoard lists them in its map's hash order, which
 * changes with each process; we list them in stored order).
 */
export function elideLargeAttrs(graph: Uint8Array, limit: number, largeAttrsKey: string): Uint8Array {
  const out: Uint8Array[] = [];
  for (const f of wireFields(graph, 'GraphDef')) {
    if (f.field !== 1) {
      out.push(f.encoded);
      continue;
    }
    const fields = wireFields(payload(f), 'NodeDef');
    const attrs = new Map<string, Uint8Array>();
    for (const a of fields)
      if (a.field === 5) {
        const { key, value } = attrEntry(payload(a));
        attrs.set(key, value); // the last entry of a key wins, as the parser keeps it
      }
    const large = [...attrs].filter(([, v]) => v.length > limit).map(([k]) => k);
    if (!large.length) {
      out.push(f.encoded);
      continue;
    }
    const kept = fields.filter((a) => a.field !== 5 || !large.includes(attrEntry(payload(a)).key));
    const node = kept
      .filter((a) => a.field !== 5 || attrEntry(payload(a)).key !== largeAttrsKey)
      .map((a) => a.encoded);
    const list = lengthDelimited(1, concatBytes(large.map((k) => lengthDelimited(2, utf8Encoder.encode(k)))));
    const previous = large.includes(largeAttrsKey)
      ? new Uint8Array(0)
      : (attrs.get(largeAttrsKey) ?? new Uint8Array(0));
    node.push(attrEntryBytes(5, largeAttrsKey, concatBytes([previous, list])));
    out.push(lengthDelimited(1, concatBytes(node)));
  }
  return concatBytes(out);
}
