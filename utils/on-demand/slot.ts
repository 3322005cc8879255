/**
 * Scripts the content script imports in a frame only when that frame needs them (ADR 20): the
 * frame's main (page scan and highlighting, once the frame is worth scanning), the hover, tap
 * and keyboard handling of highlighted terms, the hover card's UI, and the "wrap terms" renderer
 * with mark.js. They run in the extension's isolated world, where the frame's content script
 * is, so they hand over what they provide through its global object; the page cannot see it.
 * This file is what both sides share, and what the manifest lists as web-accessible.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CardController } from '../../components/card/card-controller';
import type { TermInteractions } from '../interactions/term-interactions';
import type { PageScanner } from '../scan/page-scanner';
import type { Settings } from '../settings/schema';
import type { WrapRenderer } from '../render/wrap-renderer';

/** What each script provides. */
export interface OnDemandScripts {
  'frame-main': { startFrame(ctx: ContentScriptContext, frame: { isTop: boolean }): Promise<void> };
  'term-interactions': {
    createTermInteractions(
      ctx: ContentScriptContext,
      scanner: PageScanner,
      settings: Settings,
      isTop: boolean,
    ): TermInteractions;
  };
  'card-ui': { CardController: typeof CardController };
  'wrap-renderer': { WrapRenderer: typeof WrapRenderer };
}

export type OnDemandScript = keyof OnDemandScripts;

/** Each script's file in the package (WXT unlisted scripts, built from `entrypoints/<name>.ts`). */
export const SCRIPT_FILES = {
  'frame-main': '/frame-main.js',
  'term-interactions': '/term-interactions.js',
  'card-ui': '/card-ui.js',
  'wrap-renderer': '/wrap-renderer.js',
} as const satisfies Record<OnDemandScript, string>;

/**
 * A symbol, not a name: a page element with an id or name (`<form id=...>`) shows up as a
 * named property of `window` in every script world, and would stand in for a string-named
 * slot (a form answers its inputs' names, so it could even provide fake scripts). Symbol keys
 * are never named properties, and the page's own global object is not this one.
 */
const SLOT = Symbol.for('health-notes.on-demand-scripts');

type WithSlot = typeof globalThis & { [SLOT]?: Partial<OnDemandScripts> };

/** Called by the script itself when it runs. */
export function provideScript<K extends OnDemandScript>(name: K, value: OnDemandScripts[K]): void {
  const global = globalThis as WithSlot;
  if (!Object.hasOwn(global, SLOT)) {
    Object.defineProperty(global, SLOT, { value: {}, enumerable: false, writable: false, configurable: false });
  }
  global[SLOT]![name] = value;
}

export function providedScript<K extends OnDemandScript>(name: K): OnDemandScripts[K] | undefined {
  const global = globalThis as WithSlot;
  return Object.hasOwn(global, SLOT) ? global[SLOT]?.[name] : undefined;
}
