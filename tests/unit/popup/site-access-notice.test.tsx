// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SiteAccessNotice } from '../../../entrypoints/popup/SiteAccessNotice';

const MESSAGES = {
  siteAccessMissing: 'Health Notes is not allowed to read the pages you visit.',
  siteAccessAllow: 'Allow on all sites',
  siteAccessRefused: 'Access was not given.',
  siteAccessReload: 'Access given. Reload open pages to see their terms.',
} as const;
const CONTENT_SCRIPT_MATCHES = ['<all_urls>'];

let contains: ReturnType<typeof vi.fn>;
let request: ReturnType<typeof vi.fn>;

beforeEach(() => {
  fakeBrowser.i18n.getMessage = ((key: string) =>
    (MESSAGES as Record<string, string>)[key] ?? key) as typeof fakeBrowser.i18n.getMessage;
  fakeBrowser.runtime.getManifest = (() => ({
    manifest_version: 3,
    name: 'Health Notes',
    version: '0.1.0',
    content_scripts: [{ matches: CONTENT_SCRIPT_MATCHES, js: ['content-scripts/frame-gate.js'] }],
  })) as typeof fakeBrowser.runtime.getManifest;
  contains = vi.fn(async () => false);
  request = vi.fn(async () => true);
  Object.assign(fakeBrowser.permissions, { contains, request });
});

afterEach(() => cleanup());

describe('the popup when the browser withholds site access', () => {
  test('says nothing while access is granted', async () => {
    contains.mockResolvedValue(true);
    const { container } = render(<SiteAccessNotice onGranted={() => {}} />);
    await vi.waitFor(() => expect(contains).toHaveBeenCalled());
    await Promise.resolve();
    expect(container.textContent).toBe('');
  });

  test('asks the browser for exactly the content script sites, in the click itself', async () => {
    const onGranted = vi.fn();
    render(<SiteAccessNotice onGranted={onGranted} />);
    const button = await screen.findByRole('button', { name: 'Allow on all sites' });
    expect(screen.getByRole('alert').textContent).toContain('not allowed to read the pages');
    expect(contains).toHaveBeenCalledWith({ origins: CONTENT_SCRIPT_MATCHES });

    fireEvent.click(button);
    // Synchronously: browsers accept the request only while the click is being handled.
    expect(request).toHaveBeenCalledWith({ origins: CONTENT_SCRIPT_MATCHES });
    expect(await screen.findByRole('status')).toHaveProperty('textContent', MESSAGES.siteAccessReload);
    expect(onGranted).toHaveBeenCalledOnce();
  });

  test('a refused request keeps the notice and says where to allow it later', async () => {
    request.mockResolvedValue(false);
    const onGranted = vi.fn();
    render(<SiteAccessNotice onGranted={onGranted} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Allow on all sites' }));
    expect(await screen.findByText(MESSAGES.siteAccessRefused)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Allow on all sites' })).toBeTruthy();
    expect(onGranted).not.toHaveBeenCalled();
  });
});
