// @vitest-environment happy-dom
/**
 * A `#...` that is not valid percent-encoding (decodeURIComponent throws on it) must still give
 * the reader a page: "not found" and the search, never a blank page.
 */
import { cleanup, render, screen } from '@testing-library/preact';
import path from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { EntryPage } from '../../../entrypoints/entry/EntryPage';

vi.mock('../../../utils/glossary/entries', async () => {
  const { loadGlossary } = await import('../../../modules/glossary');
  const glossary = loadGlossary(path.resolve(__dirname, '../../..'));
  const byId = new Map(glossary.entries.map((e) => [e.id, e]));
  return { entries: glossary.entries, disclaimer: glossary.disclaimer, getEntry: (id: string) => byId.get(id) };
});

afterEach(() => {
  cleanup();
  history.replaceState(null, '', location.pathname);
});

describe('entry page address', () => {
  test.each(['#%E0%A4%A', '#%', '#tetany%ZZ'])('a malformed fragment (%s) shows "not found" and the search', (hash) => {
    history.replaceState(null, '', hash);
    render(<EntryPage />);
    expect(screen.getByTestId('entry-not-found').textContent).toContain(`“${hash.slice(1)}”`);
    expect(screen.getByRole('combobox', { name: 'Search the glossary' })).toBeTruthy();
  });

  test('a well-formed fragment still opens its entry', () => {
    history.replaceState(null, '', '#tetany');
    render(<EntryPage />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toMatch(/Tetany/u);
  });
});
