// @vitest-environment happy-dom
import { afterEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { stopOnlyWhenOrphaned } from '../../../utils/frame/started-event-guard';

const startedBy = (messageId: string) =>
  new CustomEvent('started', { detail: { contentScriptName: 'highlighter', messageId } });

afterEach(() => fakeBrowser.reset());

test('a "script started" event does not stop a content script whose extension is alive', () => {
  fakeBrowser.runtime.id = 'health-notes';
  const ctx = new ContentScriptContext('highlighter');
  stopOnlyWhenOrphaned(ctx);
  // The event a page can forge: same script name, another message id.
  expect(ctx.verifyScriptStartedEvent(startedBy('page'))).toBe(false);
});

test('it still stops an orphaned copy, after the extension was reloaded or updated', () => {
  fakeBrowser.runtime.id = 'health-notes';
  const ctx = new ContentScriptContext('highlighter');
  stopOnlyWhenOrphaned(ctx);
  (fakeBrowser.runtime as { id?: string }).id = undefined;
  expect(ctx.verifyScriptStartedEvent(startedBy('newer-copy'))).toBe(true);
});
