/**
 * The synthetic glossary of `BENCH_GLOSSARY_SCALE` (tests/bench/glossary-scale.ts) must pass the
 * same validator as the build, or the scaled build fails and the bench's glossary figures are
 * never measured (they were not, while copies kept the real entry's sense rules: 564 problems at
 * ten times, every one a `needsContext` or `blockedBy` naming the real entry's forms).
 */
import { describe, expect, test } from 'vitest';
import { readGlossaryFiles } from '../../../modules/glossary';
import { validateGlossary } from '../../../utils/glossary/validate';
import { normalizeSurface } from '../../../utils/glossary/normalize';
import { writeScaledGlossary } from '../../bench/glossary-scale';

describe('the synthetic glossary for the scale bench', () => {
  test('every copy is valid, none dropped, and its sense rules name its own forms', () => {
    const real = validateGlossary(readGlossaryFiles(process.cwd(), 'data/terms')).entries;
    const scaled = writeScaledGlossary(2);
    const { entries, errors } = validateGlossary(readGlossaryFiles(scaled.dir, '.'));
    expect(errors).toEqual([]);
    expect(scaled.dropped).toBe(0);
    expect(entries).toHaveLength(real.length * 2);
    const copies = entries.filter((e) => e.id.endsWith('-x1') && (e.needsContext?.length || e.blockedBy?.length));
    expect(copies.length).toBeGreaterThan(0);
    for (const copy of copies) {
      const own = [copy.title, ...copy.aliases].map(normalizeSurface);
      for (const form of copy.needsContext ?? []) expect(own).toContain(normalizeSurface(form));
    }
  });
});
