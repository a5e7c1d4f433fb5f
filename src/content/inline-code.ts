/** Escape text for HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

/** Escaped text with `**bold**` spans turned into <strong>. */
function withBold(text: string): string {
  return text
    .split(/(\*\*[^*]+\*\*)/)
    .map((part) => (/^\*\*[^*]+\*\*$/.test(part) ? `<strong>${escapeHtml(part.slice(2, -2))}</strong>` : escapeHtml(part)))
    .join('');
}

/**
 * Render a note written with `backtick code` and `**bold**` spans as safe HTML: everything escaped,
 * backtick spans become <code> (their content literal), bold spans <strong>. Used for errata notes,
 * which are data rather than markdown.
 * @example inlineCode('use `sendall()`') // 'use <code>sendall()</code>'
 */
export function inlineCode(text: string): string {
  return text
    .split(/(`[^`]+`)/)
    .map((part) => (part.startsWith('`') && part.endsWith('`') && part.length > 1
      ? `<code>${escapeHtml(part.slice(1, -1))}</code>`
      : withBold(part)))
    .join('');
}
