import { describe, expect, it } from "vitest";
import {
  bandCloseness,
  circumstanceAgreement,
  circumstanceSimilarity,
  extractCircumstances,
  largestAmount,
  largestDrugGrams,
} from "./circumstances.ts";

describe("legal circumstances", () => {
  it("reads sentencing circumstances from facts", () => {
    const tags = extractCircumstances(
      "被告人张某伙同李某窜至被害人家中，撬门入户，盗走现金人民币5000元。案发后被告人张某主动到公安机关投案，如实供述了犯罪事实，并退赔被害人损失，取得谅解。",
    );
    expect(tags).toEqual(
      expect.arrayContaining(["自首", "坦白", "共同犯罪", "入户", "退赃退赔", "谅解", "数额:3千-1万"]),
    );
    expect(tags).not.toContain("累犯");
  });

  it("does not take a denied circumstance for one", () => {
    expect(extractCircumstances("经查，被告人不构成自首，辩护意见不予采纳。")).not.toContain("自首");
    expect(extractCircumstances("被告人系累犯，应当从重处罚。")).toContain("累犯");
  });

  it("does not take a circumstance stated as absent for one, nor a surrender written with 尚未", () => {
    for (const absent of [
      "被告人没有自首情节",
      "未取得被害人谅解，亦未赔偿",
      "被告人拒不如实供述",
      "被告人无前科",
      "被告人未能进入被害人家中",
      "经呼气检测未达到醉酒标准",
      "经查询，未发现被告人有前科劣迹",
      "未发现被告人有自首情节",
    ])
      expect(extractCircumstances(absent), absent).toEqual([]);
    expect(extractCircumstances("在犯罪事实尚未被司法机关发觉前主动投案")).toEqual(["自首"]);
    expect(extractCircumstances("被告人在公安机关未发觉时自动投案")).toContain("自首");
    expect(extractCircumstances("其在未发觉前投案自首")).toContain("自首");
    expect(extractCircumstances("被告人无证醉酒驾驶小型轿车")).toContain("醉酒");
    expect(extractCircumstances("虽未赔偿但取得被害人谅解")).toEqual(["谅解"]);
    // 无故 is an unprovoked act, not a negation.
    expect(extractCircumstances("无故殴打他人")).toEqual(["暴力"]);
    // A blood test below the line is no 醉酒; 醉驾 is.
    expect(extractCircumstances("其血液中乙醇含量为50mg/100ml，不属于醉酒驾驶")).not.toContain("醉酒");
    expect(extractCircumstances("被告人醉驾被查获")).toContain("醉酒");
    // 公务 is a duty obstructed, not the police who made the arrest.
    expect(extractCircumstances("被告人醉酒后驾驶机动车，被执勤民警查获")).not.toContain("公务");
    expect(extractCircumstances("被告人在民警依法执行职务时推搡民警")).toContain("公务");
  });

  it("reads injury, drunk driving and flight", () => {
    expect(extractCircumstances("经鉴定，被害人损伤程度为轻伤二级。")).toContain("轻伤");
    expect(extractCircumstances("其血液中乙醇含量为201.1毫克/100毫升，肇事后逃逸。")).toEqual(
      expect.arrayContaining(["醉酒", "逃逸"]),
    );
  });

  it("bands drug quantities before money amounts", () => {
    expect(largestDrugGrams("查获甲基苯丙胺12.5克、海洛因0.3克")).toBe(12.5);
    expect(largestDrugGrams("盗走价值5000元的手机")).toBeUndefined();
    expect(extractCircumstances("贩卖甲基苯丙胺12.5克，获利300元")).toEqual(
      expect.arrayContaining(["甲基苯丙胺", "毒品数量:10-50克"]),
    );
  });

  it("finds the largest amount, ignoring fines", () => {
    expect(largestAmount("骗得人民币3.2万元，后退还5000元，并处罚金人民币100000元")).toBe(32000);
    expect(largestAmount("无金额")).toBeUndefined();
  });

  it("scores the share of the pending case's circumstances another case has", () => {
    expect(bandCloseness("数额:1万-3万", "数额:3万-10万")).toBe(0.5);
    expect(bandCloseness("数额:1万-3万", "毒品数量:1-10克")).toBe(0);
    const sim = circumstanceSimilarity(["自首", "入户", "数额:1万-3万"], ["自首", "累犯", "数额:3万-10万"]);
    // A neighbouring band is shared at half weight and named as such.
    expect(sim.shared).toEqual(["自首", "数额:1万-3万（相邻档：3万-10万）"]);
    expect(sim.score).toBeCloseTo(1.5 / 3, 6);
    expect(circumstanceSimilarity([], ["自首"]).score).toBe(0);
  });
});

describe("largestAmount with approximate amounts", () => {
  it("reads 余/多 amounts and full-width thousands separators (a 数额巨大 theft misfiled as 2,000 otherwise)", () => {
    expect(largestAmount("价值人民币49，000余元，其中现金2，000元")).toBe(49000);
    expect(largestAmount("骗取3万多元")).toBe(30000);
  });
});

describe("circumstanceAgreement", () => {
  it("weighs the circumstances both cases state against all that either states (F1)", () => {
    const pending = ["入户", "多次", "数额:3千-1万"];
    // All three shared, nothing else: full agreement.
    expect(circumstanceAgreement(pending, ["多次", "入户", "数额:3千-1万"])).toEqual({
      score: 1,
      shared: ["入户", "多次", "数额:3千-1万"],
    });
    // The same three among nine: recall 1, precision 1/3 — half the agreement, where the one-way
    // share would have called it complete.
    const many = ["入户", "多次", "数额:3千-1万", "持械", "暴力", "累犯", "前科", "自首", "谅解"];
    expect(circumstanceSimilarity(pending, many).score).toBe(1);
    expect(circumstanceAgreement(pending, many).score).toBeCloseTo(0.5, 5);
    // A neighbouring amount band counts half.
    expect(circumstanceAgreement(["数额:3千-1万"], ["数额:1万-3万"]).score).toBeCloseTo(0.5, 5);
    expect(circumstanceAgreement(pending, [])).toEqual({ score: 0, shared: [] });
    expect(circumstanceAgreement([], ["入户"])).toEqual({ score: 0, shared: [] });
  });
});
