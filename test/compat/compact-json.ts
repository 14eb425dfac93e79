// TensorBoard's json.dumps text made comparable with ours byte for byte: the whitespace between tokens that its
// default separators (`, ` and `: `) add is removed; strings (escapes included) are kept as they are.

/** JSON text without the whitespace between tokens (strings kept as they are). */
export function compactJson(text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      out += c;
      if (c === '\\') out += text[++i] ?? '';
      else if (c === '"') inString = false;
    } else if (c === '"') {
      inString = true;
      out += c;
    } else if (c !== ' ' && c !== '\n' && c !== '\t' && c !== '\r') out += c;
  }
  return out;
}
