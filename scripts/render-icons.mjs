// Renders public/icon/icon.svg to the PNG sizes the manifest lists, plus the greyed
// `disabled-<size>.png` the toolbar shows while highlighting is off for a tab. Run after editing the SVG:
//   node scripts/render-icons.mjs   (uses the same Chromium as the e2e tests)
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumExecutable } from './browsers.mjs';

const svg = readFileSync(new URL('../public/icon/icon.svg', import.meta.url), 'utf8');
const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
// Grey and faded, yet still recognisable on light and dark toolbars.
const DISABLED_FILTER = 'grayscale(1) opacity(0.55)';
const variants = [
  { sizes: [16, 32, 48, 128], name: (size) => `${size}.png`, filter: 'none' },
  { sizes: [16, 32], name: (size) => `disabled-${size}.png`, filter: DISABLED_FILTER },
];

const browser = await chromium.launch({ executablePath: chromiumExecutable() });
const page = await browser.newPage();
for (const { sizes, name, filter } of variants) {
  for (const size of sizes) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}img{filter:${filter}}</style><img src="${src}" width="${size}" height="${size}">`,
    );
    const png = await page.screenshot({ omitBackground: true });
    writeFileSync(new URL(`../public/icon/${name(size)}`, import.meta.url), png);
    console.log(`public/icon/${name(size)}`);
  }
}
await browser.close();
