import { describe, expect, it } from "vitest";
import { causeForms } from "../judgment/causes.ts";
import { CRIMINAL_CHARGES } from "../judgment/charges.ts";
import {
  canonicalCharges,
  chargeSupport,
  givenLegal,
  inferCharges,
  judgesChargeForms,
  legalSimilarity,
  modelLabels,
  onePerCase,
  orderByTier,
  outcomeText,
  pendingTokens,
  scoreSplit,
  sharedCauses,
  statuteKeys,
  toldAsSuit,
} from "./similar.ts";
import type { SimilarCase } from "./types.ts";

function sc(id: string, tier: SimilarCase["tier"], score: number, decisionDate?: string): SimilarCase {
  return {
    id,
    tier,
    score,
    status: "effective",
    flags: [],
    charges: [],
    causes: [],
    ...(decisionDate ? { decisionDate } : {}),
    why: { sharedCharges: [], sharedCauses: [], sharedStatutes: [], sharedTerms: [], scoreParts: {} },
  };
}

describe("the pending case's tokens", () => {
  it("ranks by the facts and the disputed issues, explains by the facts alone", () => {
    const tokens = pendingTokens({
      facts: "被告人醉酒后驾驶小型轿车在城市道路上行驶。",
      disputedIssues: ["是否应当适用缓刑"],
    });
    // The ranking still weighs the issue's words.
    expect(tokens.ranking).toEqual([...tokens.facts, "是否", "适用", "缓刑"]);
    // 适用、缓刑 had been listed as shared facts (共同事实要素) of a report whose facts never named them.
    expect(tokens.facts).toEqual(["被告人", "醉", "酒后驾驶", "小型", "轿车", "城市道路", "行驶"]);
    const plain = pendingTokens({ facts: "被告人醉酒后驾驶小型轿车。" });
    expect(plain.ranking).toEqual(plain.facts);
  });
});

describe("similar-case ranking helpers", () => {
  it("maps charges as judges type them to the index's canonical names", () => {
    expect(canonicalCharges(["盗窃", "盗窃罪", "贩卖毒品罪"])).toEqual([
      "盗窃罪",
      "走私、贩卖、运输、制造毒品罪",
    ]);
  });

  it("reads statute keys and written references alike", () => {
    expect(
      statuteKeys(["刑法#264", "《中华人民共和国刑法》第一百三十三条之一", "《刑法》第六十七条第一款"]),
    ).toEqual(["刑法#264", "刑法#133-1", "刑法#67"]);
    expect(statuteKeys(["《中华人民共和国刑法》#133-1", "刑法#133"])).toEqual(["刑法#133-1", "刑法#133"]);
    expect(statuteKeys(["《中华人民共和国刑法》", "刑法#264条"])).toEqual(["刑法"]);
  });

  it("infers a charge only when most of the strongest cases share it", () => {
    const top = [
      { charges: ["盗窃罪"] },
      { charges: ["盗窃罪"] },
      { charges: ["诈骗罪"] },
      { charges: ["盗窃罪", "诈骗罪"] },
    ];
    expect(inferCharges(top)).toEqual(["盗窃罪"]);
    expect(
      inferCharges([
        { charges: ["盗窃罪"] },
        { charges: ["诈骗罪"] },
        { charges: ["抢劫罪"] },
        { charges: ["抢夺罪"] },
      ]),
    ).toEqual([]);
    expect(inferCharges([])).toEqual([]);
  });

  it("gives each charge its rank-weighted support among the strongest cases", () => {
    const support = chargeSupport([{ charges: ["盗窃罪"] }, { charges: ["诈骗罪"] }]);
    const total = 1 + 1 / Math.log2(3);
    expect(support.map((s) => s.charge)).toEqual(["盗窃罪", "诈骗罪"]);
    expect(support[0]?.support).toBeCloseTo(1 / total, 6);
    expect(support[1]?.support).toBeCloseTo(1 / Math.log2(3) / total, 6);
  });

  it("orders tiers as the SPC rules do, recent judgments first except for guiding cases", () => {
    const now = new Date("2026-11-25");
    const groups = orderByTier(
      [
        sc("old-strong", "ordinary", 0.9, "2015-01-01"),
        sc("recent-weak", "ordinary", 0.2, "2025-06-01"),
        sc("guide-old", "guiding", 0.5, "2012-01-01"),
        sc("guide-new", "guiding", 0.3, "2025-01-01"),
        sc("gazette", "typical", 0.1, "2010-01-01"),
      ],
      now,
    );
    expect(groups.map((g) => g.tier)).toEqual(["guiding", "typical", "ordinary"]);
    expect(groups[0]?.cases.map((c) => c.id)).toEqual(["guide-old", "guide-new"]);
    expect(groups[2]?.cases.map((c) => c.id)).toEqual(["recent-weak", "old-strong"]);
  });
});

describe("scoreSplit", () => {
  it("reads the phrase score from the named clause and the text score as the rest", () => {
    expect(scoreSplit({ _score: 7.5, matched_queries: { phrases: 2.5 } })).toEqual({ text: 5, phrases: 2.5 });
    // No shared pair: the clause did not match, the whole score is text.
    expect(scoreSplit({ _score: 4, matched_queries: {} })).toEqual({ text: 4, phrases: 0 });
    expect(scoreSplit({ _score: 4 })).toEqual({ text: 4, phrases: 0 });
    // Float rounding never makes the text score negative.
    expect(scoreSplit({ _score: 2.4999999, matched_queries: { phrases: 2.5 } })).toEqual({
      text: 0,
      phrases: 2.5,
    });
  });
  it("refuses names without scores rather than counting the phrase score as text", () => {
    expect(() => scoreSplit({ _score: 3, matched_queries: ["phrases"] })).toThrow(
      /include_named_queries_score/,
    );
  });
});

describe("outcomeText", () => {
  it("states a civil outcome as a civil judge weighs it: awarded beside claimed, and the appeal's result", () => {
    expect(outcomeText({ civilDisposition: "partly_upheld", awarded: 40000, claimed: 50000 })).toBe(
      "部分支持诉讼请求，判决金额 40,000 元（诉请 50,000 元的 80%）",
    );
    expect(outcomeText({ civilDisposition: "upheld", awarded: 6150000, appeal: "affirmed" })).toBe(
      "维持原判：支持诉讼请求，判决金额 6,150,000 元",
    );
    // An appeal that quashed the award below and dismissed the claim is not a first instance's dismissal.
    expect(outcomeText({ civilDisposition: "dismissed", claimed: 1084.32, appeal: "amended" })).toBe(
      "改判：驳回诉讼请求（诉请 1,084.32 元）",
    );
    expect(outcomeText({ civilDisposition: "mediated", claimed: 5000 })).toBe("调解结案");
    // A suit refused unheard (裁定驳回起诉) decided no claim: named apart from 驳回诉讼请求.
    expect(outcomeText({ civilDisposition: "suit_dismissed", claimed: 166331, appeal: "affirmed" })).toBe(
      "维持原判：驳回起诉（诉请 166,331 元）",
    );
    // A suit to pay nothing that ended in an order to pay (公报 FYGB0071) was dismissed, and claimed no sum.
    expect(outcomeText({ civilDisposition: "dismissed", awarded: 22028, appeal: "affirmed" })).toBe(
      "维持原判：驳回诉讼请求，判决金额 22,028 元",
    );
    // An award above the claim (a claim in kind turned into damages) is no share of it.
    expect(outcomeText({ civilDisposition: "partly_upheld", awarded: 200000, claimed: 100000 })).toBe(
      "部分支持诉讼请求，判决金额 200,000 元（诉请 100,000 元）",
    );
    expect(outcomeText({ appeal: "withdrawn" })).toBe("准许撤回上诉");
    // A withdrawn appeal leaves the ruling below in force: shown as such, civil, administrative or criminal.
    expect(outcomeText({ civilDisposition: "upheld", awarded: 30000, appeal: "withdrawn" })).toBe(
      "准许撤回上诉，原判生效：支持诉讼请求，判决金额 30,000 元",
    );
    expect(outcomeText({ administrative: ["revoked"], appeal: "withdrawn" })).toBe(
      "准许撤回上诉，原判生效：撤销被诉行政行为",
    );
    expect(
      outcomeText({ appeal: "withdrawn", penaltyKinds: ["拘役"], principal: { penalty: "拘役", months: 3 } }),
    ).toBe("准许撤回上诉，原判生效：拘役 3 个月");
  });

  it("states an administrative ruling on the act sued", () => {
    expect(outcomeText({ administrative: ["revoked", "remake"] })).toBe(
      "撤销被诉行政行为，责令重新作出行政行为",
    );
    expect(outcomeText({ administrative: ["dismissed"], appeal: "affirmed" })).toBe("维持原判：驳回诉讼请求");
  });

  it("shows an appeal's upheld sentence as upheld", () => {
    expect(
      outcomeText({
        appeal: "affirmed",
        penaltyKinds: ["有期徒刑"],
        months: 6,
        principal: { penalty: "有期徒刑", months: 6, fine: 2000 },
      }),
    ).toBe("维持原判：有期徒刑 6 个月，罚金 2000 元");
    expect(outcomeText({ appeal: "affirmed" })).toBe("维持原判");
    // An acquittal is the outcome, not an absent one.
    expect(outcomeText({ appeal: "amended", acquitted: true })).toBe("宣告无罪");
  });

  it("states one defendant's sentence, never two defendants' combined", () => {
    // 17 years for the principal, a suspended 2 years for a co-defendant: the index keeps each maximum.
    const fields = { penaltyKinds: ["有期徒刑"], months: 204, probationMonths: 36, fine: 500000 };
    const principal = { penalty: "有期徒刑" as const, months: 204, fine: 500000 };
    expect(outcomeText({ ...fields, principal, defendants: 2 })).toBe(
      "有期徒刑 17 年，罚金 500000 元（2 名被告人中最重者）",
    );
    expect(
      outcomeText({
        penaltyKinds: ["有期徒刑"],
        months: 10,
        fine: 2000,
        principal: { penalty: "有期徒刑", months: 10, fine: 2000 },
      }),
    ).toBe("有期徒刑 10 个月，罚金 2000 元");
    // An index without the principal sentence: several kinds name the most severe only.
    expect(outcomeText({ penaltyKinds: ["有期徒刑", "无期徒刑"], months: 60 })).toBe(
      "无期徒刑等（多名被告人）",
    );
    expect(outcomeText({ penaltyKinds: ["拘役"], months: 2 })).toBe("拘役 2 个月");
    // Terms as a judgment states them: years and months, days for the parser's half month, probation alike.
    expect(outcomeText({ principal: { penalty: "有期徒刑", months: 180, fine: 10000 } })).toBe(
      "有期徒刑 15 年，罚金 10000 元",
    );
    expect(outcomeText({ principal: { penalty: "拘役", months: 3.5, probationMonths: 6 } })).toBe(
      "拘役 3 个月 15 日，缓刑 6 个月",
    );
    expect(outcomeText({ penaltyKinds: ["有期徒刑"], months: 30, probationMonths: 36 })).toBe(
      "有期徒刑 2 年 6 个月，缓刑 3 年",
    );
    // An appeal that replaced the civil compensation only: not a bare 改判.
    expect(outcomeText({ appeal: "amended" })).toBe("改判");
    expect(outcomeText({ appeal: "amended", appealPropertyOnly: true })).toBe(
      "维持定罪量刑，改判涉案财物或附带民事部分",
    );
    // 数罪并罚: the combined punishment, and each crime's.
    expect(
      outcomeText({
        principal: {
          penalty: "有期徒刑",
          months: 108,
          counts: [
            { charge: "盗窃罪", penalty: "有期徒刑", months: 24 },
            { charge: "故意伤害罪", penalty: "有期徒刑", months: 96 },
          ],
        },
      }),
    ).toBe("有期徒刑 9 年（数罪并罚，决定执行；其中盗窃罪有期徒刑 2 年，故意伤害罪有期徒刑 8 年）");
    // An earlier judgment's sentence joined (§70–71): the executed one is not this crime's alone.
    expect(
      outcomeText({
        principal: {
          penalty: "有期徒刑",
          months: 12,
          mergesEarlierSentence: true,
          counts: [{ charge: "危险驾驶罪", penalty: "拘役", months: 2 }],
        },
      }),
    ).toBe("有期徒刑 1 年（与前罪刑罚并罚，决定执行；本案危险驾驶罪拘役 2 个月）");
    expect(outcomeText({ principal: { penalty: "有期徒刑", months: 40, mergesEarlierSentence: true } })).toBe(
      "有期徒刑 3 年 4 个月（与前罪刑罚并罚，决定执行）",
    );
    // The most severe defendant was not convicted of the pending charge: the one who was is named.
    const mixed = {
      principal: { penalty: "有期徒刑" as const, months: 71, charges: ["故意伤害罪"] },
      defendants: 2,
      others: [{ charges: ["危险驾驶罪"], penalty: "拘役" as const, months: 1 }],
    };
    expect(outcomeText(mixed, ["危险驾驶罪"])).toBe(
      "有期徒刑 5 年 11 个月（2 名被告人中最重者）；其中犯危险驾驶罪者拘役 1 个月",
    );
    expect(outcomeText(mixed, ["故意伤害罪"])).toBe("有期徒刑 5 年 11 个月（2 名被告人中最重者）");
    expect(outcomeText(mixed)).toBe("有期徒刑 5 年 11 个月（2 名被告人中最重者）");
  });
});

describe("toldAsSuit", () => {
  it("is facts naming 原告/被告 or 申请人, not a prosecution's 被告人 with its 附带民事诉讼原告人", () => {
    expect(toldAsSuit("原告张某向被告李某出借50万元，被告到期未还。")).toBe(true);
    expect(toldAsSuit("申请人不服被申请人作出的行政处罚决定。")).toBe(true);
    expect(toldAsSuit("被告人醉酒驾驶，附带民事诉讼原告人请求赔偿。")).toBe(false);
    expect(toldAsSuit("张某向李某借款50万元到期未还。")).toBe(false);
  });
});

describe("modelLabels", () => {
  it("compares a suit's facts with causes only, any other case's with every label", () => {
    const suit = modelLabels(true);
    expect(suit?.("交通肇事罪")).toBe(false);
    expect(suit?.("伪造公司、企业、事业单位、人民团体印章罪")).toBe(false);
    expect(suit?.("流氓罪")).toBe(false);
    expect(suit?.("机动车交通事故责任纠纷")).toBe(true);
    expect(suit?.("工伤认定")).toBe(true);
    expect(modelLabels(false)).toBeUndefined();
    // What the test by 罪 rests on: every charge of the catalogue is named so.
    expect(CRIMINAL_CHARGES.filter((c) => suit?.(c))).toEqual([]);
  });
});

describe("onePerCase", () => {
  // Review 17 L1: 指导案例147号 (刑事) and 检例第114号 (民事公益诉讼), one provincial court, one day, had
  // been merged; and no test merged an SPC pair.
  it("takes a reprint without its number for a write-up of the same category only; at the SPC with the same first party", () => {
    const category: Record<string, string> = {
      "guiding-crime": "刑事",
      "spp-suit": "民事",
      "guiding-spc": "民事",
      "gazette-spc": "民事",
    };
    const cases = [
      {
        id: "guiding-crime",
        tier: "guiding" as const,
        caseNumber: "（2019）赣刑终99号",
        title: "指导案例900号：甲某故意损毁名胜古迹案",
        court: "江西省高级人民法院",
        decisionDate: "2019-05-18",
      },
      {
        id: "spp-suit",
        tier: "typical" as const,
        title: "检例第900号：某县人民检察院诉甲某等生态破坏民事公益诉讼案",
        court: "江西省高级人民法院",
        decisionDate: "2019-05-18",
      },
      {
        id: "guiding-spc",
        tier: "guiding" as const,
        caseNumber: "（2018）最高法民再1号",
        title: "指导案例901号：乙公司诉丙公司合同纠纷案",
        court: "最高人民法院",
        decisionDate: "2018-06-01",
      },
      {
        id: "gazette-spc",
        tier: "typical" as const,
        title: "乙公司诉丙公司 买卖合同纠纷案",
        court: "最高人民法院",
        decisionDate: "2018-06-01",
      },
    ];
    expect(onePerCase(cases, (c) => category[c.id]).map((c) => c.id)).toEqual([
      "guiding-crime",
      "spp-suit",
      "guiding-spc",
    ]);
  });

  it("shows a case published twice once, in its higher tier; one number in one tier stays", () => {
    const cases = [
      { id: "gazette-60", tier: "typical" as const, caseNumber: "（2013）苏行终字第0002号" },
      { id: "guiding-60", tier: "guiding" as const, caseNumber: "(2013)苏行终字第0002号" },
      { id: "a", tier: "ordinary" as const, caseNumber: "（2015）上刑初字第19号" },
      { id: "b", tier: "ordinary" as const, caseNumber: "（2015）上刑初字第19号" },
      { id: "c", tier: "ordinary" as const },
    ];
    expect(onePerCase(cases).map((c) => c.id)).toEqual(["guiding-60", "a", "b", "c"]);
  });

  it("knows a reprint without its number by its court and day; at the SPC by its first party too", () => {
    const cases = [
      {
        id: "guiding-60",
        tier: "guiding" as const,
        caseNumber: "（2013）盐行终字第0084号",
        title: "指导案例60号：某某食品有限公司某分公司诉某市工商行政管理局工商行政处罚案",
        court: "江苏省盐城市中级人民法院",
        decisionDate: "2013-05-09",
      },
      {
        id: "gazette-60",
        tier: "typical" as const,
        title: "某某食品有限公司某分公司诉 某市工商行政管理局食品安全行政处罚案",
        court: "盐城市中级人民法院",
        decisionDate: "2013-05-09",
      },
      // The SPC decided two cases that day: not one.
      {
        id: "guiding-100",
        tier: "guiding" as const,
        caseNumber: "（2014）民申字第1309号",
        title: "指导案例100号：某甲种业有限公司诉某乙种业有限责任公司侵害植物新品种权纠纷案",
        court: "最高人民法院",
        decisionDate: "2014-11-28",
      },
      {
        id: "spp-24",
        tier: "typical" as const,
        title: "（检例第24号） 马某甲利用未公开信息交易案",
        court: "最高人民法院",
        decisionDate: "2014-11-28",
      },
      { id: "other-day", tier: "typical" as const, court: "盐城市中级人民法院", decisionDate: "2013-05-10" },
      // A court's ordinary judgments of that day are other cases.
      { id: "ordinary", tier: "ordinary" as const, court: "盐城市中级人民法院", decisionDate: "2013-05-09" },
    ];
    expect(onePerCase(cases).map((c) => c.id)).toEqual([
      "guiding-60",
      "guiding-100",
      "spp-24",
      "other-day",
      "ordinary",
    ]);
  });
});

describe("legalSimilarity", () => {
  it("counts each of the judge's causes once, whatever forms it is searched by", () => {
    const inheritance = causeForms("继承纠纷");
    expect(inheritance.length).toBeGreaterThan(5);
    // A case below the judge's parent cause shares it as fully as a case of the parent itself.
    expect(legalSimilarity([inheritance], ["遗嘱继承纠纷"])).toBe(1);
    expect(legalSimilarity([inheritance], ["继承纠纷"])).toBe(1);
    expect(legalSimilarity([causeForms("民间借贷")], ["民间借贷纠纷"])).toBe(1);
    // Another cause of the case widens the union; a case of another cause shares nothing.
    expect(legalSimilarity([inheritance], ["遗嘱继承纠纷", "名誉权纠纷"])).toBe(0.5);
    expect(legalSimilarity([inheritance], ["名誉权纠纷"])).toBe(0);
  });

  it("is the Jaccard of the judge's and the case's charges", () => {
    expect(legalSimilarity([["盗窃罪"], ["诈骗罪"]], ["盗窃罪", "抢劫罪"])).toBeCloseTo(1 / 3);
    expect(legalSimilarity([["盗窃罪"]], ["盗窃罪"])).toBe(1);
    expect(legalSimilarity([], [])).toBe(0);
  });
});

describe("givenLegal: the judge's charges and causes, said back and searched", () => {
  it("says charges back by their listed names, each once", () => {
    const given = givenLegal({
      charges: ["贩卖毒品罪", "走私、贩卖、运输、制造毒品罪", " 盗窃 ", "盗窃罪（未遂）"],
    });
    expect(given.names).toEqual(["走私、贩卖、运输、制造毒品罪", "盗窃罪"]);
  });

  it("searches a charge by itself only: its one form", () => {
    const given = givenLegal({ charges: ["盗窃罪", "诈骗"], causes: ["合同纠纷"] });
    expect(given.forms.slice(0, 2)).toEqual([["盗窃罪"], ["诈骗罪"]]);
    // One list of forms per name, charges first.
    expect(given.forms).toHaveLength(given.names.length);
    expect(given.forms[2]).toContain("合同纠纷");
  });

  it("says a cause typed without 纠纷 back with it, and counts it once beside the same cause with it", () => {
    const given = givenLegal({ causes: ["民间借贷", "民间借贷纠纷"] });
    expect(given.names).toEqual(["民间借贷纠纷"]);
    expect(given.forms).toHaveLength(1);
    expect(given.forms[0]).toContain("民间借贷纠纷");
  });

  it("says an older cause name back as typed, with its 纠纷, and searches it with the cause it became", () => {
    // 居间合同 is 合同法 §424's; the 民法典 (§961) and the 2020 catalogue call it 中介合同.
    const given = givenLegal({ causes: ["居间合同"] });
    expect(given.names).toEqual(["居间合同纠纷"]);
    expect(given.forms[0]).toEqual(expect.arrayContaining(["居间合同纠纷", "中介合同纠纷"]));
  });

  it("searches a parent cause with the causes below it, down to the catalogue's fourth level", () => {
    const given = givenLegal({ causes: ["合同"] });
    expect(given.names).toEqual(["合同纠纷"]);
    // 合同纠纷 (second level) → 买卖合同纠纷 (third) → 分期付款买卖合同纠纷 (fourth).
    expect(given.forms[0]).toEqual(
      expect.arrayContaining(["合同纠纷", "买卖合同纠纷", "分期付款买卖合同纠纷"]),
    );
    // Not a cause of another part of the catalogue.
    expect(given.forms[0]).not.toContain("名誉权纠纷");
  });

  it("reads a typed name joining causes as each of them, said back and searched each on its own", () => {
    const given = givenLegal({ causes: ["侵害商标权及不正当竞争", "不正当竞争纠纷"] });
    expect(given.names).toEqual(["侵害商标权纠纷", "不正当竞争纠纷"]);
    expect(given.forms).toHaveLength(2);
    expect(given.causes.map((c) => c.name)).toEqual(given.names);
    expect(given.forms[0]).toContain("侵犯商标专用权纠纷");
  });

  it("says back the causes no catalogue names, searched as typed; not a catalogue's, nor an older name", () => {
    const given = givenLegal({
      causes: ["民间借代纠纷", "民间借贷", "行政处罚纠纷", "工伤认定", "居间合同", "交通事故"],
      charges: ["盗窃"],
    });
    expect(given.unrecognisedCauses).toEqual(["民间借代纠纷", "交通事故"]);
    // 行政处罚纠纷 is the catalogue's 行政处罚 (行政案件案由暂行规定 2020 names causes by the act).
    expect(given.names).toContain("行政处罚");
    expect(givenLegal({ causes: ["侵害商标权及不正当竞争"] }).unrecognisedCauses).toEqual([]);
  });

  it("reads 劳动 as the catalogue's 劳动争议, searched with the causes below it", () => {
    const given = givenLegal({ causes: ["劳动"] });
    expect(given.names).toEqual(["劳动争议"]);
    expect(given.forms[0]).toContain("追索劳动报酬纠纷");
  });
});

describe("judgesChargeForms: the judge's forms of selective charges", () => {
  it("maps each listed charge to the one form the judge typed", () => {
    expect([...judgesChargeForms(["贩卖毒品", "盗窃罪", "拐卖儿童罪"])]).toEqual([
      ["走私、贩卖、运输、制造毒品罪", "贩卖毒品罪"],
      ["拐卖妇女、儿童罪", "拐卖儿童罪"],
    ]);
    // Two forms of one charge, or the listed name beside a form: the listed name is said.
    expect(judgesChargeForms(["贩卖毒品罪", "运输毒品罪"]).size).toBe(0);
    expect(judgesChargeForms(["贩卖毒品罪", "走私、贩卖、运输、制造毒品罪"]).size).toBe(0);
    expect(judgesChargeForms(undefined).size).toBe(0);
  });
});

describe("sharedCauses: the judge's causes a case shares, in the judge's words", () => {
  const given = (...typed: string[]) => givenLegal({ causes: typed }).causes;

  it("names the judge's parent cause, with the case's own cause below it as its detail", () => {
    expect(sharedCauses(given("保险合同纠纷"), ["船舶保险合同纠纷"])).toEqual({
      shared: ["保险合同纠纷"],
      details: { 保险合同纠纷: ["船舶保险合同纠纷"] },
    });
    // Typed without 纠纷: said as the judge's cause is said back.
    expect(sharedCauses(given("合同"), ["买卖合同纠纷", "名誉权纠纷"])).toEqual({
      shared: ["合同纠纷"],
      details: { 合同纠纷: ["买卖合同纠纷"] },
    });
    // An older name the case has for the judge's cause is its detail too.
    expect(sharedCauses(given("中介合同纠纷"), ["居间合同纠纷"]).details).toEqual({
      中介合同纠纷: ["居间合同纠纷"],
    });
  });

  it("gives no detail where the case names the cause as the judge does, and nothing for a cause not shared", () => {
    expect(sharedCauses(given("民间借贷"), ["民间借贷纠纷"])).toEqual({
      shared: ["民间借贷纠纷"],
      details: {},
    });
    expect(sharedCauses(given("保险合同纠纷"), ["保险合同纠纷", "船舶保险合同纠纷"]).details).toEqual({});
    expect(sharedCauses(given("继承纠纷"), ["民间借贷纠纷"])).toEqual({ shared: [], details: {} });
    expect(sharedCauses([], ["民间借贷纠纷"])).toEqual({ shared: [], details: {} });
  });

  it("shares each cause of a name joining causes on its own", () => {
    expect(sharedCauses(given("侵害商标权及不正当竞争纠纷"), ["不正当竞争纠纷"])).toEqual({
      shared: ["不正当竞争纠纷"],
      details: {},
    });
  });
});
