/**
 * Numbers and dates in the browser's UI language, the same language `i18n.t` picks its messages
 * for, so "1,234" and "7 December 2026" follow the words around them.
 */
import { browser } from 'wxt/browser';

let cached: string | undefined;

/** The browser's UI language ("en-US"); English when the browser does not say or names one Intl lacks. */
export function uiLocale(): string {
  if (cached !== undefined) return cached;
  let locale = 'en';
  try {
    const reported = browser.i18n.getUILanguage();
    if (reported && Intl.NumberFormat.supportedLocalesOf([reported]).length > 0) locale = reported;
  } catch {
    // No i18n API (a context without it): English, like the default locale.
  }
  return (cached = locale);
}

/** Forgets the cached language (tests switch it). */
export function resetUiLocale(): void {
  cached = undefined;
}

export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(uiLocale(), options).format(value);
}

/** A whole percentage: 12 → "12%" (or "12 %" where the language puts a space). */
export function formatPercent(percent: number): string {
  return formatNumber(percent / 100, { style: 'percent', maximumFractionDigits: 0 });
}

/** A calendar date (`YYYY-MM-DD`) in the long form, independent of the reader's time zone. */
export function formatDate(isoDate: string): string {
  return new Date(`${isoDate}T00:00:00Z`).toLocaleDateString(uiLocale(), { timeZone: 'UTC', dateStyle: 'long' });
}

/**
 * A message with an element inside it: fill its `$1` with ELEMENT_MARKER, then render the text
 * before and after the marker around the element. A private-use character no message contains.
 */
export const ELEMENT_MARKER = '\uE000';
export function splitAtMarker(message: string): [string, string] {
  const at = message.indexOf(ELEMENT_MARKER);
  if (at < 0) return [message, ''];
  return [message.slice(0, at), message.slice(at + ELEMENT_MARKER.length)];
}
