/**
 * mark.js, loaded when terms are first wrapped: only the "wrap terms" option and browsers
 * without the Highlight API need it, and setting it up on every page cost ~0.7 ms of main
 * thread (measured in Chromium 156) in every frame.
 */
import type MarkJs from 'mark.js';

export type MarkClass = typeof MarkJs;

let loaded: MarkClass | undefined;
let loading: Promise<MarkClass> | undefined;

export function loadedMark(): MarkClass | undefined {
  return loaded;
}

export function loadMark(): Promise<MarkClass> {
  loading ??= import('mark.js').then((module) => (loaded = module.default));
  return loading;
}
