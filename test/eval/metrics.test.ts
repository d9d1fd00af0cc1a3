import { describe, expect, it } from "vitest";
import { averagePrecision, ndcg, precisionAt } from "./lecard-input.ts";

describe("LeCaRD metrics", () => {
  const labels = { a: 3, b: 2, c: 0, d: 3 };
  it("gives NDCG 1 for the ideal order and less otherwise", () => {
    expect(ndcg(["a", "d", "b", "c"], labels, 3)).toBeCloseTo(1);
    expect(ndcg(["c", "b", "a", "d"], labels, 3)).toBeLessThan(0.7);
    // Linear gain: rel / log2(rank + 1).
    expect(ndcg(["b", "a"], { a: 3, b: 2 }, 2)).toBeCloseTo((2 + 3 / Math.log2(3)) / (3 + 2 / Math.log2(3)));
  });
  it("counts only label 3 as relevant for P@k and MAP", () => {
    expect(precisionAt(["a", "b", "c", "d", "x"], labels, 5)).toBeCloseTo(0.4);
    expect(averagePrecision(["a", "b", "d"], labels)).toBeCloseTo((1 + 2 / 3) / 2);
    expect(averagePrecision(["x"], { x: 1 })).toBe(0);
  });
});
