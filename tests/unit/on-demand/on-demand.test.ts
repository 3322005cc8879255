import { afterEach, describe, expect, test, vi } from 'vitest';
import { OnDemand, RETRY_AFTER_MS } from '../../../utils/on-demand/on-demand';
import type { OnDemandScripts } from '../../../utils/on-demand/slot';

type CardUi = OnDemandScripts['card-ui'];
const ui = { CardController: class {} } as unknown as CardUi;

/** What the frame keeps from a loaded script, and how often it was made. */
function keeper() {
  const made: CardUi[] = [];
  return { made, use: (provided: CardUi) => (made.push(provided), { card: made.length }) };
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('OnDemand', () => {
  test('loads nothing until it is needed, and has nothing meanwhile', () => {
    const load = vi.fn<(name: 'card-ui') => Promise<CardUi>>();
    const script = new OnDemand('card-ui', keeper().use, load);
    expect(script.current).toBeNull();
    expect(load).not.toHaveBeenCalled();
  });

  test('loads once for any number of needs, and keeps what it made', async () => {
    const { made, use } = keeper();
    const load = vi.fn(async (_name: 'card-ui') => ui);
    const script = new OnDemand('card-ui', use, load);
    const got = await Promise.all([script.get(), script.get(), script.get()]);
    expect(load).toHaveBeenCalledTimes(1);
    expect(load).toHaveBeenCalledWith('card-ui');
    expect(made).toEqual([ui]);
    expect(got).toEqual([{ card: 1 }, { card: 1 }, { card: 1 }]);
    expect(script.current).toBe(got[0]);
    expect(await script.get()).toBe(got[0]);
    expect(load).toHaveBeenCalledTimes(1);
  });

  test('a failed load gives nothing, warns, and is retried only after a pause', async () => {
    vi.useFakeTimers({ toFake: ['performance'] });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const load = vi
      .fn<(name: 'card-ui') => Promise<CardUi>>()
      .mockRejectedValueOnce(new Error('frame gone'))
      .mockResolvedValue(ui);
    const script = new OnDemand('card-ui', keeper().use, load);
    expect(await script.get()).toBeNull();
    expect(await script.get()).toBeNull();
    expect(load).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toMatch(/card-ui/u);
    vi.advanceTimersByTime(RETRY_AFTER_MS);
    expect(await script.get()).toEqual({ card: 1 });
    expect(load).toHaveBeenCalledTimes(2);
  });

  test('disposed while loading: nothing is made afterwards, and later needs get nothing', async () => {
    const { made, use } = keeper();
    let resolve!: (ui: CardUi) => void;
    const load = vi.fn((_name: 'card-ui') => new Promise<CardUi>((r) => (resolve = r)));
    const script = new OnDemand('card-ui', use, load);
    const got = script.get();
    script.dispose();
    resolve(ui);
    expect(await got).toBeNull();
    expect(made).toEqual([]);
    expect(script.current).toBeNull();
    expect(await script.get()).toBeNull();
    expect(load).toHaveBeenCalledTimes(1);
  });
});
