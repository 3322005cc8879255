/**
 * Scripts the content script imports in a frame only when that frame needs them (ADR 8, 13,
 * 14): the page scan and highlighting itself (once the frame is worth scanning), the hover and
 * keyboard handling of highlighted terms, the hover card's UI, and the "wrap terms" renderer
 * with mark.js. They run in the extension's isolated world, where the frame's content script
 * is, so they hand over what they provide through its global object; the page cannot see it.
 * This file is what both sides share, and what the manifest lists as web-accessible.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CardController } from '../card/card-controller';
import type { CardSession } from '../card/card-session';
import type { PageHighlighter } from '../highlight/highlighter';
import type { Settings } from '../settings/schema';
import type { WrapRenderer } from '../highlight/wrap-renderer';

/** What each script provides. */
export interface OnDemandScripts {
  'page-highlighter': { startPageHighlighting(ctx: ContentScriptContext, frame: { isTop: boolean }): Promise<void> };
  'card-session': {
    createCardSession(ctx: ContentScriptContext, highlighter: PageHighlighter, settings: Settings): CardSession;
  };
  'card-ui': { CardController: typeof CardController };
  'wrap-renderer': { WrapRenderer: typeof WrapRenderer };
}

export type OnDemandScript = keyof OnDemandScripts;

/** Each script's file in the package (WXT unlisted scripts, built from `entrypoints/<name>.ts`). */
export const SCRIPT_FILES = {
  'page-highlighter': '/page-highlighter.js',
  'card-session': '/card-session.js',
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
