// The one path by which text from a log file becomes markup: Markdown rendered with marked in which raw HTML
// (block or inline) is escaped and shown as text, then sanitised by DOMPurify with TensorBoard's tag allowlist.
// Invariants: `<script>`, `<img onerror>` and any other HTML written into a summary appear as visible text;
// scripts, event handlers and javascript: URLs never reach the page.
import DOMPurify from 'dompurify';
import { Marked } from 'marked';

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
const ALLOWED_ATTR = ['href', 'title', 'src', 'alt'];

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const marked = new Marked({
  gfm: true,
  async: false,
  renderer: {
    // raw HTML in a log's Markdown is shown as the text it is, never interpreted
    html: ({ text }) => escapeHtml(text),
  },
});

export function sanitizedFragment(html: string): DocumentFragment {
  return DOMPurify.sanitize(html, { ALLOWED_TAGS, ALLOWED_ATTR, RETURN_DOM_FRAGMENT: true });
}

/** Markdown from a log file, rendered with marked (raw HTML escaped) and then sanitised. */
export function markdownFragment(markdown: string): DocumentFragment {
  return sanitizedFragment(marked.parse(markdown.replace(/\0/g, ''), { async: false }));
}

/** The plain text of an HTML-escaped string as the server's `markdown=false` text route returns it; parsed in an
 *  inert document (nothing runs, nothing loads). */
export function unescapeHtml(escaped: string): string {
  return new DOMParser().parseFromString(`<body>${escaped}</body>`, 'text/html').body.textContent ?? '';
}

/** The cells of a `markdown=false` response: a table of escaped cells for rank 1-2 summaries, else one cell. */
export function plainTextCells(escaped: string): string[][] {
  const doc = new DOMParser().parseFromString(`<body>${escaped}</body>`, 'text/html');
  const rows = [...doc.querySelectorAll('tr')];
  if (rows.length === 0) return [[doc.body.textContent ?? '']];
  return rows.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? ''));
}
