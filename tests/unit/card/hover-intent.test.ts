import { beforeEach, describe, expect, test, vi } from 'vitest';
import { HoverIntent, SETTLE_MS } from '../../../utils/interactions/hover-intent';

const OPTIONS = { showDelayMs: 300, hideGraceMs: 300, speedThreshold: 0.5 };

describe('HoverIntent', () => {
  let log: string[];
  let intent: HoverIntent<string>;
  let now: number;

  beforeEach(() => {
    vi.useFakeTimers();
    log = [];
    now = 0;
    intent = new HoverIntent<string>(
      {
        show: (t) => log.push(`show ${t}`),
        hide: () => log.push('hide'),
        setTimeout: (fn, ms) => setTimeout(fn, ms) as unknown as number,
        clearTimeout: (id) => clearTimeout(id),
      },
      OPTIONS,
    );
  });
  const rest = (target: string | null, x = 10, y = 10) => {
    now += 100;
    intent.move(target, x, y, now);
  };

  test('shows after the dwell delay, not before', () => {
    rest('tetany');
    vi.advanceTimersByTime(299);
    expect(log).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(log).toEqual(['show tetany']);
  });

  test('a pointer passing quickly over a term opens nothing', () => {
    for (let i = 0; i < 5; i++) {
      now += 16;
      intent.move('tetany', 100 + i * 40, 10, now); // 2.5 px/ms
    }
    now += 16;
    intent.move(null, 400, 10, now);
    vi.advanceTimersByTime(1000);
    expect(log).toEqual([]);
  });

  test('a pointer that arrives fast and stops on a term gets its card after settling and the dwell', () => {
    for (let i = 0; i < 6; i++) {
      now += 16;
      intent.move(i < 4 ? null : 'tetany', 100 + i * 40, 10, now); // 2.5 px/ms, then it stops
    }
    vi.advanceTimersByTime(SETTLE_MS + 299);
    expect(log).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(log).toEqual(['show tetany']);
  });

  test('leaving hides after the grace period; coming back within it keeps the card', () => {
    rest('tetany');
    vi.advanceTimersByTime(300);
    rest(null);
    vi.advanceTimersByTime(200);
    rest('tetany');
    vi.advanceTimersByTime(1000);
    expect(log).toEqual(['show tetany']);
    rest(null);
    vi.advanceTimersByTime(300);
    expect(log).toEqual(['show tetany', 'hide']);
  });

  test('the pointer can travel into the card and stay there', () => {
    rest('tetany');
    vi.advanceTimersByTime(300);
    rest(null);
    vi.advanceTimersByTime(150);
    intent.enterCard();
    vi.advanceTimersByTime(10_000);
    expect(log).toEqual(['show tetany']);
    intent.leaveCard();
    vi.advanceTimersByTime(300);
    expect(log).toEqual(['show tetany', 'hide']);
  });

  test('an untouched card stays open', () => {
    rest('tetany');
    vi.advanceTimersByTime(300);
    vi.advanceTimersByTime(60_000);
    expect(log).toEqual(['show tetany']);
  });

  test('Esc dismisses at once, and the same term does not reopen until the pointer leaves it', () => {
    rest('tetany');
    vi.advanceTimersByTime(300);
    intent.dismiss();
    rest('tetany');
    vi.advanceTimersByTime(1000);
    expect(log).toEqual(['show tetany', 'hide']);
    rest(null);
    rest('tetany');
    vi.advanceTimersByTime(300);
    expect(log).toEqual(['show tetany', 'hide', 'show tetany']);
  });

  test('moving to another term replaces the card after its own dwell, without a gap', () => {
    rest('tetany');
    vi.advanceTimersByTime(300);
    rest('myoclonus');
    vi.advanceTimersByTime(299);
    expect(log).toEqual(['show tetany']);
    vi.advanceTimersByTime(1);
    expect(log).toEqual(['show tetany', 'show myoclonus']);
  });
});
