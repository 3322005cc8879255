/**
 * Draws one batch of matches and records it per block: what is hidden is not drawn, the
 * density rule picks the occurrences to draw (density.ts), and every visible occurrence is
 * counted.
 */
import type { FoundTerm, PendingMatch, Renderer } from '../render/found-term';
import type { MatchStore } from '../store/match-store';
import type { DensityRule } from './density';
import type { TextSegment } from './text-segments';

export function drawBatch(
  batch: readonly PendingMatch[],
  renderer: Renderer,
  store: MatchStore,
  density: DensityRule,
  afterRender: () => void,
): void {
  const rendered = new Map<TextSegment, boolean>();
  const visible = batch.filter((m) => {
    let ok = rendered.get(m.segment);
    if (ok === undefined) rendered.set(m.segment, (ok = isRendered(m.segment)));
    return ok;
  });
  density.begin();
  const toDraw = visible.filter((m) => density.take(m));
  const found = renderer.render(toDraw);
  density.record(found);
  afterRender();
  const byBlock = new Map<Element, { found: FoundTerm[]; occurrences: string[] }>();
  const entry = (block: Element) => {
    let e = byBlock.get(block);
    if (!e) byBlock.set(block, (e = { found: [], occurrences: [] }));
    return e;
  };
  for (const m of visible) entry(m.segment.block).occurrences.push(m.termId);
  for (const f of found) entry(f.block).found.push(f);
  for (const [block, e] of byBlock) store.add(block, e.found, e.occurrences);
}

/** Text in display:none (or hidden by an ancestor) is not marked: it is not read. */
function isRendered(segment: TextSegment): boolean {
  const parent = segment.nodes[0]?.parentElement;
  if (!parent) return false;
  return typeof parent.checkVisibility === 'function' ? parent.checkVisibility() : true;
}
