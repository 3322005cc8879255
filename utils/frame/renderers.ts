/**
 * The page scanner's renderer factory for this frame: the Highlight API renderer at once, the
 * "wrap terms" renderer (with mark.js) from its on-demand script, loaded in the frame the first
 * time terms are wrapped there (the option, or a browser without the Highlight API).
 */
import type { RendererFactory } from '../render/found-term';
import { HighlightApiRenderer } from '../render/highlight-api-renderer';
import { OnDemand } from '../on-demand/on-demand';

export function frameRenderers(): RendererFactory {
  const wrap = new OnDemand('wrap-renderer', ({ WrapRenderer }) => WrapRenderer);
  return (doc, style) => {
    if (style !== 'wrap') return new HighlightApiRenderer(doc, style);
    const WrapRenderer = wrap.current;
    return WrapRenderer ? new WrapRenderer(doc) : wrap.get().then((loaded) => (loaded ? new loaded(doc) : null));
  };
}
