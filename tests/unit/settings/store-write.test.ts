/**
 * Writes either store exactly what was asked or change nothing and say why: an invalid value
 * is never swapped for its default on the way in (that is how one bad host used to erase the
 * whole list of switched-off sites), and a browser refusal reaches the caller.
 */
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, MAX_DISABLED_SITES, type Settings } from '../../../utils/settings/schema';
import { getSettings, resetSettings, saveSettings, updateSettings } from '../../../utils/settings/store';

beforeEach(async () => {
  await fakeBrowser.storage.sync.clear();
  await fakeBrowser.storage.local.clear();
});

const storedValue = async () => (await fakeBrowser.storage.sync.get('settings')).settings as Record<string, unknown>;

async function withSites(sites: string[]): Promise<void> {
  await updateSettings({ disabledSites: sites, theme: 'dark' });
}

describe('writing settings', () => {
  test.each([
    ['an IPv6 literal', ['example.com', '[::1]']],
    ['a host with an underscore', ['example.com', 'my_host.intranet']],
    ['a list past the size cap', Array.from({ length: MAX_DISABLED_SITES + 1 }, (_, i) => `site${i}.org`)],
  ])('a site list with %s is refused and the stored list is kept', async (_, sites) => {
    await withSites(['example.com', '*.news.org']);
    const before = await storedValue();
    await expect(updateSettings({ disabledSites: sites })).rejects.toMatchObject({
      name: 'SettingsWriteError',
      reason: 'invalid',
    });
    expect(await storedValue()).toEqual(before);
    expect((await getSettings()).disabledSites).toEqual(['example.com', '*.news.org']);
  });

  test('the refusal names the bad field and value', async () => {
    await expect(updateSettings({ disabledSites: ['my_host.intranet'] })).rejects.toThrow(
      /disabledSites has an invalid site: "my_host\.intranet"/u,
    );
  });

  test('replacing all settings with an invalid field changes nothing', async () => {
    await withSites(['example.com']);
    const before = await storedValue();
    await expect(saveSettings({ ...DEFAULT_SETTINGS, hoverDelayMs: -1, theme: 'light' })).rejects.toMatchObject({
      reason: 'invalid',
    });
    await expect(
      saveSettings({ ...DEFAULT_SETTINGS, categories: ['sign', 'gossip'] as unknown as Settings['categories'] }),
    ).rejects.toMatchObject({ reason: 'invalid' });
    expect(await storedValue()).toEqual(before);
  });

  test('valid writes still go through, and a refused write does not block the next one', async () => {
    await expect(updateSettings({ theme: 'glitter' as Settings['theme'] })).rejects.toThrow();
    await updateSettings({ theme: 'light' });
    expect((await getSettings()).theme).toBe('light');
    expect(await resetSettings()).toEqual(DEFAULT_SETTINGS);
  });

  test.each([
    ['This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.', 'too-often'],
    ['This request exceeds the MAX_WRITE_OPERATIONS_PER_HOUR quota.', 'too-often'],
    ['This request exceeds the MAX_SUSTAINED_WRITE_OPERATIONS_PER_MINUTE quota.', 'too-often'],
    ['QUOTA_BYTES_PER_ITEM quota exceeded', 'too-large'],
    ['QuotaExceededError: storage.sync API call exceeded its quota limitations.', 'too-large'],
    ['IO error: .../LOCK: No further details', 'refused'],
  ])('a browser refusal (%s) rejects the write as %s', async (message, reason) => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error(message));
    await expect(updateSettings({ units: 'si' })).rejects.toMatchObject({ name: 'SettingsWriteError', reason });
    vi.restoreAllMocks();
    expect((await getSettings()).units).toBe('us');
  });
});
