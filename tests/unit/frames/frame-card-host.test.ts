// @vitest-environment happy-dom
// @vitest-environment-options {"settings": {"disableIframePageLoading": false}}
/**
 * The top frame's side of cards for small frames: the hit it shows is placed by the frame's box
 * plus the term's box in it, follows the frame's reports, and the frame hears when the card
 * closed for a reason of the top frame's own, but not when the frame itself asked.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { FrameCardHost } from '../../../utils/interactions/frame-card-host';
import type { FrameCardEvent } from '../../../utils/messaging/protocol';

function addFrame(id: number, ids: Map<Element, number>): HTMLIFrameElement {
  const el = document.createElement('iframe');
  Object.defineProperty(el, 'clientWidth', { value: 300 });
  Object.defineProperty(el, 'clientHeight', { value: 120 });
  el.getBoundingClientRect = () => new DOMRect(100, 200, 300, 120);
  document.body.append(el);
  ids.set(el, id);
  return el;
}

const request = (frameId: number, termId = 'tetany', x = 10) => ({
  frameId,
  termId,
  rect: { x, y: 20, width: 50, height: 18 },
  viewport: { width: 300, height: 120 },
});

function setup() {
  const told: [number, FrameCardEvent][] = [];
  const ids = new Map<Element, number>();
  const host = new FrameCardHost(
    document,
    (frameId, event) => told.push([frameId, event]),
    (el) => ids.get(el) ?? -1,
  );
  return { told, ids, host };
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('FrameCardHost', () => {
  test("places the card by the frame's box plus the term's box in it, and moves it on a new report", () => {
    const { ids, host } = setup();
    const frame = addFrame(5, ids);
    const first = host.hitFor(request(5))!;
    expect(first.moved).toBe(false);
    expect(first.hit.reference.getBoundingClientRect()).toMatchObject({ x: 110, y: 220, width: 50, height: 18 });
    expect(first.hit.reference.contextElement).toBe(frame);
    host.showing(first.hit);
    const again = host.hitFor(request(5, 'tetany', 40))!;
    expect(again).toEqual({ hit: first.hit, moved: true });
    expect(first.hit.reference.getBoundingClientRect()).toMatchObject({ x: 140, y: 220 });
  });

  test('the range of a frame hit collapses when the page removes the frame', () => {
    const { ids, host } = setup();
    const frame = addFrame(5, ids);
    const { hit } = host.hitFor(request(5))!;
    expect(hit.range.collapsed).toBe(false);
    frame.remove();
    expect(hit.range.collapsed).toBe(true);
  });

  test('an unknown frame gets no hit', () => {
    const { ids, host } = setup();
    addFrame(5, ids);
    expect(host.hitFor(request(6))).toBeNull();
  });

  test('the frame is told when the card closes or another takes its place, not when it asked', () => {
    const { told, ids, host } = setup();
    addFrame(5, ids);
    const { hit } = host.hitFor(request(5))!;
    host.showing(hit);
    host.pointerEnteredCard();
    host.cardGone(hit.key);
    expect(told).toEqual([[5, 'enter']]);
    host.cardGone({});
    expect(told).toEqual([
      [5, 'enter'],
      [5, 'closed'],
    ]);
    host.cardGone();
    expect(told).toHaveLength(2);

    const next = host.hitFor(request(5))!;
    host.showing(next.hit);
    expect(host.shownFor(5)).toBe(next.hit);
    host.hideForFrame(() => host.cardGone());
    expect(told).toHaveLength(2);
    expect(host.shownFor(5)).toBeNull();
  });
});
