import { describe, expect, test } from 'vitest';
import { unsupportedReason } from '../../../entrypoints/popup/unsupported';

describe('why a page has no terms', () => {
  test.each([
    ['chrome://settings/', 'browser'],
    ['about:addons', 'browser'],
    ['chrome-extension://abc/options.html', 'browser'],
    ['https://chromewebstore.google.com/detail/x', 'store'],
    ['https://chrome.google.com/webstore/category/extensions', 'store'],
    ['https://addons.mozilla.org/en-US/firefox/', 'store'],
    ['https://example.com/report.PDF', 'pdf'],
    ['file:///home/me/notes.html', 'file'],
    ['https://example.com/article', 'unreachable'],
    [undefined, 'unreachable'],
    ['not a url', 'unreachable'],
  ])('%s → %s', (url, kind) => {
    const reason = unsupportedReason(url);
    expect(reason.kind).toBe(kind);
    expect(reason.message.length).toBeGreaterThan(20);
  });
});
