/**
 * Finds the glossary's surface forms in a text, shared by the prefilter (where in a long text
 * a term may be) and the matcher (the terms in one block, word boundaries checked by the
 * caller).
 *
 * Two tables: everything but abbreviations, case-insensitive; and abbreviations as written,
 * case-sensitive, so "als" in "also" is not a hit on every line of English. Each table is
 * searched in two steps: one regular expression, a trie of the first PREFIX_LENGTH characters
 * of every form, finds where a form may start; plain JavaScript then compares the forms that
 * share that beginning (form-at.ts) and keeps the longest one that fits.
 *
 * Why not one trie of the whole forms: compiling the regular expression is the largest fixed
 * cost of a page scan, paid on nearly every page. Measured in Chromium 156 on the glossary of
 * 718 forms, the whole-form trie took ~2 ms to compile (3-4 ms when it is the page's first
 * regular expression) and the 6-character trie ~0.4 ms; both scan a page at the same speed.
 * The beginnings let through a few more places (9 instead of 1 on a 76,000-character news
 * page), and each costs a handful of character comparisons.
 *
 * Compiling is done at most once, only when some text may hold a term (`mayHoldTerm`), for one
 * string encoding and ASCII whitespace only (`searchable`), without V8's bytecode detour
 * (TIER_UP_SUBJECT).
 */
import { canonicalSpelling, isCaseSensitiveSurface, normalizeSurface } from '../glossary/normalize';
import { NEVER_MATCHES, trieSource } from './compile-pattern';
import { formEndAt, NON_ASCII_SPACES, normalizedPiece } from './form-at';

/** One table as plain JSON (emitted by the build). */
export interface FormTableSource {
  /** Regular-expression source (no flags): a trie of every form's first PREFIX_LENGTH characters. */
  beginnings: string;
  /**
   * Normalised forms (lower case unless the table is case-sensitive) and their entries, by
   * their first PREFIX_LENGTH characters (whole forms if shorter), longest first (the order
   * in which they are tried). Grouped at build time: the page gets the groups from JSON.parse
   * instead of building them in JavaScript that runs once, before it is optimised.
   */
  byBeginning: Record<string, FormEntry[]>;
}

/**
 * A form and its entry, as an index into `FormTableSources.terms` (shorter than the id, 718
 * times), and its sense rule when it has one (ADR 22).
 */
export type FormEntry = [form: string, term: number, sense?: FormSense];

/** NEEDS_CONTEXT: marked only in a health context. BLOCKER: a phrase that is never marked. */
export const NEEDS_CONTEXT = 1;
export const BLOCKER = 2;
export type FormSense = typeof NEEDS_CONTEXT | typeof BLOCKER;

export interface FormTableSources {
  insensitive: FormTableSource;
  sensitive: FormTableSource;
  /** The first HEAD_LENGTH characters of every form, normalised (whole forms if shorter). */
  heads: string[];
  /** The entry ids the forms refer to by index. */
  terms: string[];
}

/** A form found in a text; offsets end exclusive. */
export interface FormHit {
  start: number;
  end: number;
  termId: string;
  /** The form's sense rule, if it has one. */
  sense?: FormSense;
}

export interface FormTables {
  /**
   * False when no form can occur in `text`. Until the tables are compiled, texts up to
   * SHORT_TEXT long are checked against the forms' first letters in plain JavaScript, which
   * costs less than compiling; otherwise it says true (searching is cheaper).
   */
  mayHoldTerm(text: string): boolean;
  /**
   * One list per table, in order of start: at every place of `subject` (a `searchable` text)
   * where a form starts and `startOk` holds, the longest form there whose end passes `endOk`.
   * Places overlap: a form may start inside another.
   */
  find(subject: string, startOk?: (start: number) => boolean, endOk?: (end: number) => boolean): FormHit[][];
  /**
   * What `find` gives (no boundary checks), only for the forms starting in [from, to), and where
   * the next form of either table may start at or after `to` (-1 if none): a long text searched
   * a stretch at a time (prefilter.ts) skips the stretches without any.
   */
  findIn(subject: string, from: number, to: number): { lists: FormHit[][]; next: number };
}

/** Long enough to let few false beginnings through, short enough to compile fast (see above). */
const PREFIX_LENGTH = 6;
const HEAD_LENGTH = 3;

/**
 * Frames with next to no text (sign-up forms, error pages, widgets) are common; with this
 * limit most of them never compile the tables.
 */
export const SHORT_TEXT = 4096;

/** What a space in a form matches in the tries: a run of ASCII whitespace (see `searchable`). */
const ASCII_SPACE_RUN = '[\\t-\\r ]+';

const OTHER_SPACES = new RegExp(`[${NON_ASCII_SPACES}]`, 'g');

/**
 * Appended to every searched text: WORD JOINER, invisible and in no form, neither a word
 * character nor a space, so it changes no match; and outside Latin-1, so V8 stores the text in
 * two-byte form (see `searchable`). (Not U+FFFF: Chrome refuses a script file holding a
 * noncharacter as not UTF-8.)
 */
const TWO_BYTE_END = '\u2060';

/**
 * The text the tables search: the same length up to a final TWO_BYTE_END (offsets stay
 * valid), with every non-ASCII space made a plain space.
 *
 * Why, measured in Chromium 156: V8 compiles a RegExp separately for one-byte (Latin-1) and
 * two-byte strings, and nearly every page has both (a curly quote is enough); and `\s` in a
 * two-byte, case-insensitive pattern costs more to compile than the rest of the trie (its
 * Unicode ranges, case-folded, at every space of every form). With every subject two-byte and
 * its spaces ASCII, a page compiles one pattern, without `\s`. The copy this makes is cheap
 * next to the search itself.
 */
export function searchable(text: string): string {
  return text.replace(OTHER_SPACES, ' ') + TWO_BYTE_END;
}

/**
 * V8 runs a new RegExp in its bytecode interpreter first and compiles it to machine code on a
 * later call, unless the first subject is at least 1,000 characters long; a page's first text
 * is often short. One call on this blank string, two-byte like every subject, goes straight to
 * machine code, so the pattern is compiled once. Harmless where an engine decides otherwise.
 */
const TIER_UP_SUBJECT = searchable(' '.repeat(999));

/** Builds both tables from surface forms and the entries they belong to (build time). */
export function compileFormTables(
  forms: Iterable<{ surface: string; termId: string; sense?: FormSense }>,
): FormTableSources {
  const loose: FormEntry[] = [];
  const exact: FormEntry[] = [];
  const terms = new Map<string, number>();
  for (const { surface, termId, sense } of forms) {
    let term = terms.get(termId);
    if (term === undefined) terms.set(termId, (term = terms.size));
    const entry: FormEntry = isCaseSensitiveSurface(surface)
      ? [canonicalSpelling(surface), term]
      : [normalizeSurface(surface), term];
    if (sense) entry.push(sense);
    (isCaseSensitiveSurface(surface) ? exact : loose).push(entry);
  }
  return tablesOf(loose, exact, [...terms.keys()]);
}

/** The same tables with only the forms of the terms `keep` accepts (a category filter). */
export function keepTerms(sources: FormTableSources, keep: (termId: string) => boolean): FormTableSources {
  const kept = (table: FormTableSource) => formsOf(table).filter(([, term]) => keep(sources.terms[term]!));
  return tablesOf(kept(sources.insensitive), kept(sources.sensitive), sources.terms);
}

/** Every form of a table with its entry. */
export function formsOf(table: FormTableSource): FormEntry[] {
  return Object.values(table.byBeginning).flat();
}

function tablesOf(loose: FormEntry[], exact: FormEntry[], terms: string[]): FormTableSources {
  const heads = new Set<string>();
  for (const [form] of [...loose, ...exact]) {
    const head = form.slice(0, HEAD_LENGTH).toLowerCase();
    if (head) heads.add(head);
  }
  const table = (list: FormEntry[]): FormTableSource => {
    const byBeginning: Record<string, FormEntry[]> = {};
    for (const entry of [...list].sort((a, b) => b[0].length - a[0].length))
      (byBeginning[entry[0].slice(0, PREFIX_LENGTH)] ??= []).push(entry);
    return {
      beginnings: trieSource(new Set(Object.keys(byBeginning)), ASCII_SPACE_RUN) ?? NEVER_MATCHES,
      byBeginning,
    };
  };
  return { insensitive: table(loose), sensitive: table(exact), heads: [...heads].sort(), terms };
}

export function createFormTables(sources: FormTableSources): FormTables {
  const tables = [
    new FormTable(sources.insensitive, false, sources.terms),
    new FormTable(sources.sensitive, true, sources.terms),
  ].filter((t) => !t.empty);
  let compiled = false;
  const heads = new Set(sources.heads);
  const short = sources.heads.filter((h) => h.length < HEAD_LENGTH);
  return {
    mayHoldTerm(text) {
      if (compiled || text.length > SHORT_TEXT) return true;
      // The same normal form as the heads: case, apostrophes, dashes and runs of spaces.
      const normal = normalizedPiece(text, false);
      for (let i = 0; i + HEAD_LENGTH <= normal.length; i++)
        if (heads.has(normal.slice(i, i + HEAD_LENGTH))) return true;
      return short.some((h) => normal.includes(h));
    },
    find(subject, startOk, endOk) {
      compiled = true;
      return tables.map((table) => table.find(subject, 0, Infinity, startOk, endOk).hits);
    },
    findIn(subject, from, to) {
      compiled = true;
      let next = -1;
      const lists = tables.map((table) => {
        const found = table.find(subject, from, to);
        if (found.next >= 0 && (next < 0 || found.next < next)) next = found.next;
        return found.hits;
      });
      return { lists, next };
    },
  };
}

class FormTable {
  private regex: RegExp | null = null;
  private readonly candidates = new Map<string, readonly FormEntry[]>();

  constructor(
    private readonly source: FormTableSource,
    private readonly caseSensitive: boolean,
    private readonly terms: readonly string[],
  ) {}

  get empty(): boolean {
    for (const _ in this.source.byBeginning) return false;
    return true;
  }

  /** The forms starting in [from, to), and the first beginning at or after `to` (-1 if none). */
  find(
    subject: string,
    from: number,
    to: number,
    startOk?: (start: number) => boolean,
    endOk?: (end: number) => boolean,
  ): { hits: FormHit[]; next: number } {
    const regex = (this.regex ??= this.compile());
    const hits: FormHit[] = [];
    regex.lastIndex = from;
    for (let m = regex.exec(subject); m !== null; m = regex.exec(subject)) {
      const start = m.index;
      if (start >= to) return { hits, next: start };
      // Another form may begin inside this beginning ("xab cd" holds "cd").
      regex.lastIndex = start + 1;
      if (startOk && !startOk(start)) continue;
      const hit = this.longestAt(subject, start, m[0], endOk);
      if (hit) hits.push(hit);
    }
    return { hits, next: -1 };
  }

  /** The longest form at `start` whose end passes `endOk`; `beginning` is the pattern's match there. */
  private longestAt(
    subject: string,
    start: number,
    beginning: string,
    endOk?: (end: number) => boolean,
  ): FormHit | null {
    for (const [form, term, sense] of this.candidatesOf(beginning)) {
      const end = formEndAt(subject, start, form, this.caseSensitive);
      if (end < 0 || (endOk && !endOk(end))) continue;
      const hit: FormHit = { start, end, termId: this.terms[term]! };
      if (sense) hit.sense = sense;
      return hit;
    }
    return null;
  }

  /**
   * The forms to try where the pattern matched `beginning`, in the order to try them: those
   * sharing its whole normalised beginning, longest first, then the shorter whole forms it
   * starts with. Kept per spelling of the beginning: on a page dense with terms the same few
   * beginnings come back thousands of times (ADR 23).
   */
  private candidatesOf(beginning: string): readonly FormEntry[] {
    const known = this.candidates.get(beginning);
    if (known) return known;
    const { byBeginning } = this.source;
    const key = normalizedPiece(beginning, this.caseSensitive);
    const list: FormEntry[] = [];
    // The pattern matched the longest beginning; shorter ones there are whole short forms.
    for (let length = key.length; length > 0; length--) {
      const piece = key.slice(0, length);
      if (Object.hasOwn(byBeginning, piece)) list.push(...byBeginning[piece]!);
    }
    this.candidates.set(beginning, list);
    return list;
  }

  private compile(): RegExp {
    const regex = new RegExp(this.source.beginnings, this.caseSensitive ? 'g' : 'gi');
    regex.exec(TIER_UP_SUBJECT);
    return regex;
  }
}
