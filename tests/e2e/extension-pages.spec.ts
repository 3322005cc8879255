import { expect, test } from './fixtures';

// The popup and options UIs are still being built: assert landmarks and roles a user (or a
// screen reader) relies on, not exact copy.

test('the popup shows the extension name as its heading and a main landmark', async ({
  page,
  extensionId,
  pageErrors,
}) => {
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(page.getByRole('heading', { level: 1, name: /Health Notes/i })).toBeVisible();
  await expect(page.getByRole('main')).toBeVisible();
  await expect(page.getByRole('main')).not.toBeEmpty();
  expect(pageErrors).toEqual([]);
});

test('the options page shows a heading and a main landmark', async ({ page, extensionId, pageErrors }) => {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('main')).toBeVisible();
  await expect(page.getByRole('main')).not.toBeEmpty();
  expect(pageErrors).toEqual([]);
});
