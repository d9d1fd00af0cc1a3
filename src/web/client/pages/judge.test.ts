import { describe, expect, it } from "vitest";
import { inferredSummary } from "./judge.ts";

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
