/**
 * No runtime import cycle among product sources (entrypoints, components, utils, modules).
 * A cycle makes evaluation order depend on which file is imported first: a value read at the
 * top level of one file can be `undefined` in another, and the bundler cannot split the two.
 * Type-only imports (`import type`) are not edges; see tests/guards/support/import-graph.ts.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildImportGraph, findCycles, runtimeSpecifiers } from '../../guards/support/import-graph';
import { relative, ROOT, sourceFiles } from '../../guards/support/product-sources';

const FIXTURES = path.join(ROOT, 'tests/fixtures/import-graph');

const describeCycle = (cycle: string[], root = ROOT) =>
  [...cycle, cycle[0]!].map((file) => relative(file, root)).join(' → ');

describe('import graph', () => {
  it('finds a runtime cycle, and names its files in import order', () => {
    const files = sourceFiles(FIXTURES, ['cycle']);
    const cycles = findCycles(buildImportGraph(files, ROOT));
    expect(cycles.map((c) => describeCycle(c, FIXTURES))).toEqual([
      'cycle/a.ts → cycle/b.ts → cycle/c.ts → cycle/a.ts',
    ]);
  });

  it('does not count an `import type` as an edge', () => {
    const files = sourceFiles(FIXTURES, ['type-only']);
    const graph = buildImportGraph(files, ROOT);
    expect(findCycles(graph)).toEqual([]);
    // The value import the other way is still there.
    expect([...graph.get(path.join(FIXTURES, 'type-only/y.ts'))!]).toEqual([path.join(FIXTURES, 'type-only/x.ts')]);
  });

  it('reads which declarations load a module at runtime', () => {
    const text = [
      "import type { A } from './type-only';",
      "import { type B } from './all-specifiers-type';",
      "import { C, type D } from './value';",
      "import './side-effect';",
      "export type { E } from './type-reexport';",
      "export { F } from './reexport';",
      "export * from './star';",
      "const lazy = () => import('./dynamic');",
    ].join('\n');
    expect(runtimeSpecifiers('x.ts', text)).toEqual([
      './all-specifiers-type',
      './value',
      './side-effect',
      './reexport',
      './star',
    ]);
  });
});

describe('product sources', () => {
  it('have no runtime import cycle', () => {
    const cycles = findCycles(buildImportGraph(sourceFiles(), ROOT));
    const message =
      `${cycles.length} runtime import cycle(s) among product sources:\n` +
      cycles.map((c) => `  ${describeCycle(c)}`).join('\n') +
      '\nBreak each one: move what both sides need into a third file, or use `import type` where only types cross.';
    expect(cycles.length, message).toBe(0);
  });
});
