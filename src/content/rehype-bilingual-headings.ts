/**
 * Rehype plugin: a heading written `## 中文 | English` becomes
 * `<span class="lang-zh" lang="zh-CN">中文</span><span class="bi-sep"> | </span><span class="lang-en" lang="en">English</span>`,
 * so the reading mode can hide one language. The separator stays in the text on purpose: the table of
 * contents receives the heading as plain text and splits it again (BiLabel.astro).
 */
import type { Element, ElementContent, Root, Text } from 'hast';

export const HEADING_SEPARATOR = ' | ';

function isHeading(node: Element): boolean {
  return /^h[1-6]$/.test(node.tagName);
}

/** Split a heading's children at the first separator; returns null when there is none. */
export function splitHeadingChildren(children: ElementContent[]): [ElementContent[], ElementContent[]] | null {
  const index = children.findIndex((c) => c.type === 'text' && c.value.includes(HEADING_SEPARATOR));
  if (index < 0) return null;
  const node = children[index] as Text;
  const at = node.value.indexOf(HEADING_SEPARATOR);
  const left = node.value.slice(0, at);
  const right = node.value.slice(at + HEADING_SEPARATOR.length);
  const zh: ElementContent[] = [...children.slice(0, index), ...(left ? [{ type: 'text', value: left } as Text] : [])];
  const en: ElementContent[] = [...(right ? [{ type: 'text', value: right } as Text] : []), ...children.slice(index + 1)];
  return [zh, en];
}

function span(className: string, lang: string | null, children: ElementContent[]): Element {
  const properties: Element['properties'] = { className: [className] };
  if (lang) properties['lang'] = lang;
  else properties['ariaHidden'] = 'true';
  return { type: 'element', tagName: 'span', properties, children };
}

function visit(node: Root | Element): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (isHeading(child)) {
      const parts = splitHeadingChildren(child.children);
      if (parts) {
        child.children = [
          span('lang-zh', 'zh-CN', parts[0]),
          span('bi-sep', null, [{ type: 'text', value: HEADING_SEPARATOR }]),
          span('lang-en', 'en', parts[1]),
        ];
      }
    } else visit(child);
  }
}

/** The plugin itself (no options). */
export function rehypeBilingualHeadings() {
  return (tree: Root): void => visit(tree);
}
