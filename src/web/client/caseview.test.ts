import { describe, expect, it } from "vitest";
import type { JudgmentRecord } from "../../judgment/record.ts";
import { workbenchLabels } from "../labels.ts";
import { outcomeLines } from "./caseview.ts";

describe("outcomeLines", () => {
  it("shows each defendant's own grounds beside their sentence", () => {
    const record = {
      outcome: {
        criminal: [
          {
            defendant: "王大海",
            charges: ["盗窃罪"],
            penalty: "有期徒刑",
            months: 48,
            grounds: ["累犯", "主犯"],
          },
          { defendant: "刘小江", charges: ["盗窃罪"], penalty: "有期徒刑", months: 12, grounds: [] },
        ],
      },
    } as unknown as JudgmentRecord;
    expect(outcomeLines(record, workbenchLabels())).toEqual([
      "王大海（累犯、主犯）：盗窃罪，有期徒刑 4 年",
      "刘小江：盗窃罪，有期徒刑 1 年",
    ]);
  });

  it("states terms as the judgment does, days for the parser's half month, probation likewise", () => {
    const record = {
      outcome: {
        criminal: [
          {
            defendant: "张某",
            charges: ["危险驾驶罪"],
            penalty: "拘役",
            months: 3.5,
            probationMonths: 6,
            fine: 2000,
          },
          { defendant: "李某", charges: ["盗窃罪"], penalty: "有期徒刑", months: 30, probationMonths: 36 },
        ],
      },
    } as unknown as JudgmentRecord;
    expect(outcomeLines(record, workbenchLabels())).toEqual([
      "张某：危险驾驶罪，拘役 3 个月 15 日，缓刑 6 个月，罚金 2000 元",
      "李某：盗窃罪，有期徒刑 2 年 6 个月，缓刑 3 年",
    ]);
  });

  it("names a civil ruling in Chinese, not by its code", () => {
    const record = {
      outcome: { civil: { disposition: "partly_upheld", totalAwarded: 5000 } },
    } as unknown as JudgmentRecord;
    const [line] = outcomeLines(record, workbenchLabels());
    expect(line).toMatch(/^民事裁判：部分支持/);
    expect(line).not.toContain("partly_upheld");
    const other = { outcome: { civil: { disposition: "other" } } } as unknown as JudgmentRecord;
    expect(outcomeLines(other, workbenchLabels())).toEqual(["民事裁判：其他"]);
    const sum = {
      outcome: { civil: { disposition: "upheld", totalAwarded: 6150000 } },
    } as unknown as JudgmentRecord;
    expect(outcomeLines(sum, workbenchLabels())).toEqual(["民事裁判：支持诉讼请求，判决金额 6,150,000 元"]);
    // A suit refused unheard (裁定驳回起诉) is named as such, not 其他 nor 驳回诉讼请求.
    const unheard = { outcome: { civil: { disposition: "suit_dismissed" } } } as unknown as JudgmentRecord;
    expect(outcomeLines(unheard, workbenchLabels())).toEqual(["民事裁判：驳回起诉"]);
  });

  it("says 维持原判 before the civil or administrative ruling an appeal upheld, as for a sentence", () => {
    const civil = {
      outcome: { appeal: "affirmed", civil: { disposition: "dismissed" } },
    } as unknown as JudgmentRecord;
    expect(outcomeLines(civil, workbenchLabels())).toEqual(["维持原判", "民事裁判：驳回诉讼请求"]);
    const administrative = {
      outcome: { appeal: "affirmed", administrative: { dispositions: ["revoked"] } },
    } as unknown as JudgmentRecord;
    expect(outcomeLines(administrative, workbenchLabels())).toEqual([
      "维持原判",
      "行政裁判：撤销被诉行政行为",
    ]);
    const amended = {
      outcome: { appeal: "amended", civil: { disposition: "upheld" } },
    } as unknown as JudgmentRecord;
    expect(outcomeLines(amended, workbenchLabels())).toEqual(["民事裁判：支持诉讼请求"]);
    const withdrawn = {
      outcome: { appeal: "withdrawn", civil: { disposition: "upheld" } },
    } as unknown as JudgmentRecord;
    expect(outcomeLines(withdrawn, workbenchLabels())).toEqual([
      "准许撤回上诉，原判生效",
      "民事裁判：支持诉讼请求",
    ]);
  });

  it("shows an administrative court's ruling on the act sued", () => {
    const record = {
      outcome: { administrative: { dispositions: ["revoked", "remake"] } },
    } as unknown as JudgmentRecord;
    expect(outcomeLines(record, workbenchLabels())).toEqual([
      "行政裁判：撤销被诉行政行为，责令重新作出行政行为",
    ]);
  });
});
