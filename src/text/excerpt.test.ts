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
  it("cuts at the last sentence end in reach, else at a clause end", () => {
    const sentence = "被告人以非法占有为目的，秘密窃取他人财物，数额较大，其行为已构成盗窃罪。";
    const out = excerpt(sentence.repeat(8)) ?? "";
    expect(out.endsWith("罪。…")).toBe(true);
    expect(out.length).toBeLessThanOrEqual(161);
    const clauses = excerpt(`${"被告人秘密窃取他人财物，".repeat(30)}`) ?? "";
    expect(clauses.endsWith("财物，…")).toBe(true);
  });
});
