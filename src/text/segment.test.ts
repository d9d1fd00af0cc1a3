import { createReadStream, existsSync } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";
import { createBrotliDecompress } from "node:zlib";
import { describe, expect, it } from "vitest";
import { normaliseStatutes } from "../judgment/statutes.ts";
import { statuteKey } from "../search/documents.ts";
import { canonicalLawName } from "./law-titles.ts";
import { normalizeText } from "./normalize.ts";
import { dictionaryVersion, initSegmenter, protectedPhrases, segment, segmentToString } from "./segment.ts";

describe("segment: charges and causes of action", () => {
  it("loads several hundred charges and causes from the committed dictionary", () => {
    const phrases = protectedPhrases();
    expect(phrases.filter((p) => p.endsWith("罪")).length).toBeGreaterThanOrEqual(469);
    expect(phrases.filter((p) => p.endsWith("纠纷")).length).toBeGreaterThanOrEqual(150);
  });

  it("round-trips every dictionary charge and cause as one token, alone and in a sentence", () => {
    const broken: string[] = [];
    for (const phrase of protectedPhrases()) {
      const alone = segment(phrase);
      const inSentence = segment(`经审理查明，被告人张某某犯${phrase}，依法应予惩处。`);
      if (alone.length !== 1 || alone[0] !== phrase || !inSentence.includes(phrase)) broken.push(phrase);
    }
    expect(broken).toEqual([]);
  });

  it("keeps charges with 、 whole and prefers the longest charge", () => {
    expect(segment("被告人犯组织、领导、参加黑社会性质组织罪")).toEqual([
      "被告人",
      "犯",
      "组织、领导、参加黑社会性质组织罪",
    ]);
    expect(segment("构成合同诈骗罪")).toContain("合同诈骗罪");
    expect(segment("构成合同诈骗罪")).not.toContain("诈骗罪");
    expect(segment("偷越国（边）境罪")).toEqual(["偷越国(边)境罪"]);
  });
});

describe("segment: statute references", () => {
  it.each([
    ["依照《中华人民共和国刑法》第一百三十三条之一第一款第（二）项", ["刑法", "刑法#133-1"]],
    [
      "《中华人民共和国刑法》第二百六十四条、第五十二条、第五十三条",
      ["刑法", "刑法#264", "刑法#52", "刑法#53"],
    ],
    ["根据刑法第264条的规定", ["刑法", "刑法#264"]],
    ["《刑法》第六十七条第三款", ["刑法", "刑法#67"]],
    ["中华人民共和国刑事诉讼法第十五条", ["刑事诉讼法", "刑事诉讼法#15"]],
    ["《中华人民共和国民法典》第六百七十五条", ["民法典", "民法典#675"]],
    // Full-width brackets, as the statute key 刑法修正案（八）#1 has them (it was 刑法修正案(八)).
    ["《中华人民共和国刑法修正案（八）》", ["刑法修正案（八）"]],
    ["《中华人民共和国刑法修正案(8)》第一条", ["刑法修正案（八）", "刑法修正案（八）#1"]],
    // Slips of the pen: 条 left out before a paragraph, the first article's 第 left out.
    [
      "《中华人民共和国刑法》第二百三十四条第二款、第六十七第三款、第六十一条",
      ["刑法#234", "刑法#67", "刑法#61"],
    ],
    ["《刑法》二百三十六条第二款", ["刑法", "刑法#236"]],
    // Paragraphs and items listed, or sharing 款, and lists across ；: the list reads on.
    ["依照《刑法》第三百四十七条第一款及第四款、第三百五十六条", ["刑法#347", "刑法#356"]],
    ["依照刑法第七十二条第一款、第三款，第七十三条第二款、第三款", ["刑法#72", "刑法#73"]],
    ["依照《刑法》第二百六十四条第（一）项、第（二）项、第六十七条", ["刑法#264", "刑法#67"]],
    [
      "依照《刑法》第三百四十七条第一、四款；第六十七条第三款；第六十四条",
      ["刑法#347", "刑法#67", "刑法#64"],
    ],
    // A later article without its 第.
    ["刑法第五十二条、五十三条、第六十四条", ["刑法#52", "刑法#53", "刑法#64"]],
  ])("%s", (text, expected) => {
    const tokens = segment(text);
    for (const token of expected) expect(tokens).toContain(token);
    expect(tokens.some((t) => /^第.*条$/.test(t) || t === "中华人民共和国")).toBe(false);
  });

  it("names a cited judicial interpretation as one token", () => {
    const tokens = segment("《最高人民法院关于审理交通肇事刑事案件具体应用法律若干问题的解释》第二条");
    expect(tokens).toEqual([
      "最高人民法院关于审理交通肇事刑事案件具体应用法律若干问题的解释",
      "最高人民法院关于审理交通肇事刑事案件具体应用法律若干问题的解释#2",
    ]);
  });

  it("names an interpretation whose title names a law, in 《》, 〈〉 or （）, as its statute key does", () => {
    const key = "最高人民法院关于适用刑事诉讼法的解释";
    for (const title of [
      "《最高人民法院关于适用《中华人民共和国刑事诉讼法》的解释》",
      "《最高人民法院关于适用〈中华人民共和国刑事诉讼法〉的解释》",
      "《最高人民法院关于适用（中华人民共和国刑事诉讼法）的解释》",
      "《最高人民法院关于适用刑事诉讼法的解释》",
    ])
      expect(segment(`依照${title}第一百条的规定`), title).toEqual([key, `${key}#100`, "规定"]);
    // The law or article inside the title is no citation of its own.
    expect(
      segment("依照《全国人民代表大会常务委员会关于〈中华人民共和国刑法〉第三百一十三条的解释》"),
    ).toEqual(["全国人民代表大会常务委员会关于刑法第三百一十三条的解释"]);
  });

  it("names an interpretation by its issuer, written inside the brackets, before them or known", () => {
    const key = "最高人民法院、最高人民检察院关于办理某类刑事案件适用法律若干问题的解释#1";
    for (const text of [
      "依照《最高人民法院、最高人民检察院关于办理某类刑事案件适用法律若干问题的解释》第一条",
      "依照《最高人民法院、最高人民检察院《关于办理某类刑事案件适用法律若干问题的解释》》第一条",
      "依照最高人民法院、最高人民检察院《关于办理某类刑事案件适用法律若干问题的解释》第一条",
    ])
      expect(segment(text), text).toContain(key);
    // Written before the brackets, the issuer is also a word of its own, as it was.
    expect(segment("依照最高人民法院《关于审理某类案件的规定》第二条")).toEqual([
      "最高人民法院",
      "最高人民法院关于审理某类案件的规定",
      "最高人民法院关于审理某类案件的规定#2",
    ]);
    // Written short (两高, 最高检), the bodies by their full names, as the statute keys name them.
    expect(segment("依照两高《关于办理某类刑事案件适用法律若干问题的解释》第一条")).toContain(key);
    expect(segment("依照最高法院、最高检《关于办理某类刑事案件适用法律若干问题的解释》第一条")).toContain(
      key,
    );
    // Cited without one, an interpretation whose issuer is known (src/text/interpretation-issuers.ts).
    expect(segment("依照《关于审理交通肇事刑事案件具体应用法律若干问题的解释》第二条")).toContain(
      "最高人民法院关于审理交通肇事刑事案件具体应用法律若干问题的解释#2",
    );
  });

  it("names a title with quotes, Latin letters or punctuation as its statute key does", () => {
    // Segmentation folds the text's case and width before it finds a title: the key is folded alike
    // (law-titles.ts canonicalLawName, as src/judgment/statutes.test.ts has the keys).
    for (const [title, key] of [
      ["关于在柜员机（ATM机）上取款某类问题的批复", "关于在柜员机（atm机）上取款某类问题的批复#1"],
      ["关于在柜员机（ＡＴＭ机）上取款某类问题的批复", "关于在柜员机（atm机）上取款某类问题的批复#1"],
      ["关于办理某类“网络刷单”案件若干问题的意见", "关于办理某类网络刷单案件若干问题的意见#1"],
      ['关于办理某类"网络刷单"案件若干问题的意见', "关于办理某类网络刷单案件若干问题的意见#1"],
      ["关于某类行为，是否构成犯罪问题的批复", "关于某类行为，是否构成犯罪问题的批复#1"],
    ] as const) {
      expect(segment(`依照《${title}》第一条`), title).toContain(key);
      expect(`${canonicalLawName(title)}#1`, title).toBe(key);
    }
  });

  it("names a title whose numerals a quantity would have read as its statute key does (十四周岁)", () => {
    for (const title of [
      "关于已满十四周岁不满十六周岁的人某类行为问题的答复意见",
      "某省二〇一六年度人身损害赔偿计算标准",
      "关于缓刑考验期满三年内又犯某类罪问题的批复",
    ]) {
      const text = `依照《${title}》第一条，判处有期徒刑三年`;
      const [key = ""] = normaliseStatutes(text).map(statuteKey);
      // It had been 已满14周岁…, 2016年度…, 满3年内…: no key a judgment's statutes or a judge has.
      expect(segment(text), title).toEqual([key.replace(/#1$/, ""), key, "判处", "有期徒刑", "3", "年"]);
    }
  });

  it("reads a title with spaces or a line break inside, as the statute parser does", () => {
    expect(segment("依照《中华人民共和国 刑法》第二百六十四条")).toEqual(["刑法", "刑法#264"]);
    const spaced = "依照《 关于审理某类案件 的解释》第二条";
    expect(segment(spaced)).toContain(normaliseStatutes(spaced).map(statuteKey)[0]);
    const broken = "依照《某某办法\n\n（试行）》第三条";
    expect(segment(broken)).toEqual(["某某办法（试行）", "某某办法（试行）#3"]);
    expect(normaliseStatutes(broken).map(statuteKey)).toEqual(["某某办法（试行）#3"]);
    // Spaces alone are no title.
    expect(segment("《  》第二条")).toEqual(["第二条"]);
  });

  it("reads past a note after a title as the statute parser does: a dated text's key is its token", () => {
    for (const text of [
      "依照《中华人民共和国刑事诉讼法》（1996年）第一百八十九条第（一）项的规定",
      "依照《刑事诉讼法》（2012年3月14日修正）第二百二十五条",
      "依照《刑事诉讼法》（2018年修正）第二百条、第二百零一条",
      "依照《刑法》（1979年）第一百五十条",
      "依照《某某规则》（试行）第一条",
      "依照《关于某类案件的解释》（法释〔2013〕8号）第一条",
      "依照《刑法》（以下简称刑法）第二百六十四条",
      "依照《某某管理条例》（2016年修订）",
    ]) {
      const tokens = segment(text);
      for (const key of normaliseStatutes(text).map(statuteKey)) expect(tokens, text).toContain(key);
    }
    // The law's token is the key's, and the note's words stay tokens, in the order written.
    expect(segment("依照《刑事诉讼法》（1996年修正）第一百八十九条")).toEqual([
      "刑事诉讼法（1996年）",
      "1996",
      "年",
      "修正",
      "刑事诉讼法（1996年）#189",
    ]);
    expect(segment("《刑事诉讼法》（2012年3月14日修正）规定")).toEqual([
      "刑事诉讼法（2012年）",
      "2012-03-14",
      "修正",
      "规定",
    ]);
    // A bracket that is no note ends the citation, as before.
    expect(segment("《刑法》（某某）第二百六十四条")).not.toContain("刑法#264");
  });

  it("reads the articles of a national law written without brackets, by its whole name", () => {
    // A law the statute parser lists (src/text/laws.ts) the same as one it does not: the same keys.
    expect(segment("依据农村土地承包法第三十四条")).toContain("农村土地承包法#34");
    expect(segment("依据中华人民共和国农村土地承包法第三十四条")).toContain("农村土地承包法#34");
    expect(segment("依照《农村土地承包法》第三十四条")).toContain("农村土地承包法#34");
    // A law whose name ends in another's is not that one.
    expect(segment("依照技术合同法第十条")).toContain("技术合同法#10");
    expect(segment("依照技术合同法第十条")).not.toContain("合同法#10");
    expect(segment("违反海洋环境保护法第九十条")).not.toContain("环境保护法#90");
  });

  it("reads a national law with a slip in its 中华人民共和国 or abbreviated as the parser does", () => {
    expect(segment("依照《中国人民共和国刑法》第二百六十四条")).toContain("刑法#264");
    expect(segment("依照《中华人民共和围刑事诉讼法》第十五条")).toContain("刑事诉讼法#15");
    expect(segment("依照《刑诉法》第十五条")).toContain("刑事诉讼法#15");
    expect(segment("违反道交法第一百一十九条")).toContain("道路交通安全法#119");
    expect(segment("依照《中华民国刑法》第十条")).toContain("中华民国刑法#10");
  });

  it("does not read a law into 公司法定代表人", () => {
    expect(segment("公司法定代表人")).toEqual(["公司", "法定代表人"]);
  });
});

describe("segment: normalisation", () => {
  it("folds full width and case identically for queries and documents", () => {
    expect(segment("ＫＴＶ包厢内，ＡＢＣ公司")).toEqual(segment("ktv包厢内,abc公司"));
    expect(segment("ＫＴＶ")).toEqual(["ktv"]);
  });

  it("keeps numbers whole, with the unit as its own token", () => {
    expect(segment("盗窃人民币6500元")).toEqual(["盗窃", "人民币", "6500", "元"]);
    expect(segment("血液酒精含量为195毫克/100毫升")).toEqual(["血液酒精含量", "195", "毫克", "100", "毫升"]);
    expect(segment("年利率３６５.５％")).toEqual(["年利率", "365.5%"]);
    expect(segment("6,500元")).toEqual(segment("６５００元"));
  });

  it("reads Chinese and Arabic quantities and dates alike", () => {
    expect(segment("判处有期徒刑九个月")).toEqual(segment("判处有期徒刑9个月"));
    expect(segment("二〇一七年五月十八日")).toEqual(["2017-05-18"]);
    expect(segment("2017年5月")).toEqual(["2017-05"]);
  });

  it("drops masked person names of every form", () => {
    const plain = segment("被告人持刀将被害人砍伤");
    for (const [a, b] of [
      ["张某某", "李某"],
      ["王某甲", "×××"],
      ["ＸＸ", "欧阳某某"],
      ["某甲", "陈×"],
    ]) {
      expect(segment(`被告人${a}持刀将被害人${b}砍伤`)).toEqual(plain);
    }
  });

  it("does not mistake 某 as a determiner for a name", () => {
    expect(segment("于某日凌晨")).toContain("凌晨");
    expect(segment("于某日凌晨").some((t) => t.includes("于"))).toBe(false);
  });

  it("removes stop words and punctuation", () => {
    const tokens = segment("本院认为，被告人的行为已构成盗窃罪。");
    for (const stop of ["本院", "的", "，", "。", ","]) expect(tokens).not.toContain(stop);
    expect(tokens).toContain("盗窃罪");
    expect(tokens).toContain("构成");
  });

  it("gives a query the same tokens it gets inside a document", () => {
    const query = "醉酒驾驶机动车，血液酒精含量为195毫克/100毫升，犯危险驾驶罪";
    const doc = segmentToString(
      `经审理查明：2019年3月1日，被告人李某某${query}。依照《中华人民共和国刑法》第一百三十三条之一`,
    );
    expect(doc).toContain(segmentToString(query));
  });

  it("joins tokens with single spaces", () => {
    expect(segmentToString("被告人犯盗窃罪")).toBe("被告人 犯 盗窃罪");
    expect(segmentToString("")).toBe("");
  });
});

describe("segment: dictionary", () => {
  it("reports a stable version", () => {
    expect(dictionaryVersion()).toMatch(/^[0-9a-f]{12}$/);
    expect(dictionaryVersion()).toBe(dictionaryVersion());
  });

  it("refuses a second, different dictionary: jieba's is process-global", () => {
    initSegmenter();
    expect(() => initSegmenter({ userDictPath: "/nonexistent.dict.txt" })).toThrow(/process-global/);
  });

  it("stores its dictionary entries in normalised form (they are matched after normalisation)", () => {
    for (const phrase of protectedPhrases()) expect(normalizeText(phrase)).toBe(phrase);
  });
});

const candidates = path.resolve(import.meta.dirname, "../../../shared/data/lecard/candidates.jsonl.br");

describe.skipIf(!existsSync(candidates))("segment on LeCaRD judgments", () => {
  it("never splits a charge or a statute reference in 300 real judgments", async () => {
    const lines = createInterface({ input: createReadStream(candidates).pipe(createBrotliDecompress()) });
    const phrases = protectedPhrases();
    let docs = 0;
    let chargeMentions = 0;
    let statuteTokens = 0;
    const split: string[] = [];
    for await (const line of lines) {
      const { qw } = JSON.parse(line) as { qw: string };
      const normalised = normalizeText(qw);
      const tokens = segment(qw);
      for (const phrase of phrases) {
        if (!normalised.includes(phrase)) continue;
        chargeMentions++;
        if (!tokens.some((t) => t.includes(phrase))) split.push(phrase);
      }
      statuteTokens += tokens.filter((t) => t.startsWith("刑法#")).length;
      if (/刑法》?第[一二三四五六七八九十百]+条/.test(normalised)) {
        expect(tokens.some((t) => t.startsWith("刑法#"))).toBe(true);
      }
      if (++docs >= 300) break;
    }
    lines.close();
    console.log(
      `LeCaRD: ${docs} documents, ${chargeMentions} charge mentions, ${statuteTokens} 刑法# tokens`,
    );
    expect(split).toEqual([]);
    expect(statuteTokens).toBeGreaterThan(docs);
  });
});
