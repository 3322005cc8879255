/**
 * The statistics behind `npm run bench:compare`: medians and an exact one-sided permutation test
 * on the difference of medians. Why a test at all: on this 2-core machine single loads of a small
 * page vary by ±40 % under load (one earlier before/after run showed +60-73 % on four small pages;
 * six alternating rounds of the same two builds gave -11..+11 % with no page consistently slower).
 */

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function* combinations(n: number, k: number, start = 0, picked: number[] = []): Generator<number[]> {
  if (picked.length === k) {
    yield picked;
    return;
  }
  for (let i = start; i <= n - (k - picked.length); i++) yield* combinations(n, k, i + 1, [...picked, i]);
}

/**
 * P(median(after) - median(before) >= observed) when the labels are exchangeable, i.e. the chance
 * that noise alone makes "after" look this much slower. Exact over every relabelling (12,870 for
 * 8 + 8 runs), so small samples get an honest p instead of a normal approximation.
 */
export function slowerPValue(before: readonly number[], after: readonly number[]): number {
  if (before.length === 0 || after.length === 0) return 1;
  const observed = median(after) - median(before);
  const all = [...before, ...after];
  let atLeast = 0;
  let total = 0;
  for (const idx of combinations(all.length, before.length)) {
    const inA = new Set(idx);
    const a = idx.map((i) => all[i]!);
    const b = all.filter((_, i) => !inA.has(i));
    total++;
    // A small epsilon keeps ties (identical relabellings) on the "at least" side.
    if (median(b) - median(a) >= observed - 1e-9) atLeast++;
  }
  return atLeast / total;
}

export interface Verdict {
  before: number;
  after: number;
  change: number;
  p: number;
  slower: boolean;
}

/**
 * "Slower beyond noise": the median rose by more than `tolerance` (default 10 %) and noise alone
 * would rarely (p < 0.05) make it look that much slower.
 */
export function judge(before: readonly number[], after: readonly number[], tolerance = 0.1): Verdict {
  const b = median(before);
  const a = median(after);
  const change = a / b - 1;
  const p = slowerPValue(before, after);
  return { before: b, after: a, change, p, slower: change > tolerance && p < 0.05 };
}
