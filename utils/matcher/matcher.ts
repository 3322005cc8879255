/**
 * Finds glossary terms in plain text. Pure (no DOM): the page scanner feeds it the text of
 * one block at a time and maps the offsets back to text nodes.
 *
 * The rule: scanning left to right, at each position the longest form that occurs there
 * between word boundaries wins (abbreviations only with their own capitals), and matches
 * never overlap. It is what one bounded regular expression over all forms finds
 * (`compilePatternSource`, the reference in the tests), computed from the form tables
 * (form-tables.ts) plus the boundary checks here.
 *
 * The tables are built at build time for the whole glossary (`virtual:health-notes/matcher`),
 * so a page load only constructs a RegExp; a subset of categories is built at run time when
 * the user filters them.
 */
import type { Category } from '../glossary/categories';
import { normalizeSurface } from '../glossary/normalize';
import type { TermIndexEntry } from '../glossary/schema';
import {
  compileFormTables,
  createFormTables,
  formsOf,
  keepTerms,
  searchable,
  BLOCKER,
  NEEDS_CONTEXT,
  type FormSense,
  type FormHit,
  type FormTableSources,
} from './form-tables';
import { createPrefilter, type Prefilter } from './prefilter';
import { endsWord, startsWord } from './word-boundaries';

export type TermMatch = FormHit;

/** Everything a Matcher needs, as plain JSON (emitted by the build). */
export interface CompiledMatcher {
  termCount: number;
  tables: FormTableSources;
  /** Each entry's category, for matchers of some categories only (`matcherOfTerms`). */
  termCategories: Record<string, Category>;
}

export interface Matcher {
  readonly termCount: number;
  /** Where in a long text a term may be (a superset of `findAll`'s matches). */
  readonly prefilter: Prefilter;
  findAll(text: string): TermMatch[];
}

export function compileMatcher(index: readonly TermIndexEntry[]): CompiledMatcher {
  const forms: { surface: string; termId: string; sense?: FormSense }[] = [];
  const seen = new Set<string>();
  const add = (surface: string, termId: string, sense?: FormSense) => {
    const key = normalizeSurface(surface);
    // The build rejects duplicates; first owner wins if a caller passes unchecked data.
    if (seen.has(key)) return;
    seen.add(key);
    forms.push(sense ? { surface, termId, sense } : { surface, termId });
  };
  for (const entry of index) {
    const ambiguous = new Set((entry.needsContext ?? []).map(normalizeSurface));
    for (const surface of [entry.title, ...entry.aliases])
      add(surface, entry.id, ambiguous.has(normalizeSurface(surface)) ? NEEDS_CONTEXT : undefined);
  }
  // Blockers are forms too: as the longest form where they occur they hide the entry's form
  // inside them, and are then dropped (`findAll`).
  for (const entry of index) for (const phrase of entry.blockedBy ?? []) add(phrase, entry.id, BLOCKER);
  return {
    termCount: index.length,
    tables: compileFormTables(forms),
    termCategories: Object.fromEntries(index.map((entry) => [entry.id, entry.category])),
  };
}

export function matcherFrom(compiled: CompiledMatcher): Matcher {
  const tables = createFormTables(compiled.tables);
  return {
    termCount: compiled.termCount,
    prefilter: createPrefilter(tables),
    findAll(text) {
      if (!tables.mayHoldTerm(text)) return [];
      const subject = searchable(text);
      const lists = tables.find(
        subject,
        (start) => startsWord(subject, start),
        (end) => endsWord(subject, end),
      );
      const found = leftmostLongest(lists.length === 1 ? lists[0]! : lists.flat());
      return found.some((m) => m.sense === BLOCKER) ? found.filter((m) => m.sense !== BLOCKER) : found;
    },
  };
}

/** The matcher for the terms of the given categories only (the user hid the others). */
export function matcherOfCategories(compiled: CompiledMatcher, categories: ReadonlySet<Category>): Matcher {
  const { termCategories } = compiled;
  return matcherOfTerms(
    compiled,
    (termId) => Object.hasOwn(termCategories, termId) && categories.has(termCategories[termId]!),
  );
}

/** The matcher for only the terms `keep` accepts. */
export function matcherOfTerms(compiled: CompiledMatcher, keep: (termId: string) => boolean): Matcher {
  const tables = keepTerms(compiled.tables, keep);
  const terms = new Set([...formsOf(tables.insensitive), ...formsOf(tables.sensitive)].map(([, term]) => term));
  return matcherFrom({ ...compiled, termCount: terms.size, tables });
}

export function createMatcher(index: readonly TermIndexEntry[]): Matcher {
  return matcherFrom(compileMatcher(index));
}

/** Leftmost first, the longest of those starting at the same place, no overlaps. */
function leftmostLongest(candidates: TermMatch[]): TermMatch[] {
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: TermMatch[] = [];
  let reached = 0;
  for (const match of candidates) {
    if (match.start < reached) continue;
    out.push(match);
    reached = match.end;
  }
  return out;
}
