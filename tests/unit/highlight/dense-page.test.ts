// @vitest-environment happy-dom
/**
 * A page dense with terms is drawn in batches of bounded size (ADR 23): drawing comes after a
 * slice's reading, outside its clock, so a slice with time left must still stop reading once
 * it has MAX_BATCH_MATCHES matches, or hundreds of ranges make one long task.
 */
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { CATEGORIES } from '../../../utils/glossary/categories';
import type { PendingMatch } from '../../../utils/render/found-term';
import { HighlightApiRenderer } from '../../../utils/render/highlight-api-renderer';
import { PageScanner } from '../../../utils/scan/page-scanner';
import { MAX_BATCH_MATCHES } from '../../../utils/scan/scan-pass';
import { compiled, installHighlightApi, settled, uninstallHighlightApi } from '../support/page-scanner';

beforeEach(installHighlightApi);
afterEach(() => {
  document.body.innerHTML = '';
  uninstallHighlightApi();
});

test('a slice with time to spare still draws at most MAX_BATCH_MATCHES (plus one segment) at once', async () => {
  const perParagraph = 'Tetany, cramps, hypokalemia, myoclonus and hypocalcemia.';
  document.body.innerHTML = Array.from({ length: 120 }, () => `<p>${perParagraph}</p>`).join('');
  // A clock that never moves: every slice has all its budget left, as on a fast machine.
  vi.spyOn(performance, 'now').mockReturnValue(0);
  const batches: number[] = [];
  const scanner = new PageScanner(document, compiled, (doc, style) => {
    const renderer = new HighlightApiRenderer(doc, style === 'wrap' ? 'underline' : style);
    const render = renderer.render.bind(renderer);
    renderer.render = (batch: readonly PendingMatch[]) => {
      batches.push(batch.length);
      return render(batch);
    };
    return renderer;
  });
  scanner.configure({ active: true, style: 'underline', categories: [...CATEGORIES], density: 'every' });
  expect(await settled(scanner, 10_000)).toBe(true);
  expect(batches.reduce((a, b) => a + b, 0)).toBe(600);
  expect(Math.max(...batches)).toBeLessThanOrEqual(MAX_BATCH_MATCHES + 5);
  expect(batches.length).toBeGreaterThan(1);
  scanner.destroy();
});
