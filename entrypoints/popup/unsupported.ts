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
        message: 'This is a browser or extension page. Browsers do not let extensions read these pages.',
      };
    }
    if (STORE_HOSTS.includes(hostname) || (hostname === 'chrome.google.com' && pathname.startsWith('/webstore'))) {
      return {
        kind: 'store',
        message: 'Browsers block every extension on their add-on store pages, so Health Notes cannot run here.',
      };
    }
    if (/\.pdf$/iu.test(pathname)) {
      return {
        kind: 'pdf',
        message:
          'PDF files open in the browser’s own viewer, which extensions cannot read. Search for a term above instead.',
      };
    }
    if (protocol === 'file:') {
      return {
        kind: 'file',
        message:
          'To use Health Notes on files from your computer, turn on “Allow access to file URLs” for it in the browser’s extension settings.',
      };
    }
  }
  return {
    kind: 'unreachable',
    message:
      'Health Notes cannot read this page. Browser pages, add-on stores and PDF viewers are off limits to extensions. If this is an ordinary web page that was open before Health Notes was installed or updated, reload it.',
  };
}
