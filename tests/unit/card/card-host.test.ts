// @vitest-environment happy-dom
import { afterEach, expect, test } from 'vitest';
import { createCardHost } from '../../../components/card/card-host';

afterEach(() => {
  for (const el of document.querySelectorAll('health-notes-ui')) el.remove();
});

test('the host is on <html> with a closed shadow root that holds the styles and the container', () => {
  const host = createCardHost(document, { mode: 'closed', css: '.x{color:red}' });
  expect(host.element.parentElement).toBe(document.documentElement);
  expect(host.element.shadowRoot).toBeNull();
  expect(host.shadow.querySelector('style')?.textContent).toContain('.x{color:red}');
  expect(host.container.parentNode).toBe(host.shadow);
  expect(host.connected).toBe(true);
  host.element.remove();
  expect(host.connected).toBe(false);
});

test('keys typed inside the card do not reach the page', () => {
  const host = createCardHost(document, { mode: 'closed', css: '' });
  const seen: string[] = [];
  document.addEventListener('keydown', (e) => seen.push(e.key));
  host.container.dispatchEvent(new KeyboardEvent('keydown', { key: 'n', bubbles: true, composed: true }));
  expect(seen).toEqual([]);
});
