/**
 * Bundle budgets (tests/guards/budgets.ts) on both builds. Run after `npx wxt build` and
 * `npx wxt build -b firefox` (the guards step of `npm test`).
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CONTENT_SCRIPT_BUDGET, ON_DEMAND_BUDGETS, POPUP_FIRST_CHUNK_BUDGET } from './budgets';
import {
  BUILDS,
  contentScriptFiles,
  onDemandScripts,
  packaged,
  popupFirstScript,
  readManifest,
  type Build,
} from './support/built-package';

function overBudget(what: string, files: string[], bytes: Buffer[], budget: number, where: string): string {
  const raw = bytes.reduce((sum, b) => sum + b.length, 0);
  const gzip = bytes.reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0);
  return (
    `${what} (${files.join(', ')}) is ${raw} bytes (${gzip} gzipped), over its budget of ${budget} bytes. ` +
    `If the growth is worth it, raise the budget in ${where} and say why in the commit.`
  );
}

function checkSize(build: Build, what: string, files: string[], budget: number) {
  const bytes = files.map((f) => packaged(build, f));
  const raw = bytes.reduce((sum, b) => sum + b.length, 0);
  expect(raw, overBudget(`${build}: ${what}`, files, bytes, budget, 'tests/guards/budgets.ts')).toBeLessThanOrEqual(
    budget,
  );
}

describe('on-demand script budgets', () => {
  it('cover exactly the scripts in SCRIPT_FILES', async () => {
    const { file, table } = await onDemandScripts();
    const names = Object.keys(table).sort();
    const budgeted = Object.keys(ON_DEMAND_BUDGETS).sort();
    const gone = budgeted.filter((n) => !names.includes(n));
    const unbudgeted = names.filter((n) => !budgeted.includes(n));
    expect(
      gone,
      `tests/guards/budgets.ts has budgets for ${gone.join(', ')}, which SCRIPT_FILES (${file}) no longer lists ` +
        `(its names: ${names.join(', ')}). If a script was renamed, move its budget to the new name.`,
    ).toEqual([]);
    expect(
      unbudgeted,
      `SCRIPT_FILES (${file}) lists ${unbudgeted.join(', ')} with no size budget: add one to tests/guards/budgets.ts`,
    ).toEqual([]);
  });
});

describe.each(BUILDS)('%s build', (build) => {
  it('content script gate is within its budget', () => {
    const files = contentScriptFiles(readManifest(build));
    expect(files.length, `the ${build} manifest lists no content script`).toBeGreaterThan(0);
    checkSize(build, 'the content script', files, CONTENT_SCRIPT_BUDGET.budget);
  });

  it('popup first chunk is within its budget', () => {
    checkSize(build, "the popup's first chunk", [popupFirstScript(build)], POPUP_FIRST_CHUNK_BUDGET.budget);
  });

  it.each(Object.entries(ON_DEMAND_BUDGETS))('on-demand script %s is within its budget', async (name, b) => {
    const { file, table } = await onDemandScripts();
    const script = table[name];
    expect(script, `SCRIPT_FILES (${file}) has no script named ${name} (${b.role})`).toBeDefined();
    checkSize(build, `${b.role} (${name})`, [script!], b.budget);
  });
});
