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

/** Runs of Chinese characters and CJK punctuation (「」、。：…). */
const CJK_RUN = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]+(?:[ \u00b7]*[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]+)*/g;

/**
 * Mark Chinese quoted inside English HTML with `lang="zh-CN"` (for screen readers, fonts, and the
 * reading modes' checks). Only text is touched: the HTML from {@link inlineCode} has no CJK in tags.
 * @example markChinese('read 「对应」 here') // 'read <span lang="zh-CN">「对应」</span> here'
 */
export function markChinese(html: string): string {
  return html.replace(CJK_RUN, (run) => `<span lang="zh-CN">${run}</span>`);
}
