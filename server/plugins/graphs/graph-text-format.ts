// Prints a GraphDef in protobuf text format exactly as Python's text_format.MessageToString does (two-space
// indent, fields in field-number order, map entries in stored order, bytes C-escaped with octal for
// non-printable and non-ASCII bytes, enums by name): the body of TensorBoard's /data/plugin/graphs/graph.
import { tensorboard } from '../../../proto/index.ts';

const DT_NAMES = tensorboard.DataType as unknown as Record<number, string>;

function escapeBytes(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) {
    if (b === 0x0a) out += '\\n';
    else if (b === 0x0d) out += '\\r';
    else if (b === 0x09) out += '\\t';
    else if (b === 0x22) out += '\\"';
    else if (b === 0x27) out += "\\'";
    else if (b === 0x5c) out += '\\\\';
    else if (b >= 0x20 && b < 0x7f) out += String.fromCharCode(b);
    else out += '\\' + b.toString(8).padStart(3, '0');
  }
  return out;
}

const utf8 = new TextEncoder();
const str = (s: string): string => `"${escapeBytes(utf8.encode(s))}"`;
const bytesLit = (b: Uint8Array): string => `"${escapeBytes(b)}"`;

/** Python's float repr as text_format prints it: shortest text that round-trips (float32 for `float` fields),
 *  integral values without a decimal point (as %g prints them), inf/nan spelled as Python does. */
function floatLit(x: number, float32 = true): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  let s = String(x);
  if (float32) {
    for (let digits = 1; digits <= 9; digits++) {
      const t = Number(x.toPrecision(digits));
      if (Math.fround(t) === Math.fround(x)) {
        s = String(t);
        break;
      }
    }
  }
  return s;
}

class Printer {
  private lines: string[] = [];
  private depth = 0;
  field(name: string, value: string): void {
    this.lines.push(`${'  '.repeat(this.depth)}${name}: ${value}`);
  }
  open(name: string): void {
    this.lines.push(`${'  '.repeat(this.depth)}${name} {`);
    this.depth++;
  }
  close(): void {
    this.depth--;
    this.lines.push(`${'  '.repeat(this.depth)}}`);
  }
  text(): string {
    return this.lines.length ? this.lines.join('\n') + '\n' : '';
  }
}

function printShape(p: Printer, shape: tensorboard.ITensorShapeProto): void {
  for (const d of shape.dim ?? []) {
    p.open('dim');
    if (d.size) p.field('size', String(d.size));
    if (d.name) p.field('name', str(d.name));
    p.close();
  }
  if (shape.unknownRank) p.field('unknown_rank', 'true');
}

function printTensor(p: Printer, t: tensorboard.ITensorProto): void {
  if (t.dtype) p.field('dtype', DT_NAMES[t.dtype] ?? String(t.dtype));
  if (t.tensorShape) {
    p.open('tensor_shape');
    printShape(p, t.tensorShape);
    p.close();
  }
  if (t.versionNumber) p.field('version_number', String(t.versionNumber));
  if (t.tensorContent && t.tensorContent.length) p.field('tensor_content', bytesLit(t.tensorContent));
  for (const v of t.floatVal ?? []) p.field('float_val', floatLit(v));
  for (const v of t.doubleVal ?? []) p.field('double_val', floatLit(v, false));
  for (const v of t.intVal ?? []) p.field('int_val', String(v));
  for (const v of t.stringVal ?? []) p.field('string_val', bytesLit(v));
  for (const v of t.int64Val ?? []) p.field('int64_val', String(v));
  for (const v of t.boolVal ?? []) p.field('bool_val', v ? 'true' : 'false');
}

function printNameAttrList(p: Printer, f: tensorboard.INameAttrList): void {
  if (f.name) p.field('name', str(f.name));
  for (const [k, v] of Object.entries(f.attr ?? {})) printAttrEntry(p, k, v);
}

function printAttrValue(p: Printer, v: tensorboard.IAttrValue): void {
  if (v.list) {
    const l = v.list;
    p.open('list');
    for (const s of l.s ?? []) p.field('s', bytesLit(s));
    for (const i of l.i ?? []) p.field('i', String(i));
    for (const f of l.f ?? []) p.field('f', floatLit(f));
    for (const b of l.b ?? []) p.field('b', b ? 'true' : 'false');
    for (const t of l.type ?? []) p.field('type', DT_NAMES[t] ?? String(t));
    for (const sh of l.shape ?? []) {
      p.open('shape');
      printShape(p, sh);
      p.close();
    }
    for (const t of l.tensor ?? []) {
      p.open('tensor');
      printTensor(p, t);
      p.close();
    }
    for (const f of l.func ?? []) {
      p.open('func');
      printNameAttrList(p, f);
      p.close();
    }
    p.close();
  }
  if (v.s !== undefined && v.s !== null) p.field('s', bytesLit(v.s));
  if (v.i !== undefined && v.i !== null) p.field('i', String(v.i));
  if (v.f !== undefined && v.f !== null) p.field('f', floatLit(v.f));
  if (v.b !== undefined && v.b !== null) p.field('b', v.b ? 'true' : 'false');
  if (v.type !== undefined && v.type !== null) p.field('type', DT_NAMES[v.type] ?? String(v.type));
  if (v.shape) {
    p.open('shape');
    printShape(p, v.shape);
    p.close();
  }
  if (v.tensor) {
    p.open('tensor');
    printTensor(p, v.tensor);
    p.close();
  }
  if (v.placeholder) p.field('placeholder', str(v.placeholder));
  if (v.func) {
    p.open('func');
    printNameAttrList(p, v.func);
    p.close();
  }
}

function printAttrEntry(p: Printer, key: string, value: tensorboard.IAttrValue): void {
  p.open('attr');
  p.field('key', str(key));
  p.open('value');
  printAttrValue(p, value);
  p.close();
  p.close();
}

export function graphDefToText(graph: tensorboard.IGraphDef): string {
  const p = new Printer();
  for (const node of graph.node ?? []) {
    p.open('node');
    if (node.name) p.field('name', str(node.name));
    if (node.op) p.field('op', str(node.op));
    for (const input of node.input ?? []) p.field('input', str(input));
    if (node.device) p.field('device', str(node.device));
    for (const [k, v] of Object.entries(node.attr ?? {})) printAttrEntry(p, k, v);
    p.close();
  }
  if (graph.version) p.field('version', String(graph.version));
  if (graph.versions) {
    const v = graph.versions;
    p.open('versions');
    if (v.producer) p.field('producer', String(v.producer));
    if (v.minConsumer) p.field('min_consumer', String(v.minConsumer));
    for (const b of v.badConsumers ?? []) p.field('bad_consumers', String(b));
    p.close();
  }
  return p.text();
}
