// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import path from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { loadGlossary } from '../../../modules/glossary';
import { EntryView } from '../../../components/entry/EntryView';
import { entryHref } from '../../../components/entry/entry-hash';
import type { TermEntry } from '../../../utils/glossary/schema';

const { entries } = loadGlossary(path.resolve(__dirname, '../../..'));

vi.mock('../../../utils/glossary/entries', async () => {
  const { loadGlossary } = await import('../../../modules/glossary');
  const glossary = loadGlossary(path.resolve(__dirname, '../../..'));
  const byId = new Map(glossary.entries.map((e) => [e.id, e]));
  return { entries: glossary.entries, disclaimer: glossary.disclaimer, getEntry: (id: string) => byId.get(id) };
});
const entry = (id: string) => entries.find((e) => e.id === id)!;
const view = (e: TermEntry, units: 'us' | 'si' = 'us') =>
  render(<EntryView entry={e} units={units} variant="page" hrefFor={entryHref} />);

afterEach(cleanup);

describe('respelling', () => {
  test('sits under the title; screen readers hear syllables, not hyphens', () => {
    view(entry('hypomagnesemia'));
    const say = screen.getByTestId('respelling');
    expect(say.querySelector('[aria-hidden="true"]')!.textContent).toBe('Say it: hy-poh-mag-nuh-SEE-mee-uh');
    expect(say.querySelector('.hn-visually-hidden')!.textContent).toBe('Say it: hy poh mag nuh see (stressed) mee uh');
  });

  test('an entry without actions or questions (a nutrient) shows neither, and nothing else breaks', () => {
    const bare = entry('magnesium');
    expect(bare.actions ?? bare.questions).toBeUndefined();
    view(bare);
    expect(screen.getByTestId('respelling')).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'What you can do' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Questions to ask' })).toBeNull();
  });
});

describe('What you can do', () => {
  test('lists every action with its source, and links to the entry it names (its food table if any)', () => {
    const e = entry('hypomagnesemia');
    view(e);
    const region = screen.getByRole('region', { name: 'What you can do' });
    const items = within(region).getAllByRole('listitem');
    expect(items).toHaveLength(e.actions!.length);
    e.actions!.forEach((a, i) => {
      expect(items[i]!.textContent).toContain(a.text);
      const source = within(items[i]!).getByRole('link', { name: new RegExp(`^Source: `) });
      expect(source.getAttribute('href')).toBe(e.sources[a.source]!.url);
    });
    // Magnesium has a food table: the link goes straight to it; other entries open at the top.
    expect(within(region).getByRole('link', { name: 'Foods with magnesium' }).getAttribute('href')).toBe(
      '#magnesium/foods',
    );
    const other = e.actions!.find((a) => a.see && !entry(a.see).foods)!;
    expect(
      within(region)
        .getByRole('link', { name: `More about ${entry(other.see!).title}` })
        .getAttribute('href'),
    ).toBe(`#${other.see}`);
  });
});

describe('Questions to ask', () => {
  test('Copy puts the questions on the clipboard and says so', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const e = entry('hypomagnesemia');
    view(e);
    const region = screen.getByRole('region', { name: 'Questions to ask' });
    expect(
      within(region)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(e.questions);
    fireEvent.click(within(region).getByRole('button', { name: 'Copy questions' }));
    expect(await within(region).findByText('Questions copied.')).toBeTruthy();
    expect(writeText).toHaveBeenCalledWith(e.questions!.join('\n'));
  });

  test('a refused clipboard gets a message, not silence', async () => {
    const writeText = vi.fn(() => Promise.reject(new Error('denied')));
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    view(entry('hypomagnesemia'));
    fireEvent.click(screen.getByRole('button', { name: 'Copy questions' }));
    expect(await screen.findByText(/Could not copy/)).toBeTruthy();
  });
});

describe('Check a number from your report', () => {
  const type = (text: string) => fireEvent.input(screen.getByLabelText('Your number'), { target: { value: text } });
  const result = () => screen.getByTestId('check-result');

  test('a low value is below, a typical one within, both with the lab-range caveat', () => {
    view(entry('hypomagnesemia'));
    expect(screen.queryByTestId('lab-marker')).toBeNull();
    type('1.6');
    expect(result().textContent).toContain('1.6 mg/dL is below the typical range shown here (1.8–2.3 mg/dL).');
    expect(result().textContent).toContain('the range printed on your report is the one to go by');
    expect(screen.queryByTestId('check-far')).toBeNull();
    type('2,1');
    expect(result().textContent).toContain('2.1 mg/dL is within the typical range shown here');
    expect(screen.getByTestId('lab-marker').textContent).toBe('Yours: 2.1 mg/dL');
  });

  test('far below adds the entry’s care advice, emergency line included', () => {
    const e = entry('hypomagnesemia');
    view(e);
    type('1.1');
    const far = screen.getByTestId('check-far');
    expect(far.textContent).toContain('far from the typical range');
    expect(far.textContent).toContain(e.seekCare!.soon);
    expect(far.textContent).toContain(e.seekCare!.emergency!);
  });

  test('a test entry without care advice still says to talk to a clinician', () => {
    view(entry('potassium-blood-test'));
    type('7');
    expect(screen.getByTestId('check-far').textContent).toContain('Talk to a clinician about it soon.');
  });

  test.each([
    ['abc', 'Use only digits'],
    ['-1', 'cannot be below zero'],
    ['500', 'too large for this test'],
    ['', 'Type the number from your report, for example 1.8.'],
  ])('%j gets a message and no marker', (text, message) => {
    view(entry('hypomagnesemia'));
    type('2');
    type(text);
    expect(result().textContent).toContain(message);
    expect(screen.queryByTestId('lab-marker')).toBeNull();
    expect(screen.getByLabelText('Your number').getAttribute('aria-invalid')).toBe('true');
  });

  test('the number keeps its unit when the line switches unit; the marker converts', () => {
    view(entry('hypomagnesemia'));
    type('1.6');
    const before = Number(screen.getByTestId('lab-marker').dataset.position);
    fireEvent.click(screen.getByRole('radio', { name: 'mmol/L' }));
    expect(screen.getByTestId('lab-marker').textContent).toBe('Yours: 0.66 mmol/L');
    // Same place on the line (the ends are rounded per unit, so within a hair).
    expect(Number(screen.getByTestId('lab-marker').dataset.position)).toBeCloseTo(before, 1);
    expect(result().textContent).toContain('1.6 mg/dL is below');
    // Saying the number was in mmol/L reads it again: 1.6 mmol/L is far above.
    fireEvent.change(screen.getByLabelText('Unit on your report'), { target: { value: 'mmol/L' } });
    expect(result().textContent).toContain('1.6 mmol/L is above the typical range shown here (0.74–0.95 mmol/L).');
  });

  test('the line has a text equivalent with both ends in the shown unit', () => {
    view(entry('serum-magnesium-test'), 'si');
    expect(
      screen.getByText(
        'Number line: low is below 0.74 mmol/L, typical is 0.74 mmol/L to 0.95 mmol/L, high is above 0.95 mmol/L.',
      ),
    ).toBeTruthy();
  });
});
