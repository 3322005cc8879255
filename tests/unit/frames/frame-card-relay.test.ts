/**
 * The background's checks on cards for small frames: only a frame (not the top frame) may ask
 * for one, only the top frame may tell a frame about it, and a spot crosses only with a known
 * term id and finite, bounded numbers.
 */
import { describe, expect, test, vi } from 'vitest';
import { cleanSpot, createFrameCardRelay } from '../../../utils/messaging/frame-card-relay';

const isEntryId = (id: string) => id === 'tetany';
const spot = { termId: 'tetany', rect: { x: 10, y: 20, width: 50, height: 18 }, viewport: { width: 300, height: 120 } };

describe('cleanSpot', () => {
  test('keeps a valid spot and only its known fields', () => {
    expect(cleanSpot({ ...spot, type: 'frame-card-show', extra: '<b>' }, isEntryId)).toEqual(spot);
  });

  test.each([
    ['an unknown term', { ...spot, termId: 'not-a-term' }],
    ['a term that is not a string', { ...spot, termId: 7 }],
    ['NaN', { ...spot, rect: { ...spot.rect, x: Number.NaN } }],
    ['Infinity', { ...spot, rect: { ...spot.rect, y: Number.POSITIVE_INFINITY } }],
    ['a negative width', { ...spot, rect: { ...spot.rect, width: -1 } }],
    ['a huge offset', { ...spot, rect: { ...spot.rect, x: 1e12 } }],
    ['a string number', { ...spot, rect: { ...spot.rect, height: '18' } }],
    ['no viewport', { termId: 'tetany', rect: spot.rect }],
    ['an empty viewport', { ...spot, viewport: { width: 0, height: 120 } }],
    ['null', null],
  ])('refuses %s', (_name, request) => {
    expect(cleanSpot(request, isEntryId)).toBeNull();
  });
});

function relay() {
  const deps = {
    isEntryId,
    showInTop: vi.fn(async () => ({ shown: true })),
    hideInTop: vi.fn(async () => undefined),
    tellFrame: vi.fn(async () => undefined),
  };
  return { deps, relay: createFrameCardRelay(deps) };
}

describe('createFrameCardRelay', () => {
  test("passes a frame's request to the top frame of the same tab, with the sender's frame id", async () => {
    const { deps, relay: r } = relay();
    expect(await r.show(spot, { tabId: 4, frameId: 9 })).toEqual({ shown: true });
    expect(deps.showInTop).toHaveBeenCalledWith(4, { ...spot, frameId: 9 });
  });

  test('the top frame itself, a sender without a tab and a bad spot get no card', async () => {
    const { deps, relay: r } = relay();
    expect(await r.show(spot, { tabId: 4, frameId: 0 })).toEqual({ shown: false });
    expect(await r.show(spot, null)).toEqual({ shown: false });
    expect(await r.show({ ...spot, termId: 'x' }, { tabId: 4, frameId: 9 })).toEqual({ shown: false });
    expect(deps.showInTop).not.toHaveBeenCalled();
  });

  test('a top frame that cannot answer (no content script there) means "draw it yourself"', async () => {
    const { deps, relay: r } = relay();
    deps.showInTop.mockRejectedValueOnce(new Error('Could not establish connection'));
    expect(await r.show(spot, { tabId: 4, frameId: 9 })).toEqual({ shown: false });
  });

  test('hide comes only from a frame', async () => {
    const { deps, relay: r } = relay();
    await r.hide({ tabId: 4, frameId: 0 });
    await r.hide({ tabId: 4, frameId: 3 });
    expect(deps.hideInTop.mock.calls).toEqual([[4, 3]]);
  });

  test('events come only from the top frame, for a real frame id and a known event', async () => {
    const { deps, relay: r } = relay();
    await r.event({ frameId: 3, event: 'closed' }, { tabId: 4, frameId: 2 });
    await r.event({ frameId: 0, event: 'closed' }, { tabId: 4, frameId: 0 });
    await r.event({ frameId: 1.5, event: 'closed' }, { tabId: 4, frameId: 0 });
    await r.event({ frameId: 3, event: 'click' }, { tabId: 4, frameId: 0 });
    await r.event({ frameId: 3, event: 'enter' }, { tabId: 4, frameId: 0 });
    expect(deps.tellFrame.mock.calls).toEqual([[4, 3, 'enter']]);
  });
});
