// @vitest-environment happy-dom
/**
 * The options page applies changes as they are made; a change the store refuses (invalid) or the
 * browser refuses (sync quota) is reported in plain words and the control goes back to what is
 * stored: nothing is ever shown as saved that was not.
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SitesSection } from '../../../components/options/SitesSection';
import { ToolbarSection } from '../../../components/options/ToolbarSection';
import { useEditableSettings } from '../../../components/options/use-editable-settings';
import { getSettings } from '../../../utils/settings/store';
import { englishMessage } from '../support/i18n';

beforeEach(async () => {
  await fakeBrowser.storage.sync.clear();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(cleanup);

/** The parts of OptionsApp that matter here: one real control and the status lines. */
function Harness() {
  const { settings, status, change } = useEditableSettings();
  return (
    <>
      <SitesSection settings={settings} change={change} />
      <ToolbarSection settings={settings} change={(patch, what) => void change(patch, what)} />
      <button type="button" onClick={() => void change({ hoverDelayMs: 5 }, 'hover delay')}>
        Too short a delay
      </button>
      <p data-testid="status">{status ? `${status.kind}: ${status.text}` : ''}</p>
    </>
  );
}

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 30)));
const badgeBox = () => screen.getByRole('checkbox', { name: /Show how many terms/u }) as HTMLInputElement;

describe('options page saving', () => {
  test('a change the browser refuses is reported and the control shows the stored value again', async () => {
    render(<Harness />);
    await settle();
    expect(badgeBox().checked).toBe(true);
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(
      new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.'),
    );
    fireEvent.click(badgeBox());
    await settle();
    expect(screen.getByTestId('status').textContent).toBe(`error: ${englishMessage('settingsWrite_tooOften')}`);
    expect(badgeBox().checked).toBe(true);
    vi.mocked(fakeBrowser.storage.sync.set).mockRestore();
    expect((await getSettings()).showBadge).toBe(true);
  });

  test('an invalid value is reported as not saved, and nothing is stored', async () => {
    render(<Harness />);
    await settle();
    fireEvent.click(screen.getByRole('button', { name: 'Too short a delay' }));
    await settle();
    expect(screen.getByTestId('status').textContent).toMatch(/^error: Not saved: hoverDelayMs must be/u);
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toBeUndefined();
  });

  test('a site the browser would not save stays in the field to try again, and the list is unchanged', async () => {
    render(<Harness />);
    await settle();
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
    const field = screen.getByRole('textbox', { name: 'Site' }) as HTMLInputElement;
    fireEvent.input(field, { target: { value: 'news.example.org' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add site' }));
    await settle();
    expect(screen.getByTestId('status').textContent).toBe(`error: ${englishMessage('settingsWrite_tooLarge')}`);
    expect(field.value).toBe('news.example.org');
    expect(screen.queryByRole('list', { name: 'Sites without highlighting' })).toBeNull();
  });

  test('a saved change says so', async () => {
    render(<Harness />);
    await settle();
    fireEvent.click(badgeBox());
    await settle();
    expect(screen.getByTestId('status').textContent).toBe('saved: Saved: term count hidden.');
    expect((await getSettings()).showBadge).toBe(false);
  });
});
