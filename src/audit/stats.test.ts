import { describe, expect, it } from "vitest";
import { mad, median, percentileOf, quantileSorted, robustSpread, robustZ } from "./stats.ts";

describe("robust statistics", () => {
  it("medians, MAD and interpolated quantiles", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([1, 2, 3, 10])).toBe(2.5);
    expect(mad([1, 2, 3, 4, 100])).toBe(1);
    expect(quantileSorted([1, 2, 3, 4, 5], 0.1)).toBeCloseTo(1.4);
  });

  it("robust z uses MAD, and the mean absolute deviation when MAD is 0", () => {
    const spread = robustSpread([6, 6, 6, 6, 8, 12]);
    expect(spread.mad).toBe(0);
    expect(robustZ(48, spread)).toBeGreaterThan(20);
    expect(robustZ(6, spread)).toBe(0);
    expect(robustZ(10, robustSpread([5, 5, 5]))).toBe(0);
    const normal = robustSpread([4, 5, 6, 7, 8]);
    expect(robustZ(7, normal)).toBeCloseTo(0.6745);
  });

  it("percentile counts ties as half", () => {
    expect(percentileOf(5, [1, 5, 9, 10])).toBe(37.5);
    expect(percentileOf(100, [1, 2])).toBe(100);
  });
});
