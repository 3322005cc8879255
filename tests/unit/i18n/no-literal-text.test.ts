/**
 * Every user-facing string comes from locales/en.yml (`i18n.t`), so a new language is a new
 * locale file and no component changes. This fails on text written straight into JSX, or into
 * an attribute or prop that is shown or read aloud, in any product .tsx file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { findLiteralText } from './literal-text';

const ROOT = path.resolve(__dirname, '../../..');
/** Build output, dependencies and tests (test pages may hold any text) are not product UI. */
const SKIPPED_DIRS = new Set(['node_modules', '.output', '.wxt', 'tests', 'test-results', 'docs', 'data']);

function productTsxFiles(dir = ROOT): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((item) => {
    if (item.name.startsWith('.') && item.isDirectory()) return [];
    const full = path.join(dir, item.name);
    if (item.isDirectory()) return SKIPPED_DIRS.has(item.name) ? [] : productTsxFiles(full);
    return item.name.endsWith('.tsx') ? [full] : [];
  });
}

describe('no literal user-facing text in JSX', () => {
  const files = productTsxFiles();

  test('finds the product components', () => {
    // Guards the walk itself: a wrong root would make the next test pass on nothing.
    expect(files.length).toBeGreaterThan(20);
    expect(files.map((f) => path.basename(f))).toEqual(expect.arrayContaining(['TermCard.tsx', 'PopupApp.tsx']));
  });

  test('every product .tsx file takes its text from the locale messages', () => {
    const found = files.flatMap((file) =>
      findLiteralText(path.relative(ROOT, file), readFileSync(file, 'utf8')).map(
        (hit) => `${hit.file}:${hit.line} ${hit.where}: "${hit.text}"`,
      ),
    );
    expect(found, 'add these to locales/en.yml and render them with i18n.t(…)').toEqual([]);
  });
});

describe('the literal-text finder', () => {
  const find = (source: string) => findLiteralText('x.tsx', source).map((hit) => `${hit.where}: ${hit.text}`);

  test('flags text between tags and in shown or spoken attributes', () => {
    expect(
      find(`export const A = () => (
        <div title="Close (Esc)" aria-label="Close" aria-description="More">
          <input placeholder="Search" />
          <img alt="Logo" />
          <p>Loading…</p>
          <p>{'Searching'}</p>
          <p>{busy ? 'Wait' : null}</p>
          <p>{\`Term \${n}\`}</p>
          <Section title="Cards" hint={'Short hint'} listTitle={typed ? 'Results' : 'All terms'} />
        </div>
      );`),
    ).toEqual([
      'title: Close (Esc)',
      'aria-label: Close',
      'aria-description: More',
      'placeholder: Search',
      'alt: Logo',
      'text: Loading…',
      'text: Searching',
      'text: Wait',
      'text: Term',
      'title: Cards',
      'hint: Short hint',
      'listTitle: Results',
    ]);
  });

  test('leaves ids, classes, comparisons, symbols and messages alone', () => {
    expect(
      find(`export const A = () => (
        <div class="hn-card" id="card-title" aria-labelledby="card-title" data-state="ready" role="dialog">
          {state.kind === 'loading' && <p>{i18n.t('loading')}</p>}
          <span aria-hidden="true">← · 12 %</span>
          <Section title={i18n.t('cards.title')} variant="page" />
        </div>
      );`),
    ).toEqual([]);
  });
});
