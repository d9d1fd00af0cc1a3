import { describe, expect, it } from "vitest";
import { excerpt, HOLDING_EXCERPT } from "./excerpt.ts";

describe("excerpt", () => {
  it("keeps a short section whole, whitespace folded", () => {
    expect(excerpt("本院认为，被告人\n  以非法占有为目的。")).toBe("本院认为，被告人 以非法占有为目的。");
  });
  it("cuts a long section with an ellipsis", () => {
    const out = excerpt("经审理查明".repeat(100));
    expect(out).toHaveLength(161);
    expect(out?.endsWith("…")).toBe(true);
  });
  it("marks a cut even when the folded head fits", () => {
    // 400 spaces fold to one: the head is short, but the section goes on.
    expect(excerpt(`本院认为${" ".repeat(400)}被告人构成盗窃罪`)).toBe("本院认为…");
  });
  it("gives nothing for an absent or blank section", () => {
    expect(excerpt(undefined)).toBeUndefined();
    expect(excerpt("   \n ")).toBeUndefined();
  });
  it("allows longer key holdings", () => {
    expect(excerpt("裁".repeat(HOLDING_EXCERPT), HOLDING_EXCERPT)).toBe("裁".repeat(HOLDING_EXCERPT));
    expect(excerpt("裁".repeat(HOLDING_EXCERPT))).toHaveLength(161);
  });
  it("never splits a character outside the basic plane", () => {
    const out = excerpt(`${"被".repeat(159)}𠀀${"告".repeat(200)}`) ?? "";
    expect(out).toBe(`${"被".repeat(159)}…`);
    expect(out).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
  it("never splits one at the first cut either, when whitespace folds the head short", () => {
    const out = excerpt(`本院认为${" ".repeat(315)}𠀀${"告".repeat(50)}`) ?? "";
    expect(out).toBe("本院认为…");
  });
});
