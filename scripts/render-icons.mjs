// Renders public/icon/icon.svg to the PNG sizes the manifest lists. Run after editing the SVG:
//   node scripts/render-icons.mjs   (uses the same Chromium as the e2e tests)
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumExecutable } from './browsers.mjs';

const svg = readFileSync(new URL('../public/icon/icon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({ executablePath: chromiumExecutable() });
const page = await browser.newPage();
for (const size of [16, 32, 48, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}</style><img src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}" width="${size}" height="${size}">`,
  );
  const png = await page.screenshot({ omitBackground: true });
  writeFileSync(new URL(`../public/icon/${size}.png`, import.meta.url), png);
  console.log(`public/icon/${size}.png`);
}
await browser.close();
