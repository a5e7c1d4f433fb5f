/**
 * Small, explicit walks over parsed HTML (hast) for the content tests: find elements by class with
 * their ancestors, and turn elements into the text a reader sees.
 */
import { toText } from 'hast-util-to-text';
import type { Element, Root, RootContent } from 'hast';

/** Whether an element carries a class. */
export function hasClass(el: Element, name: string): boolean {
  const cls = el.properties['className'];
  return Array.isArray(cls) && cls.includes(name);
}

/** The element's `lang` attribute, if any. */
export function langOf(el: Element): string | undefined {
  const v = el.properties['lang'];
  return typeof v === 'string' ? v : undefined;
}

/** A string attribute (hast property name, e.g. `dataSeed` for `data-seed`). */
export function attr(el: Element, name: string): string | undefined {
  const v = el.properties[name];
  return typeof v === 'string' ? v : undefined;
}

/** Visit every element in document order with its ancestors (nearest last). Return `false` to skip its subtree. */
export function walk(tree: Root | Element, visit: (el: Element, ancestors: readonly Element[]) => boolean | void): void {
  const stack: Element[] = [];
  const go = (nodes: RootContent[]): void => {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      if (visit(node, stack) === false) continue;
      stack.push(node);
      go(node.children);
      stack.pop();
    }
  };
  go(tree.children);
}

/** The first element matching a predicate, in document order. */
export function find(tree: Root | Element, pred: (el: Element) => boolean): Element | undefined {
  let found: Element | undefined;
  walk(tree, (el) => {
    if (found) return false;
    if (pred(el)) { found = el; return false; }
    return true;
  });
  return found;
}

/** All elements matching a predicate (not descending into matches). */
export function findAll(tree: Root | Element, pred: (el: Element, ancestors: readonly Element[]) => boolean): Element[] {
  const out: Element[] = [];
  walk(tree, (el, ancestors) => {
    if (pred(el, ancestors)) { out.push(el); return false; }
    return true;
  });
  return out;
}

/** The rendered text of an element (like `innerText`: cells and blocks separated, scripts ignored). */
export function textOf(el: Element): string {
  return toText(el, { whitespace: 'pre' });
}

/** Whitespace folded: runs of any whitespace (tabs, newlines, ideographic spaces) become one space. */
export function fold(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** The page's `<main>` element; throws when there is none (the page is not a Starlight page). */
export function mainOf(tree: Root): Element {
  const main = find(tree, (el) => el.tagName === 'main');
  if (!main) throw new Error('no <main> element in the built page');
  return main;
}
