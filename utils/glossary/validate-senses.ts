/**
 * The sense rules of the glossary (ADR 22), checked with every entry at hand: `needsContext`
 * names the entry's own forms, and each `blockedBy` phrase holds one of them as whole words,
 * is longer than it, and is nobody's form and no other entry's blocker.
 */
import { normalizeSurface } from './normalize';
import type { TermEntry } from './schema';

/** `phrase` holds `form` as whole words (both normalised). */
export function holdsForm(phrase: string, form: string): boolean {
  if (phrase.length <= form.length) return false;
  for (let at = phrase.indexOf(form); at >= 0; at = phrase.indexOf(form, at + 1)) {
    const before = phrase[at - 1];
    const after = phrase[at + form.length];
    if ((before === undefined || before === ' ') && (after === undefined || after === ' ')) return true;
  }
  return false;
}

export function senseErrors(
  entries: readonly { entry: TermEntry; file: string }[],
  /** Every title and alias (normalised) and the file that owns it. */
  claimedBy: ReadonlyMap<string, string>,
): string[] {
  const errors: string[] = [];
  const blockers = new Map<string, string>();
  for (const { entry, file } of entries) {
    const own = [entry.title, ...entry.aliases].map(normalizeSurface);
    const seen = new Set<string>();
    for (const form of entry.needsContext ?? []) {
      const key = normalizeSurface(form);
      if (seen.has(key)) errors.push(`${file}: needsContext "${form}" is listed twice`);
      else if (!own.includes(key)) errors.push(`${file}: needsContext "${form}" is not the title or an alias`);
      seen.add(key);
    }
    for (const phrase of entry.blockedBy ?? []) {
      const key = normalizeSurface(phrase);
      const owner = claimedBy.get(key);
      if (owner !== undefined) {
        errors.push(`${file}: blockedBy "${phrase}" is a form of ${owner}`);
      } else if (blockers.has(key)) {
        errors.push(`${file}: blockedBy "${phrase}" is already listed by ${blockers.get(key)}`);
      } else if (!own.some((form) => holdsForm(key, form))) {
        errors.push(`${file}: blockedBy "${phrase}" does not hold a form of this entry as whole words`);
      }
      blockers.set(key, file);
    }
  }
  return errors;
}
