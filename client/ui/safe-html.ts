// The one path by which text from a log file becomes markup: Markdown rendered with marked in which raw HTML
// (block or inline) is escaped and shown as text, then sanitised by DOMPurify with TensorBoard's tag allowlist.
// Invariants: `<script>`, `<img onerror>` and any other HTML written into a summary appear as visible text;
// scripts, event handlers and javascript: URLs never reach the page.
import DOMPurify from 'dompurify';
import { Marked } from 'marked';
import {
  MARKDOWN_ALLOWED_ATTRIBUTES,
  MARKDOWN_ALLOWED_TAGS,
  markdownWithinBounds,
} from '../../contract/markdown-allowlist.ts';

// The allowlist the server's renderer uses too (TensorBoard's plugin_util): no b, i, del or s.
const ALLOWED_TAGS = [...MARKDOWN_ALLOWED_TAGS];
const ALLOWED_ATTR = [...new Set(Object.values(MARKDOWN_ALLOWED_ATTRIBUTES).flat())];

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const marked = new Marked({
  gfm: true,
  async: false,
  // As Python-Markdown, which TensorBoard uses: no ~~strikethrough~~, no bare-URL links.
  tokenizer: { del: () => undefined, url: () => undefined },
  renderer: {
    // raw HTML in a log's Markdown is shown as the text it is, never interpreted
    html: ({ text }) => escapeHtml(text),
  },
});

export function sanitizedFragment(html: string): DocumentFragment {
  return DOMPurify.sanitize(html, { ALLOWED_TAGS, ALLOWED_ATTR, RETURN_DOM_FRAGMENT: true });
}

/** Markdown from a log file, rendered with marked (raw HTML escaped) and then sanitised. A text past the
 *  shared size and nesting bounds, or one marked fails on, is shown as escaped text and never parsed, so one
 *  hostile summary cannot freeze the tab. */
export function markdownFragment(markdown: string): DocumentFragment {
  const source = markdown.replace(/\0/g, '');
  const escaped = (): DocumentFragment => sanitizedFragment(`<pre>${escapeHtml(source)}</pre>`);
  if (!markdownWithinBounds(source)) return escaped();
  try {
    return sanitizedFragment(marked.parse(source, { async: false }));
  } catch {
    return escaped();
  }
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
