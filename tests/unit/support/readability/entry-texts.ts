/**
 * The short texts a card shows under "What you can do" and "Questions to ask", each with the
 * names the plain-language rules treat as the reader's own words. Used by the content tests
 * only (never bundled).
 */
import type { TermEntry } from '../../../../utils/glossary/schema';

export interface EntryText {
  /** `<entry id>.actions[i]` or `<entry id>.questions[i]`. */
  id: string;
  text: string;
  /**
   * The entry's title and aliases; for an action that links to another entry, that entry's
   * names too: the link opens the card that explains them ("Eat foods rich in magnesium" links
   * to Magnesium, whose card has the food table).
   */
  forms: string[];
}

export function actionAndQuestionTexts(entries: readonly TermEntry[]): EntryText[] {
  const byId = new Map(entries.map((e) => [e.id, e]));
  return entries.flatMap((e) => {
    const own = [e.title, ...e.aliases];
    return [
      ...(e.actions ?? []).map((a, i) => {
        const linked = a.see ? byId.get(a.see) : undefined;
        return {
          id: `${e.id}.actions[${i}]`,
          text: a.text,
          forms: linked ? [...own, linked.title, ...linked.aliases] : own,
        };
      }),
      ...(e.questions ?? []).map((q, i) => ({ id: `${e.id}.questions[${i}]`, text: q, forms: own })),
    ];
  });
}
