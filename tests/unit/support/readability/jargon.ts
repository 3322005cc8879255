/**
 * Finds technical terms a summary uses without explaining them. Used by the content tests
 * only (never bundled). A term is another entry's title or alias, found the way the page
 * matcher finds it (so "ECG" and "low calcium" are seen exactly as a reader's page would
 * highlight them), or one of a few extra technical words that have no such entry.
 */
import { normalizeSurface } from '../../../../utils/glossary/normalize';
import type { TermIndexEntry } from '../../../../utils/glossary/schema';
import { createMatcher } from '../../../../utils/matcher/matcher';

export interface JargonRules {
  /** The entries whose titles and aliases count as technical terms. */
  terms: readonly TermIndexEntry[];
  /** Technical words with no entry among `terms`; each is reported under its own spelling. */
  extraTerms: readonly string[];
  /** Words that need no explanation; a term made only of these words is plain. */
  everydayWords: ReadonlySet<string>;
  /** Entry id → term (entry id, or an extra term) → plain words in the same summary that explain it. */
  explanations: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

export interface JargonUse {
  /** The entry whose summary uses the term. */
  entryId: string;
  /** The entry id of the term, or the extra term itself. */
  term: string;
  /** As written in the summary. */
  form: string;
}

export interface JargonReport {
  /** Technical terms with no explanation in the same summary. */
  unexplained: JargonUse[];
  /** Explanations that no longer apply: the term is gone, or the explaining words are. */
  stale: string[];
}

const EXTRA = 'extra:';

/** Lower case, split on spaces and hyphens, possessive "'s" kept (an eponym is not a plain word). */
export function wordsOf(form: string): string[] {
  return normalizeSurface(form)
    .split(/[\s-]+/u)
    .filter(Boolean);
}

export function findJargon(
  summaries: readonly { id: string; summary: string; forms: readonly string[] }[],
  rules: JargonRules,
): JargonReport {
  const matcher = createMatcher([
    ...rules.terms,
    ...rules.extraTerms.map((t) => ({ id: `${EXTRA}${t}`, title: t, aliases: [], category: 'test' as const })),
  ]);
  const unexplained: JargonUse[] = [];
  const ids = new Set(summaries.map((s) => s.id));
  const stale = Object.keys(rules.explanations)
    .filter((id) => !ids.has(id))
    .map((id) => `${id}: explains terms, but there is no such entry`);
  for (const { id, summary, forms } of summaries) {
    const own = new Set(forms.map(normalizeSurface));
    const explained = rules.explanations[id] ?? {};
    const used = new Set<string>();
    for (const hit of matcher.findAll(summary)) {
      const form = summary.slice(hit.start, hit.end);
      const term = hit.termId.startsWith(EXTRA) ? hit.termId.slice(EXTRA.length) : hit.termId;
      if (term === id || own.has(normalizeSurface(form))) continue;
      if (wordsOf(form).every((w) => rules.everydayWords.has(w))) continue;
      if (!used.has(term) && !Object.hasOwn(explained, term)) unexplained.push({ entryId: id, term, form });
      used.add(term);
    }
    const lower = summary.toLowerCase();
    for (const [term, words] of Object.entries(explained)) {
      if (!used.has(term)) {
        stale.push(`${id}: explains "${term}", which its summary no longer uses as a technical term`);
      } else if (!lower.includes(words.toLowerCase())) {
        stale.push(`${id}: the summary no longer says "${words}", the plain words that explained "${term}"`);
      }
    }
  }
  return { unexplained, stale };
}
