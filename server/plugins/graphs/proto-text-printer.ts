// Prints serialized protobuf bytes in text format exactly as the `str()` of a parsed message does in
// TensorBoard's Python (protobuf's upb text encoder): fields in field-number order; implicit-presence scalars only
// when non-zero; repeated occurrences of a message field merged, as the parser merges them; map entries with key
// and value always present, string keys in upb's order (common prefix compared descending, then shorter first),
// integer keys ascending; string fields keep UTF-8, bytes fields escape every non-printable byte in octal;
// unknown fields left out. Schema: proto/tensorboard (reflected from proto/generated/tensorboard-schema.ts, and
// compiled once per message type into the tables below). Invariant: int64 values stay exact; a malformed or too
// deeply nested message throws ProtoTextError with the message type and byte offset.
import protobuf from 'protobufjs/light.js';
import { tensorboardSchema } from '../../../proto/generated/tensorboard-schema.ts';
import { formatFloat32, formatFloat64 } from './c-float-format.ts';
import { concatBytes, ProtoTextError, WireReader, type Raw } from './proto-wire.ts';

export { ProtoTextError } from './proto-wire.ts';

type Scalar = number | bigint | boolean | Uint8Array;

/** How one field prints: its name, value kind and what it needs to print a value. */
interface FieldInfo {
  name: string;
  id: number;
  /** 'message' and 'map' fields carry `message`; scalars their protobuf type ('enum' for enums). */
  kind: 'message' | 'map' | 'scalar';
  type: string;
  repeated: boolean;
  /** Set for members of a oneof (proto3 `optional` included): printed when present, zero or not. */
  oneof: string | undefined;
  message?: () => MessageInfo;
  enumNames?: Record<number, string>;
  mapKey?: FieldInfo;
  mapValue?: FieldInfo;
}

interface MessageInfo {
  name: string;
  byId: Map<number, FieldInfo>;
}

let root: protobuf.Root | undefined;
const compiled = new Map<protobuf.Type, MessageInfo>();

function scalarInfo(
  name: string,
  id: number,
  type: string,
  resolved: protobuf.ReflectionObject | null,
): FieldInfo {
  if (resolved instanceof protobuf.Enum) {
    const enumNames: Record<number, string> = {};
    for (const [n, v] of Object.entries(resolved.values)) enumNames[v] ??= n;
    return { name, id, kind: 'scalar', type: 'enum', repeated: false, oneof: undefined, enumNames };
  }
  if (resolved instanceof protobuf.Type) {
    const t = resolved;
    return { name, id, kind: 'message', type, repeated: false, oneof: undefined, message: () => compile(t) };
  }
  return { name, id, kind: 'scalar', type, repeated: false, oneof: undefined };
}

function compile(type: protobuf.Type): MessageInfo {
  let info = compiled.get(type);
  if (info) return info;
  info = { name: type.fullName.slice(1), byId: new Map() };
  compiled.set(type, info);
  for (const f of type.fieldsArray) {
    f.resolve();
    const base = scalarInfo(f.name, f.id, f.type, f.resolvedType);
    if (f instanceof protobuf.MapField) {
      base.kind = 'map';
      base.mapKey = scalarInfo('key', 1, f.keyType, null);
      base.mapValue = scalarInfo('value', 2, f.type, f.resolvedType);
      base.repeated = true;
    } else {
      base.repeated = f.repeated;
      base.oneof = f.partOf?.name;
    }
    info.byId.set(f.id, base);
  }
  return info;
}

/** A message type of proto/tensorboard by its name without the package, e.g. 'RunMetadata'. */
function lookup(name: string): MessageInfo {
  if (!root) {
    root = protobuf.Root.fromJSON(tensorboardSchema);
    root.resolveAll();
  }
  return compile(root.lookupType(`tensorboard.${name}`));
}

const TWO32 = 4294967296;

/** A varint as the field's integer type reads it. */
function fromVarint(type: string, v: number | bigint): Scalar {
  if (typeof v === 'number') {
    // below 2^49: int64 and uint64 as they are; 32-bit types keep the low 32 bits
    switch (type) {
      case 'bool':
        return v !== 0;
      case 'int32':
      case 'enum':
        return (v % TWO32) | 0;
      case 'uint32':
        return v % TWO32;
      case 'sint32':
      case 'sint64': {
        const z = v % 2 === 1 ? -(v + 1) / 2 : v / 2;
        return type === 'sint32' ? z | 0 : z;
      }
      default:
        return v;
    }
  }
  switch (type) {
    case 'bool':
      return v !== 0n;
    case 'int32':
    case 'enum':
      return Number(BigInt.asIntN(32, v));
    case 'uint32':
      return Number(BigInt.asUintN(32, v));
    case 'sint32':
    case 'sint64': {
      const z = (v >> 1n) ^ -(v & 1n);
      return type === 'sint32' ? Number(BigInt.asIntN(32, z)) : BigInt.asIntN(64, z);
    }
    case 'int64':
      return BigInt.asIntN(64, v);
    default:
      return v;
  }
}

function fromRaw(type: string, raw: Raw): Scalar {
  switch (raw.wire) {
    case 0:
      return fromVarint(type, raw.value);
    case 5:
      if (type === 'float') return raw.value.getFloat32(0, true);
      return type === 'sfixed32' ? raw.value.getInt32(0, true) : raw.value.getUint32(0, true);
    case 1:
      if (type === 'double') return raw.value.getFloat64(0, true);
      return type === 'sfixed64' ? raw.value.getBigInt64(0, true) : raw.value.getBigUint64(0, true);
    default:
      return raw.value;
  }
}

const PACKED_WIDTH: Record<string, number> = {
  fixed32: 4,
  sfixed32: 4,
  float: 4,
  fixed64: 8,
  sfixed64: 8,
  double: 8,
};

/** A scalar field's values from its raw occurrences (packed runs unpacked). */
function scalars(field: FieldInfo, raws: readonly Raw[], typeName: string): Scalar[] {
  const out: Scalar[] = [];
  const type = field.type;
  for (const raw of raws) {
    if (raw.wire === 2 && type !== 'string' && type !== 'bytes') {
      const width = PACKED_WIDTH[type];
      const r = new WireReader(raw.value, typeName);
      while (r.pos < raw.value.length) {
        if (width === undefined) out.push(fromVarint(type, r.varint()));
        else out.push(fromRaw(type, { wire: width === 4 ? 5 : 1, value: r.view(width) }));
      }
    } else out.push(fromRaw(type, raw));
  }
  return out;
}

const utf8 = new TextDecoder('utf-8');
const ESCAPES: Record<number, string> = {
  0x0a: '\\n',
  0x0d: '\\r',
  0x09: '\\t',
  0x22: '\\"',
  0x27: "\\'",
  0x5c: '\\\\',
};

/** A quoted string or bytes literal as upb escapes it. */
function quote(bytes: Uint8Array, isBytes: boolean): string {
  let plain = true;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x20 || b === 0x22 || b === 0x27 || b === 0x5c || b >= 0x7f) {
      plain = false;
      break;
    }
  }
  if (plain) {
    // printable ASCII: built directly (TextDecoder costs more than the copy for short strings)
    if (bytes.length > 256) return `"${utf8.decode(bytes)}"`;
    let s = '"';
    for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]!);
    return s + '"';
  }
  const parts: number[] = [];
  for (const b of bytes) {
    const esc =
      ESCAPES[b] ??
      ((isBytes || b < 0x80) && (b < 0x20 || b >= 0x7f) ? '\\' + b.toString(8).padStart(3, '0') : undefined);
    if (esc === undefined) parts.push(b);
    else for (let i = 0; i < esc.length; i++) parts.push(esc.charCodeAt(i));
  }
  return `"${utf8.decode(Uint8Array.from(parts))}"`;
}

function scalarText(field: FieldInfo, value: Scalar): string {
  if (field.enumNames) return field.enumNames[Number(value)] ?? String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Uint8Array) return quote(value, field.type === 'bytes');
  if (field.type === 'float') return formatFloat32(value as number);
  if (field.type === 'double') return formatFloat64(value as number);
  return String(value);
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
  return a < b ? -1 : a > b ? 1 : 0;
}

const keyId = (k: Scalar): string =>
  k instanceof Uint8Array ? utf8.decode(k) + '\u0000' + k.join(',') : String(k);

/** upb's default decoding depth limit: a message nested deeper does not parse in TensorBoard either. */
const MAX_DEPTH = 100;
const indents: string[] = [''];

class TextOut {
  text = '';
  private indent = '';
  depth = 0;
  line(s: string): void {
    this.text += this.indent + s + '\n';
  }
  enter(s: string): void {
    this.line(`${s} {`);
    this.depth++;
    if (this.depth > MAX_DEPTH) throw new ProtoTextError(s, 0, `nested deeper than ${MAX_DEPTH} messages`);
    this.indent = indents[this.depth] ??= '  '.repeat(this.depth);
  }
  leave(): void {
    this.depth--;
    this.indent = indents[this.depth]!;
    this.line('}');
  }
}

const concat = (raws: readonly Raw[]): Uint8Array =>
  concatBytes(raws.flatMap((r) => (r.wire === 2 ? [r.value] : [])));

function defaultScalar(type: string): Scalar {
  if (type === 'string' || type === 'bytes') return new Uint8Array(0);
  if (type === 'bool') return false;
  return 0;
}

function printMap(out: TextOut, field: FieldInfo, raws: readonly Raw[], typeName: string): void {
  const keyField = field.mapKey!;
  const valueField = field.mapValue!;
  const entries = new Map<string, { key: Scalar; value: Raw[] }>();
  for (const raw of raws) {
    if (raw.wire !== 2) continue;
    const r = new WireReader(raw.value, typeName);
    let key: Raw | undefined;
    let value: Raw[] = [];
    while (r.pos < raw.value.length) {
      const tag = r.small();
      const v = r.raw(tag % 8, Math.floor(tag / 8));
      if (!v) continue;
      const id = Math.floor(tag / 8);
      if (id === 1) key = v;
      else if (id === 2) value = valueField.kind === 'message' ? [...value, v] : [v];
    }
    const k = key
      ? (scalars(keyField, [key], typeName)[0] ?? defaultScalar(keyField.type))
      : defaultScalar(keyField.type);
    entries.set(keyId(k), { key: k, value });
  }
  for (const { key, value } of [...entries.values()].sort((a, b) => compareKeys(a.key, b.key))) {
    out.enter(field.name);
    out.line(`key: ${scalarText(keyField, key)}`);
    if (valueField.kind === 'message') {
      out.enter('value');
      printMessage(out, valueField.message!(), concat(value));
      out.leave();
    } else {
      const v = value.length ? scalars(valueField, value, typeName).at(-1)! : defaultScalar(valueField.type);
      out.line(`value: ${scalarText(valueField, v)}`);
    }
    out.leave();
  }
}

function printMessage(out: TextOut, info: MessageInfo, bytes: Uint8Array): void {
  const r = new WireReader(bytes, info.name);
  const fields = new Map<number, Raw[]>();
  // the member of each oneof that the parser keeps: the last one on the wire
  const oneofWinner = new Map<string, number>();
  while (r.pos < bytes.length) {
    const tag = r.small();
    const id = Math.floor(tag / 8);
    if (id === 0) r.fail('field number 0');
    const raw = r.raw(tag % 8, id);
    const field = info.byId.get(id);
    if (!raw || !field) continue;
    const list = fields.get(id);
    if (list) list.push(raw);
    else fields.set(id, [raw]);
    if (field.oneof !== undefined) oneofWinner.set(field.oneof, id);
  }
  for (const id of [...fields.keys()].sort((a, b) => a - b)) {
    const field = info.byId.get(id)!;
    const raws = fields.get(id)!;
    if (field.oneof !== undefined && oneofWinner.get(field.oneof) !== id) continue;
    if (field.kind === 'map') {
      printMap(out, field, raws, info.name);
    } else if (field.kind === 'message') {
      const sub = field.message!();
      for (const chunk of field.repeated ? raws.map((raw) => [raw]) : [raws]) {
        out.enter(field.name);
        printMessage(out, sub, concat(chunk));
        out.leave();
      }
    } else {
      const values = scalars(field, raws, info.name);
      if (field.repeated) {
        for (const v of values) out.line(`${field.name}: ${scalarText(field, v)}`);
      } else {
        const v = values.at(-1);
        if (v !== undefined && (field.oneof !== undefined || !isZero(v)))
          out.line(`${field.name}: ${scalarText(field, v)}`);
      }
    }
  }
}

/** The text format of serialized `bytes` of tensorboard.`typeName`, as TensorBoard's `str(message)` prints it. */
export function protoBytesToText(typeName: string, bytes: Uint8Array): string {
  const out = new TextOut();
  printMessage(out, lookup(typeName), bytes);
  return out.text;
}
