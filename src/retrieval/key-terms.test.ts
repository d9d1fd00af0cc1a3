import { describe, expect, it } from "vitest";
import { sharedKeyTerms } from "./key-terms.ts";

describe("sharedKeyTerms", () => {
  const stats = {
    docCount: 1000,
    df: new Map([
      ["被告人", 990],
      ["醉酒", 40],
      ["驾驶", 200],
      ["轿车", 120],
      ["毫克", 300],
    ]),
  };
  it("ranks the shared terms by TF-IDF and leaves out numbers, units and terms only one side has", () => {
    const query = ["被告人", "醉酒", "驾驶", "轿车", "180", "毫克", "逃逸"];
    const doc = ["被告人", "醉酒", "醉酒", "驾驶", "轿车", "195", "毫克"];
    expect(sharedKeyTerms(query, doc, stats)).toEqual(["醉酒", "轿车", "驾驶", "被告人"]);
    expect(sharedKeyTerms(query, doc, stats, 2)).toEqual(["醉酒", "轿车"]);
    expect(sharedKeyTerms(["逃逸"], doc, stats)).toEqual([]);
  });
});
