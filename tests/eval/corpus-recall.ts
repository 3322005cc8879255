/**
 * Recall of the core terms on the shared corpus of health texts (texts nobody on the team
 * wrote): for each core term, the share of its mentions (found by the corpus's own counting
 * pattern) that a mark covers. Each text is read as the page scanner reads a page: paragraphs
 * (runs of lines) are blocks.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The corpus's core terms and the patterns SOURCES.md counts them with (traps left out). */
export const CORE_TERMS: readonly { term: string; pattern: RegExp }[] = [
  { term: 'hypomagnesemia', pattern: /hypomagnes(a)?emi\w*/giu },
  { term: 'hypocalcemia', pattern: /hypocalc(a)?emi\w*/giu },
  { term: 'hypokalemia', pattern: /hypokal(a)?emi\w*/giu },
  { term: 'hypermagnesemia', pattern: /hypermagnes(a)?emi\w*/giu },
  { term: 'tetany', pattern: /\btetany\b/giu },
  { term: 'chvostek sign', pattern: /chvostek(['’]s)?\s+signs?/giu },
  { term: 'trousseau sign', pattern: /trousseau(['’]s)?\s+signs?/giu },
  { term: 'myoclonus', pattern: /\bmyoclon(us|ic|ia)\b/giu },
  { term: 'cramp', pattern: /\bcramp(s|ing|ed)?\b/giu },
  { term: 'spasm', pattern: /\bspasms?\b/giu },
  { term: 'fasciculation', pattern: /\bfasciculations?\b/giu },
  { term: 'paresthesia', pattern: /\bpar(a)?esthes\w*/giu },
  { term: 'arrhythmia', pattern: /\barrhythmi(a|as|c)\b/giu },
  { term: 'twitch', pattern: /\btwitch\w*/giu },
];

export interface CorpusRow {
  term: string;
  mentions: number;
  marked: number;
}

/** A page's marks for one block of text, given its neighbours (offsets into `blocks[i]`). */
export type MarkBlocks = (blocks: readonly string[]) => (readonly { start: number; end: number }[])[];

export function corpusTexts(dir: string): { file: string; text: string }[] | null {
  if (!existsSync(dir)) return null;
  const out: { file: string; text: string }[] = [];
  for (const sub of readdirSync(dir, { withFileTypes: true })) {
    if (!sub.isDirectory()) continue;
    for (const name of readdirSync(path.join(dir, sub.name))) {
      if (!name.endsWith('.txt')) continue;
      out.push({ file: `${sub.name}/${name}`, text: readFileSync(path.join(dir, sub.name, name), 'utf8') });
    }
  }
  return out.sort((a, b) => a.file.localeCompare(b.file));
}

/** Lines are blocks: the texts keep one paragraph, list item or table row a line. */
export function blocksOf(text: string): string[] {
  return text.split(/\n/u).filter((line) => line.trim().length > 0);
}

export function corpusRecall(texts: readonly { text: string }[], mark: MarkBlocks): CorpusRow[] {
  const rows = CORE_TERMS.map(({ term }) => ({ term, mentions: 0, marked: 0 }));
  for (const { text } of texts) {
    const blocks = blocksOf(text);
    const marks = mark(blocks);
    blocks.forEach((block, b) => {
      CORE_TERMS.forEach(({ pattern }, t) => {
        for (const m of block.matchAll(pattern)) {
          const start = m.index;
          const end = start + m[0].length;
          rows[t]!.mentions++;
          if (marks[b]!.some((k) => k.start < end && k.end > start)) rows[t]!.marked++;
        }
      });
    });
  }
  return rows;
}
