/**
 * Every on-demand script the content script can load (SCRIPT_FILES) has its entrypoint, is
 * packaged in both builds and is web-accessible there: otherwise its `import()` fails in pages,
 * and only in the browser whose build lacks it.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILDS, onDemandScripts, packagedExists, readManifest, webAccessibleFiles } from './support/built-package';
import { read, ROOT } from './support/product-sources';

/** WXT's entrypoint shapes for an unlisted script named `name`. */
const entrypointCandidates = (name: string) =>
  ['.ts', '.tsx', '/index.ts', '/index.tsx'].map((shape) => `entrypoints/${name}${shape}`);

describe('on-demand scripts (SCRIPT_FILES)', () => {
  it('are listed', async () => {
    const { table } = await onDemandScripts();
    expect(Object.keys(table).length).toBeGreaterThan(0);
  });

  it('each have an entrypoint that provides the script under its name', async () => {
    const { file, table } = await onDemandScripts();
    for (const [name, packagePath] of Object.entries(table)) {
      const base = path.posix.basename(packagePath, '.js');
      const candidates = entrypointCandidates(base);
      const entry = candidates.find((c) => existsSync(path.join(ROOT, c)));
      expect(
        entry,
        `SCRIPT_FILES (${file}) lists ${name} → ${packagePath}, but none of ${candidates.join(', ')} exists`,
      ).toBeDefined();
      const source = read(path.join(ROOT, entry!));
      expect(
        source.includes(`'${name}'`) || source.includes(`"${name}"`),
        `${entry} does not name the script ${name}: it must provide itself under that SCRIPT_FILES name`,
      ).toBe(true);
    }
  });

  it.each(BUILDS)('are packaged and web-accessible in the %s build', async (build) => {
    const { file, table } = await onDemandScripts();
    const accessible = webAccessibleFiles(readManifest(build));
    for (const [name, packagePath] of Object.entries(table)) {
      expect(
        packagedExists(build, packagePath),
        `${build}: ${name} (${packagePath}, from ${file}) is not packaged`,
      ).toBe(true);
      expect(
        accessible,
        `${build}: ${name} (${packagePath}) is not in the manifest's web_accessible_resources`,
      ).toContain(packagePath.replace(/^\//, ''));
    }
  });
});
