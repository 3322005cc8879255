import { defineConfig } from '@playwright/test';

// Chromium end-to-end tests. The browser is launched by the `context` fixture in
// tests/e2e/fixtures.ts (system Chromium with the built extension), not by `use` options here.
// Build first: `npm run build` (or `npm test`, which builds before running this).
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: true,
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  outputDir: 'test-results',
});
