// What Markdown and text from a log file may become, shared by the server's renderer and the browser's: the
// tag and attribute allowlist of TensorBoard's plugin_util (bleach Cleaner with _ALLOWED_TAGS and
// _ALLOWED_ATTRIBUTES; every other tag is escaped and shown as text) and the bounds past which a text is not
// rendered as Markdown at all but shown escaped. Invariant: pure data and pure functions, no DOM, no Node.

/** plugin_util._ALLOWED_TAGS of TensorBoard 2.21 (no b, i, del or s: those show as text). */
export const MARKDOWN_ALLOWED_TAGS: readonly string[] = [
  'ul',
  'ol',
  'li',
  'p',
  'pre',
  'code',
  'blockquote',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'br',
  'strong',
  'em',
  'a',
  'img',
  'table',
  'thead',
  'tbody',
  'td',
  'tr',
  'th',
];

/** plugin_util._ALLOWED_ATTRIBUTES. */
export const MARKDOWN_ALLOWED_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  a: ['href', 'title'],
  img: ['src', 'title', 'alt'],
};

/** bleach's default protocols for href/src; anything else (javascript:, data:) drops the attribute. */
export const MARKDOWN_ALLOWED_SCHEMES: readonly string[] = ['http', 'https', 'mailto'];

/** Longest text rendered as Markdown, UTF-16 units; longer texts are shown escaped, never parsed. */
export const MARKDOWN_MAX_CHARS = 512 * 1024;

/** Deepest nesting of blockquotes and lists rendered as Markdown (recursive parsers overflow their stack,
 *  or take seconds, on thousands of levels); deeper texts are shown escaped. */
export const MARKDOWN_MAX_DEPTH = 32;

/** An upper bound of the container nesting a Markdown text asks for: per line, the `>` and list markers and
 *  the indentation (a level per 4 columns) before its content; linear in the text's length. */
export function markdownNestingDepth(text: string): number {
  let deepest = 0;
  let depth = 0;
  let indent = 0;
  let atLineStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      depth = 0;
      indent = 0;
      atLineStart = true;
      continue;
    }
    if (!atLineStart) continue;
    if (c === 62)
      depth += 1; // '>'
    else if (c === 32) indent += 1;
    else if (c === 9) indent += 4;
    else if ((c === 45 || c === 42 || c === 43) && /[ \t]/.test(text[i + 1] ?? ''))
      depth += 1; // '- ', '* ', '+ '
    else atLineStart = false;
    deepest = Math.max(deepest, depth + Math.floor(indent / 4));
  }
  return deepest;
}

/** Whether a text may be parsed as Markdown at all (size and depth bounds). */
export function markdownWithinBounds(text: string): boolean {
  return text.length <= MARKDOWN_MAX_CHARS && markdownNestingDepth(text) <= MARKDOWN_MAX_DEPTH;
}
