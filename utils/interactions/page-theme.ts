/**
 * "Auto" theme: the card should look like it belongs to the page it sits on. A dark page
 * gets a dark card even when the system is light, and the other way round. When the page
 * paints no background of its own, the system preference decides.
 */
import type { Theme } from '../settings/schema';

function parseRgb(color: string): [number, number, number, number] | null {
  const m = color.match(/rgba?\(([^)]+)\)/u);
  if (!m) return null;
  const parts = m[1]!
    .split(/[\s,/]+/u)
    .filter(Boolean)
    .map(Number);
  if (parts.length < 3 || parts.some((n) => Number.isNaN(n))) return null;
  return [parts[0]!, parts[1]!, parts[2]!, parts[3] ?? 1];
}

/** WCAG relative luminance of an sRGB colour, 0 (black) to 1 (white). */
export function luminance([r, g, b]: readonly number[]): number {
  const channel = (v: number) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!);
}

export function pageIsDark(doc: Document): boolean | null {
  const win = doc.defaultView;
  if (!win) return null;
  for (const el of [doc.body, doc.documentElement]) {
    if (!el) continue;
    const rgba = parseRgb(win.getComputedStyle(el).backgroundColor);
    if (rgba && rgba[3] > 0.5) return luminance(rgba) < 0.2;
  }
  return null;
}

export function resolveTheme(theme: Theme, doc: Document): 'light' | 'dark' {
  if (theme !== 'auto') return theme;
  const dark = pageIsDark(doc);
  if (dark !== null) return dark ? 'dark' : 'light';
  return doc.defaultView?.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
