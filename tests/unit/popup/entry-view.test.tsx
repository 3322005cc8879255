// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/preact';
import path from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { loadGlossary } from '../../../modules/glossary';
import { EntryView } from '../../../components/entry/EntryView';
import { formatReviewed } from '../../../components/entry/SourceList';

const root = path.resolve(__dirname, '../../..');
const { entries } = loadGlossary(root);

// The shipped module reads a build-time virtual module; here the same data comes from the validator.
vi.mock('../../../utils/glossary/entries', async () => {
  const { loadGlossary } = await import('../../../modules/glossary');
  const glossary = loadGlossary(path.resolve(__dirname, '../../..'));
  const byId = new Map(glossary.entries.map((e) => [e.id, e]));
  return { entries: glossary.entries, disclaimer: glossary.disclaimer, getEntry: (id: string) => byId.get(id) };
});
const entry = (id: string) => entries.find((e) => e.id === id)!;

afterEach(cleanup);

describe('EntryView', () => {
  test('renders the food table with mg and % Daily Value', () => {
    render(<EntryView entry={entry('hypomagnesemia')} units="us" variant="popup" hrefFor={(id) => `#${id}`} />);
    const table = screen.getByRole('table');
    const pumpkin = within(table).getByRole('row', { name: /Pumpkin seeds/ });
    expect(
      within(pumpkin)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['1 ounce', '156', '37%']);
  });

  test('shows the lab range in the unit of the setting', () => {
    render(<EntryView entry={entry('hypomagnesemia')} units="si" variant="page" hrefFor={(id) => `#${id}`} />);
    expect(screen.getByTestId('lab-range').textContent).toBe('0.74–0.95 mmol/L');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Hypomagnesemia');
  });

  test('always carries the disclaimer, even for an entry without foods or lab range', () => {
    const plain = entries.find((e) => !e.foods && !e.labRange && !e.seekCare)!;
    render(<EntryView entry={plain} units="us" variant="popup" hrefFor={(id) => `#${id}`} />);
    expect(screen.getByRole('note', { name: 'Disclaimer' })).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  test('formats the reviewed date without time-zone drift', () => {
    expect(formatReviewed('2026-01-01')).toBe('January 1, 2026');
  });
});
