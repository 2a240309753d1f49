import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';

/** A JSX element in a guide: a component (`<CareCard>`) or, as MDX reads it, raw HTML (`<script>`). */
export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

export function jsxElements(tree: Root): JsxElement[] {
  const elements: JsxElement[] = [];
  visit(tree, (node) => {
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') elements.push(node as JsxElement);
  });
  return elements;
}

/** A literal attribute value; undefined when the attribute is missing or not a plain string. */
export function attribute(element: JsxElement, name: string): string | undefined {
  const found = element.attributes.find((attr) => attr.type === 'mdxJsxAttribute' && attr.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
}

/** A text cut to `max` characters, in quotes, for messages. */
export function quote(text: string, max = 90): string {
  return `"${text.length > max ? `${text.slice(0, max)}…` : text}"`;
}
