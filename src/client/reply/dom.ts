/**
 * Node placement through the DOM's core methods: the project's type setup also loads the Workers
 * types, whose HTMLRewriter `Element.after/before/append` (strings only) shadow the DOM's.
 */
export function placeAfter(anchor: Node, node: Node): void {
  anchor.parentNode?.insertBefore(node, anchor.nextSibling);
}

export function placeBefore(anchor: Node, node: Node): void {
  anchor.parentNode?.insertBefore(node, anchor);
}
