/**
 * The "wrap terms" renderer and mark.js: imported into a frame the first time terms are wrapped
 * there (the option, or a browser without the Highlight API), so pages drawn with the Highlight
 * API never parse them (ADR 20).
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { WrapRenderer } from '../utils/render/wrap-renderer';
import { provideScript } from '../utils/on-demand/slot';

export default defineUnlistedScript(() => provideScript('wrap-renderer', { WrapRenderer }));
