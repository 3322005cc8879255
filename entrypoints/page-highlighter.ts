/**
 * The page scan and highlighting (utils/highlight/page-highlighting.ts): imported by the
 * content script in every frame worth scanning (ADR 14). The build marks this file for eager
 * compilation (modules/compile-hints.ts): much of it runs as soon as it loads.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startPageHighlighting } from '../utils/highlight/page-highlighting';
import { provideScript } from '../utils/on-demand/slot';

export default defineUnlistedScript(() => provideScript('page-highlighter', { startPageHighlighting }));
