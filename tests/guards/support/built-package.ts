/**
 * What the guard tests read from the two builds (.output/chrome-mv3 and .output/firefox-mv3):
 * every file is found the way the browser finds it (the manifest's content scripts, the
 * popup's HTML) or the way the content script finds it (the table of on-demand scripts), never
 * by an output name written here, so renaming an entrypoint cannot make a guard check nothing.
 */
import { existsSync, readdirSync, readFileSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { read, relative, ROOT, sourceFiles } from './product-sources';

export const BUILDS = ['chrome-mv3', 'firefox-mv3'] as const;
export type Build = (typeof BUILDS)[number];

export interface Manifest {
  content_scripts?: { js?: string[] }[];
  web_accessible_resources?: { resources: string[] }[];
  action?: { default_popup?: string };
}

export const buildDir = (build: Build) => path.join(ROOT, '.output', build);

export function readManifest(build: Build): Manifest {
  const file = path.join(buildDir(build), 'manifest.json');
  if (!existsSync(file)) {
    throw new Error(`no ${relative(file)}: build first (npx wxt build && npx wxt build -b firefox)`);
  }
  return JSON.parse(readFileSync(file, 'utf8')) as Manifest;
}

/** A packaged file's bytes; `file` is a package path (`/a.js` or `a.js`). */
export function packaged(build: Build, file: string): Buffer {
  const full = path.join(buildDir(build), file.replace(/^\//, ''));
  if (!existsSync(full)) throw new Error(`${relative(full)} is missing from the ${build} build`);
  return readFileSync(full);
}

export const packagedExists = (build: Build, file: string) =>
  existsSync(path.join(buildDir(build), file.replace(/^\//, '')));

export function contentScriptFiles(manifest: Manifest): string[] {
  return (manifest.content_scripts ?? []).flatMap((c) => c.js ?? []);
}

export function webAccessibleFiles(manifest: Manifest): string[] {
  return (manifest.web_accessible_resources ?? []).flatMap((r) => r.resources);
}

/** The popup page's first `<script src>`: the chunk that must load before it can paint. */
export function popupFirstScript(build: Build): string {
  const page = readManifest(build).action?.default_popup;
  if (!page) throw new Error(`the ${build} manifest has no action.default_popup`);
  const html = packaged(build, page).toString('utf8');
  const src = /<script\b[^>]*\bsrc="([^"]+)"/i.exec(html)?.[1];
  if (!src) throw new Error(`${page} in the ${build} build has no <script src>`);
  return src;
}

/** Chunks a built script loads by path (static imports of shared chunks), if any. */
export function referencedChunks(code: string): string[] {
  return [...new Set([...code.matchAll(/["'/]((?:chunks|assets)\/[\w.-]+\.js)["']/g)].map((m) => m[1]!))];
}

/**
 * The table of on-demand scripts (`SCRIPT_FILES`: name → package path), imported from the
 * product source that exports it, wherever that file lives.
 */
export async function onDemandScripts(): Promise<{ file: string; table: Record<string, string> }> {
  const declaring = sourceFiles().filter((f) => /export const SCRIPT_FILES\b/.test(read(f)));
  if (declaring.length !== 1) {
    throw new Error(
      `expected one product source exporting SCRIPT_FILES (the on-demand script table), found ${declaring.length}: ` +
        declaring.map((f) => relative(f)).join(', '),
    );
  }
  const module = (await import(declaring[0]!)) as { SCRIPT_FILES?: Record<string, string> };
  if (!module.SCRIPT_FILES) throw new Error(`${relative(declaring[0]!)} has no SCRIPT_FILES export at runtime`);
  return { file: relative(declaring[0]!), table: module.SCRIPT_FILES };
}

/**
 * Every script that runs in web pages: the content scripts, the on-demand scripts and their
 * chunks. A listed file missing from the build is left out here; tests/guards/on-demand-scripts
 * reports it.
 */
export async function pageScripts(build: Build): Promise<string[]> {
  const { table } = await onDemandScripts();
  const files = [...contentScriptFiles(readManifest(build)), ...Object.values(table)].map((f) => f.replace(/^\//, ''));
  const seen = new Set<string>();
  const queue = files.filter((f) => packagedExists(build, f));
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...referencedChunks(packaged(build, file).toString('utf8')));
  }
  return [...seen];
}

/** Every .js file in a build, as package paths. */
export function allScripts(build: Build): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSafe(dir)) {
      const full = path.join(dir, name.name);
      if (name.isDirectory()) walk(full);
      else if (name.name.endsWith('.js')) found.push(path.relative(buildDir(build), full).split(path.sep).join('/'));
    }
  };
  walk(buildDir(build));
  return found.sort();
}

const readdirSafe = (dir: string): Dirent[] => (existsSync(dir) ? readdirSync(dir, { withFileTypes: true }) : []);
