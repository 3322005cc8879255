/**
 * Small files with one job: no product source file (entrypoints, components, utils, modules)
 * over 300 lines. A file that grows past it is doing two jobs; split it by job.
 */
import { describe, expect, it } from 'vitest';
import { lineCount, read, relative, sourceFiles } from '../../guards/support/product-sources';

const MAX_LINES = 300;

describe('product source files', () => {
  it('are found (the folders exist)', () => {
    expect(sourceFiles().length).toBeGreaterThan(50);
  });

  it(`are at most ${MAX_LINES} lines each`, () => {
    const over = sourceFiles()
      .map((file) => ({ file: relative(file), lines: lineCount(read(file)) }))
      .filter(({ lines }) => lines > MAX_LINES);
    const message = `over ${MAX_LINES} lines: ${over.map((o) => `${o.file} (${o.lines})`).join(', ')}`;
    expect(over, message).toEqual([]);
  });
});

describe('lineCount', () => {
  it('counts lines the way wc -l does for files that end with a newline', () => {
    expect(lineCount('')).toBe(0);
    expect(lineCount('a\n')).toBe(1);
    expect(lineCount('a\nb\n')).toBe(2);
    expect(lineCount('a\nb')).toBe(2);
  });
});
