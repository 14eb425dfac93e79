// Renders Markdown from log files (text summaries, tag descriptions) to sanitized HTML, as TensorBoard's
// plugin_util.markdown_to_safe_html does: Markdown with tables, then an allowlist sanitizer. Invariant: raw HTML
// in the input never reaches the output unsanitized (scripts, event handlers, javascript: URLs are removed).
import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

/** TensorBoard's allowlist (plugin_util._ALLOWED_TAGS / _ALLOWED_ATTRIBUTES). */
const ALLOWED_TAGS = [
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
  'b',
  'i',
  'del',
  's',
];
const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: ALLOWED_TAGS,
  allowedAttributes: { a: ['href', 'title'], img: ['src', 'title', 'alt'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['http', 'https', 'data'] },
  disallowedTagsMode: 'escape',
};

const marked = new Marked({ gfm: true, async: false });

export function sanitizeHtmlFragment(html: string): string {
  return sanitizeHtml(html, SANITIZE);
}

export function markdownToSafeHtml(markdown: string): string {
  if (markdown === '') return '';
  const html = marked.parse(markdown.replace(/\0/g, ''), { async: false });
  return sanitizeHtmlFragment(html).trim();
}

/** Escapes text for use inside HTML (markdown=false rendering). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
