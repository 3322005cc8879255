/**
 * docs/architecture.md names the file of each step of a page load and of a hover; a renamed or
 * moved file would leave a newcomer at a dead end. Every backticked path in it must exist.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../guards/support/product-sources';

const DOC = path.join(ROOT, 'docs/architecture.md');

/**
 * Backticked text that looks like a repository path: has a slash or a file extension, no
 * spaces, no call or glob syntax (`i18n.t(...)`, `tests/**`), and is not a URL or a package.
 */
function pathsIn(markdown: string): string[] {
  const paths = new Set<string>();
  for (const [, raw] of markdown.matchAll(/`([^`\n]+)`/g)) {
    const text = raw!.trim().replace(/:\d+(-\d+)?$/, ''); // `file.ts:12` names a line
    if (/\s|[()*{}<>|=]|^[a-z]+:|^@|^#|^\.\.?$/.test(text)) continue;
    const looksLikeFile = /\.[a-z]{1,5}$/i.test(text) && !/^\.[a-z]+$/i.test(text);
    const looksLikeDir = text.includes('/');
    if (!looksLikeFile && !looksLikeDir) continue;
    // A bare file name (`slot.ts`) cannot be checked without a folder; paths carry one.
    if (!text.includes('/')) continue;
    paths.add(text.replace(/^\.\//, '').replace(/\/$/, ''));
  }
  return [...paths];
}

describe('pathsIn', () => {
  it('takes repository paths and leaves code, URLs and bare names alone', () => {
    const doc =
      'Start at `entrypoints/frame-main.content/index.ts`, then `utils/scan/` and `utils/a.ts:12`; ' +
      'not `i18n.t(...)`, `https://x.org/a.js`, `@floating-ui/dom`, `tests/**`, `slot.ts` or `npm test`.';
    expect(pathsIn(doc)).toEqual(['entrypoints/frame-main.content/index.ts', 'utils/scan', 'utils/a.ts']);
  });
});

describe('docs/architecture.md', () => {
  it.skipIf(!existsSync(DOC))(
    existsSync(DOC) ? 'names only files that exist' : 'is absent: nothing to check until it is written',
    () => {
      const named = pathsIn(readFileSync(DOC, 'utf8'));
      expect(named.length, 'docs/architecture.md names no file path in backticks').toBeGreaterThan(0);
      const missing = named.filter((p) => !existsSync(path.join(ROOT, p)));
      expect(missing, `docs/architecture.md names paths that do not exist: ${missing.join(', ')}`).toEqual([]);
    },
  );
});
