import { describe, expect, it } from "vitest";
import { findWritten, writtenFragments as fragmentsOf, writtenPatterns } from "./fragments.ts";

const spans = (text: string, words: string[]) =>
  findWritten(text, writtenPatterns(words)).map((m) => text.slice(m.start, m.end));
const writtenFragments = (text: string, words: string[], options: Parameters<typeof fragmentsOf>[2]) =>
  fragmentsOf(text, writtenPatterns(words), options);

describe("findWritten", () => {
  it("finds a word the way a phrase on the character-indexed text matches it", () => {
    // Chinese characters in order, only punctuation or spaces between them.
    expect(spans("被告人盗窃，又盗,窃，盗 窃，盗取", ["盗窃"])).toEqual(["盗窃", "盗,窃", "盗 窃"]);
    // Latin letters in any case, whole words only.
    expect(spans("在KTV包厢，ktvs，ABCKTV", ["ktv"])).toEqual(["KTV"]);
    // Numbers whole: not inside 1150, 1.50 or 150.5.
    expect(spans("1150毫克 1.50毫克 150.5毫克 150毫克", ["150毫克"])).toEqual(["150毫克"]);
    // Punctuation alone finds nothing.
    expect(spans("甲，乙", ["，"])).toEqual([]);
  });

  it("takes a number with its unit letters as one token, as the analyzer does (0.5g, 3.5kg)", () => {
    expect(spans("查获甲基苯丙胺净重0.5g，大麻3.5kg，单价15.5/kg。", ["0.5g", "3.5kg", "1.5kg"])).toEqual([
      "0.5g",
      "3.5kg",
    ]);
  });

  it("bridges punctuation but not an emoji, which is a token of its own", () => {
    expect(spans('他在群里说"去盗😀窃"。被告人盗窃手机一部。', ["盗窃"])).toEqual(["盗窃"]);
  });

  it("does not find a word where one of its notFollowedBy follows, punctuation between or not", () => {
    const text = "依照刑法第一百三十三条之一、第一百三十三条，之二、第一百三十三条第一款及第133条之一之规定";
    const found = findWritten(
      text,
      writtenPatterns(["第一百三十三条", "第133条"], [["之一", "之二"], ["之一"]]),
    );
    expect(found.map((m) => text.slice(m.start, m.end))).toEqual(["第一百三十三条"]);
    // The one followed by 第一款: the article's own paragraph.
    expect(found[0]?.start).toBe(text.indexOf("第一百三十三条第一款"));
    // Without it, every occurrence.
    expect(spans(text, ["第一百三十三条"])).toHaveLength(3);
  });

  it("merges overlapping matches of different words into one", () => {
    const found = findWritten("被告人醉酒驾驶机动车", writtenPatterns(["醉酒驾驶", "醉酒", "驾驶机动车"]));
    expect(found).toEqual([{ start: 3, end: 10, words: [0, 1, 2] }]);
  });
});

describe("writtenFragments", () => {
  const options = { fragments: 3, size: 160, order: "position" } as const;

  it("shows as many of the query's units as it can, alternatives one unit (review15-search)", () => {
    // 盗窃 OR 抢夺 手机: the sentence of 盗窃 and 抢夺 outscores the one of 盗窃 and 手机, which shows
    // both units.
    const text =
      "被告人盗窃、抢夺他人财物，盗窃抢夺多次，盗窃抢夺数额较大。另查明，被告人盗窃一部手机后销赃，获利若干。";
    const words = writtenPatterns(["盗窃", "抢夺", "手机"]);
    const one = { fragments: 1, size: 30, order: "position" } as const;
    expect(fragmentsOf(text, words, one).join("")).not.toContain("<em>手机</em>");
    const shown = fragmentsOf(text, words, one, [0, 0, 1]);
    expect(shown).toHaveLength(1);
    expect(shown[0]).toContain("<em>手机</em>");
    expect(shown[0]).toContain("<em>盗窃</em>");
  });

  it("never cuts a character written as a surrogate pair in two", () => {
    const text = `${"𠮷".repeat(120)}甲盗窃乙${"𡒄".repeat(120)}。`;
    const [fragment = ""] = writtenFragments(text, ["盗窃"], options);
    expect(fragment).toContain("<em>盗窃</em>");
    // No lone surrogate at either end.
    expect(fragment).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/);
    expect(fragment.startsWith("𠮷") && fragment.endsWith("𡒄")).toBe(true);
  });

  it("shows the sentence holding the match, escaped, the match marked", () => {
    expect(writtenFragments('前文。被告人称"<冰毒>"每克300元/克。后文', ["冰毒"], options)).toEqual([
      // The following sentence fits in the fragment's length too.
      "被告人称&quot;&lt;<em>冰毒</em>&gt;&quot;每克300元&#x2F;克。后文",
    ]);
    expect(writtenFragments("被告人盗窃。", ["抢劫"], options)).toEqual([]);
  });

  it("cuts a sentence too long for one fragment at clause punctuation around the match", () => {
    const clause = "其余经过与本案无关，";
    const text = `${clause.repeat(15)}被告人持刀抢劫，${clause.repeat(20)}。`;
    const [fragment] = writtenFragments(text, ["抢劫"], options);
    // From a clause boundary 10 to 40 characters before the match, to the last that fits in 160.
    expect(fragment?.startsWith(`${clause}被告人持刀<em>抢劫</em>，`)).toBe(true);
    expect(fragment?.endsWith("，")).toBe(true);
    expect(fragment?.length).toBeLessThanOrEqual(160 + "<em></em>".length);
    // A match early in the sentence: the fragment starts with the sentence.
    const early = `${clause.repeat(10)}被告人持刀抢劫，${clause.repeat(20)}。`;
    expect(writtenFragments(early, ["抢劫"], options)[0]?.startsWith(clause)).toBe(true);
  });

  it("never cuts a Latin word or a number in two", () => {
    const text = `被告人${"甲".repeat(150)}收取ABCDEFGH公司人民币123456789元后盗窃`;
    const [fragment] = writtenFragments(text, ["被告人"], { ...options, size: 158 });
    expect(fragment).toMatch(/收取$/);
  });

  it("ranks fragments by the words they hold, the rarer word weighing more", () => {
    // Sentences of equal length, each a fragment of its own; 盗窃 said four times, 醉酒 twice.
    const sentence = (s: string) => `${s}，${"其余经过与本案无关，".repeat(13)}。`;
    const text = ["甲盗窃", "乙醉酒后盗窃", "丙醉酒", "丁盗窃", "戊盗窃"].map(sentence).join("");
    const best = writtenFragments(text, ["醉酒", "盗窃"], { fragments: 2, size: 160, order: "score" });
    expect(best.map((f) => f.slice(0, f.indexOf("，")))).toEqual([
      "乙<em>醉酒</em>后<em>盗窃</em>",
      "丙<em>醉酒</em>",
    ]);
  });
});
