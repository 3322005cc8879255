/**
 * The glossary schema: the single source of the `TermEntry` type.
 *
 * Validation runs at build time (modules/glossary.ts) and in unit tests, never in the
 * shipped extension, so zod stays out of every bundle; runtime code imports types only.
 */
import * as z from 'zod';
import { CARE_CATEGORIES, CATEGORIES, LAB_UNITS, NUTRIENTS, type Category } from './categories';
import { retiredSourceReason } from './retired-sources';
import { isAllowedSourceUrl } from './source-hosts';

export { CARE_CATEGORIES, CATEGORIES, LAB_UNITS, NUTRIENTS };
export type { Category, LabUnit, Nutrient } from './categories';

export const SUMMARY_MAX_WORDS = 40;
export const DETAIL_MAX_WORDS = 70;

export function countWords(text: string): number {
  return text.trim().split(/\s+/u).filter(Boolean).length;
}

const wordLimited = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'is empty')
    .check((ctx) => {
      const words = countWords(ctx.value);
      if (words > max) {
        ctx.issues.push({ code: 'custom', message: `has ${words} words (max ${max})`, input: ctx.value });
      }
    });

const kebabId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u, 'must be kebab-case (a-z, 0-9 and single hyphens)');

const foodRow = z.strictObject({
  food: z.string().trim().min(1, 'is empty'),
  serving: z.string().trim().min(1, 'is empty'),
  mg: z.number({ error: 'is missing an amount in mg' }).positive('must be a positive amount in mg'),
});

const labRange = z
  .strictObject({
    /** What was measured, e.g. "total serum calcium". */
    measure: z.string().trim().min(1, 'is empty'),
    low: z.number(),
    high: z.number(),
    unit: z.enum(LAB_UNITS),
    /** Short attribution shown under the range, e.g. "StatPearls". */
    basis: z.string().trim().min(1, 'is empty'),
  })
  .check((ctx) => {
    if (ctx.value.low >= ctx.value.high) {
      ctx.issues.push({ code: 'custom', message: 'low must be below high', input: ctx.value, path: ['low'] });
    }
  });

const source = z.strictObject({
  title: z.string().trim().min(1, 'is empty'),
  url: z.string().check((ctx) => {
    const verdict = isAllowedSourceUrl(ctx.value);
    if (verdict !== true) {
      ctx.issues.push({ code: 'custom', message: verdict, input: ctx.value });
      return;
    }
    const retired = retiredSourceReason(ctx.value);
    if (retired) ctx.issues.push({ code: 'custom', message: `is a retired address: ${retired}`, input: ctx.value });
  }),
  /** The day the address was opened and found to support the entry's claim. */
  checked: z.iso.date('must be an ISO date (YYYY-MM-DD)'),
});

/**
 * A respelling: syllables joined by hyphens, words by spaces, the stressed syllable in capitals
 * (`hy-poh-mag-nuh-SEE-mee-uh`, `VOS-teks SINE`). Each syllable is all lower or all upper case
 * and has a letter, and at least one syllable carries the stress. The key is ADR 27.
 */
export const RESPELLING_PATTERN =
  /^(?:[a-z']*[a-z][a-z']*|[A-Z']*[A-Z][A-Z']*)(?:[- ](?:[a-z']*[a-z][a-z']*|[A-Z']*[A-Z][A-Z']*))*$/u;

const pronunciation = z.strictObject({
  respelling: z
    .string()
    .regex(RESPELLING_PATTERN, 'must be syllables joined by hyphens, each all lower or all upper case')
    .check((ctx) => {
      if (!/(?:^|[- ])[A-Z']*[A-Z][A-Z']*(?=$|[- ])/u.test(ctx.value)) {
        ctx.issues.push({ code: 'custom', message: 'needs a stressed syllable in capitals', input: ctx.value });
      }
    }),
  /** Where the respelling follows a dictionary or clinical source (eponyms, tricky words). */
  basis: z.string().trim().min(1, 'is empty').optional(),
});

/** One thing a reader can do; `source` is an index into the entry's `sources`. */
const action = z.strictObject({
  text: wordLimited(30),
  source: z.number().int().min(0),
  /** An entry to open for more (e.g. a nutrient with its food table). */
  see: kebabId.optional(),
});

export const termEntrySchema = z
  .strictObject({
    id: kebabId,
    title: z.string().trim().min(1, 'is empty').max(80, 'is longer than 80 characters'),
    aliases: z.array(z.string().trim().min(1, 'is empty')).default([]),
    /**
     * Forms (the title or aliases) that also have an everyday sense ("seizure" of goods, an
     * earthquake's "tremors", "PPI" the price index): marked only in a health context (ADR 22).
     */
    needsContext: z.array(z.string().trim().min(1, 'is empty')).optional(),
    /** Longer phrases holding one of the forms in another sense ("diabetes insipidus"): never marked. */
    blockedBy: z.array(z.string().trim().min(1, 'is empty')).optional(),
    category: z.enum(CATEGORIES, { error: `must be one of: ${CATEGORIES.join(', ')}` }),
    summary: wordLimited(SUMMARY_MAX_WORDS),
    details: z.array(wordLimited(DETAIL_MAX_WORDS)).min(2, 'needs 2 to 6 items').max(6, 'needs 2 to 6 items'),
    seekCare: z
      .strictObject({
        /** When to book a visit or call a clinician. */
        soon: wordLimited(45),
        /** When it is an emergency. */
        emergency: wordLimited(45).optional(),
      })
      .optional(),
    /** The nutrient that `foods` and `labRange` are about; required with either. */
    nutrient: z.enum(NUTRIENTS).optional(),
    foods: z.array(foodRow).optional(),
    labRange: labRange.optional(),
    pronunciation,
    /** What a reader can do: 1-3 short, sourced actions; required for conditions, signs and symptoms. */
    actions: z.array(action).min(1, 'needs 1 to 3 items').max(3, 'needs 1 to 3 items').optional(),
    /** Questions to take to an appointment: 2-3, each ending in "?"; required for conditions. */
    questions: z
      .array(
        wordLimited(25).check((ctx) => {
          if (!ctx.value.endsWith('?'))
            ctx.issues.push({ code: 'custom', message: 'must end with "?"', input: ctx.value });
        }),
      )
      .min(2, 'needs 2 to 3 items')
      .max(3, 'needs 2 to 3 items')
      .optional(),
    related: z.array(kebabId).default([]),
    sources: z.array(source).min(1, 'needs at least one source'),
    reviewed: z.iso.date('must be an ISO date (YYYY-MM-DD)'),
  })
  .check((ctx) => {
    const e = ctx.value;
    if (CARE_CATEGORIES.includes(e.category) && !e.seekCare) {
      ctx.issues.push({
        code: 'custom',
        message: `is required for a ${e.category}`,
        input: e,
        path: ['seekCare'],
      });
    }
    if (CARE_CATEGORIES.includes(e.category) && !e.actions) {
      ctx.issues.push({ code: 'custom', message: `is required for a ${e.category}`, input: e, path: ['actions'] });
    }
    if (e.category === 'condition' && !e.questions) {
      ctx.issues.push({ code: 'custom', message: 'is required for a condition', input: e, path: ['questions'] });
    }
    e.actions?.forEach((a, i) => {
      if (a.source >= e.sources.length) {
        ctx.issues.push({
          code: 'custom',
          message: 'is not an index into sources',
          input: a.source,
          path: ['actions', i, 'source'],
        });
      }
    });
    if ((e.foods || e.labRange) && !e.nutrient) {
      ctx.issues.push({
        code: 'custom',
        message: 'is required when foods or labRange is given',
        input: e,
        path: ['nutrient'],
      });
    }
  });

export type TermEntry = z.output<typeof termEntrySchema>;
export type FoodRow = TermEntry extends { foods?: (infer R)[] } ? R : never;
export type LabRange = NonNullable<TermEntry['labRange']>;
export type Source = TermEntry['sources'][number];
export type Pronunciation = NonNullable<TermEntry['pronunciation']>;
export type Action = NonNullable<TermEntry['actions']>[number];

/** What the content script needs to find terms: no text, so its bundle stays small. */
export interface TermIndexEntry {
  id: string;
  title: string;
  aliases: string[];
  category: Category;
  /** Forms marked only in a health context (ADR 22). */
  needsContext?: string[];
  /** Phrases in which a form means something else: never marked (ADR 22). */
  blockedBy?: string[];
}

export const disclaimerSchema = z.strictObject({
  short: wordLimited(30),
  long: z.array(wordLimited(80)).min(1, 'needs at least one paragraph'),
});
export type Disclaimer = z.output<typeof disclaimerSchema>;
