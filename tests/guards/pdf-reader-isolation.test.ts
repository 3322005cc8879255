/**
 * PDF.js belongs to the PDF reader page alone (ADR 26): no content script, on-demand page script
 * or chunk they load contains it, nor does the popup's first script or anything it imports;
 * its worker is a packaged file; and the reader added no install-time permission.
 *
 * PDF.js is found by its own error messages (string literals a minifier keeps), first shown to
 * be in pdfjs-dist and in some built file, so a marker that stopped matching fails here.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PDF_WORKER_FILE } from '../../utils/reader/pdf-files';
import {
  allScripts,
  BUILDS,
  packaged,
  packagedExists,
  pageScripts,
  popupFirstScript,
  readManifest,
  referencedChunks,
  type Build,
} from './support/built-package';
import { ROOT } from './support/product-sources';

const PDFJS_MARKERS = ['Setting up fake worker', 'GlobalWorkerOptions.workerSrc'];

/** The permissions a user agrees to at install; the PDF reader must not add any. */
const INSTALL_PERMISSIONS = ['storage', 'contextMenus', 'activeTab'];

const text = (build: Build, file: string) => packaged(build, file).toString('utf8');
const hasPdfJs = (code: string) => PDFJS_MARKERS.some((m) => code.includes(m));

/** What a chunk imports by a path relative to itself (`./x.js`, `../chunks/x.js`), as package paths. */
function relativeImports(file: string, code: string): string[] {
  const dir = path.posix.dirname(file);
  return [...code.matchAll(/["'](\.{1,2}\/[\w./-]+\.js)["']/g)].map((m) => path.posix.join(dir, m[1]!));
}

/** Every script an extension page loads: its `<script src>`, its module preloads, and what they import. */
function pageLoads(build: Build, page: string): string[] {
  const html = text(build, page);
  const queue = [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="\/?([^"]+\.js)"/gi)].map((m) => m[1]!);
  const seen = new Set<string>();
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file) || !packagedExists(build, file)) continue;
    seen.add(file);
    const code = text(build, file);
    queue.push(...referencedChunks(code), ...relativeImports(file, code));
  }
  return [...seen];
}

it('the markers are in pdfjs-dist', () => {
  const source = readFileSync(path.join(ROOT, 'node_modules/pdfjs-dist/build/pdf.mjs'), 'utf8');
  for (const marker of PDFJS_MARKERS) expect(source, 'pick a new PDF.js marker').toContain(marker);
});

describe.each(BUILDS)('%s build', (build) => {
  it('PDF.js is in the build, loaded by the PDF reader page', () => {
    expect(allScripts(build).some((f) => hasPdfJs(text(build, f)))).toBe(true);
    expect(pageLoads(build, 'pdf.html').some((f) => hasPdfJs(text(build, f)))).toBe(true);
  });

  it('no content script or page script contains PDF.js', async () => {
    const files = await pageScripts(build);
    expect(files.length).toBeGreaterThan(1);
    for (const file of files) {
      expect(hasPdfJs(text(build, file)), `${build}: ${file} runs in web pages and contains PDF.js`).toBe(false);
    }
  });

  it("the popup's scripts do not contain PDF.js", () => {
    const files = pageLoads(build, readManifest(build).action!.default_popup!);
    expect(files).toContain(popupFirstScript(build).replace(/^\//, ''));
    expect(files.length).toBeGreaterThan(1);
    for (const file of files) {
      expect(hasPdfJs(text(build, file)), `${build}: the popup loads ${file}, which contains PDF.js`).toBe(false);
    }
  });

  it('the PDF.js worker is a packaged file', () => {
    expect(packagedExists(build, PDF_WORKER_FILE)).toBe(true);
    expect(text(build, PDF_WORKER_FILE)).toContain('WorkerMessageHandler');
  });

  it('install-time permissions are unchanged; site access for a PDF is optional', () => {
    const manifest = readManifest(build) as ReturnType<typeof readManifest> & {
      permissions?: string[];
      host_permissions?: string[];
      optional_host_permissions?: string[];
    };
    expect([...(manifest.permissions ?? [])].sort()).toEqual([...INSTALL_PERMISSIONS].sort());
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
  });
});
