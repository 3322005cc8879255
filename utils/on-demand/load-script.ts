/**
 * The import under every on-demand script (slot.ts): have one run in this frame. The frame gate
 * calls it once for the frame's main; everything later goes through OnDemand (on-demand.ts).
 *
 * A dynamic `import()` of the packaged file (ADR 20): Chrome fetches and compiles it off the
 * page's main thread, and neither browser needs the background for it. The file is an ordinary
 * script that registers itself in the slot; run as a module, it does the same.
 */
import { browser } from 'wxt/browser';
import { providedScript, SCRIPT_FILES, type OnDemandScript, type OnDemandScripts } from './slot';

/** Runs the script in this frame (once per frame) and returns what it provided. */
export async function loadScript<K extends OnDemandScript>(name: K): Promise<OnDemandScripts[K]> {
  if (!providedScript(name)) await import(/* @vite-ignore */ browser.runtime.getURL(SCRIPT_FILES[name]));
  const value = providedScript(name);
  if (!value) throw new Error(`the ${name} script ran but provided nothing`);
  return value;
}
