/**
 * A frame's side of cards drawn by the top frame: it asks only when the frame is too small for
 * a whole card, falls back to its own card when the top frame cannot draw it, and never leaves
 * a card open in the top frame that it no longer wants.
 */
import { describe, expect, test, vi } from 'vitest';
import { FrameCardClient, FULL_CARD_PX, type FrameCardTransport } from '../../../utils/interactions/frame-card-client';
import type { HitTerm } from '../../../utils/interactions/hit-test';

function fakeView(width: number, height: number): Window {
  const target = new EventTarget();
  return Object.assign(target, {
    innerWidth: width,
    innerHeight: height,
    requestAnimationFrame: (fn: () => void) => setTimeout(fn, 0) as unknown as number,
    cancelAnimationFrame: (id: number) => clearTimeout(id),
  }) as unknown as Window;
}

function hit(termId = 'tetany'): HitTerm {
  const range = {
    getBoundingClientRect: () => ({ x: 5, y: 6, width: 40, height: 18 }),
    startContainer: { isConnected: true },
  } as unknown as Range;
  return { termId, range, key: {} };
}

function transport(shown: boolean | Promise<{ shown: boolean }>) {
  const calls: string[] = [];
  const t: FrameCardTransport = {
    show: vi.fn(async (spot) => {
      calls.push(`show ${spot.termId} ${spot.viewport.width}x${spot.viewport.height}`);
      return typeof shown === 'boolean' ? { shown } : shown;
    }),
    hide: vi.fn(async () => void calls.push('hide')),
  };
  return { t, calls };
}

describe('FrameCardClient', () => {
  test('a frame smaller than a whole card in either direction is too small', () => {
    expect(new FrameCardClient(fakeView(300, 900)).frameTooSmall).toBe(true);
    expect(new FrameCardClient(fakeView(900, 200)).frameTooSmall).toBe(true);
    expect(new FrameCardClient(fakeView(FULL_CARD_PX.width, FULL_CARD_PX.height)).frameTooSmall).toBe(false);
  });

  test('asks the top frame with the term box and the frame size, and hides it there', async () => {
    const { t, calls } = transport(true);
    const client = new FrameCardClient(fakeView(300, 120), t);
    expect(await client.show(hit())).toBe(true);
    expect(client.isShowing).toBe(true);
    expect(t.show).toHaveBeenCalledWith({
      termId: 'tetany',
      rect: { x: 5, y: 6, width: 40, height: 18 },
      viewport: { width: 300, height: 120 },
    });
    client.hide();
    expect(client.isShowing).toBe(false);
    expect(calls).toEqual(['show tetany 300x120', 'hide']);
  });

  test('when the top frame cannot draw it, the frame is told to draw its own', async () => {
    const { t } = transport(false);
    const client = new FrameCardClient(fakeView(300, 120), t);
    expect(await client.show(hit())).toBe(false);
    expect(client.isShowing).toBe(false);
    const failing: FrameCardTransport = { show: () => Promise.reject(new Error('gone')), hide: async () => undefined };
    expect(await new FrameCardClient(fakeView(300, 120), failing).show(hit())).toBe(false);
  });

  test('a card hidden while the top frame was drawing it is hidden there when the answer comes', async () => {
    let answer!: (v: { shown: boolean }) => void;
    const { t, calls } = transport(new Promise((r) => (answer = r)));
    const client = new FrameCardClient(fakeView(300, 120), t);
    const showing = client.show(hit());
    client.hide();
    answer({ shown: true });
    expect(await showing).toBe(true);
    expect(client.isShowing).toBe(false);
    expect(calls).toEqual(['show tetany 300x120', 'hide']);
  });

  test('a card the top frame closed is not hidden again', async () => {
    const { t, calls } = transport(true);
    const client = new FrameCardClient(fakeView(300, 120), t);
    await client.show(hit());
    client.closedByTop();
    client.hide();
    expect(calls).toEqual(['show tetany 300x120']);
  });

  test('a scroll in the frame sends the term box again, once per frame', async () => {
    vi.useFakeTimers();
    const { t, calls } = transport(true);
    const view = fakeView(300, 120);
    const client = new FrameCardClient(view, t);
    await client.show(hit());
    view.dispatchEvent(new Event('scroll'));
    view.dispatchEvent(new Event('scroll'));
    await vi.runAllTimersAsync();
    expect(calls).toEqual(['show tetany 300x120', 'show tetany 300x120']);
    client.hide();
    view.dispatchEvent(new Event('scroll'));
    await vi.runAllTimersAsync();
    expect(calls).toEqual(['show tetany 300x120', 'show tetany 300x120', 'hide']);
    vi.useRealTimers();
  });
});
