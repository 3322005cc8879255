// Finds the browsers the tests, demo and bench drive, and says exactly how to get a missing one.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const CHROMIUM_HINT =
  'Install Chromium: on Debian/Ubuntu run `sudo apt-get update && sudo apt-get install -y chromium`, or set CHROMIUM_PATH to a Chromium or Chrome for Testing binary (branded Google Chrome cannot load unpacked extensions).';
const FIREFOX_HINT =
  'Install Firefox ESR (the e2e tests are run on 153): on Debian run `sudo apt-get update && sudo apt-get install -y firefox-esr`, or set FIREFOX_PATH to a Firefox binary.';

function firstExisting(paths) {
  return paths.find((p) => p && existsSync(p));
}

export function chromiumExecutable() {
  let bundled;
  try {
    bundled = chromium.executablePath();
  } catch {
    bundled = undefined;
  }
  const found = firstExisting([process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', bundled]);
  if (!found) throw new Error(`No Chromium found. ${CHROMIUM_HINT}`);
  return found;
}

export function firefoxExecutable() {
  const found = firstExisting([process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox']);
  if (!found) throw new Error(`No Firefox found. ${FIREFOX_HINT}`);
  return found;
}
