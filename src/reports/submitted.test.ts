import { describe, expect, it } from "vitest";
import { type CitedDoc, citationKeys, matchCitation } from "./submitted.ts";

describe("citationKeys", () => {
  it("reads guiding-case numbers however the parties write them", () => {
    for (const written of [
      "指导案例32号",
      "指导性案例32号",
      "最高人民法院指导案例第32号",
      "指导案例三十二号",
    ])
      expect(citationKeys(written).authorityNumbers, written).toEqual(["指导性案例32号"]);
  });

  it("reads the procuratorate's and 刑事审判参考 numbers as indexed", () => {
    expect(citationKeys("检例第32号").authorityNumbers).toEqual(["检例第32号"]);
    expect(citationKeys("最高人民检察院指导性案例第32号").authorityNumbers).toEqual(["检例第32号"]);
    expect(citationKeys("《刑事审判参考》总第107集第1159号案例").authorityNumbers).toEqual([
      "刑事审判参考第1159号",
    ]);
  });

  it("reads a 刑事审判参考 case cited by its title as shown, 【第N号】 and the case's name", () => {
    expect(citationKeys("【第1047号】张某盗窃案——入户盗窃的既遂标准").authorityNumbers).toEqual([
      "刑事审判参考第1047号",
    ]);
    expect(citationKeys("［第88号］李某某抢劫案").authorityNumbers).toEqual(["刑事审判参考第88号"]);
    // Not another collection's number, nor a 第N号 inside the citation.
    expect(citationKeys("【第32号】指导性案例").authorityNumbers).toEqual([]);
    expect(citationKeys("辩护人所引【第12号】判例").authorityNumbers).toEqual([]);
  });

  it("reads case numbers, and nothing from a citation that names none", () => {
    expect(citationKeys("（2018）湘0103刑初711号 李某盗窃案")).toEqual({
      authorityNumbers: [],
      caseNumbers: ["（2018）湘0103刑初711号"],
    });
    expect(citationKeys("某地法院“盗窃 & 缓刑”报道中的案例（未载案号）")).toEqual({
      authorityNumbers: [],
      caseNumbers: [],
    });
  });
});

describe("matchCitation", () => {
  const guiding: CitedDoc = {
    id: "g32",
    tier: "guiding",
    status: "effective",
    court: "上海市浦东新区人民法院",
    authorityNumber: "指导性案例32号",
    caseNumbers: ["（2012）浦刑初字第6776号"],
  };
  // 人民司法's commentary on the guiding case carries its number too.
  const commentary: CitedDoc = { id: "a-comment", tier: "ordinary", authorityNumber: "指导性案例32号" };

  it("takes the guiding case itself, not a commentary naming it", () => {
    expect(matchCitation(citationKeys("指导案例32号"), [commentary, guiding])).toEqual({
      caseId: "g32",
      resolvedBy: "authorityNumber",
    });
  });

  it("matches a case number however it is bracketed or its digits written", () => {
    const doc: CitedDoc = {
      id: "x",
      tier: "ordinary",
      court: "长沙市天心区人民法院",
      caseNumbers: ["（2018）湘0103刑初711号"],
    };
    for (const written of ["(2018)湘0103刑初711号", "〔2018〕湘0103刑初711号", "（２０１８）湘0103刑初711号"])
      expect(matchCitation(citationKeys(written), [doc]), written).toEqual({
        caseId: "x",
        resolvedBy: "caseNumber",
      });
    expect(matchCitation(citationKeys("（2018）湘0103刑初953号"), [doc])).toBeUndefined();
  });

  it("does not choose between two courts' judgments bearing one pre-2016 number", () => {
    const a: CitedDoc = { id: "a", court: "江西省上犹县人民法院", caseNumbers: ["（2015）上刑初字第19号"] };
    const b: CitedDoc = {
      id: "b",
      court: "河南省郑州市上街区人民法院",
      caseNumbers: ["（2015）上刑初字第19号"],
    };
    expect(matchCitation(citationKeys("（2015）上刑初字第19号"), [a, b])).toEqual({ ambiguous: 2 });
    // A write-up of the case that names no court does not make it ambiguous.
    expect(
      matchCitation(citationKeys("（2015）上刑初字第19号"), [
        { id: "0-write-up", caseNumbers: a.caseNumbers },
        a,
      ]),
    ).toEqual({
      caseId: "a",
      resolvedBy: "caseNumber",
    });
    // One court's judgment indexed twice (two sources) is one judgment.
    expect(matchCitation(citationKeys("（2015）上刑初字第19号"), [a, { ...a, id: "a2" }])).toEqual({
      caseId: "a",
      resolvedBy: "caseNumber",
    });
  });

  it("does not choose between two cases printed under one authority number (刑事审判参考第993号)", () => {
    const one: CitedDoc = { id: "ctr-a", tier: "typical", authorityNumber: "刑事审判参考第993号" };
    const other: CitedDoc = { ...one, id: "ctr-b" };
    expect(matchCitation(citationKeys("《刑事审判参考》第993号"), [one, other])).toEqual({ ambiguous: 2 });
    // The citation's case name or case number tells them apart (the report asks for either).
    const named = [
      { ...one, title: "第993号 甲某故意杀人案——如何认定…" },
      { ...other, title: "第993号 乙某故意伤害案——如何认定…", caseNumbers: ["（2011）某刑一终字第7号"] },
    ];
    expect(matchCitation(citationKeys("刑事审判参考第993号"), named, "刑事审判参考第993号")).toEqual({
      ambiguous: 2,
    });
    expect(
      matchCitation(
        citationKeys("《刑事审判参考》第993号 甲某故意杀人案"),
        named,
        "《刑事审判参考》第993号 甲某故意杀人案",
      ),
    ).toEqual({ caseId: "ctr-a", resolvedBy: "authorityNumber" });
    const withNumber = "刑事审判参考第993号，（2011）某刑一终字第7号";
    expect(matchCitation(citationKeys(withNumber), named, withNumber)).toEqual({
      caseId: "ctr-b",
      resolvedBy: "authorityNumber",
    });
    // A commentary of a lower tier naming the number makes no second case of it.
    expect(
      matchCitation(citationKeys("《刑事审判参考》第993号"), [
        one,
        { ...one, id: "comment", tier: "ordinary" },
      ]),
    ).toEqual({ caseId: "ctr-a", resolvedBy: "authorityNumber" });
  });
});
