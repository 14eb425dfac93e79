// Turns HTML that came from a log file (the server's Markdown rendering of text summaries and tag descriptions)
// into a DOM fragment through DOMPurify, with the same tag allowlist TensorBoard uses. Invariant: the only path
// by which log-file content becomes markup in the page; scripts, event handlers and javascript: URLs never pass.
import DOMPurify from 'dompurify';
import { marked } from 'marked';

const ALLOWED_TAGS = ['ul', 'ol', 'li', 'p', 'pre', 'code', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'br', 'strong', 'em', 'a', 'img', 'table', 'thead', 'tbody', 'td', 'tr', 'th', 'b', 'i', 'del', 's'];
const ALLOWED_ATTR = ['href', 'title', 'src', 'alt'];

export function sanitizedFragment(html: string): DocumentFragment {
  return DOMPurify.sanitize(html, { ALLOWED_TAGS, ALLOWED_ATTR, RETURN_DOM_FRAGMENT: true });
}

/** Markdown from a log file, rendered with marked and then sanitised. */
export function markdownFragment(markdown: string): DocumentFragment {
  return sanitizedFragment(marked.parse(markdown, { async: false }));
}
