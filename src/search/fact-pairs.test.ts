import { describe, expect, it } from "vitest";
import { factPairs } from "./fact-pairs.ts";

describe("factPairs", () => {
  it("pairs neighbouring fact tokens, skipping numbers, dates and units", () => {
    expect(factPairs(["被告人", "持刀", "抢劫", "现金", "2587", "元", "2018-01-15", "逃离", "逃离"])).toEqual(
      ["被告人_持刀", "持刀_抢劫", "抢劫_现金", "现金_逃离"],
    );
    expect(factPairs(["盗窃"])).toEqual([]);
  });
});
