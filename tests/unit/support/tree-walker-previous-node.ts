/**
 * happy-dom 21's `TreeWalker.previousNode()` loses its place after looking into a previous
 * sibling's subtree (a `let node` inside its loop shadows the outer one), so walking backwards
 * skips text nodes. Browsers follow the DOM standard; tests of code that walks backwards install
 * the standard's algorithm (https://dom.spec.whatwg.org/#dom-treewalker-previousnode) in its
 * place, written with the walker's public members only.
 */
function filterNode(walker: TreeWalker, node: Node): number {
  if (!(walker.whatToShow & (1 << (node.nodeType - 1)))) return NodeFilter.FILTER_SKIP;
  const filter = walker.filter;
  if (!filter) return NodeFilter.FILTER_ACCEPT;
  return typeof filter === 'function' ? filter(node) : filter.acceptNode(node);
}

function previousNode(this: TreeWalker): Node | null {
  let node = this.currentNode;
  while (node !== this.root) {
    let sibling = node.previousSibling;
    while (sibling !== null) {
      node = sibling;
      let result = filterNode(this, node);
      while (result !== NodeFilter.FILTER_REJECT && node.lastChild !== null) {
        node = node.lastChild;
        result = filterNode(this, node);
      }
      if (result === NodeFilter.FILTER_ACCEPT) {
        this.currentNode = node;
        return node;
      }
      sibling = node.previousSibling;
    }
    if (node === this.root || node.parentNode === null) return null;
    node = node.parentNode;
    if (filterNode(this, node) === NodeFilter.FILTER_ACCEPT) {
      this.currentNode = node;
      return node;
    }
  }
  return null;
}

export function useStandardPreviousNode(): void {
  TreeWalker.prototype.previousNode = previousNode;
}
