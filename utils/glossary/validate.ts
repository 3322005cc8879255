/**
 * Validates the whole glossary: each file against the schema, then the rules that need
 * every entry at once (unique surface forms, existing related ids, the stop list).
 * Pure: callers read the files; errors come back as `<file>: <field> <problem>` lines.
 */
import type * as z from 'zod';
import { normalizeSurface } from './normalize';
import { termEntrySchema, type TermEntry, type TermIndexEntry } from './schema';
import { MIN_SURFACE_LENGTH, STOP_WORDS } from './stop-words';
import { senseErrors } from './validate-senses';

export interface GlossaryFile {
  /** Path as shown to the author, e.g. `data/terms/tetany.json`. */
  file: string;
  /** Parsed JSON, or the parse error message when the file is not JSON. */
  data: unknown;
  parseError?: string;
}

export interface GlossaryResult {
  entries: TermEntry[];
  errors: string[];
}

function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = formatPath(issue.path);
  const subject = where || 'entry';
  switch (issue.code) {
    case 'invalid_type':
      // zod's stock wording ("Invalid input: expected …") is replaced; schema-specific wording is kept.
      if (!issue.message.startsWith('Invalid input')) return `${subject} ${issue.message}`;
      // zod leaves `input` out of its issues; its message still says what it received.
      if (issue.input === undefined && /received undefined$/u.test(issue.message)) return `${subject} is required`;
      return `${subject} must be ${issue.expected === 'array' ? 'an array' : `a ${issue.expected}`}`;
    case 'unrecognized_keys':
      return `${where ? `${where} has` : 'has'} unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys
        .map((k) => `"${k}"`)
        .join(', ')}`;
    default:
      return `${subject} ${issue.message}`;
  }
}

export function fileStem(file: string): string {
  return file.replace(/^.*\//u, '').replace(/\.json$/u, '');
}

export function validateGlossary(files: readonly GlossaryFile[]): GlossaryResult {
  const errors: string[] = [];
  const entries: TermEntry[] = [];
  const fileOf = new Map<TermEntry, string>();

  for (const { file, data, parseError } of [...files].sort((a, b) => a.file.localeCompare(b.file))) {
    if (parseError !== undefined) {
      errors.push(`${file}: is not valid JSON (${parseError})`);
      continue;
    }
    const parsed = termEntrySchema.safeParse(data);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) errors.push(`${file}: ${describeIssue(issue)}`);
      continue;
    }
    const entry = parsed.data;
    if (entry.id !== fileStem(file)) {
      errors.push(`${file}: id "${entry.id}" does not match the file name "${fileStem(file)}"`);
      continue;
    }
    entries.push(entry);
    fileOf.set(entry, file);
  }

  const ids = new Set(entries.map((e) => e.id));
  const claimedBy = new Map<string, string>();
  for (const entry of entries) {
    const file = fileOf.get(entry)!;
    const surfaces = [entry.title, ...entry.aliases];
    const own = new Set<string>();
    for (const surface of surfaces) {
      const key = normalizeSurface(surface);
      const label = surface === entry.title ? 'title' : 'alias';
      if (own.has(key)) {
        errors.push(`${file}: ${label} "${surface}" is listed twice`);
        continue;
      }
      own.add(key);
      if (STOP_WORDS.has(key)) {
        errors.push(`${file}: ${label} "${surface}" is a common word on the stop list`);
        continue;
      }
      if (key.length < MIN_SURFACE_LENGTH) {
        errors.push(
          `${file}: ${label} "${surface}" is too short to match safely (min ${MIN_SURFACE_LENGTH} characters)`,
        );
        continue;
      }
      const owner = claimedBy.get(key);
      if (owner !== undefined) {
        errors.push(`${file}: ${label} "${surface}" is already claimed by ${owner}`);
        continue;
      }
      claimedBy.set(key, file);
    }
    for (const rel of entry.related) {
      if (rel === entry.id) errors.push(`${file}: related "${rel}" points to the entry itself`);
      else if (!ids.has(rel)) errors.push(`${file}: related "${rel}" is not an entry`);
    }
    entry.actions?.forEach((action, i) => {
      if (action.see === entry.id) errors.push(`${file}: actions[${i}].see "${action.see}" points to the entry itself`);
      else if (action.see !== undefined && !ids.has(action.see)) {
        errors.push(`${file}: actions[${i}].see "${action.see}" is not an entry`);
      }
    });
  }
  errors.push(
    ...senseErrors(
      [...fileOf].map(([entry, file]) => ({ entry, file })),
      claimedBy,
    ),
  );

  return { entries: entries.sort((a, b) => a.id.localeCompare(b.id)), errors };
}

/**
 * The compact index: the popup's search reads it, and the build compiles the pages' matcher
 * and the term titles from it (modules/glossary.ts). Pages never get it whole.
 */
export function buildTermIndex(entries: readonly TermEntry[]): TermIndexEntry[] {
  return entries.map(({ id, title, aliases, category, needsContext, blockedBy }) => ({
    id,
    title,
    aliases,
    category,
    ...(needsContext?.length ? { needsContext } : {}),
    ...(blockedBy?.length ? { blockedBy } : {}),
  }));
}
