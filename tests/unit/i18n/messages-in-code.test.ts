/**
 * Messages built in .ts files (not JSX, so not seen by the literal-text test) come from the
 * locale file too: with the pseudo-locale's messages installed, they come out accented.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';
import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { pseudoMessages } from '../../../scripts/pseudo-locale';
import { unsupportedReason } from '../../../entrypoints/popup/unsupported';
import { parseSettingsFile } from '../../../utils/settings/transfer';
import { sitePatternMessage } from '../../../utils/settings/write-messages';

const EN = readFileSync(path.resolve(__dirname, '../../../locales/en.yml'), 'utf8');
const PSEUDO = generateChromeMessages(parseMessagesText(JSON.stringify(pseudoMessages(EN)), 'JSON5'));

beforeEach(() => {
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((name: string, subs?: string | string[]) => {
    const list = typeof subs === 'string' ? [subs] : (subs ?? []);
    return (PSEUDO[name]?.message ?? '').replace(/\$([1-9])/gu, (_, n: string) => list[Number(n) - 1] ?? '');
  }) as typeof fakeBrowser.i18n.getMessage);
});

test('import errors, with the file’s own field names and values left as they are', () => {
  const bad = JSON.stringify({ format: 'health-notes-settings', version: 2, settings: { theme: 'neon' } });
  const result = parseSettingsFile(bad);
  expect(result.ok).toBe(false);
  const error = result.ok ? '' : result.error;
  expect(error).toMatch(/^\[Ñöţĥïñĝ ŵàš ïɱþöŕţéđ\./u);
  expect(error).toContain('[theme ɱûšţ ƀé öñé öƒ auto, light, dark');
  expect(parseSettingsFile('')).toEqual({ ok: false, error: expect.stringMatching(/^\[Ţĥé ƒïļé ïš éɱþţý\./u) });
});

test('site-pattern errors and the popup’s reasons for pages it cannot read', () => {
  expect(sitePatternMessage('not-a-site', 'not a site')).toMatch(/^\[“not a site” ïš ñöţ à šïţé ñàɱé\./u);
  expect(unsupportedReason('chrome://settings').message).toMatch(/^\[Ţĥïš ïš à ƀŕöŵšéŕ/u);
});
