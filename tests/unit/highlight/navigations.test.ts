// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { rescanOnNavigation } from '../../../utils/frame/navigations';

// Chrome's Navigation API, as far as WXT's address watcher uses it (it checks for it when it
// loads, hence hoisted): a "navigate" event with the destination, before the address changes.
const navigation = vi.hoisted(() => {
  const target = new EventTarget();
  (globalThis as { navigation?: EventTarget }).navigation = target;
  return target;
});

function go(url: string, how: 'push' | 'replace' = 'push'): void {
  const destination = new URL(url, location.href);
  navigation.dispatchEvent(Object.assign(new Event('navigate'), { destination: { url: destination.href } }));
  if (how === 'push') history.pushState({}, '', destination);
  else history.replaceState({}, '', destination);
}

let ctx: ContentScriptContext;

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  history.replaceState({}, '', '/articles/one?lang=en');
  ctx = new ContentScriptContext('navigation-test');
});
afterEach(() => {
  ctx.abort();
  vi.useRealTimers();
});

function watch(): () => number {
  let rescans = 0;
  rescanOnNavigation(ctx, () => rescans++);
  return () => rescans;
}

describe('single-page-app navigations', () => {
  test('hash updates and replaceState while scrolling keep the page: no rescan', () => {
    const rescans = watch();
    for (const hash of ['#intro', '#symptoms', '#treatment']) {
      go(hash, 'replace');
      vi.advanceTimersByTime(1000);
    }
    go('#causes');
    vi.advanceTimersByTime(5000);
    expect(rescans()).toBe(0);
  });

  test('a new path or query is a navigation: one rescan', () => {
    const rescans = watch();
    go('/articles/two?lang=en');
    vi.advanceTimersByTime(5000);
    expect(rescans()).toBe(1);
    go('/articles/two?lang=fr#top');
    vi.advanceTimersByTime(5000);
    expect(rescans()).toBe(2);
  });

  test('navigations in quick succession cost one rescan', () => {
    const rescans = watch();
    // A router that redirects, then fixes up the address while the view renders.
    for (const page of ['/a', '/b', '/c', '/c?tab=1']) {
      go(page);
      vi.advanceTimersByTime(20);
    }
    vi.advanceTimersByTime(5000);
    expect(rescans()).toBe(1);
  });
});
