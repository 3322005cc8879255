/**
 * The labelled sentences (tests/fixtures/senses/labelled-sentences.txt) and how a matcher with
 * the sense rule scores on them: per form, precision (of the health-sense marks, how many are
 * right) and recall (of the health-sense sentences, how many keep their mark).
 */
import { readFileSync } from 'node:fs';
import { normalizeSurface } from '../../utils/glossary/normalize';

export interface Labelled {
  form: string;
  health: boolean;
  text: string;
}

export function readLabelled(file: string): Labelled[] {
  const out: Labelled[] = [];
  let form = '';
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('## ')) form = line.slice(3).trim();
    else if (/^[-+] /u.test(line)) {
      if (!form) throw new Error(`${file}: sentence before any "## form" line: ${line}`);
      out.push({ form, health: line[0] === '+', text: line.slice(2).trim() });
    }
  }
  return out;
}

export interface Mark {
  start: number;
  end: number;
  termId: string;
}

export interface FormScore {
  form: string;
  health: number;
  kept: number;
  ordinary: number;
  marked: number;
}

/** Where the sentence's form is (case-insensitive, first occurrence), or null. */
export function formSpan(item: Labelled): [number, number] | null {
  const at = normalizeSurface(item.text).indexOf(normalizeSurface(item.form));
  return at < 0 ? null : [at, at + item.form.length];
}

export function scoreLabelled(items: readonly Labelled[], mark: (text: string) => readonly Mark[]): FormScore[] {
  const byForm = new Map<string, FormScore>();
  for (const item of items) {
    let s = byForm.get(item.form);
    if (!s) byForm.set(item.form, (s = { form: item.form, health: 0, kept: 0, ordinary: 0, marked: 0 }));
    const marks = mark(item.text);
    if (item.health) {
      const span = formSpan(item);
      if (!span) throw new Error(`sentence does not hold its form "${item.form}": ${item.text}`);
      s.health++;
      if (marks.some((m) => m.start < span[1] && m.end > span[0])) s.kept++;
    } else {
      s.ordinary++;
      if (marks.length > 0) s.marked++;
    }
  }
  return [...byForm.values()];
}

/** Ordinary sentences with any mark; health sentences that lost theirs (for the report). */
export function misses(items: readonly Labelled[], mark: (text: string) => readonly Mark[]): string[] {
  const out: string[] = [];
  for (const item of items) {
    const marks = mark(item.text);
    if (!item.health && marks.length) out.push(`marked  [${marks.map((m) => m.termId).join(',')}] ${item.text}`);
    if (item.health) {
      const span = formSpan(item)!;
      if (!marks.some((m) => m.start < span[1] && m.end > span[0])) out.push(`lost    ${item.text}`);
    }
  }
  return out;
}
