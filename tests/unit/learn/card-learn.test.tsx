// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { TermCard } from '../../../components/card/TermCard';
import { entryHref, entryIdFromHash, entrySectionFromHash } from '../../../components/entry/entry-hash';
import { loadGlossary } from '../../../modules/glossary';
import type { TermEntry } from '../../../utils/glossary/schema';

const { entries } = loadGlossary(path.resolve(__dirname, '../../..'));
const card = (entry: TermEntry) =>
  render(<TermCard state={{ kind: 'ready', entry }} disclaimer="Not medical advice." onClose={() => {}} />);

afterEach(cleanup);

test('the card shows the respelling under the title and the first action only', () => {
  const e = entries.find((x) => x.id === 'hypomagnesemia')!;
  card(e);
  const say = screen.getByTestId('respelling');
  expect(say.previousElementSibling?.tagName).toBe('H2');
  expect(say.textContent).toContain('hy-poh-mag-nuh-SEE-mee-uh');
  expect(screen.getByTestId('card-action').textContent).toBe(`What you can do: ${e.actions![0]!.text}`);
  expect(document.body.textContent).not.toContain(e.actions![1]!.text);
});

test('a card for an entry without actions (a nutrient) shows no action', () => {
  card(entries.find((x) => x.id === 'magnesium')!);
  expect(screen.getByTestId('respelling')).toBeTruthy();
  expect(screen.queryByTestId('card-action')).toBeNull();
});

test('links to a food table read back as the entry and its section', () => {
  expect(entryHref('magnesium', 'foods')).toBe('#magnesium/foods');
  expect(entryIdFromHash('#magnesium/foods')).toBe('magnesium');
  expect(entrySectionFromHash('#magnesium/foods')).toBe('foods');
  expect(entryIdFromHash(entryHref('magnesium'))).toBe('magnesium');
  expect(entrySectionFromHash('#magnesium')).toBeUndefined();
});
