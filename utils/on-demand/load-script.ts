/**
 * The content script's side of the on-demand scripts (slot.ts): have one run in this frame.
 */
import { sendToBackground } from '../messaging/client';
import { providedScript, type OnDemandScript, type OnDemandScripts } from './slot';

/** Asks the background to run the script in this frame (once per frame) and returns what it provided. */
export async function loadScript<K extends OnDemandScript>(name: K): Promise<OnDemandScripts[K]> {
  if (!providedScript(name)) await sendToBackground({ type: 'load-script', script: name });
  const value = providedScript(name);
  if (!value) throw new Error(`the ${name} script ran but provided nothing`);
  return value;
}
