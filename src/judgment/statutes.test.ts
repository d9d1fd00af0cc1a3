import { describe, expect, it } from "vitest";
import { statuteKey } from "../search/documents.ts";
import { KNOWN_ISSUERS } from "../text/interpretation-issuers.ts";
import { canonicalLawName } from "../text/law-titles.ts";
import { statuteKeyText } from "./provisions.ts";
import {
  asDecided,
  CRIMINAL_LAW_1979,
  normaliseStatutes,
  repealedLawNotice,
  titleNotes,
  typedLawName,
} from "./statutes.ts";

describe("normaliseStatutes", () => {
  it("expands article lists and converts Chinese numerals", () => {
    const refs = normaliseStatutes("依照《中华人民共和国刑法》第一百三十三条、第六十七条第一款之规定");
    expect(refs.map(({ law, article, paragraph }) => ({ law, article, paragraph }))).toEqual([
      { law: "中华人民共和国刑法", article: 133, paragraph: undefined },
      { law: "中华人民共和国刑法", article: 67, paragraph: 1 },
    ]);
  });

  it("recognises judicial interpretations with their issuer and items", () => {
    const [ref] = normaliseStatutes(
      "最高人民法院《关于审理交通肇事刑事案件具体应用法律若干问题的解释》第二条第二款第（五）项",
    );
    expect(ref).toMatchObject({
      law: "最高人民法院关于审理交通肇事刑事案件具体应用法律若干问题的解释",
      article: 2,
      paragraph: 2,
      item: 5,
    });
  });

  it("reads a list on across ；, as some legal bases separate their articles", () => {
    const refs = normaliseStatutes(
      "依照《中华人民共和国刑法》第三百四十七条第一、四款；第六十七条第三款；第六十四条之规定",
    );
    expect(refs.map(({ article, paragraph }) => [article, paragraph])).toEqual([
      [347, 1],
      [347, 4],
      [67, 3],
      [64, undefined],
    ]);
  });

  it("reads a list on after paragraphs sharing 款 and articles written without 第", () => {
    const at = (text: string) =>
      normaliseStatutes(text).map((r) => `${r.article}${r.paragraph ? `/${r.paragraph}` : ""}`);
    // LeCaRD 120: only 第三百四十七条 was read, the list stopping at 第一、四款.
    expect(
      at(
        "依照《中华人民共和国刑法》第三百四十七条第一、四款，第三百四十八条，第六十七条第三款，第六十四条之规定",
      ),
    ).toEqual(["347/1", "347/4", "348", "67/3", "64"]);
    // LeCaRD 1188: the list stopped at 、五十三条.
    expect(at("依照《中华人民共和国刑法》第二百六十四条、第五十二条、五十三条、第七十二条之规定")).toEqual([
      "264",
      "52",
      "53",
      "72",
    ]);
  });

  it("names an interpretation bracketed twice as the one bracketed once", () => {
    const law = (text: string) => normaliseStatutes(text).map((r) => `${r.law}#${r.article}`);
    expect(
      law("依照《最高人民法院、最高人民检察院《关于办理贪污贿赂刑事案件适用法律若干问题的解释》》第一条"),
    ).toEqual(
      law("依照《最高人民法院、最高人民检察院关于办理贪污贿赂刑事案件适用法律若干问题的解释》第一条"),
    );
  });

  it("keys an interpretation as one whether the law its title names is bracketed 《》, （） or not at all", () => {
    const keys = (text: string) => normaliseStatutes(text).map(statuteKey);
    const amendment = "最高人民法院关于刑法修正案（八）时间效力问题的解释#2";
    expect(
      keys("依照《最高人民法院关于〈中华人民共和国刑法修正案（八）〉时间效力问题的解释》第二条"),
    ).toEqual([amendment]);
    expect(
      keys("依照《最高人民法院关于（中华人民共和国刑法修正案（八））时间效力问题的解释》第二条"),
    ).toEqual([amendment]);
    expect(keys("依照《最高人民法院关于刑法修正案（八）时间效力问题的解释》第二条")).toEqual([amendment]);
    // Brackets paired by a slip, a slip in the prefix, no issuer or a short one, the title bracketed
    // after its issuer.
    const procedure = "最高人民法院关于适用刑事诉讼法的解释#100";
    for (const written of [
      "《最高人民法院关于适用《中华人民共和国刑事诉讼法》的解释》第一百条",
      "《最高人民法院关于适用（中华人民共和国刑事诉讼法》的解释》第一百条",
      "《最高法院关于适用（刑事诉讼法）的解释》第一百条",
      "《最高人民法院关于适用（中华人民共和同刑事诉讼法）的解释》第一百条",
      "《最高人民法院关于适用中华人民共和国刑事诉讼法的解释》第一百条",
      "《关于适用（刑事诉讼法）的解释》第一百条",
      "最高人民法院《关于适用刑事诉讼法的解释》第一百条",
    ])
      expect(keys(written), written).toEqual([procedure]);
    // A title named inside, not a national law: its brackets too.
    expect(
      keys("《最高人民法院关于适用（全国人民代表大会常务委员会关于禁毒的决定）的若干问题的解释》第一条"),
    ).toEqual(
      keys("《最高人民法院关于适用《全国人民代表大会常务委员会关于禁毒的决定》的若干问题的解释》第一条"),
    );
  });

  it("keeps interpretations of one law apart, and a bracket that names no title", () => {
    const laws = (text: string) => normaliseStatutes(text).map((r) => r.law);
    expect(
      laws(
        "《最高人民法院关于执行〈中华人民共和国刑事诉讼法〉若干问题的解释》第一条，" +
          "《最高人民法院关于适用（中华人民共和国刑事诉讼法）的解释》第一条，" +
          "《最高人民法院关于（中华人民共和国刑法修正案（九））时间效力问题的解释》第一条",
      ),
    ).toEqual([
      "最高人民法院关于执行刑事诉讼法若干问题的解释",
      "最高人民法院关于适用刑事诉讼法的解释",
      "最高人民法院关于刑法修正案（九）时间效力问题的解释",
    ]);
    expect(canonicalLawName("最高人民法院关于审理某类案件适用法律若干问题的意见（试行）")).toBe(
      "最高人民法院关于审理某类案件适用法律若干问题的意见（试行）",
    );
    expect(canonicalLawName("中华人民共和国民事诉讼法（试行）")).toBe("中华人民共和国民事诉讼法（试行）");
    expect(canonicalLawName("全国法院某类案件审判工作座谈会纪要（某地会议纪要）")).toBe(
      "全国法院某类案件审判工作座谈会纪要（某地会议纪要）",
    );
  });

  it("keys a title alike whatever its quotation marks, or none", () => {
    const keys = (text: string) => normaliseStatutes(text).map(statuteKey);
    const key = "关于办理某类网络刷单案件若干问题的意见#3";
    for (const title of [
      "关于办理某类“网络刷单”案件若干问题的意见",
      '关于办理某类"网络刷单"案件若干问题的意见',
      "关于办理某类＂网络刷单＂案件若干问题的意见",
      "关于办理某类「网络刷单」案件若干问题的意见",
      '关于办理某类“网络刷单"案件若干问题的意见',
      "关于办理某类网络刷单案件若干问题的意见",
    ])
      expect(keys(`依照《${title}》第三条`), title).toEqual([key]);
    // A listed title too, written with its quotes: by its issuer.
    expect(keys("依照《关于办理“套路贷”刑事案件若干问题的意见》第三条")).toEqual(
      keys(
        '依照最高人民法院、最高人民检察院、公安部、司法部《关于办理"套路贷"刑事案件若干问题的意见》第三条',
      ),
    );
  });

  it("keys a title's Latin letters, digits and punctuation whatever their width or case", () => {
    const keys = (text: string) => normaliseStatutes(text).map(statuteKey);
    const latin = "关于在柜员机（atm机）上取款某类问题的批复";
    expect(keys("依照《关于在柜员机（ATM机）上取款某类问题的批复》")).toEqual([latin]);
    expect(keys("依照《关于在柜员机（ＡＴＭ机）上取款某类问题的批复》")).toEqual([latin]);
    const comma = "关于某类行为，是否构成犯罪问题的批复";
    expect(keys("依照《关于某类行为，是否构成犯罪问题的批复》")).toEqual([comma]);
    expect(keys("依照《关于某类行为,是否构成犯罪问题的批复》")).toEqual([comma]);
  });

  it("reads 条之一 and sibling items", () => {
    const refs = normaliseStatutes("根据刑法第一百三十三条之一第一款第（二）、（四）项");
    expect(refs.map((r) => [r.article, r.subArticle, r.paragraph, r.item])).toEqual([
      [133, 1, 1, 2],
      [133, 1, 1, 4],
    ]);
  });

  it("reads a national law cited without brackets, not a shorter law its name ends in", () => {
    const keys = (text: string) => normaliseStatutes(text).map(statuteKey);
    expect(keys("依据农村土地承包法第三十四条、第三十七条")).toEqual([
      "农村土地承包法#34",
      "农村土地承包法#37",
    ]);
    expect(keys("依照中华人民共和国海商法第四十六条")).toEqual(["海商法#46"]);
    expect(keys("依照技术合同法第十条、社会保险法第八十八条之规定")).toEqual([
      "技术合同法#10",
      "社会保险法#88",
    ]);
    expect(canonicalLawName("农村土地承包法")).toBe("中华人民共和国农村土地承包法");
  });

  it("reads a national law with a slip in its 中华人民共和国 or abbreviated as the law itself", () => {
    const keys = (text: string) => normaliseStatutes(text).map(statuteKey);
    // One character mistyped, left out, added, or two swapped.
    expect(keys("依照《中国人民共和国刑法》第二百六十四条")).toEqual(["刑法#264"]);
    expect(keys("依照《中华人民共和刑法》第六十七条")).toEqual(["刑法#67"]);
    expect(keys("依照《中华人民币共和国刑事诉讼法》第十五条")).toEqual(["刑事诉讼法#15"]);
    expect(keys("依照《中华民人共和国民事诉讼法》第一百七十条")).toEqual(["民事诉讼法#170"]);
    expect(keys("依照1979年《中华人民共和围刑法》第七十六条")).toEqual(["刑法（1979年）#76"]);
    // Or its start or its end alone.
    expect(keys("依照《人民共和国刑法》第二百六十四条")).toEqual(["刑法#264"]);
    expect(keys("违反《中华人民土地管理法》第六十三条")).toEqual(["土地管理法#63"]);
    expect(keys("参照《刑诉法》第十五条及道交法第一百一十九条")).toEqual([
      "刑事诉讼法#15",
      "道路交通安全法#119",
    ]);
    expect(keys("依照《中华人民共和国刑诉法》第二百条")).toEqual(["刑事诉讼法#200"]);
    // Another state's law, a law not listed, and an interpretation keep their own names.
    expect(canonicalLawName("中华民国刑法")).toBe("中华民国刑法");
    expect(canonicalLawName("大韩民国刑法")).toBe("大韩民国刑法");
    expect(canonicalLawName("中华人民共和国海保险法")).toBe("中华人民共和国海保险法");
    expect(canonicalLawName("刑诉法解释")).toBe("刑诉法解释");
  });

  it("gives short and full names one canonical form", () => {
    expect(canonicalLawName("刑法")).toBe("中华人民共和国刑法");
    expect(canonicalLawName("刑法修正案(9)")).toBe("中华人民共和国刑法修正案（九）");
    expect(canonicalLawName("刑法修正案（九）")).toBe("中华人民共和国刑法修正案（九）");
    expect(canonicalLawName("最高人民法院关于适用〈中华人民共和国刑事诉讼法〉的解释")).toBe(
      "最高人民法院关于适用刑事诉讼法的解释",
    );
    expect(canonicalLawName("关于处理自首和立功具体应用法律若干问题的解释")).toBe(
      canonicalLawName("关于处理自首和立功具体应用法律若干问题的解释", "最高人民法院"),
    );
  });
});

describe("an interpretation cited without its issuer", () => {
  const keys = (text: string) => normaliseStatutes(text).map(statuteKey);

  it("is keyed as its issuer names it, the issuing bodies however many", () => {
    for (const [issuer, title, article] of [
      [
        "最高人民法院、最高人民检察院、公安部、司法部",
        "关于办理黑恶势力犯罪案件若干问题的指导意见",
        "第十四条",
      ],
      [
        "最高人民法院、最高人民检察院",
        "关于办理国家出资企业中职务犯罪案件具体应用法律若干问题的意见",
        "第六条",
      ],
      ["最高人民法院", "关于适用财产刑若干问题的规定", "第二条"],
      ["全国人民代表大会常务委员会", "关于《中华人民共和国刑法》第三百一十三条的解释", ""],
      ["最高人民检察院、公安部", "关于公安机关管辖的刑事案件立案追诉标准的规定（二）", "第七十条"],
    ]) {
      const cited = `依照${issuer}《${title}》${article}之规定`;
      expect(keys(`依照《${title}》${article}之规定`), title).toEqual(keys(cited));
      // 两高两部 and the like name no bodies: the title alone does.
      expect(keys(`根据两高两部《${title}》${article}`), title).toEqual(keys(cited));
    }
  });

  it("is keyed by its bodies' full names however short the citation writes them", () => {
    const unlisted = "关于办理某类刑事案件适用法律若干问题的解释";
    const both = `最高人民法院、最高人民检察院${unlisted}#1`;
    for (const written of [
      `两高《${unlisted}》第一条`,
      `《两高${unlisted}》第一条`,
      `最高法院、最高检察院《${unlisted}》第一条`,
      `最高院、最高检《${unlisted}》第一条`,
      `最高法、最高检《${unlisted}》第一条`,
    ])
      expect(keys(written), written).toEqual([both]);
    expect(keys(`两高、公安部《${unlisted}》第一条`)).toEqual([
      `最高人民法院、最高人民检察院、公安部${unlisted}#1`,
    ]);
    // Each body read: 最高检察院 ended the issuer, and the key named only the ministries after it.
    expect(keys(`最高法院、最高检察院、公安部、司法部《${unlisted}》第一条`)).toEqual([
      `最高人民法院、最高人民检察院、公安部、司法部${unlisted}#1`,
    ]);
    expect(keys(`全国人大常务委员会《关于某条文含义的解释》`)).toEqual([
      "全国人民代表大会常务委员会关于某条文含义的解释",
    ]);
  });

  it("is keyed by its listed issuer when a citation names its bodies in another order or only some", () => {
    const twoBodies = "最高人民法院、最高人民检察院关于办理盗窃刑事案件适用法律若干问题的解释#2";
    for (const issuer of [
      "最高人民检察院、最高人民法院",
      "最高人民法院",
      "最高检",
      "最高人民法院 最高人民检察院",
    ])
      expect(keys(`依照${issuer}《关于办理盗窃刑事案件适用法律若干问题的解释》第二条`), issuer).toEqual([
        twoBodies,
      ]);
    expect(keys("依照《最高人民法院关于办理盗窃刑事案件适用法律若干问题的解释》第二条")).toEqual([twoBodies]);
    // A body the list does not give the title names another document, or a slip: as written.
    expect(keys("依照公安部《关于办理盗窃刑事案件适用法律若干问题的解释》第二条")).toEqual([
      "公安部关于办理盗窃刑事案件适用法律若干问题的解释#2",
    ]);
    // Bodies of an unlisted title keep the order written: which the document's is, only the list says.
    expect(canonicalLawName("关于某类问题的意见", "最高人民检察院、最高人民法院")).toBe(
      "最高人民检察院、最高人民法院关于某类问题的意见",
    );
  });

  it("is keyed by the whole set of a joint document's bodies where citations name only some of them", () => {
    const five = "最高人民法院、最高人民检察院、公安部、国家安全部、司法部";
    const title = "关于办理死刑案件审查判断证据若干问题的规定";
    for (const cited of [`《${title}》`, `最高人民法院《${title}》`, `${five}《${title}》`])
      expect(keys(`依照${cited}第五条`), cited).toEqual([`${five}${title}#5`]);
    const customs = "关于办理走私刑事案件适用法律若干问题的意见";
    expect(keys(`依照最高人民法院、最高人民检察院《${customs}》第五条`)).toEqual([
      `最高人民法院、最高人民检察院、海关总署${customs}#5`,
    ]);
    // A body the document's title does not name is a slip or another document: kept as written.
    const standard = "关于经济犯罪案件追诉标准的规定";
    expect(keys(`依照《${standard}》第三十四条`)).toEqual([`最高人民检察院、公安部${standard}#34`]);
    expect(keys(`依照最高人民法院、公安部《${standard}》第三十四条`)).toEqual([
      `最高人民法院、公安部${standard}#34`,
    ]);
  });

  it("stays without one when provincial courts issue a title of that name too", () => {
    expect(canonicalLawName("关于常见犯罪的量刑指导意见")).toBe("关于常见犯罪的量刑指导意见");
  });

  it("is listed as canonicalLawName writes its title", () => {
    for (const [title, issuer] of KNOWN_ISSUERS) {
      expect(canonicalLawName(`${issuer}${title}`), title).toBe(`${issuer}${title}`);
      expect(canonicalLawName(title), title).toBe(`${issuer}${title}`);
    }
  });
});

describe("the 1979 Criminal Law", () => {
  const keys = (text: string) => normaliseStatutes(text).map(statuteKey);

  it("is a law of its own where a citation names it, so its articles match no article of today's", () => {
    // 从旧兼从轻 (刑法 §12): a later judgment applies the 1979 law to an earlier act, and says so.
    expect(keys("依照1979年《中华人民共和国刑法》第一百三十二条、第二十二条之规定")).toEqual([
      "刑法（1979年）#132",
      "刑法（1979年）#22",
    ]);
    expect(keys("依照《中华人民共和国刑法》（1979年）第一百五十条之规定")).toEqual(["刑法（1979年）#150"]);
    expect(keys("依照1997年修订前的《中华人民共和国刑法》第一百五十一条")).toEqual(["刑法（1979年）#151"]);
    expect(keys("按照1979年7月1日通过的刑法第一百五十条")).toEqual(["刑法（1979年）#150"]);
    expect(keys("依照1979《中华人民共和国刑法》第一百三十二条")).toEqual(["刑法（1979年）#132"]);
    // Only that citation: the same judgment's citation of today's law keeps today's numbering.
    expect(keys("依照1979年《中华人民共和国刑法》第一百三十二条，《中华人民共和国刑法》第十二条")).toEqual([
      "刑法（1979年）#132",
      "刑法#12",
    ]);
  });

  it("is not a text before an amendment, numbered as today", () => {
    expect(keys("依照2015年修订前的《中华人民共和国刑法》第三百八十九条")).toEqual(["刑法#389"]);
    expect(keys("适用修正前的《中华人民共和国刑法》第六十五条")).toEqual(["刑法#65"]);
    expect(keys("依照《中华人民共和国刑法》第二百六十三条")).toEqual(["刑法#263"]);
  });

  it("is the Criminal Law a judgment decided before 1997-10-01 applied", () => {
    const refs = normaliseStatutes(
      "依照《中华人民共和国刑法》第一百五十条、《中华人民共和国民法通则》第一百零六条",
    );
    expect(asDecided(refs, "1995-03-01").map(statuteKey)).toEqual(["刑法（1979年）#150", "民法通则#106"]);
    expect(asDecided(refs, "1997-10-01").map(statuteKey)).toEqual(["刑法#150", "民法通则#106"]);
    expect(asDecided(refs, undefined)).toBe(refs);
    expect(asDecided(normaliseStatutes("依照1979年《刑法》第一百五十条"), "2014-05-21")[0]?.law).toBe(
      CRIMINAL_LAW_1979,
    );
  });

  it("is flagged as superseded whenever a judgment applied it", () => {
    const notice = repealedLawNotice(keys("依照1979年《中华人民共和国刑法》第一百三十二条"), "2014-05-21");
    expect(notice).toContain("1979年《刑法》已由1997年修订的《刑法》自1997年10月1日起取代");
  });

  it("is written as a judge reads it", () => {
    expect(statuteKeyText("刑法（1979年）#132")).toBe("1979年《刑法》第一百三十二条");
    expect(statuteKeyText("刑法（1979年）")).toBe("1979年《刑法》");
    expect(statuteKeyText("民事诉讼法（试行）#10")).toBe("《民事诉讼法（试行）》第十条");
  });
});

describe("a note in brackets after a title", () => {
  const keys = (text: string) => normaliseStatutes(text).map(statuteKey);

  it("is read past, a version before the law's last renumbering dated, one after it today's law", () => {
    // The note had ended the citation: each of these kept its law alone, its articles lost.
    expect(keys("按《刑事诉讼法》（1996年）第一百零一条第（二）项处理")).toEqual([
      "刑事诉讼法（1996年）#101",
    ]);
    expect(keys("另见《刑事诉讼法》（2012年修正）第五十条、第五十二条")).toEqual([
      "刑事诉讼法（2012年）#50",
      "刑事诉讼法（2012年）#52",
    ]);
    expect(keys("另见《刑事诉讼法》（2018年修正）第五十条")).toEqual(["刑事诉讼法#50"]);
    expect(keys("参见《民法典》（2021年1月1日起施行） 第五百七十七条")).toEqual(["民法典#577"]);
    expect(keys("参见《民事诉讼法》（2017年修正）第十三条")).toEqual(["民事诉讼法（2017年）#13"]);
    // A law whose renumberings are not listed keeps the date: no key pretends to be today's article.
    expect(keys("参见《公司法》（自2014年3月1日起施行）第二十条")).toEqual(["公司法（2014年）#20"]);
    // The Criminal Law before 1997 is the 1979 law.
    expect(keys("参见《刑法》（1979年）第一百三十条")).toEqual(["刑法（1979年）#130"]);
    expect(keys("参见《刑法》（1995年）第一百三十条")).toEqual(["刑法（1979年）#130"]);
    expect(keys("参见《刑法》（1997年修订）第一百三十条")).toEqual(["刑法#130"]);
  });

  it("is read with the title when it is the title's own part", () => {
    expect(keys("参见《人民检察院刑事诉讼规则》（试行）第十条")).toEqual([
      "人民检察院刑事诉讼规则（试行）#10",
    ]);
    expect(keys("参见《人民检察院刑事诉讼规则（试行）》第十条")).toEqual([
      "人民检察院刑事诉讼规则（试行）#10",
    ]);
    expect(keys("参见《关于审理某类案件适用法律若干问题的解释》（二）第三条")).toEqual([
      "关于审理某类案件适用法律若干问题的解释（二）#3",
    ]);
  });

  it("names nothing more when it defines a short name, numbers the document or says it is an excerpt", () => {
    expect(keys("触犯《中华人民共和国刑法》（以下简称《刑法》）第二百三十四条")).toEqual(["刑法#234"]);
    expect(keys("依《关于审理某类案件的规定》（法释〔2015〕7号）第五条第一款")).toEqual([
      "关于审理某类案件的规定#5",
    ]);
    expect(keys("参见《刑法》（节录）第二百条")).toEqual(["刑法#200"]);
    expect(keys("参见《某某办法》（已废止）第九条")).toEqual(["某某办法#9"]);
  });

  it("ends the citation when it is no note", () => {
    expect(keys("参见《刑法》（见附件三）第二百条")).toEqual(["刑法"]);
  });

  it("dates a text since renumbered, which a judge is told of", () => {
    expect(repealedLawNotice(["刑事诉讼法（1996年）#101", "刑事诉讼法（1996年）#162", "刑法#264"])).toBe(
      "所适用的1996年《刑事诉讼法》的条文序号与现行《刑事诉讼法》不同，参照时应对照现行法律",
    );
    expect(repealedLawNotice(["公司法（2014年）#20", "刑事诉讼法#50"])).toBeUndefined();
    expect(statuteKeyText("刑事诉讼法（1996年）#101")).toBe("1996年《刑事诉讼法》第一百零一条");
  });
});

describe("titleNotes and typedLawName", () => {
  it("reads the notes after a title, what they make its law and how far they go", () => {
    expect(titleNotes("（1996年修正）第一条", "中华人民共和国刑事诉讼法", "刑事诉讼法")).toEqual({
      law: "中华人民共和国刑事诉讼法（1996年）",
      length: 9,
      shortNames: [],
    });
    expect(titleNotes("（法释〔2013〕8号，以下简称《解释》）第一条", "某某解释", "某某解释")).toEqual({
      law: "某某解释",
      length: 21,
      shortNames: [["解释", "某某解释"]],
    });
    expect(titleNotes("（某某）第一条", "中华人民共和国刑法", "刑法").length).toBe(0);
  });

  it("reads a version typed after a law's name as its citation's key names the law", () => {
    expect(typedLawName("刑事诉讼法（1996年修正）")).toEqual({ law: "中华人民共和国刑事诉讼法（1996年）" });
    expect(typedLawName("刑事诉讼法（2018年修正）")).toEqual({ law: "中华人民共和国刑事诉讼法" });
    expect(typedLawName("刑法（1990年）")).toEqual({ law: CRIMINAL_LAW_1979 });
    expect(typedLawName("刑法修正案（九）")).toEqual({ law: "中华人民共和国刑法修正案（九）" });
    expect(typedLawName("刑法（某某）")).toEqual({ law: "刑法（某某）", unread: "（某某）" });
    expect(typedLawName("某某条例（2016年修订本）").unread).toBe("（2016年修订本）");
  });
});

describe("what a citation's title must be", () => {
  const keys = (text: string) => normaliseStatutes(text).map(statuteKey);

  it("is a law, regulation, rule or judicial document, however old or rare its kind", () => {
    expect(
      keys(
        "参见《民法通则》第五条、《民法典》第六条、《某某法实施细则》第七条、《关于某类犯罪适用法律问题的解答》第八条、" +
          "《关于某类案件适用法律问题的复函》、《某国际运输规则公约》第九条、《办理某类案件排除非法证据规程（试行）》第十条、" +
          "《关于某事的解释二》第二条",
      ),
    ).toEqual([
      "民法通则#5",
      "民法典#6",
      "某某法实施细则#7",
      "关于某类犯罪适用法律问题的解答#8",
      "关于某类案件适用法律问题的复函",
      "某国际运输规则公约#9",
      "办理某类案件排除非法证据规程（试行）#10",
      "关于某事的解释二#2",
    ]);
    // A 关于… title cut before its kind still names its document.
    expect(keys("参见《最高人民法院关于审理某类案件适用法律若干问题》第五条")).toEqual([
      "最高人民法院关于审理某类案件适用法律若干问题#5",
    ]);
    // As before, a title holding no title word is read as none (a treaty, 通则 or 复函 of another kind).
    expect(keys("参见《某某国际公约》第九条、《某某通则》、《关于某事的复函》")).toEqual([]);
  });

  it("is not a title merely holding a title's word, nor a way of doing", () => {
    // Each had been a law of its own (法, 意见, 决定, 通知 inside its title).
    expect(
      keys(
        "张某的《起诉意见书》第二页、《行政处罚决定书》、《中标通知书》、《刑法释义》、《人民法院报》第三版",
      ),
    ).toEqual([]);
    expect(keys("按《某类损害鉴定评估推荐方法》计算")).toEqual([]);
  });

  it("is not a kind alone, unless the text gave that short name to a title", () => {
    // 《解释》第三条 had been the key 解释#3, which every text so naming any interpretation shares.
    expect(keys("依《解释》第三条、《暂行办法》第四条、《会议纪要》")).toEqual([]);
    // A note saying two things: two dates (the first dates the text), a document number and the short name.
    expect(keys("参见《某某管理条例》（2015年12月1日修订，2016年3月1日起施行）第八条")).toEqual([
      "某某管理条例（2015年）#8",
    ]);
    expect(keys("依《关于某类案件的解释》（法释〔2013〕8号，以下简称《解释》），《解释》第二条")).toEqual([
      "关于某类案件的解释",
      "关于某类案件的解释#2",
    ]);
    expect(
      keys("根据《关于审理某类案件适用法律若干问题的解释》（以下简称《解释》）第二条及《解释》第五条"),
    ).toEqual(["关于审理某类案件适用法律若干问题的解释#2", "关于审理某类案件适用法律若干问题的解释#5"]);
    // A national law's own short name is that law, whatever the text says.
    expect(keys("《中华人民共和国刑法》（以下简称刑法）第一条，《刑法》第二条")).toEqual([
      "刑法#1",
      "刑法#2",
    ]);
  });
});

describe("normaliseStatutes: slips of the pen", () => {
  it("reads on past a slip of the pen: an article's 条 or a list's first 第 left out", () => {
    // (2016)川01刑初992号: 第三百四十七第一款 had dropped every article after it.
    const keys = (text: string) =>
      normaliseStatutes(text).map((r) => `${r.article ?? ""}${r.paragraph ? `.${r.paragraph}` : ""}`);
    expect(
      keys(
        "依照《中华人民共和国刑法》第三百四十七第一款、第二款、第一百二十八条第一款、第三百五十四条之规定",
      ),
    ).toEqual(["347.1", "347.2", "128.1", "354"]);
    expect(keys("依照《刑法》二百三十六条第二款、第六十七条第三款之规定")).toEqual(["236.2", "67.3"]);
  });
});

describe("repealedLawNotice", () => {
  it("names the repealed laws a case applied, grouped by the provision that repealed them", () => {
    expect(repealedLawNotice(["合同法#107", "刑法#264", "担保法#18", "合同法#114"])).toBe(
      "所适用的《合同法》《担保法》已于2021年1月1日废止（《民法典》第一千二百六十条），参照时应对照现行法律",
    );
    expect(repealedLawNotice(["经济合同法#29", "民法通则#106"])).toBe(
      "所适用的《经济合同法》已于1999年10月1日废止（《合同法》第四百二十八条），" +
        "《民法通则》已于2021年1月1日废止（《民法典》第一千二百六十条），参照时应对照现行法律",
    );
  });

  it("names laws and State Council regulations repealed by name by the one that replaced them", () => {
    expect(repealedLawNotice(["城市规划法#32"])).toBe(
      "所适用的《城市规划法》已于2008年1月1日废止（《城乡规划法》第七十条），参照时应对照现行法律",
    );
    expect(repealedLawNotice(["道路交通事故处理办法#17", "道路交通管理条例#7", "城乡规划法#40"])).toBe(
      "所适用的《道路交通事故处理办法》《道路交通管理条例》已于2004年5月1日废止" +
        "（《道路交通安全法实施条例》第一百一十五条），参照时应对照现行法律",
    );
    expect(repealedLawNotice(["行政监察法#20", "监察法#20"])).toBe(
      "所适用的《行政监察法》已于2018年3月20日废止（《监察法》（2018年）第六十九条），参照时应对照现行法律",
    );
  });

  it("says nothing of laws in force, nor of one whose name merely contains a repealed one's", () => {
    expect(
      repealedLawNotice(["劳动合同法#82", "民法典#577", "刑法#133-1", "治安管理处罚法#26"]),
    ).toBeUndefined();
    expect(repealedLawNotice([])).toBeUndefined();
  });

  it("says a criminal judgment decided before 1997-10-01 applied the 1979 Criminal Law", () => {
    const notice =
      "所适用的1979年《刑法》已由1997年修订的《刑法》自1997年10月1日起取代（《刑法》第四百五十二条），条文序号不同，参照时应对照现行法律";
    expect(repealedLawNotice(["刑法#150"], "1990-05-01")).toBe(notice);
    expect(repealedLawNotice(["刑法#263"], "1997-10-01")).toBeUndefined();
    expect(repealedLawNotice(["刑法#263"])).toBeUndefined();
    expect(repealedLawNotice(["刑法修正案（九）"], "1990-05-01")).toBeUndefined();
    expect(repealedLawNotice(["刑法#150", "民法通则#119"], "1990-05-01")).toBe(
      "所适用的1979年《刑法》已由1997年修订的《刑法》自1997年10月1日起取代（《刑法》第四百五十二条），条文序号不同，" +
        "《民法通则》已于2021年1月1日废止（《民法典》第一千二百六十条），参照时应对照现行法律",
    );
  });

  it("reads the keys a cited law becomes, with or without 中华人民共和国", () => {
    const keys = (text: string) => normaliseStatutes(text).map(statuteKey);
    const cited = keys(
      "依照《中华人民共和国侵权责任法》第六条、《民事诉讼法（试行）》第十条、《治安管理处罚条例》第二十二条之规定",
    );
    expect(repealedLawNotice(cited)).toContain("《侵权责任法》已于2021年1月1日废止");
    expect(repealedLawNotice(cited)).toContain("《民事诉讼法（试行）》已于1991年4月9日废止");
    expect(repealedLawNotice(cited)).toContain(
      "《治安管理处罚条例》已于2006年3月1日废止（《治安管理处罚法》（2005年）第一百一十九条）",
    );
  });
});
