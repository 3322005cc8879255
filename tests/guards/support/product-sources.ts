/**
 * The product's own source files: what the extension is built from (entrypoints, components,
 * utils, modules). Tests, scripts and config are not product code and are not counted.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../../..');
export const PRODUCT_DIRS = ['entrypoints', 'components', 'utils', 'modules'] as const;

const SOURCE = /\.(ts|tsx|mts)$/;

/** Absolute paths of every .ts/.tsx/.mts file under `dirs` (relative to `root`), sorted. */
export function sourceFiles(root: string = ROOT, dirs: readonly string[] = PRODUCT_DIRS): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (SOURCE.test(entry.name)) found.push(full);
    }
  };
  for (const dir of dirs) if (existsSync(path.join(root, dir))) walk(path.join(root, dir));
  return found.sort();
}

/** Lines as `wc -l` and an editor count them: a final newline does not start another line. */
export function lineCount(text: string): number {
  if (text === '') return 0;
  const lines = text.split('\n').length;
  return text.endsWith('\n') ? lines - 1 : lines;
}

export const relative = (file: string, root: string = ROOT) => path.relative(root, file).split(path.sep).join('/');

export const read = (file: string) => readFileSync(file, 'utf8');
