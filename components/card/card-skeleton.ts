/**
 * What the card's shadow root holds besides the card: a fixed, hidden slot the card renders
 * into, a polite live region for announcements, and the focusable element keyboard navigation
 * keeps focus on.
 */
import { i18n } from '#i18n';

export interface CardSkeleton {
  root: HTMLElement;
  slot: HTMLElement;
  live: HTMLElement;
  nav: HTMLElement;
}

export function buildSkeleton(container: HTMLElement): CardSkeleton {
  const doc = container.ownerDocument;
  const root = doc.createElement('div');
  root.className = 'hn-root';
  const slot = doc.createElement('div');
  slot.className = 'hn-card-slot';
  slot.style.cssText = 'position:fixed;top:0;left:0;z-index:2147483647;visibility:hidden;';
  const live = doc.createElement('div');
  live.className = 'hn-visually-hidden';
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');
  const nav = doc.createElement('div');
  nav.className = 'hn-visually-hidden';
  nav.tabIndex = -1;
  nav.setAttribute('role', 'region');
  nav.setAttribute('aria-label', i18n.t('termNavigation.region'));
  root.append(slot, live, nav);
  container.append(root);
  return { root, slot, live, nav };
}
