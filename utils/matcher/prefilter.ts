/**
 * A cheap first pass that says where in a long text a term MAY be, so the page scan can
 * hand large stretches of text to the browser as one string (`textContent`) and read node
 * by node only around the hits.
 *
 * It is the matcher's own trie without the word-boundary lookarounds: every match the
 * matcher accepts starts inside a span this finds, in any text that contains the match's
 * text (the lookarounds are what make the matcher block-sensitive; without them a span
 * cannot be lost where two blocks' texts meet). Abbreviations, which the matcher accepts only
 * with their exact capitals, get a second, case-sensitive trie, so "als" in "also" is not
 * a hit on every line of English.
 */
import { canonicalSpelling, isCaseSensitiveSurface, normalizeSurface } from '../glossary/normalize';
import { NEVER_MATCHES, trieSource } from './compile-pattern';

export interface PrefilterSources {
  /** Everything but abbreviations; flags `gi`. */
  insensitive: string;
  /** Abbreviations as written; flags `g`. */
  sensitive: string;
  /** The first HEAD_LENGTH characters of every form, normalised (whole forms if shorter). */
  heads: string[];
}

const HEAD_LENGTH = 3;
/**
 * Texts up to this long are first checked against `heads` in plain JavaScript. Compiling
 * the tries costs a few milliseconds, more than searching a short text, and frames with
 * next to no text (sign-up forms, error pages, widgets) are common: most never compile them.
 */
export const SHORT_TEXT = 4096;

export function compilePrefilter(surfaces: Iterable<string>): PrefilterSources {
  const loose: string[] = [];
  const exact: string[] = [];
  const heads = new Set<string>();
  for (const surface of surfaces) {
    if (isCaseSensitiveSurface(surface)) exact.push(canonicalSpelling(surface));
    else loose.push(normalizeSurface(surface));
    const head = normalizeSurface(surface).slice(0, HEAD_LENGTH);
    if (head) heads.add(head);
  }
  return {
    insensitive: trieSource(loose) ?? NEVER_MATCHES,
    sensitive: trieSource(exact) ?? NEVER_MATCHES,
    heads: [...heads].sort(),
  };
}

export interface Prefilter {
  /**
   * Spans that may hold a term, as [start, end) pairs in one flat array, sorted by start
   * (spans of the two tries may overlap).
   */
  spans(text: string): number[];
}

export function createPrefilter(sources: PrefilterSources): Prefilter {
  // Built on first use: even parsing a pattern this long costs about a millisecond.
  let tries: RegExp[] | null = null;
  const heads = new Set(sources.heads);
  const short = sources.heads.filter((h) => h.length < HEAD_LENGTH);
  const mayHoldTerm = (text: string): boolean => {
    // The same normal form as the heads: case, apostrophes, dashes and runs of spaces.
    const normal = normalizeSurface(text);
    for (let i = 0; i + HEAD_LENGTH <= normal.length; i++) if (heads.has(normal.slice(i, i + HEAD_LENGTH))) return true;
    return short.some((h) => normal.includes(h));
  };
  return {
    spans(text) {
      if (text.length <= SHORT_TEXT && !mayHoldTerm(text)) return [];
      tries ??= [new RegExp(sources.insensitive, 'gi'), new RegExp(sources.sensitive, 'g')].filter(
        (re) => re.source !== NEVER_MATCHES,
      );
      const lists = tries.map((re) => {
        const out: number[] = [];
        re.lastIndex = 0;
        for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push(m.index, m.index + m[0].length);
        return out;
      });
      return lists.length === 2 ? mergeSpans(lists[0]!, lists[1]!) : (lists[0] ?? []);
    },
  };
}

function mergeSpans(a: number[], b: number[]): number[] {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]! <= b[j]!)) {
      out.push(a[i]!, a[i + 1]!);
      i += 2;
    } else {
      out.push(b[j]!, b[j + 1]!);
      j += 2;
    }
  }
  return out;
}
