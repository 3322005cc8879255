import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { showGlobalState, showHighlightingState } from '../../../utils/toolbar/toolbar-icon';

const MESSAGES: Record<string, string> = {
  extName: 'Health Notes',
  toolbarOffHere: 'Health Notes: highlighting is off here',
  toolbarNoSiteAccess: 'Health Notes: not allowed to read pages. Open it to allow.',
  siteCommand_badge: '!',
};

const GREY = { 16: '/icon/disabled-16.png', 32: '/icon/disabled-32.png' };
const NORMAL = { 16: '/icon/16.png', 32: '/icon/32.png' };

describe('toolbar button state', () => {
  let action: Record<'setIcon' | 'setTitle' | 'setBadgeText' | 'setBadgeBackgroundColor', ReturnType<typeof vi.fn>>;

  beforeEach(() => {
    action = {
      setIcon: vi.fn(async () => undefined),
      setTitle: vi.fn(async () => undefined),
      setBadgeText: vi.fn(async () => undefined),
      setBadgeBackgroundColor: vi.fn(async () => undefined),
    };
    Object.assign(fakeBrowser.action, action);
    fakeBrowser.i18n.getMessage = ((key: string) => MESSAGES[key] ?? '') as typeof fakeBrowser.i18n.getMessage;
  });

  it('a tab where highlighting is off gets the grey icon and a tooltip that says so', async () => {
    await showHighlightingState(false, 7);
    expect(action.setIcon).toHaveBeenCalledWith({ tabId: 7, path: GREY });
    expect(action.setTitle).toHaveBeenCalledWith({ tabId: 7, title: MESSAGES.toolbarOffHere });
  });

  it('a tab where highlighting runs gets the normal icon and the plain name', async () => {
    await showHighlightingState(true, 7);
    expect(action.setIcon).toHaveBeenCalledWith({ tabId: 7, path: NORMAL });
    expect(action.setTitle).toHaveBeenCalledWith({ tabId: 7, title: 'Health Notes' });
  });

  it('without site access every tab starts grey, with "!" and a tooltip naming the cause', async () => {
    await showGlobalState(true, false);
    expect(action.setIcon).toHaveBeenCalledWith({ path: GREY });
    expect(action.setBadgeText).toHaveBeenLastCalledWith({ text: '!' });
    expect(action.setTitle).toHaveBeenLastCalledWith({ title: MESSAGES.toolbarNoSiteAccess });
  });

  it('with site access the "!" is cleared and the icon follows the global switch', async () => {
    await showGlobalState(false, true);
    expect(action.setIcon).toHaveBeenCalledWith({ path: GREY });
    expect(action.setBadgeText).toHaveBeenLastCalledWith({ text: '' });
    expect(action.setTitle).toHaveBeenLastCalledWith({ title: MESSAGES.toolbarOffHere });

    await showGlobalState(true, true);
    expect(action.setIcon).toHaveBeenLastCalledWith({ path: NORMAL });
    expect(action.setTitle).toHaveBeenLastCalledWith({ title: 'Health Notes' });
  });
});
