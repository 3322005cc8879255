/**
 * Marks per 1,000 words under each density (ADR 22), on texts read as a page of paragraphs
 * with no headings: sections are then runs of RUN_LENGTH blocks, as utils/scan/sections.ts
 * cuts a headingless page.
 */
import { RUN_LENGTH } from '../../utils/scan/sections';
import type { Density } from '../../utils/settings/schema';

export type MarkTerms = (blocks: readonly string[]) => (readonly { termId: string }[])[];

export function marksPerThousandWords(blocks: readonly string[], mark: MarkTerms, density: Density): number {
  const words = blocks.reduce((n, b) => n + (b.match(/\S+/gu)?.length ?? 0), 0);
  const seen = new Set<string>();
  let marks = 0;
  mark(blocks).forEach((found, i) => {
    for (const m of found) {
      const key = density === 'page' ? m.termId : `${Math.floor(i / RUN_LENGTH)} ${m.termId}`;
      if (density !== 'every' && seen.has(key)) continue;
      seen.add(key);
      marks++;
    }
  });
  return words === 0 ? 0 : (1000 * marks) / words;
}
