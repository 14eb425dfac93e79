// JSON text as Python's json.dumps writes it by default (ensure_ascii), which is how TensorBoard's /data routes
// answer (http_util.Respond with a JSON content type and no charset): every character outside printable ASCII
// (space to `~`) that JSON.stringify leaves as it is, DEL and all non-ASCII, becomes a `\uXXXX` escape with
// lowercase hex, an astral character a surrogate pair (a JS string already holds it as one). Control characters
// are escaped by JSON.stringify itself as Python escapes them (`\n`, `\u001f`), and so are lone surrogates.
// Invariants: outside strings JSON text is ASCII, so escaping the whole text escapes only inside strings, and
// the text parses to the same value; ASCII-only text is returned as it is after one scan, no copy.

const NON_ASCII = /[\u007f-\uffff]/;
const NON_ASCII_ALL = /[\u007f-\uffff]/g;

const escape = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** `json` (JSON text) with every character outside printable ASCII escaped as ensure_ascii escapes it. */
export function asciiJson(json: string): string {
  return NON_ASCII.test(json) ? json.replace(NON_ASCII_ALL, escape) : json;
}

/** A string as a JSON string literal, as Python's json.dumps(s) writes it (ensure_ascii). */
export function asciiJsonString(s: string): string {
  return asciiJson(JSON.stringify(s));
}
