import { describe, expect, it } from "vitest";
import type { AuditCase } from "./cluster.ts";
import { compareProposed, proposedProblems } from "./deviation.ts";

const similar = (months: number[], kind = "拘役", over: Partial<AuditCase> = {}): AuditCase[] =>
  months.map((m, i) => ({
    id: `s${i}`,
    charges: ["危险驾驶罪"],
    causes: [],
    statutes: ["刑法#133"],
    circumstances: [],
    penaltyKinds: [kind],
    months: m,
    ...over,
  }));

describe("deviation check", () => {
  const cases = similar([1, 2, 2, 2, 3, 2, 1, 2, 3, 2, 2, 4]);

  it("a typical outcome raises nothing and no meeting", () => {
    const r = compareProposed({ penalty: "拘役", months: 2 }, cases);
    expect(r.level).toBe("none");
    expect(r.suggestJudgesMeeting).toBe(false);
    expect(r.percentile).toBeGreaterThan(20);
  });

  it("an outlying term warns of conflict with the numbers and suggests a judges' meeting", () => {
    const r = compareProposed({ penalty: "拘役", months: 6 }, cases);
    expect(r.level).toBe("warning");
    expect(r.reason).toMatch(/与类案裁判可能冲突：拟判 6 个月，重于 \d+% 的 12 件类案/);
    expect(r.suggestJudgesMeeting).toBe(true);
  });

  it("a kind no similar case got, or too few similar cases, may set a new standard", () => {
    expect(compareProposed({ penalty: "免予刑事处罚" }, cases).reason).toContain("可能形成新的裁判标准");
    expect(compareProposed({ penalty: "拘役", months: 2 }, cases.slice(0, 2)).level).toBe("warning");
  });

  it("absurd proposals are named by field", () => {
    expect(proposedProblems({ penalty: "有期徒刑", months: 0 })[0]?.path).toBe("proposed.months");
    expect(proposedProblems({ penalty: "死刑", months: 12 })[0]?.path).toBe("proposed.months");
    expect(proposedProblems({ penalty: "有期徒刑", months: 60, probationMonths: 60 })[0]?.path).toBe(
      "proposed.probationMonths",
    );
    expect(proposedProblems({})[0]?.path).toBe("proposed");
    expect(proposedProblems({ penalty: "有期徒刑", months: 24, probationMonths: 36 })).toEqual([]);
  });
});
