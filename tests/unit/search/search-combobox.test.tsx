// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { FIRST_PAINT_OPTIONS, SearchCombobox } from '../../../components/search/SearchCombobox';
import type { SearchHit } from '../../../utils/search/glossary-search';

const hits: SearchHit[] = Array.from({ length: FIRST_PAINT_OPTIONS * 3 }, (_, i) => ({
  id: `term-${i}`,
  title: `Term ${String(i).padStart(3, '0')}`,
  category: 'sign',
}));

function renderList() {
  return render(
    <SearchCombobox
      idBase="t"
      label="Search"
      query=""
      onQuery={() => {}}
      hits={hits}
      onChoose={() => {}}
      listTitle="All"
    />,
  );
}

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('SearchCombobox, long lists', () => {
  test('paints the first options first and the whole list right after the first paint', async () => {
    vi.useFakeTimers();
    renderList();
    expect(screen.getAllByRole('option')).toHaveLength(FIRST_PAINT_OPTIONS);
    await act(async () => {
      await vi.runAllTimersAsync();
    });
    expect(screen.getAllByRole('option')).toHaveLength(hits.length);
  });

  test('a key pressed before that shows the whole list at once, so the keys reach every option', () => {
    vi.useFakeTimers();
    renderList();
    const box = screen.getByRole('combobox');
    act(() => void fireEvent.keyDown(box, { key: 'End' }));
    expect(screen.getAllByRole('option')).toHaveLength(hits.length);
    for (let i = 0; i < 5; i++) act(() => void fireEvent.keyDown(box, { key: 'PageDown' }));
    const active = box.getAttribute('aria-activedescendant');
    expect(active).toBe('t-option-49');
    expect(document.getElementById(active!)).not.toBeNull();
  });
});
