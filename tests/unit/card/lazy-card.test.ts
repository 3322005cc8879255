import { afterEach, describe, expect, test, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CardControllerOptions } from '../../../utils/card/card-controller';
import type { CardUi } from '../../../utils/card/lazy-card';
import type { HitTerm } from '../../../utils/card/hit-test';
import { LazyCard } from '../../../utils/card/lazy-card';
import { RETRY_AFTER_MS } from '../../../utils/on-demand/load-once';

const ctx = {} as ContentScriptContext;
const options = {} as CardControllerOptions;
const hit = { termId: 'tetany', key: {} } as unknown as HitTerm;

/** A card UI whose controller records what it is asked to do. */
function fakeUi() {
  const calls: string[] = [];
  const created: unknown[][] = [];
  class FakeController {
    isOpen = false;
    shownTerm: HitTerm | null = null;
    constructor(...args: unknown[]) {
      created.push(args);
    }
    contains = () => true;
    prepare = async () => void calls.push('prepare');
    show = async () => {
      calls.push('show');
      this.isOpen = true;
      this.shownTerm = hit;
    };
    announce = async (m: string) => void calls.push(`announce ${m}`);
    navigationTarget = async () => ({ id: 'nav' }) as unknown as HTMLElement;
    hide = () => void calls.push('hide');
    destroy = () => void calls.push('destroy');
  }
  return { ui: { CardController: FakeController } as unknown as CardUi, calls, created };
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('LazyCard', () => {
  test('loads nothing until a card is needed, and answers "no card" meanwhile', () => {
    const load = vi.fn();
    const card = new LazyCard(ctx, options, load);
    expect(card.isOpen).toBe(false);
    expect(card.shownTerm).toBeNull();
    expect(card.contains(new Event('pointermove'))).toBe(false);
    card.hide();
    expect(load).not.toHaveBeenCalled();
  });

  test('loads once for any number of needs, then forwards to the real card', async () => {
    const { ui, calls, created } = fakeUi();
    const load = vi.fn(async () => ui);
    const card = new LazyCard(ctx, options, load);
    await Promise.all([card.prepare(hit), card.prepare(hit), card.show(hit, { focus: false }), card.announce('hi')]);
    expect(load).toHaveBeenCalledTimes(1);
    expect(created).toEqual([[ctx, options]]);
    expect(calls.sort()).toEqual(['announce hi', 'prepare', 'prepare', 'show']);
    expect(card.isOpen).toBe(true);
    expect(card.shownTerm).toBe(hit);
    expect(await card.navigationTarget()).toEqual({ id: 'nav' });
    card.destroy();
    expect(calls).toContain('destroy');
  });

  test('a failed load gives no card, warns, and is retried only after a pause', async () => {
    vi.useFakeTimers({ toFake: ['performance'] });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { ui } = fakeUi();
    const load = vi.fn<() => Promise<CardUi>>().mockRejectedValueOnce(new Error('frame gone')).mockResolvedValue(ui);
    const card = new LazyCard(ctx, options, load);
    await card.prepare(hit);
    await card.prepare(hit);
    await expect(card.navigationTarget()).rejects.toThrow(/could not be loaded/u);
    expect(load).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(RETRY_AFTER_MS);
    await card.show(hit, { focus: false });
    expect(load).toHaveBeenCalledTimes(2);
    expect(card.isOpen).toBe(true);
  });

  test('destroyed while loading: no card is created afterwards', async () => {
    const { ui, created } = fakeUi();
    let resolve!: (ui: CardUi) => void;
    const card = new LazyCard(ctx, options, () => new Promise<CardUi>((r) => (resolve = r)));
    const shown = card.show(hit, { focus: false });
    card.destroy();
    resolve(ui);
    await shown;
    expect(created).toEqual([]);
    expect(card.isOpen).toBe(false);
  });
});
