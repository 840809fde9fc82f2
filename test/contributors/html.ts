// Reads built HTML with parse5 (the HTML standard's parser) so tests see what a browser sees.
import { parse, type DefaultTreeAdapterMap } from 'parse5';

export type Element = DefaultTreeAdapterMap['element'];
type Node = DefaultTreeAdapterMap['node'];

export interface Page {
  all(tagName: string): Element[];
  /** Every element with the class. */
  byClass(className: string): Element[];
  elements: Element[];
}

export function readHtml(html: string): Page {
  const elements: Element[] = [];
  const walk = (node: Node) => {
    if ('tagName' in node) elements.push(node);
    const children = 'content' in node && node.content ? node.content.childNodes : 'childNodes' in node ? node.childNodes : [];
    for (const child of children) walk(child as Node);
  };
  walk(parse(html) as unknown as Node);
  return {
    elements,
    all: (tagName) => elements.filter((element) => element.tagName === tagName),
    byClass: (className) => elements.filter((element) => (attr(element, 'class') ?? '').split(/\s+/).includes(className)),
  };
}

export function attr(element: Element, name: string): string | undefined {
  return element.attrs.find((attribute) => attribute.name === name)?.value;
}

export function text(node: Node): string {
  if ('value' in node && node.nodeName === '#text') return (node as { value: string }).value;
  const children = 'childNodes' in node ? node.childNodes : [];
  return children.map((child) => text(child as Node)).join('');
}

/** Child elements (not text nodes), optionally only those with the tag name. */
export function children(element: Element, tagName?: string): Element[] {
  return element.childNodes.filter((node): node is Element => 'tagName' in node && (!tagName || node.tagName === tagName));
}
