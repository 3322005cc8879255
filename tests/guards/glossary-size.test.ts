/**
 * The glossary a build ships is data/terms, whole: the benchmark's synthetic glossary ten times
 * the size (tests/bench/glossary-scale.ts) is built only into .output/chrome-mv3-bench-glossary,
 * never into the builds that are packaged. Read from the page scripts' form tables, whose
 * `termCount` the build writes from the glossary it was given.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILDS, packaged, pageScripts } from './support/built-package';
import { ROOT } from './support/product-sources';

const entryFiles = readdirSync(path.join(ROOT, 'data/terms')).filter((f) => f.endsWith('.json'));

describe.each(BUILDS)('%s build', (build) => {
  it("carries today's glossary: as many entries as data/terms has, none generated", async () => {
    const counts = new Set<number>();
    for (const file of await pageScripts(build)) {
      const code = packaged(build, file).toString('utf8');
      for (const m of code.matchAll(/termCount\\?"\s*:\s*(\d+)/g)) counts.add(Number(m[1]));
      expect(code, `${file} holds a generated entry id`).not.toMatch(/-x[1-9]\d*\\?"/);
    }
    expect([...counts]).toEqual([entryFiles.length]);
  });
});
