// Code passed to `serviceWorker.evaluate()` runs in the extension's service worker, where
// the `chrome` namespace exists. Typed with the same API types as the extension itself.
declare const chrome: typeof import('wxt/browser').browser;
