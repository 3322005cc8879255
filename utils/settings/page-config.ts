import type { HighlightConfig } from '../scan/page-scanner';
import type { Settings } from './schema';
import { isSiteDisabled } from './site-patterns';

/** What the page scanner should do on a page with this host, given the user's settings. */
export function highlightConfigFor(settings: Settings, hostname: string): HighlightConfig {
  return {
    active: settings.enabled && !isSiteDisabled(settings.disabledSites, hostname),
    style: settings.highlightStyle,
    categories: settings.categories,
    density: settings.density,
  };
}
