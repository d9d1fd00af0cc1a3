import { describe, expect, it } from "vitest";
import { segment } from "./segment.ts";
import { MAX_CONTAINING_WORDS, tokensContaining } from "./vocabulary.ts";

describe("tokensContaining", () => {
  it("lists the dictionary words that contain a word, as the index's tokens, not the word itself", () => {
    const theft = tokensContaining("盗窃");
    expect(theft).toEqual(expect.arrayContaining(["盗窃罪", "入户盗窃", "多次盗窃", "携带凶器盗窃"]));
    expect(theft).not.toContain("盗窃");
    // Each is one token of the pipeline, so a section that writes it holds exactly that token.
    for (const token of theft) expect(segment(token)).toEqual([token]);
    // Charges with 、 are one token too (protected spans).
    expect(theft).toContain("盗窃、抢夺枪支、弹药、爆炸物、危险物质罪");
  });

  it("lists only words that contain it as a word: not across words, after a negation or in names", () => {
    expect(tokensContaining("人身")).not.toContain("个人身份");
    expect(tokensContaining("机动车")).not.toContain("非机动车");
    expect(tokensContaining("机动车")).toContain("醉酒驾驶机动车");
    expect(tokensContaining("被告")).not.toContain("未被告知");
    expect(tokensContaining("手机")).not.toContain("二手机床");
    expect(tokensContaining("民警")).not.toContain("国民警卫");
    expect(tokensContaining("和平")).not.toContain("周和平");
  });

  it("folds width and case as segmentation does", () => {
    expect(tokensContaining("盗窃")).toEqual(tokensContaining(" 盗窃 "));
  });

  it("lists nothing for a single character, a word with spaces, or digits found only in frequencies", () => {
    expect(tokensContaining("人")).toEqual([]);
    expect(tokensContaining("盗窃 手机")).toEqual([]);
    // Every legal dictionary line reads "word 100000 tag": frequencies are not words.
    expect(tokensContaining("100000")).toEqual([]);
  });

  it("keeps the most frequent when many words contain it", () => {
    const company = tokensContaining("公司");
    expect(company).toHaveLength(MAX_CONTAINING_WORDS);
    expect(company).toContain("有限公司");
  });
});
