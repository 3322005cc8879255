/**
 * Editable content is the user's, not ours: no highlights inside inputs, textareas or
 * contenteditable regions, and the caret and selection stay exactly where the user left
 * them while the extension reads and re-reads the page.
 */
import { expect, test, waitForHighlights } from './fixtures';
import { setSettings, waitForScanDone } from './support/extension-state';

for (const style of ['underline', 'wrap'] as const) {
  test(`editable regions get no highlights and keep caret and selection (${style} mode)`, async ({
    page,
    context,
    server,
    pageErrors,
  }) => {
    await setSettings(context, { highlightStyle: style });
    await page.goto(server.url('/editable.html'));

    // The caret inside the editor, and a selection inside the textarea, before the scan.
    await page.evaluate(() => {
      const text = document.getElementById('editor')!.firstChild!;
      const selection = getSelection()!;
      selection.collapse(text, 'Notes: tet'.length);
    });
    if (style === 'wrap') await expect(page.locator('#plain health-note')).toHaveCount(2, { timeout: 30_000 });
    else expect(await waitForHighlights(page, 2)).toEqual(['tetany', 'hypokalemia']);
    await waitForScanDone(context, page);

    const caret = await page.evaluate(() => {
      const s = getSelection()!;
      return { node: s.anchorNode?.textContent, offset: s.anchorOffset, collapsed: s.isCollapsed };
    });
    expect(caret).toEqual({ node: 'Notes: tetany and myoclonus after surgery.', offset: 10, collapsed: true });
    await expect(page.locator('#editor health-note, #editor *')).toHaveCount(0);

    // Typing goes where the caret was, and the page change does not move it.
    await page.locator('#editor').focus();
    await page.evaluate(() => getSelection()!.collapse(document.getElementById('editor')!.firstChild!, 10));
    await page.keyboard.type('XY');
    await waitForScanDone(context, page);
    await expect(page.locator('#editor')).toHaveText('Notes: tetXYany and myoclonus after surgery.');
    expect(await page.evaluate(() => getSelection()!.anchorOffset)).toBe(12);

    // A textarea selection survives too.
    await page.locator('#area').focus();
    await page.evaluate(() => (document.getElementById('area') as HTMLTextAreaElement).setSelectionRange(2, 9));
    await setSettings(context, { density: 'page' }); // forces a full re-read
    await waitForScanDone(context, page);
    expect(
      await page.evaluate(() => {
        const area = document.getElementById('area') as HTMLTextAreaElement;
        return [document.activeElement?.id, area.selectionStart, area.selectionEnd];
      }),
    ).toEqual(['area', 2, 9]);

    const inEditable = await page.evaluate(
      () =>
        [...(CSS.highlights.get('health-notes-term') ?? [])].filter((r) =>
          (r as Range).startContainer.parentElement?.closest('[contenteditable], textarea, input'),
        ).length,
    );
    expect(inEditable).toBe(0);
    expect(pageErrors).toEqual([]);
  });
}
