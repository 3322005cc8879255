import { i18n } from '#i18n';

/**
 * Why the popup cannot show terms for a tab, in words a reader understands. The URL is only
 * known when the popup was opened from the toolbar (activeTab); without it the reason is generic.
 */
export type Unsupported = { kind: 'browser' | 'store' | 'pdf' | 'file' | 'unreachable'; message: string };

const STORE_HOSTS = ['chromewebstore.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com'];

export function unsupportedReason(url: string | undefined): Unsupported {
  let parsed: URL | undefined;
  try {
    parsed = url ? new URL(url) : undefined;
  } catch {
    parsed = undefined;
  }
  if (parsed) {
    const { protocol, hostname, pathname } = parsed;
    if (
      [
        'chrome:',
        'edge:',
        'about:',
        'chrome-extension:',
        'moz-extension:',
        'view-source:',
        'devtools:',
        'chrome-search:',
      ].includes(protocol)
    ) {
      return {
        kind: 'browser',
        message: i18n.t('unsupported.browser'),
      };
    }
    if (STORE_HOSTS.includes(hostname) || (hostname === 'chrome.google.com' && pathname.startsWith('/webstore'))) {
      return {
        kind: 'store',
        message: i18n.t('unsupported.store'),
      };
    }
    if (/\.pdf$/iu.test(pathname)) {
      return {
        kind: 'pdf',
        message: i18n.t('unsupported.pdf'),
      };
    }
    if (protocol === 'file:') {
      return {
        kind: 'file',
        message: i18n.t('unsupported.file'),
      };
    }
  }
  return {
    kind: 'unreachable',
    message: i18n.t('unsupported.unreachable'),
  };
}
