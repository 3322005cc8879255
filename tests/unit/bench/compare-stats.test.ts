import { describe, expect, it } from 'vitest';
import { judge, median, slowerPValue } from '../../bench/compare-stats';

describe('bench comparison statistics', () => {
  it('takes the median of odd and even samples', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('gives a small p when every "after" run is slower than every "before" run', () => {
    // 6 + 6 fully separated: of C(12,6) = 924 relabellings only the 6 that swap one extreme run
    // across (medians are robust to it) reach the same median difference.
    const p = slowerPValue([10, 11, 12, 10.5, 11.5, 12.5], [20, 21, 22, 20.5, 21.5, 22.5]);
    expect(p).toBeCloseTo(6 / 924, 6);
    expect(p).toBeLessThan(0.01);
  });

  it('gives a large p when the two builds are interleaved', () => {
    expect(slowerPValue([10, 12, 14, 16], [11, 13, 15, 17])).toBeGreaterThan(0.2);
  });

  it('calls a build slower only beyond the tolerance and beyond noise', () => {
    expect(judge([10, 10.2, 9.8, 10.1, 9.9], [15, 15.2, 14.8, 15.1, 14.9]).slower).toBe(true);
    // Consistently slower but within 10 %: not a regression by the rule.
    expect(judge([10, 10.2, 9.8, 10.1, 9.9], [10.5, 10.7, 10.3, 10.6, 10.4]).slower).toBe(false);
    // Much slower median but from two wild runs out of five: noise.
    expect(judge([10, 14, 9, 12, 11], [9, 16, 10, 18, 13]).slower).toBe(false);
  });
});
