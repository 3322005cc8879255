/**
 * Reading the card from outside when its shadow root is closed, as it is on every real page:
 * the page itself cannot, so the tests ask Chromium's DevTools protocol, whose DOM view pierces
 * closed shadow roots, and the layout (which element is drawn at a point).
 */
import type { Page } from '@playwright/test';

interface CdpNode {
  nodeName: string;
  nodeValue?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: (CdpNode & { shadowRootType?: string })[];
}

export interface ClosedCardView {
  /** How many <health-notes-ui> elements the document has. */
  hosts: number;
  /** The shadow root type of the first host ('closed', 'open'), null without a shadow root. */
  shadowRootType: string | null;
  /** data-state of the card's dialog, null when no card is rendered. */
  state: string | null;
  /** Text of the card's title. */
  title: string | null;
}

function attribute(node: CdpNode, name: string): string | null {
  const list = node.attributes ?? [];
  for (let i = 0; i < list.length; i += 2) if (list[i] === name) return list[i + 1] ?? null;
  return null;
}

function* walk(node: CdpNode): Generator<CdpNode> {
  yield node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) yield* walk(child);
}

function text(node: CdpNode): string {
  return [...walk(node)].map((n) => (n.nodeName === '#text' ? (n.nodeValue ?? '') : '')).join('');
}

/** The card as the DevTools protocol sees it, through closed shadow roots. */
export async function closedCardView(page: Page): Promise<ClosedCardView> {
  const session = await page.context().newCDPSession(page);
  try {
    const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const hosts = [...walk(root)].filter((n) => n.nodeName === 'HEALTH-NOTES-UI');
    const shadow = hosts[0]?.shadowRoots?.[0];
    const dialog = shadow ? [...walk(shadow)].find((n) => attribute(n, 'role') === 'dialog') : undefined;
    const title = dialog ? [...walk(dialog)].find((n) => n.nodeName === 'H2') : undefined;
    return {
      hosts: hosts.length,
      shadowRootType: shadow?.shadowRootType ?? null,
      state: dialog ? attribute(dialog, 'data-state') : null,
      title: title ? text(title).trim() : null,
    };
  } finally {
    await session.detach();
  }
}

/**
 * Whether the card is drawn just below a point (the card opens below its term): the page sees
 * the card's host there, because hit-testing into a shadow tree answers with its host.
 */
export function cardDrawnBelow(page: Page, point: { x: number; y: number }): Promise<boolean> {
  return page.evaluate(({ x, y }) => document.elementFromPoint(x + 20, y + 40)?.localName === 'health-notes-ui', point);
}
