/**
 * Build-time glossary: validates every `data/terms/*.json` and serves these virtual modules,
 * so a bad entry fails `wxt build` (and the dev server) with a message naming file and field.
 *
 * - `virtual:health-notes/term-index`: id, title, aliases, category (popup search)
 * - `virtual:health-notes/term-titles`: id and title only (the term-interactions script)
 * - `virtual:health-notes/entries`: the full entries (popup, options, background)
 * - `virtual:health-notes/disclaimer`: the disclaimer texts (the card, and the extension pages through entries.ts)
 * - `virtual:health-notes/matcher`: the form tables for the whole glossary and each entry's category (frame main)
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { addViteConfig, defineWxtModule } from 'wxt/modules';
import { disclaimerSchema } from '../utils/glossary/schema';
import { buildTermIndex, validateGlossary, type GlossaryFile } from '../utils/glossary/validate';
import { termTitles } from '../utils/glossary/term-titles';
import { compileMatcher } from '../utils/matcher/matcher';

const INDEX_ID = 'virtual:health-notes/term-index';
const TITLES_ID = 'virtual:health-notes/term-titles';
const ENTRIES_ID = 'virtual:health-notes/entries';
const DISCLAIMER_ID = 'virtual:health-notes/disclaimer';
const MATCHER_ID = 'virtual:health-notes/matcher';
const VIRTUAL_IDS = [INDEX_ID, TITLES_ID, ENTRIES_ID, DISCLAIMER_ID, MATCHER_ID];

/**
 * The folder of term files: data/terms, unless HEALTH_NOTES_BENCH_GLOSSARY names another. Only
 * the benchmark sets it (tests/bench/glossary-scale.ts: a synthetic glossary ten times the size,
 * built into its own output folder, .output/chrome-mv3-bench-glossary, that never ships).
 */
export const glossaryDir = (): string => process.env.HEALTH_NOTES_BENCH_GLOSSARY || 'data/terms';

export function readGlossaryFiles(root: string, dir = glossaryDir()): GlossaryFile[] {
  const abs = path.resolve(root, dir);
  return readdirSync(abs)
    .filter((name) => name.endsWith('.json'))
    .map((name) => {
      const file = `${dir}/${name}`;
      const text = readFileSync(path.join(abs, name), 'utf8');
      try {
        return { file, data: JSON.parse(text) as unknown };
      } catch (err) {
        return { file, data: undefined, parseError: (err as Error).message };
      }
    });
}

export function loadGlossary(root: string) {
  const result = validateGlossary(readGlossaryFiles(root));
  const disclaimerFile = 'data/disclaimer.json';
  const disclaimer = disclaimerSchema.safeParse(JSON.parse(readFileSync(path.join(root, disclaimerFile), 'utf8')));
  if (!disclaimer.success) {
    result.errors.push(...disclaimer.error.issues.map((i) => `${disclaimerFile}: ${i.path.join('.')} ${i.message}`));
  }
  if (result.errors.length > 0) {
    throw new Error(`Invalid glossary (${result.errors.length} problem(s)):\n  ${result.errors.join('\n  ')}`);
  }
  return { entries: result.entries, disclaimer: disclaimer.data! };
}

function glossaryPlugin(root: string): Plugin {
  const resolved = (id: string) => `\0${id}`;
  return {
    name: 'health-notes-glossary',
    // Validating in buildStart makes every build fail fast, before any bundling work.
    buildStart() {
      loadGlossary(root);
      for (const f of readGlossaryFiles(root)) this.addWatchFile(path.resolve(root, f.file));
    },
    resolveId(id) {
      return VIRTUAL_IDS.includes(id) ? resolved(id) : undefined;
    },
    load(id) {
      if (!VIRTUAL_IDS.map(resolved).includes(id)) return undefined;
      const { entries, disclaimer } = loadGlossary(root);
      const index = buildTermIndex(entries);
      const data =
        id === resolved(INDEX_ID)
          ? index
          : id === resolved(TITLES_ID)
            ? termTitles(index)
            : id === resolved(ENTRIES_ID)
              ? entries
              : id === resolved(MATCHER_ID)
                ? compileMatcher(index)
                : disclaimer;
      // JSON.parse of a string literal parses faster than the same data as an object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});`;
    },
  };
}

export default defineWxtModule({
  name: 'health-notes-glossary',
  setup(wxt) {
    addViteConfig(wxt, () => ({ plugins: [glossaryPlugin(wxt.config.root)] }));
  },
});
