/**
 * The "wrap terms" renderer and mark.js: run by the background in a frame the first time terms
 * are wrapped there (the option, or a browser without the Highlight API), so pages drawn with
 * the Highlight API never parse them (ADR 8, ADR 12).
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { WrapRenderer } from '../utils/highlight/wrap-renderer';
import { provideScript } from '../utils/on-demand/slot';

export default defineUnlistedScript(() => provideScript('wrap-renderer', { WrapRenderer }));
