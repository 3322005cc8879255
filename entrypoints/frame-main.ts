/**
 * The frame's main (utils/frame/frame-main.ts): imported by the content script in every frame
 * worth scanning (ADR 20). The build marks this file for eager compilation
 * (modules/compile-hints.ts): much of it runs as soon as it loads.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startFrame } from '../utils/frame/frame-main';
import { provideScript } from '../utils/on-demand/slot';

export default defineUnlistedScript(() => provideScript('frame-main', { startFrame }));
