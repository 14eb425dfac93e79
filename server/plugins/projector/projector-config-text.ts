// Parses projector_config.pbtxt (protobuf text format, as PyTorch's and tensorboardX's add_embedding and TF's
// projector.visualize_embeddings write it) into a ProjectorConfig, with text_format.Parse's rules: `#` comments,
// `:` optional before a message, `{}` or `<>` around one, `[a, b]` lists, adjacent strings concatenated, C
// escapes, `,` or `;` after a field. Invariants: an unknown field, a singular field given twice, a number out
// of uint32 range or any syntax error throws a ProjectorConfigError naming the line; input is never evaluated.
import {
  emptyConfig,
  emptyEmbedding,
  type EmbeddingInfo,
  type ProjectorConfig,
  type SpriteMetadata,
} from './projector-config.ts';

export class ProjectorConfigError extends Error {
  override readonly name = 'ProjectorConfigError';
}

type Token =
  | { kind: 'ident'; text: string; line: number }
  | { kind: 'string'; text: string; line: number }
  | { kind: 'number'; text: string; line: number }
  | { kind: 'punct'; text: string; line: number };

const ESCAPES: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  a: '\x07',
  b: '\b',
  f: '\f',
  v: '\v',
  '\\': '\\',
  "'": "'",
  '"': '"',
  '?': '?',
};

/** The string literal starting at `src[start]` (a quote): its bytes decoded as UTF-8, and where it ends. */
function readString(src: string, start: number, line: number): { text: string; end: number } {
  const quote = src[start];
  const bytes: number[] = [];
  const pushText = (s: string): void => {
    for (const b of new TextEncoder().encode(s)) bytes.push(b);
  };
  let i = start + 1;
  for (;;) {
    const c = src[i];
    if (c === undefined || c === '\n') throw new ProjectorConfigError(`line ${line}: unterminated string`);
    if (c === quote) break;
    if (c !== '\\') {
      pushText(c);
      i += 1;
      continue;
    }
    const e = src[i + 1] ?? '';
    if (e in ESCAPES) {
      pushText(ESCAPES[e]!);
      i += 2;
    } else if (/[0-7]/.test(e)) {
      const m = /^[0-7]{1,3}/.exec(src.slice(i + 1))![0];
      bytes.push(parseInt(m, 8) & 0xff);
      i += 1 + m.length;
    } else if (e === 'x' && /^[0-9a-fA-F]/.test(src[i + 2] ?? '')) {
      const m = /^[0-9a-fA-F]{1,2}/.exec(src.slice(i + 2))![0];
      bytes.push(parseInt(m, 16));
      i += 2 + m.length;
    } else if ((e === 'u' || e === 'U') && /^[0-9a-fA-F]{4}/.test(src.slice(i + 2))) {
      const len = e === 'u' ? 4 : 8;
      const hex = src.slice(i + 2, i + 2 + len);
      if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== len)
        throw new ProjectorConfigError(`line ${line}: bad \\${e} escape`);
      const cp = parseInt(hex, 16);
      if (cp > 0x10ffff) throw new ProjectorConfigError(`line ${line}: bad \\${e} escape`);
      pushText(String.fromCodePoint(cp));
      i += 2 + len;
    } else throw new ProjectorConfigError(`line ${line}: invalid escape \\${e}`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes));
  } catch {
    throw new ProjectorConfigError(`line ${line}: string is not valid UTF-8`);
  }
  return { text, end: i + 1 };
}

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let line = 1;
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (c === '\n') {
      line += 1;
      i += 1;
    } else if (/\s/.test(c)) i += 1;
    else if (c === '#') {
      while (i < src.length && src[i] !== '\n') i += 1;
    } else if (c === '"' || c === "'") {
      const s = readString(src, i, line);
      const prev = out.at(-1);
      if (prev?.kind === 'string')
        prev.text += s.text; // adjacent string literals are one value
      else out.push({ kind: 'string', text: s.text, line });
      i = s.end;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i))![0];
      out.push({ kind: 'ident', text: m, line });
      i += m.length;
    } else if (/[-+0-9.]/.test(c)) {
      const m = /^[-+]?(0[xX][0-9a-fA-F]+|[0-9]*\.?[0-9]+([eE][-+]?[0-9]+)?[fF]?)/.exec(src.slice(i));
      if (!m) throw new ProjectorConfigError(`line ${line}: unexpected '${c}'`);
      out.push({ kind: 'number', text: m[0], line });
      i += m[0].length;
    } else if ('{}<>[]:,;'.includes(c)) {
      out.push({ kind: 'punct', text: c, line });
      i += 1;
    } else throw new ProjectorConfigError(`line ${line}: unexpected '${c}'`);
  }
  return out;
}

/** The fields of each message: scalar kind, or a nested message. */
type FieldKind = 'string' | 'uint32s' | 'sprite' | 'embeddings';
const FIELDS: Record<string, Record<string, FieldKind>> = {
  ProjectorConfig: {
    model_checkpoint_path: 'string',
    embeddings: 'embeddings',
    model_checkpoint_dir: 'string',
  },
  EmbeddingInfo: {
    tensor_name: 'string',
    metadata_path: 'string',
    bookmarks_path: 'string',
    tensor_shape: 'uint32s',
    sprite: 'sprite',
    tensor_path: 'string',
  },
  SpriteMetadata: { image_path: 'string', single_image_dim: 'uint32s' },
};

class Parser {
  private i = 0;
  constructor(private readonly tokens: Token[]) {}

  private peek(): Token | undefined {
    return this.tokens[this.i];
  }
  private next(what: string): Token {
    const t = this.tokens[this.i];
    if (!t) throw new ProjectorConfigError(`unexpected end of file, expected ${what}`);
    this.i += 1;
    return t;
  }
  private isPunct(text: string): boolean {
    const t = this.peek();
    return t?.kind === 'punct' && t.text === text;
  }
  private expectPunct(text: string): void {
    const t = this.next(`'${text}'`);
    if (t.kind !== 'punct' || t.text !== text)
      throw new ProjectorConfigError(`line ${t.line}: expected '${text}', found '${t.text}'`);
  }

  /** Fields until `close` (or the end of input when undefined), each handed to `onField`. */
  fields(type: string, close: string | undefined, onField: (name: string, line: number) => void): void {
    for (;;) {
      const t = this.peek();
      if (!t) {
        if (close !== undefined)
          throw new ProjectorConfigError(`unexpected end of file, expected '${close}'`);
        return;
      }
      if (close !== undefined && t.kind === 'punct' && t.text === close) {
        this.i += 1;
        return;
      }
      if (t.kind !== 'ident')
        throw new ProjectorConfigError(`line ${t.line}: expected a field name of ${type}, found '${t.text}'`);
      this.i += 1;
      if (!(t.text in FIELDS[type]!))
        throw new ProjectorConfigError(
          `line ${t.line}: message type "tensorboard.${type}" has no field named "${t.text}"`,
        );
      onField(t.text, t.line);
      if (this.isPunct(',') || this.isPunct(';')) this.i += 1;
    }
  }

  /** `:`? then `{` or `<`; returns the matching close. */
  openMessage(): string {
    if (this.isPunct(':')) this.i += 1;
    const t = this.next("'{'");
    if (t.kind === 'punct' && (t.text === '{' || t.text === '<')) return t.text === '{' ? '}' : '>';
    throw new ProjectorConfigError(`line ${t.line}: expected '{', found '${t.text}'`);
  }

  string(): string {
    this.expectPunct(':');
    const t = this.next('a string');
    if (t.kind !== 'string')
      throw new ProjectorConfigError(`line ${t.line}: expected a string, found '${t.text}'`);
    return t.text;
  }

  private uint32(): number {
    const t = this.next('an integer');
    const text = t.text.startsWith('+') ? t.text.slice(1) : t.text;
    const n = /^0[xX][0-9a-fA-F]+$/.test(text)
      ? parseInt(text, 16)
      : /^0[0-7]+$/.test(text)
        ? parseInt(text, 8)
        : /^[0-9]+$/.test(text)
          ? Number(text)
          : NaN;
    if (t.kind !== 'number' || !Number.isInteger(n) || n > 0xffffffff)
      throw new ProjectorConfigError(`line ${t.line}: expected a uint32, found '${t.text}'`);
    return n;
  }

  /** `: n` or `: [n, m]`, appended to `into`. */
  uint32s(into: number[]): void {
    this.expectPunct(':');
    if (!this.isPunct('[')) {
      into.push(this.uint32());
      return;
    }
    this.i += 1;
    if (this.isPunct(']')) {
      this.i += 1;
      return;
    }
    for (;;) {
      into.push(this.uint32());
      if (this.isPunct(']')) {
        this.i += 1;
        return;
      }
      this.expectPunct(',');
    }
  }
}

function once(seen: Set<string>, type: string, name: string, line: number): void {
  if (seen.has(name))
    throw new ProjectorConfigError(
      `line ${line}: message type "tensorboard.${type}" should not have multiple "${name}" fields`,
    );
  seen.add(name);
}

function parseSprite(p: Parser): SpriteMetadata {
  const sprite: SpriteMetadata = { imagePath: '', singleImageDim: [] };
  const seen = new Set<string>();
  const close = p.openMessage();
  p.fields('SpriteMetadata', close, (name, line) => {
    if (name === 'image_path') {
      once(seen, 'SpriteMetadata', name, line);
      sprite.imagePath = p.string();
    } else p.uint32s(sprite.singleImageDim);
  });
  return sprite;
}

function parseEmbedding(p: Parser): EmbeddingInfo {
  const e = emptyEmbedding();
  const seen = new Set<string>();
  const close = p.openMessage();
  p.fields('EmbeddingInfo', close, (name, line) => {
    if (name === 'tensor_shape') {
      p.uint32s(e.tensorShape);
      return;
    }
    once(seen, 'EmbeddingInfo', name, line);
    if (name === 'sprite') e.sprite = parseSprite(p);
    else if (name === 'tensor_name') e.tensorName = p.string();
    else if (name === 'metadata_path') e.metadataPath = p.string();
    else if (name === 'bookmarks_path') e.bookmarksPath = p.string();
    else e.tensorPath = p.string();
  });
  return e;
}

/** Parses the text of a projector_config.pbtxt; throws ProjectorConfigError. */
export function parseProjectorConfig(text: string): ProjectorConfig {
  const p = new Parser(tokenize(text));
  const config = emptyConfig();
  const seen = new Set<string>();
  p.fields('ProjectorConfig', undefined, (name, line) => {
    if (name === 'embeddings') {
      config.embeddings.push(parseEmbedding(p));
      return;
    }
    once(seen, 'ProjectorConfig', name, line);
    if (name === 'model_checkpoint_path') config.modelCheckpointPath = p.string();
    else config.modelCheckpointDir = p.string();
  });
  return config;
}
