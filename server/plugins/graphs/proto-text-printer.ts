// Prints serialized protobuf bytes in text format exactly as the `str()` of a parsed message does in
// TensorBoard's Python (protobuf's upb text encoder): fields in field-number order; implicit-presence scalars only
// when non-zero; repeated messages merged by concatenation as the parser merges them; map entries with key and
// value always present, string keys in upb's order (common prefix compared descending, then shorter first),
// integer keys ascending; string fields keep UTF-8, bytes fields escape every non-printable byte in octal;
// unknown fields left out. Schema: proto/tensorboard (reflected from proto/generated/tensorboard-schema.ts).
// Invariant: int64 values stay exact (read as BigInt); a malformed message throws ProtoTextError with the
// message type and byte offset.
import protobuf from 'protobufjs/light.js';
import { tensorboardSchema } from '../../../proto/generated/tensorboard-schema.ts';
import { formatFloat32, formatFloat64 } from './c-float-format.ts';
import { concatBytes, ProtoTextError, WireReader, type Raw } from './proto-wire.ts';

export { ProtoTextError } from './proto-wire.ts';

let root: protobuf.Root | undefined;

/** A message type of proto/tensorboard by its name without the package, e.g. 'RunMetadata'. */
function lookupType(name: string): protobuf.Type {
  if (!root) {
    root = protobuf.Root.fromJSON(tensorboardSchema);
    root.resolveAll();
  }
  return root.lookupType(`tensorboard.${name}`);
}

/** Every field's raw values in wire order, by field number (unknown field numbers are read and dropped). */
function readFields(type: protobuf.Type, bytes: Uint8Array): Map<number, Raw[]> {
  const r = new WireReader(bytes, type.fullName.slice(1));
  const out = new Map<number, Raw[]>();
  while (r.pos < bytes.length) {
    const tag = r.varint();
    const field = Number(tag >> 3n);
    if (field === 0) r.fail('field number 0');
    const raw = r.raw(Number(tag & 7n), field);
    if (raw && type.fieldsById[field]) {
      let list = out.get(field);
      if (!list) out.set(field, (list = []));
      list.push(raw);
    }
  }
  return out;
}

type Scalar = bigint | number | boolean | Uint8Array;

const PACKED_WIDTH: Record<string, number> = {
  fixed32: 4,
  sfixed32: 4,
  float: 4,
  fixed64: 8,
  sfixed64: 8,
  double: 8,
};

/** A scalar field's values from its raw entries (packed runs unpacked). */
function scalars(field: protobuf.Field, raws: readonly Raw[], typeName: string): Scalar[] {
  const type = field.resolvedType instanceof protobuf.Enum ? 'int32' : field.type;
  const out: Scalar[] = [];
  const one = (raw: Raw): Scalar => {
    if (raw.wire === 0) {
      const v = raw.value;
      switch (type) {
        case 'int32':
          return BigInt.asIntN(32, v);
        case 'uint32':
          return BigInt.asUintN(32, v);
        case 'sint32':
        case 'sint64': {
          const z = (v >> 1n) ^ -(v & 1n);
          return type === 'sint32' ? BigInt.asIntN(32, z) : BigInt.asIntN(64, z);
        }
        case 'int64':
          return BigInt.asIntN(64, v);
        case 'bool':
          return v !== 0n;
        default:
          return v;
      }
    }
    if (raw.wire === 5) {
      if (type === 'float') return raw.value.getFloat32(0, true);
      return type === 'sfixed32' ? BigInt(raw.value.getInt32(0, true)) : BigInt(raw.value.getUint32(0, true));
    }
    if (raw.wire === 1) {
      if (type === 'double') return raw.value.getFloat64(0, true);
      return type === 'sfixed64' ? raw.value.getBigInt64(0, true) : raw.value.getBigUint64(0, true);
    }
    return raw.wire === 2 ? raw.value : new Uint8Array(0);
  };
  for (const raw of raws) {
    if (raw.wire === 2 && type !== 'string' && type !== 'bytes') {
      // a packed run of numbers
      const width = PACKED_WIDTH[type];
      const r = new WireReader(raw.value, typeName);
      while (r.pos < raw.value.length) {
        if (width === undefined) out.push(one({ wire: 0, value: r.varint() }));
        else out.push(one({ wire: width === 4 ? 5 : 1, value: r.view(width) }));
      }
    } else {
      out.push(one(raw));
    }
  }
  return out;
}

const utf8 = new TextDecoder('utf-8');

/** A quoted string or bytes literal as upb escapes it. */
function quote(bytes: Uint8Array, isBytes: boolean): string {
  const parts: number[] = [];
  const esc = (s: string): void => {
    for (let i = 0; i < s.length; i++) parts.push(s.charCodeAt(i));
  };
  for (const b of bytes) {
    if (b === 0x0a) esc('\\n');
    else if (b === 0x0d) esc('\\r');
    else if (b === 0x09) esc('\\t');
    else if (b === 0x22) esc('\\"');
    else if (b === 0x27) esc("\\'");
    else if (b === 0x5c) esc('\\\\');
    else if ((isBytes || b < 0x80) && (b < 0x20 || b >= 0x7f)) esc('\\' + b.toString(8).padStart(3, '0'));
    else parts.push(b);
  }
  return `"${utf8.decode(Uint8Array.from(parts))}"`;
}

function scalarText(field: protobuf.Field, value: Scalar): string {
  if (field.resolvedType instanceof protobuf.Enum) {
    const name = field.resolvedType.valuesById[Number(value)];
    return name ?? String(value);
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Uint8Array) return quote(value, field.type === 'bytes');
  if (typeof value === 'number') return field.type === 'float' ? formatFloat32(value) : formatFloat64(value);
  return value.toString();
}

function isZero(value: Scalar): boolean {
  if (value instanceof Uint8Array) return value.length === 0;
  if (typeof value === 'number') return value === 0 && !Object.is(value, -0);
  return value === 0n || value === false;
}

/** upb's map-key order: string keys by descending common prefix then shorter first; others ascending. */
function compareKeys(a: Scalar, b: Scalar): number {
  if (a instanceof Uint8Array && b instanceof Uint8Array) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) if (a[i] !== b[i]) return b[i]! - a[i]!;
    return a.length - b.length;
  }
  if (typeof a === 'bigint' && typeof b === 'bigint') return a < b ? -1 : a > b ? 1 : 0;
  return Number(a) - Number(b);
}

const keyId = (k: Scalar): string => (k instanceof Uint8Array ? Array.from(k).join(',') : String(k));

class TextOut {
  readonly lines: string[] = [];
  depth = 0;
  line(s: string): void {
    this.lines.push('  '.repeat(this.depth) + s);
  }
}

function printMapField(out: TextOut, field: protobuf.MapField, raws: readonly Raw[], typeName: string): void {
  const valueType = field.resolvedType instanceof protobuf.Type ? field.resolvedType : undefined;
  const keyField = new protobuf.Field('key', 1, field.keyType);
  const valueField = new protobuf.Field('value', 2, field.type);
  if (field.resolvedType instanceof protobuf.Enum) valueField.resolvedType = field.resolvedType;
  const entries = new Map<string, { key: Scalar; value: Raw[] }>();
  for (const raw of raws) {
    if (raw.wire !== 2) continue;
    const r = new WireReader(raw.value, typeName);
    let key: Raw[] = [];
    let value: Raw[] = [];
    while (r.pos < raw.value.length) {
      const tag = Number(r.varint());
      const v = r.raw(tag & 7, tag >>> 3);
      if (!v) continue;
      if (tag >>> 3 === 1) key = [v];
      else if (tag >>> 3 === 2) value = valueType ? [...value, v] : [v];
    }
    const k = key.length ? scalars(keyField, key, typeName)[0]! : defaultScalar(field.keyType);
    entries.set(keyId(k), { key: k, value });
  }
  for (const { key, value } of [...entries.values()].sort((a, b) => compareKeys(a.key, b.key))) {
    out.line(`${field.name} {`);
    out.depth++;
    out.line(`key: ${scalarText(keyField, key)}`);
    if (valueType) {
      out.line('value {');
      out.depth++;
      printFields(out, valueType, concat(value));
      out.depth--;
      out.line('}');
    } else {
      const v = value.length ? scalars(valueField, value, typeName).at(-1)! : defaultScalar(field.type);
      out.line(`value: ${scalarText(valueField, v)}`);
    }
    out.depth--;
    out.line('}');
  }
}

function defaultScalar(type: string): Scalar {
  if (type === 'string' || type === 'bytes') return new Uint8Array(0);
  if (type === 'bool') return false;
  if (type === 'float' || type === 'double') return 0;
  return 0n;
}

function concat(raws: readonly Raw[]): Uint8Array {
  return concatBytes(raws.flatMap((r) => (r.wire === 2 ? [r.value] : [])));
}

/** upb's default decoding depth limit: a message nested deeper does not parse in TensorBoard either. */
const MAX_DEPTH = 100;

function printFields(out: TextOut, type: protobuf.Type, bytes: Uint8Array): void {
  const typeName = type.fullName.slice(1);
  if (out.depth > MAX_DEPTH) throw new ProtoTextError(typeName, 0, `nested deeper than ${MAX_DEPTH} messages`);
  const fields = readFields(type, bytes);
  // the member of each oneof that the parser keeps: the last one on the wire
  const oneofWinner = new Map<protobuf.OneOf, number>();
  const r = new WireReader(bytes, typeName);
  while (r.pos < bytes.length) {
    const tag = Number(r.varint());
    const f = type.fieldsById[tag >>> 3];
    r.raw(tag & 7, tag >>> 3);
    if (f?.partOf) oneofWinner.set(f.partOf, f.id);
  }
  const ordered = [...fields.keys()].sort((a, b) => a - b);
  for (const id of ordered) {
    const field = type.fieldsById[id]!;
    const raws = fields.get(id)!;
    if (field.partOf && oneofWinner.get(field.partOf) !== id) continue;
    if (field instanceof protobuf.MapField) {
      printMapField(out, field, raws, typeName);
      continue;
    }
    const sub = field.resolvedType instanceof protobuf.Type ? field.resolvedType : undefined;
    if (sub) {
      const chunks = field.repeated ? raws.map((raw) => [raw]) : [raws];
      for (const chunk of chunks) {
        out.line(`${field.name} {`);
        out.depth++;
        printFields(out, sub, concat(chunk));
        out.depth--;
        out.line('}');
      }
      continue;
    }
    const values = scalars(field, raws, typeName);
    if (field.repeated) {
      for (const v of values) out.line(`${field.name}: ${scalarText(field, v)}`);
    } else {
      const v = values.at(-1);
      if (v === undefined || (!field.partOf && isZero(v))) continue;
      out.line(`${field.name}: ${scalarText(field, v)}`);
    }
  }
}

/** The text format of serialized `bytes` of tensorboard.`typeName`, as TensorBoard's `str(message)` prints it. */
export function protoBytesToText(typeName: string, bytes: Uint8Array): string {
  const out = new TextOut();
  printFields(out, lookupType(typeName), bytes);
  return out.lines.length ? out.lines.join('\n') + '\n' : '';
}
