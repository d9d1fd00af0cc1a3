import { describe, expect, it } from "vitest";
import { LeianError } from "../errors.ts";
import { GUIDING_DEFAULT_REASON } from "./analysis.ts";
import type { ReportCase } from "./model.ts";
import { decideUses, followProblems } from "./uses.ts";

function rc(id: string, over: Partial<ReportCase> = {}): ReportCase {
  return { id, tier: "ordinary", status: "生效", ...over };
}

const cases = [
  rc("g", { tier: "guiding" }),
  rc("ctr", { tier: "typical", title: "刑事审判参考第1000号" }),
  rc("p", { tier: "provincial" }),
  rc("o"),
  rc("r", { status: "已被改判或发回重审" }),
];

function refusal(run: () => unknown): LeianError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(LeianError);
    return error as LeianError;
  }
  return expect.unreachable("not refused");
}

describe("参照 is for guiding cases only (指导意见第九条)", () => {
  it("refuses 参照 for an ordinary judgment or a 刑事审判参考 case, naming the field and what to choose", () => {
    const error = refusal(() =>
      decideUses(cases, [
        { caseId: "o", use: "follow" },
        { caseId: "ctr", use: "follow", reason: "裁判要旨与本案争议焦点一致" },
      ]),
    );
    expect(error.code).toBe("invalid_request");
    expect(error.details).toEqual([
      { path: "selections.0.use", message: expect.stringContaining("不是指导性案例") },
      { path: "selections.1.use", message: expect.stringContaining("典型案例、公报案例") },
    ]);
    for (const d of error.details as { message: string }[]) {
      expect(d.message).toContain("请改为“参考”或“不予参照”");
      expect(d.message).toContain("第九条");
    }
    expect(error.message).toContain("selections.0.use");
  });

  it("accepts 参照 for a guiding case and 参考 / 不予参照 for the others", () => {
    const out = decideUses(cases, [
      { caseId: "g", use: "follow", reason: "基本案情一致" },
      { caseId: "p", use: "consider", reason: "可资参考" },
      { caseId: "o", use: "not_used", reason: "案情不同" },
    ]);
    expect(out.find((c) => c.id === "g")).toMatchObject({ use: "follow", useReason: "基本案情一致" });
    expect(out.find((c) => c.id === "p")).toMatchObject({ use: "consider" });
    expect(out.find((c) => c.id === "o")).toMatchObject({ use: "not_used" });
    // The guiding-case default of applySelections still holds.
    expect(decideUses(cases, []).find((c) => c.id === "g")).toMatchObject({
      use: "follow",
      useReason: GUIDING_DEFAULT_REASON,
    });
  });

  it("reports every problem at once, in the order of the selections, with applySelections' own", () => {
    const error = refusal(() =>
      decideUses(cases, [
        { caseId: "g", use: "not_used" },
        { caseId: "nope", use: "consider" },
        { caseId: "r", use: "follow" },
      ]),
    );
    expect((error.details as { path: string }[]).map((d) => d.path)).toEqual([
      "selections.0.reason",
      "selections.1.caseId",
      // Not a guiding case, and reversed: both said.
      "selections.2.use",
      "selections.2.use",
    ]);
  });

  it("leaves unknown and repeated cases to applySelections", () => {
    expect(
      followProblems(cases, [
        { caseId: "nope", use: "follow" },
        { caseId: "g", use: "follow" },
        { caseId: "g", use: "follow" },
      ]),
    ).toEqual([]);
  });
});
