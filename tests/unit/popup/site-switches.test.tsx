// @vitest-environment happy-dom
/**
 * The popup's switches show what is stored: a site that cannot be switched off, a full list or
 * a write the browser refused leaves the switch where it was, keeps the list, and says why.
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SiteSwitches } from '../../../entrypoints/popup/SiteSwitches';
import { DEFAULT_SETTINGS, MAX_DISABLED_SITES, type Settings } from '../../../utils/settings/schema';
import { getSettings, updateSettings } from '../../../utils/settings/store';
import { englishMessage } from '../support/i18n';

beforeEach(async () => {
  await fakeBrowser.storage.sync.clear();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(cleanup);

async function show(disabledSites: string[], host: string): Promise<Settings> {
  await updateSettings({ disabledSites });
  const settings = await getSettings();
  render(<SiteSwitches settings={settings} host={host} tabId={null} />);
  return settings;
}

const siteSwitch = () => screen.getByRole('switch', { name: /On this site/u }) as HTMLInputElement;
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 20)));

describe('popup site switch', () => {
  test.each(['my_host.intranet', '[::1]'])('refuses to switch off %s, says why and keeps the list', async (host) => {
    await show(['example.com', '*.news.org'], host);
    fireEvent.click(siteSwitch());
    await settle();
    expect(screen.getByRole('alert').textContent).toBe(englishMessage('siteSwitch_unsupportedHost', host));
    expect(siteSwitch().checked).toBe(true);
    expect((await getSettings()).disabledSites).toEqual(['example.com', '*.news.org']);
  });

  test('refuses one more site on a full list, says why and keeps the list', async () => {
    const full = Array.from({ length: MAX_DISABLED_SITES }, (_, i) => `site${i}.org`);
    await show(full, 'example.com');
    fireEvent.click(siteSwitch());
    await settle();
    expect(screen.getByRole('alert').textContent).toBe(englishMessage('siteSwitch_listFull'));
    expect(siteSwitch().checked).toBe(true);
    expect((await getSettings()).disabledSites).toEqual(full);
  });

  test('a write the browser refuses is reported and the switch stays where it was', async () => {
    await show([], 'example.com');
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(
      new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.'),
    );
    fireEvent.click(siteSwitch());
    await settle();
    expect(screen.getByRole('alert').textContent).toBe(englishMessage('settingsWrite_tooOften'));
    expect(siteSwitch().checked).toBe(true);

    fireEvent.click(screen.getByRole('switch', { name: 'On all sites' }));
    await settle();
    expect(screen.getByRole('alert').textContent).toBe(englishMessage('settingsWrite_tooOften'));
    expect((screen.getByRole('switch', { name: 'On all sites' }) as HTMLInputElement).checked).toBe(true);
    vi.mocked(fakeBrowser.storage.sync.set).mockRestore();
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  test('a site that can be switched off is stored, with no message', async () => {
    await show(['example.com'], 'www.health.example.org');
    fireEvent.click(siteSwitch());
    await settle();
    expect(screen.queryByRole('alert')?.textContent ?? '').toBe('');
    expect((await getSettings()).disabledSites).toEqual(['example.com', 'health.example.org']);
  });
});
