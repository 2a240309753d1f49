import type { Nodes, Root } from 'mdast';
import type { Node, Parent } from 'unist';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { oncePer } from '../lib/once-per';

/** A JSX element in a guide: a component (`<CareCard>`) or, as MDX reads it, raw HTML (`<script>`). */
export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** Whether a node is a JSX element, flow or text. */
const isJsxElement = (node: Node): node is JsxElement => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

export function jsxElements(tree: Root): JsxElement[] {
  return treeNodes(tree).filter(isJsxElement);
}

/**
 * Calls `see` on every node of a tree in the order unist-util-visit meets them (a parent, then its children
 * in document order), without the ancestors it keeps for each node.
 */
function eachNode(node: Node, see: (node: Node) => void): void {
  see(node);
  const { children } = node as Parent;
  if (Array.isArray(children)) for (const child of children) eachNode(child, see);
}

/**
 * Every node of a guide's tree, in the order unist-util-visit meets them, listed once per parse and shared by
 * every gate and fact that reads it (no check changes a tree it reads). Each of them walked the tree with
 * `visit` before, which keeps every node's ancestors: at 1,000 guides, about 0.7 s of the build's thread and
 * 0.4 s of the writing checks', besides the garbage it left.
 */
export const treeNodes = oncePer((tree: Node): readonly Node[] => {
  const nodes: Node[] = [];
  eachNode(tree, (node) => void nodes.push(node));
  return nodes;
});

/** The nodes of one type in a guide's tree, in document order (`treeNodes`). */
export function nodesOfType<T extends Nodes['type']>(tree: Node, type: T): Extract<Nodes, { type: T }>[] {
  return treeNodes(tree).filter((node): node is Extract<Nodes, { type: T }> => node.type === type);
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
