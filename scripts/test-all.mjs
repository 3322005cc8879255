// `npm test`: every check the project has, in order, stopping at the first failure.
//
//   browsers → lint → typecheck → format → unit tests → sense evaluation (ADR 22) → Chrome build →
//   Firefox build → guards → web-ext lint → pseudo-locale Chrome build → Chromium e2e (Playwright) →
//   Firefox e2e (node:test + puppeteer-core)
//
// Both builds are Manifest V3 (`manifestVersion: 3` in wxt.config.ts): .output/chrome-mv3 and
// .output/firefox-mv3, which the guards (tests/guards: bundle budgets, on-demand scripts, what page
// scripts must not contain), lint:firefox and tests/e2e-firefox read. The pseudo-locale build
// (.output/chrome-mv3-pseudo, ADR 21) is what tests/e2e/pseudo-locale.spec.ts loads.
//
// The browsers are resolved first (scripts/browsers.mjs). A missing browser fails the run with the
// exact install instruction. Outside CI, SKIP_CHROMIUM=1 / SKIP_FIREFOX=1 skip that browser's
// step instead (said loudly); with CI=true nothing can be skipped.
// The last line of output is always `N passed, M failed` (steps).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromiumExecutable, firefoxExecutable } from './browsers.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const IS_CI = process.env.CI === 'true' || process.env.CI === '1';
const WIN = process.platform === 'win32';
const truthy = (v) => v === '1' || v === 'true';

const BROWSERS = {
  chromium: { label: 'Chromium', skipVar: 'SKIP_CHROMIUM', resolve: chromiumExecutable },
  firefox: { label: 'Firefox', skipVar: 'SKIP_FIREFOX', resolve: firefoxExecutable },
};

/** @type {{ chromium?: string, firefox?: string }} why a browser's step is skipped */
const skipReasons = {};

const STEPS = [
  { name: 'browsers', run: resolveBrowsers },
  { name: 'npm run lint', cmd: ['npm', 'run', 'lint'] },
  { name: 'npm run typecheck', cmd: ['npm', 'run', 'typecheck'] },
  { name: 'npm run format:check', cmd: ['npm', 'run', 'format:check'] },
  { name: 'npx vitest run', cmd: ['npx', 'vitest', 'run'] },
  { name: 'npm run eval', cmd: ['npm', 'run', 'eval'] },
  { name: 'npx wxt build', cmd: ['npx', 'wxt', 'build'] },
  { name: 'npx wxt build -b firefox', cmd: ['npx', 'wxt', 'build', '-b', 'firefox'] },
  { name: 'npm run test:guards', cmd: ['npm', 'run', 'test:guards'] },
  { name: 'npm run lint:firefox', cmd: ['npm', 'run', 'lint:firefox'] },
  {
    name: 'HEALTH_NOTES_PSEUDO_LOCALE=1 npx wxt build',
    cmd: ['npx', 'wxt', 'build'],
    env: { HEALTH_NOTES_PSEUDO_LOCALE: '1' },
  },
  { name: 'npx playwright test', cmd: ['npx', 'playwright', 'test'], browser: 'chromium' },
  {
    name: 'node --test tests/e2e-firefox/*.test.mjs',
    // process.execPath: the same Node (22, from npm) that runs this script; node expands the glob.
    cmd: [process.execPath, '--test', 'tests/e2e-firefox/*.test.mjs'],
    browser: 'firefox',
  },
];

function banner(text) {
  const line = '━'.repeat(Math.max(20, Math.min(100, text.length + 4)));
  console.log(`\n${line}\n  ${text}\n${line}`);
}

/** Resolves both browsers; decides per browser whether its step fails, runs or is skipped. */
function resolveBrowsers() {
  let ok = true;
  for (const [key, b] of Object.entries(BROWSERS)) {
    try {
      console.log(`${b.label}: ${b.resolve()}`);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (IS_CI) {
        console.error(`✘ ${b.label} is missing and CI=true, so it cannot be skipped.\n  ${message}`);
        ok = false;
      } else if (truthy(process.env[b.skipVar])) {
        skipReasons[key] = `${b.label} is not installed and ${b.skipVar}=1 is set`;
        banner(`WARNING: ${b.label} end-to-end tests WILL BE SKIPPED (${b.skipVar}=1). ${message}`);
      } else {
        console.error(
          `✘ ${message}\n  To run everything else without it, set ${b.skipVar}=1 (not allowed when CI=true).`,
        );
        ok = false;
      }
    }
  }
  return ok ? 0 : 1;
}

function runCommand([command, ...args], env = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env }, shell: WIN });
    child.on('error', (error) => {
      console.error(`could not start ${command}: ${error.message}`);
      resolve(127);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

function seconds(ms) {
  return `${(ms / 1000).toFixed(1)}s`;
}

const results = [];
let failed = false;
for (const [index, step] of STEPS.entries()) {
  const tag = `[${index + 1}/${STEPS.length}] ${step.name}`;
  if (failed) {
    results.push({ step, status: 'not run' });
    continue;
  }
  if (step.browser && skipReasons[step.browser]) {
    banner(`SKIPPED ${tag}: ${skipReasons[step.browser]}`);
    results.push({ step, status: 'SKIPPED', note: skipReasons[step.browser] });
    continue;
  }
  console.log(`\n▶ ${tag}`);
  const started = Date.now();
  const code = step.run ? step.run() : await runCommand(step.cmd, step.env);
  const ms = Date.now() - started;
  if (code === 0) {
    console.log(`✔ ${tag} (${seconds(ms)})`);
    results.push({ step, status: 'passed', ms });
  } else {
    console.error(`✘ ${tag} failed with exit code ${code} (${seconds(ms)})`);
    results.push({ step, status: 'FAILED', ms, note: `exit code ${code}` });
    failed = true;
  }
}

console.log('\nSummary');
for (const r of results) {
  const time = r.ms === undefined ? '' : ` ${seconds(r.ms)}`;
  const note = r.note ? ` (${r.note})` : '';
  console.log(`  ${r.status.padEnd(7)} ${r.step.name}${time}${note}`);
}
const passed = results.filter((r) => r.status === 'passed').length;
const failedCount = results.filter((r) => r.status === 'FAILED').length;
const skipped = results.filter((r) => r.status === 'SKIPPED');
if (skipped.length > 0) {
  console.log(`\nWARNING: ${skipped.length} step(s) SKIPPED: ${skipped.map((r) => r.step.name).join(', ')}`);
}
console.log(`${passed} passed, ${failedCount} failed`);
process.exitCode = failedCount > 0 ? 1 : 0;
