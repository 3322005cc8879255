/**
 * Which occurrences of a term are drawn (ADR 22): every one, the first on the page, or the
 * first in each section (sections.ts). Occurrences not drawn are still counted (the popup and
 * the badge count every occurrence of a drawn term). A drawn term that goes away (its block
 * changed) frees its place, as the match store did for "first occurrence only".
 */
import type { FoundTerm, PendingMatch } from '../render/found-term';
import type { Density } from '../settings/schema';
import { Sections } from './sections';

export class DensityRule {
  private readonly sections: Sections | null;
  /** Drawn terms per key (term id, in its section unless the rule is per page). */
  private readonly drawn = new Map<string, number>();
  private readonly keys = new WeakMap<FoundTerm, string>();
  private claimed = new Set<string>();

  constructor(
    readonly density: Density,
    root: Element,
  ) {
    this.sections = density === 'section' ? new Sections(root) : null;
  }

  private keyOf(block: Element, termId: string): string {
    return this.sections ? `${this.sections.keyOf(block)} ${termId}` : termId;
  }

  /** Starts a batch: nothing of it is drawn yet. */
  begin(): void {
    this.claimed = new Set();
  }

  /** Whether to draw this match (and if so, its place is taken). */
  take(m: PendingMatch): boolean {
    if (this.density === 'every') return true;
    const key = this.keyOf(m.segment.block, m.termId);
    if (this.drawn.has(key) || this.claimed.has(key)) return false;
    this.claimed.add(key);
    return true;
  }

  /** The renderer drew these. */
  record(found: readonly FoundTerm[]): void {
    if (this.density === 'every') return;
    for (const f of found) {
      const key = this.keyOf(f.block, f.termId);
      this.keys.set(f, key);
      this.drawn.set(key, (this.drawn.get(key) ?? 0) + 1);
    }
  }

  /** These were erased with their blocks: the page changed there. */
  forget(found: readonly FoundTerm[]): void {
    if (this.density === 'every') return;
    this.sections?.reset();
    for (const f of found) {
      const key = this.keys.get(f);
      if (key === undefined) continue;
      const left = (this.drawn.get(key) ?? 1) - 1;
      if (left > 0) this.drawn.set(key, left);
      else this.drawn.delete(key);
    }
  }
}
