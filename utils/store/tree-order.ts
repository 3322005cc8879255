/**
 * Order of terms on the page when some are in shadow roots. `Range.compareBoundaryPoints`
 * throws for ranges in different trees, so such ranges are compared through their hosts, in
 * the tree both reach: the shadow-including tree order, in which a host's shadow content comes
 * before the host's own light-DOM children.
 */

/** The node, then its shadow roots' hosts outwards, with the tree each is in. */
function chainOf(node: Node): { node: Node; tree: Node }[] {
  const chain: { node: Node; tree: Node }[] = [];
  for (let n: Node | null = node; n;) {
    const tree = n.getRootNode();
    chain.push({ node: n, tree });
    n = (tree as Partial<ShadowRoot>).host ?? null;
  }
  return chain;
}

/** Negative when `a` starts before `b`, positive after, 0 at the same point. */
export function compareRangeStarts(a: Range, b: Range): number {
  const treeA = a.startContainer.getRootNode();
  if (treeA === b.startContainer.getRootNode()) return a.compareBoundaryPoints(Range.START_TO_START, b);
  const chainA = chainOf(a.startContainer);
  const chainB = chainOf(b.startContainer);
  // Outermost first: walk down while both are in the same tree.
  let i = chainA.length - 1;
  let j = chainB.length - 1;
  while (i > 0 && j > 0 && chainA[i]!.tree === chainB[j]!.tree && chainA[i]!.node === chainB[j]!.node) {
    i--;
    j--;
  }
  const x = chainA[i]!;
  const y = chainB[j]!;
  if (x.tree !== y.tree) return 0;
  if (x.node === y.node) return i === 0 ? -1 : 1;
  const position = x.node.compareDocumentPosition(y.node);
  // A host before its descendants: its shadow content is read before its light-DOM children.
  return position & Node.DOCUMENT_POSITION_PRECEDING ? 1 : -1;
}
