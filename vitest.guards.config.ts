// The guard tests: checks on the two built packages (bundle budgets, on-demand scripts, what
// page scripts must not contain). They read .output/chrome-mv3 and .output/firefox-mv3, so
// `npm test` runs them after both builds: `npm run test:guards`. The WXT plugin is here for the
// same reason as in vitest.config.ts: the guards import the product's table of on-demand scripts.
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/guards/**/*.test.ts'],
    restoreMocks: true,
  },
});
