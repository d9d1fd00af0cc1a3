import { describe, expect, it } from "vitest";
import { inferredSummary, unrecognisedSummary } from "./judge.ts";

describe("the judge page's summary of what it inferred from facts alone", () => {
  it("calls a civil case's inferred causes 案由, not 罪名", () => {
    expect(inferredSummary(["民间借贷纠纷"])).toBe("未填写案由，系统推定为：民间借贷纠纷；");
    expect(inferredSummary(["危险驾驶罪"])).toBe("未填写罪名，系统推定为：危险驾驶罪；");
    expect(inferredSummary(["盗窃罪", "财产损害赔偿纠纷"])).toBe(
      "未填写罪名或案由，系统推定为：盗窃罪、财产损害赔偿纠纷；",
    );
    expect(inferredSummary([])).toBe("");
  });
});

describe("the judge page's warning of entries the search could not read", () => {
  it("names unknown charges, causes and the court, and says nothing when all were read", () => {
    expect(unrecognisedSummary({ unrecognisedCauses: ["民间借代纠纷"] })).toBe(
      "未能识别案由“民间借代纠纷”（不在民事、行政案件案由规定中，仅与写明同样案由的案例匹配）。请核对后重新检索。",
    );
    expect(
      unrecognisedSummary({ unrecognisedCharges: ["盗劫罪"], unrecognisedCourt: "某某区人民法院" }),
    ).toBe(
      "未能识别罪名“盗劫罪”（不在现行罪名表中，不与任何案例匹配）；案例库中未找到法院“某某区人民法院”，生效裁判未按法院层级排列。请核对后重新检索。",
    );
    expect(unrecognisedSummary({})).toBe("");
  });
});
