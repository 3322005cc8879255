/**
 * The fake browser has no i18n; this gives `browser.i18n.getMessage` the messages the build
 * generates from locales/en.yml (same parser as @wxt-dev/i18n's build), with Chrome's `$1`
 * substitution, so components show the real English text in unit tests.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';
import { beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

const LOCALE_FILE = path.resolve(__dirname, '../../../locales/en.yml');
const messages = generateChromeMessages(parseMessagesText(readFileSync(LOCALE_FILE, 'utf8'), 'YAML'));

export function englishMessage(name: string, substitutions: string | string[] = []): string {
  const subs = typeof substitutions === 'string' ? [substitutions] : substitutions;
  const message = messages[name]?.message ?? '';
  return message.replace(/\$(\$|[1-9])/gu, (_, which: string) =>
    which === '$' ? '$' : (subs[Number(which) - 1] ?? ''),
  );
}

/**
 * Installs the English messages and an English UI language before every test of every file
 * (a vitest setup file; mocks are restored after each test).
 */
export function installEnglishMessages(): void {
  beforeEach(() => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(englishMessage as typeof fakeBrowser.i18n.getMessage);
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
  });
}
