/**
 * Plurals come from the locale file's plural forms, and numbers and dates follow the browser's
 * UI language (what `browser.i18n.getUILanguage()` reports), not a fixed 'en'.
 */
import { i18n } from '#i18n';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { formatReviewed } from '../../../components/entry/SourceList';
import { formatDate, formatNumber, formatPercent, resetUiLocale, uiLocale } from '../../../utils/i18n/format';
import { tooLargeMessage } from '../../../utils/settings/transfer';
import { formatLabValue } from '../../../utils/units/lab-units';

function uiLanguage(language: string): void {
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue(language);
  resetUiLocale();
}

afterEach(() => resetUiLocale());

describe('plural forms from locales/en.yml', () => {
  test('one and many', () => {
    expect(i18n.t('search.resultCount', 1, ['1'])).toBe('1 result');
    expect(i18n.t('search.resultCount', 3, ['3'])).toBe('3 results');
    expect(i18n.t('onThisPage.termTimes', 1, ['1', 'Tetany'])).toBe('Tetany, 1 time');
    expect(i18n.t('onThisPage.termTimes', 2, ['2', 'Tetany'])).toBe('Tetany, 2 times');
    expect(i18n.t('termNavigation.count', 1, ['1'])).toBe('1 health term on this page.');
    expect(i18n.t('termNavigation.count', 12, ['12'])).toBe('12 health terms on this page.');
  });
});

describe('numbers and dates in the UI language', () => {
  test('English (United States)', () => {
    uiLanguage('en-US');
    expect(uiLocale()).toBe('en-US');
    expect(formatNumber(4700)).toBe('4,700');
    expect(formatPercent(12)).toBe('12%');
    expect(formatDate('2026-01-01')).toBe('January 1, 2026');
    expect(formatReviewed('2026-01-01')).toBe('January 1, 2026');
    expect(formatLabValue(1.85, 'mmol/L')).toBe('1.85');
  });

  test('German: decimal comma, dot for thousands, day before month', () => {
    uiLanguage('de-DE');
    expect(formatNumber(4700)).toBe('4.700');
    expect(formatPercent(12)).toBe('12\u00a0%');
    expect(formatDate('2026-01-01')).toBe('1. Januar 2026');
    expect(formatReviewed('2026-01-01')).toBe('1. Januar 2026');
    expect(formatLabValue(1.85, 'mmol/L')).toBe('1,85');
    expect(formatLabValue(2, 'mmol/L')).toBe('2');
  });

  test('Spanish numbers inside an English message (the message is whatever the locale file says)', () => {
    uiLanguage('es');
    expect(tooLargeMessage(70_000 * 1024)).toBe(
      'The file is too large (70.000 KB). A Health Notes settings file is at most 64 KB.',
    );
  });

  test('a language Intl does not know, or no answer: English', () => {
    uiLanguage('xx-invalid-tag-');
    expect(uiLocale()).toBe('en');
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockImplementation(() => {
      throw new Error('no i18n');
    });
    resetUiLocale();
    expect(uiLocale()).toBe('en');
  });
});
