import type { BrowserContext } from '@playwright/test';

export interface PixelDiff {
  width: number;
  height: number;
  /** Pixels whose RGBA differs by more than the tolerance in any channel. */
  differing: number;
  /** For each row, the share (0..1) of its pixels that differ. */
  rowShares: number[];
  /** The most-changed pixel's colour in the first and second image, as `rgba(r, g, b, a)`. */
  sample: { first: string; second: string } | null;
}

/**
 * Decodes pairs of same-sized PNG screenshots in one blank page of `context` (the browser has a
 * PNG decoder; Node has none without extra packages) and compares each pair pixel by pixel.
 */
export async function comparePngs(
  context: BrowserContext,
  pairs: ReadonlyArray<readonly [first: Buffer, second: Buffer]>,
  tolerance = 8,
): Promise<PixelDiff[]> {
  const page = await context.newPage();
  try {
    return await page.evaluate(
      async ({ pairs, tolerance }) => {
        const decode = async (base64: string) => {
          const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
          const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
          const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
          const ctx = canvas.getContext('2d');
          if (!ctx) throw new Error('no 2d context');
          ctx.drawImage(bitmap, 0, 0);
          return ctx.getImageData(0, 0, bitmap.width, bitmap.height);
        };
        const compare = async (a: string, b: string) => {
          const [x, y] = [await decode(a), await decode(b)];
          if (x.width !== y.width || x.height !== y.height) {
            throw new Error(`image sizes differ: ${x.width}x${x.height} vs ${y.width}x${y.height}`);
          }
          let differing = 0;
          let best = -1;
          let bestDelta = 0;
          const rowShares: number[] = [];
          for (let row = 0; row < x.height; row++) {
            let rowDiffering = 0;
            for (let col = 0; col < x.width; col++) {
              const i = (row * x.width + col) * 4;
              let delta = 0;
              for (let c = 0; c < 4; c++) delta = Math.max(delta, Math.abs(x.data[i + c]! - y.data[i + c]!));
              if (delta > tolerance) {
                rowDiffering++;
                if (delta > bestDelta) {
                  bestDelta = delta;
                  best = i;
                }
              }
            }
            differing += rowDiffering;
            rowShares.push(x.width === 0 ? 0 : rowDiffering / x.width);
          }
          const rgba = (d: Uint8ClampedArray, i: number) => `rgba(${d[i]}, ${d[i + 1]}, ${d[i + 2]}, ${d[i + 3]})`;
          return {
            width: x.width,
            height: x.height,
            differing,
            rowShares,
            sample: best < 0 ? null : { first: rgba(x.data, best), second: rgba(y.data, best) },
          };
        };
        const results = [];
        for (const [a, b] of pairs) results.push(await compare(a, b));
        return results;
      },
      { pairs: pairs.map(([a, b]) => [a.toString('base64'), b.toString('base64')] as const), tolerance },
    );
  } finally {
    await page.close();
  }
}
