// Renders Markdown and text from log files (text summaries, tag descriptions, audio labels) to safe HTML as
// TensorBoard's plugin_util does: markdown_to_safe_html (Python-Markdown with tables and fenced code, then
// bleach with the allowlist of contract/markdown-allowlist.ts) and safe_html (bleach alone, for
// markdown=false). Tags outside the allowlist are escaped and shown as text (`&lt;b&gt;`), entities are spelt
// as bleach spells them (`&amp;`, `&lt;`; entities already in the text are kept), GFM extras Python-Markdown
// lacks (strikethrough, bare-URL links) are off. Invariants: raw HTML never reaches the output unsanitized;
// a text past the size or nesting bounds, or one the parser fails on, is shown escaped and never throws.
import { Marked, type Tokens } from 'marked';
import sanitizeHtml from 'sanitize-html';
import {
  MARKDOWN_ALLOWED_ATTRIBUTES,
  MARKDOWN_ALLOWED_SCHEMES,
  MARKDOWN_ALLOWED_TAGS,
  markdownWithinBounds,
} from '../../../contract/markdown-allowlist.ts';

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [...MARKDOWN_ALLOWED_TAGS],
  allowedAttributes: Object.fromEntries(
    Object.entries(MARKDOWN_ALLOWED_ATTRIBUTES).map(([tag, attrs]) => [tag, [...attrs]]),
  ),
  allowedSchemes: [...MARKDOWN_ALLOWED_SCHEMES],
  allowedSchemesAppliedToAttributes: ['href', 'src'],
  allowProtocolRelative: true,
  disallowedTagsMode: 'escape',
  // bleach serializes attributes in alphabetical order (`<img alt src title>`).
  transformTags: {
    '*': (tagName, attribs) => ({
      tagName,
      attribs: Object.fromEntries(Object.entries(attribs).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
    }),
  },
  // Entities already in the text stay as written (bleach keeps `&#60;` and `&copy;`); bare `&` becomes `&amp;`.
  parser: { decodeEntities: false },
};

/** Python-Markdown's table layout: one tag per line, `<tbody>` on its own line. */
function tableHtml(
  this: { parser: { parseInline(tokens: Tokens.TableCell['tokens']): string } },
  t: Tokens.Table,
): string {
  const row = (cells: Tokens.TableCell[], tag: 'th' | 'td'): string =>
    `<tr>\n${cells.map((c) => `<${tag}>${this.parser.parseInline(c.tokens)}</${tag}>\n`).join('')}</tr>\n`;
  const body = t.rows.length > 0 ? `<tbody>\n${t.rows.map((r) => row(r, 'td')).join('')}</tbody>\n` : '';
  return `<table>\n<thead>\n${row(t.header, 'th')}</thead>\n${body}</table>\n`;
}

const marked = new Marked({
  gfm: true,
  async: false,
  // Returning undefined (not false) turns a tokenizer off: Python-Markdown has no ~~strike~~ and no bare links.
  tokenizer: { del: () => undefined, url: () => undefined },
  renderer: {
    table: tableHtml,
    br: () => '<br>\n',
    // Python-Markdown leaves quotes in text alone and keeps entities already written (marked decodes
    // numeric ones in `text`, so an inline text token is rendered from its `raw` source).
    text: (t: Tokens.Text | Tokens.Escape) =>
      'tokens' in t && t.tokens ? false : keepEntities(t.type === 'text' ? t.raw : t.text),
  },
});

/** Escapes `<`, `>` and bare `&`, keeping entities already written (`&#60;`, `&copy;`). */
function keepEntities(text: string): string | false {
  return text
    .replace(/&(?!#?[a-zA-Z0-9]{1,20};)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** Text for inside an element, spelt as bleach spells it. */
export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** @deprecated kept for callers of the old name: the same as escapeText. */
export const escapeHtml = escapeText;

/** plugin_util.safe_html: allowed tags kept, every other tag escaped, no Markdown. */
export function safeHtml(text: string): string {
  // bleach writes void elements as `<br>` and `<img src="x">`; sanitize-html as `<br />`. A ` />` in the
  // output can only be a serialized tag: in text `>` is escaped.
  return sanitizeHtml(text.replace(/\0/g, ''), SANITIZE).replace(/ \/>/g, '>');
}

/** Kept for callers that sanitize HTML they built themselves. */
export const sanitizeHtmlFragment = safeHtml;

/** What a text that may not or cannot be parsed becomes: its characters, escaped, lines kept. */
function shownEscaped(text: string): string {
  return `<pre>${escapeText(text)}</pre>`;
}

/** plugin_util.markdown_to_safe_html, bounded: see the module comment. */
export function markdownToSafeHtml(markdown: string): string {
  const source = markdown.replace(/\0/g, '');
  if (source === '') return '';
  if (!markdownWithinBounds(source)) return shownEscaped(source);
  let html: string;
  try {
    html = marked.parse(source, { async: false });
  } catch {
    return shownEscaped(source);
  }
  return safeHtml(html).trim();
}
