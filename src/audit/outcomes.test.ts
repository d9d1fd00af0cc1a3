import { describe, expect, it } from "vitest";
import { type AuditCase, CAUSE_ONLY_NOT_ASSESSED, clusterCases } from "./cluster.ts";
import {
  AWARDED_RATIO_CAP,
  assessCluster,
  awardedRatio,
  dispersionOf,
  outcomeDistribution,
  rankFindings,
} from "./outcomes.ts";

const REQUEST = { dispersionThreshold: 0.5, outlierZ: 3.5, majority: 0.8, minClusterSize: 5 };

function kase(
  id: string,
  months: number | undefined,
  kinds = ["有期徒刑"],
  over: Partial<AuditCase> = {},
): AuditCase {
  return {
    id,
    caseNumber: `（2020）京0101刑初${id}号`,
    charges: ["盗窃罪"],
    causes: [],
    statutes: ["刑法#264"],
    circumstances: [],
    penaltyKinds: kinds,
    ...(months !== undefined ? { months } : {}),
    ...over,
  };
}

const draft = (cases: AuditCase[]) => ({
  key: "k",
  label: "盗窃罪",
  charges: ["盗窃罪"],
  statutes: ["刑法#264"],
  cases,
});

describe("outcome distribution and findings", () => {
  it("computes shares, months statistics, probation share and fine median", () => {
    const d = outcomeDistribution([
      kase("1", 6, ["有期徒刑"], { probationMonths: 12, fine: 2000 }),
      kase("2", 8),
      kase("3", 10, ["有期徒刑"], { fine: 4000 }),
      kase("4", 3, ["拘役"]),
      kase("5", undefined, ["免予刑事处罚"]),
    ]);
    expect(d.penaltyShares).toEqual({ 有期徒刑: 0.6, 免予刑事处罚: 0.2, 拘役: 0.2 });
    // Months of the most common term kind only: 拘役 3 months is no 3 months of 有期徒刑.
    expect(d.monthsKind).toBe("有期徒刑");
    expect(d.months).toMatchObject({ median: 8, values: [6, 8, 10] });
    expect(d.probationShare).toBeCloseTo(1 / 3, 4);
    expect(d.fineMedian).toBe(3000);
  });

  it("dispersion is the larger of the robust CV of months and 1 − top kind share", () => {
    expect(
      dispersionOf({
        size: 4,
        penaltyShares: { 有期徒刑: 1 },
        months: { median: 20, mad: 10, p10: 0, p90: 0, values: [10, 20, 20, 30] },
      }).dispersion,
    ).toBeCloseTo(0.741, 3);
    // Short sentences are measured against a year: 危险驾驶's 1–4 months of 拘役 are no dispersion.
    expect(
      dispersionOf({
        size: 4,
        penaltyShares: { 拘役: 1 },
        months: { median: 2, mad: 1, p10: 1, p90: 4, values: [1, 2, 2, 4] },
      }).monthsCv,
    ).toBeCloseTo(0.124, 3);
    // An appeal's result is no dispersion of like cases.
    expect(dispersionOf({ size: 10, appealShares: { affirmed: 0.5, amended: 0.5 } }).dispersion).toBe(0);
    expect(
      dispersionOf({ size: 10, penaltyShares: { 有期徒刑: 0.4, 拘役: 0.35, 管制: 0.25 } }).dispersion,
    ).toBe(0.6);
  });

  it("reports no appeal as against the majority: its result depends on the judgment below", () => {
    const cases = [
      ...Array.from({ length: 20 }, (_, i) => kase(`a${i}`, 8, ["有期徒刑"], { appeal: "amended" })),
      kase("kept", 8, ["有期徒刑"], { appeal: "affirmed" }),
    ];
    const { findings } = assessCluster("c1", draft(cases), REQUEST);
    expect(findings.filter((f) => f.kind === "against_majority")).toEqual([]);
  });

  it("finds an outlying sentence with its numbers, and a case against a ≥ 80% majority", () => {
    const cases = [
      ...[6, 7, 7, 8, 8, 8, 9, 9, 10, 6, 7, 8, 9, 8, 7, 8, 9, 7, 8, 8].map((m, i) => kase(`n${i}`, m)),
      kase("heavy", 96),
      kase("exempt", undefined, ["免予刑事处罚"]),
    ];
    const { cluster, findings } = assessCluster("c1", draft(cases), REQUEST);
    expect(cluster.caseIds).toHaveLength(22);
    const ranked = rankFindings(findings);
    expect(ranked[0]).toMatchObject({ kind: "outlier_months", case: { id: "heavy", months: 96 } });
    expect(ranked[0]?.numbers.clusterMedian).toBe(8);
    expect(ranked[0]?.numbers.robustZ).toBeGreaterThan(3.5);
    expect(ranked[0]?.summary).toContain("有期徒刑 8 年");
    const against = findings.find((f) => f.kind === "against_majority");
    expect(against?.case?.id).toBe("exempt");
    expect(against?.summary).toMatch(/免予刑事处罚.*有期徒刑/);
    expect(findings.some((f) => f.kind === "outlier_months" && f.case?.id !== "heavy")).toBe(false);
  });

  it("compares terms within one penalty kind: 管制 18 months is no long prison term", () => {
    const cases = [
      ...[6, 7, 7, 8, 8, 8, 9, 9, 10, 6, 7, 8, 9, 8, 7, 8, 9, 7, 8, 8].map((m, i) => kase(`n${i}`, m)),
      kase("control", 18, ["管制"]),
    ];
    const { findings } = assessCluster("c1", draft(cases), REQUEST);
    expect(findings.some((f) => f.kind === "outlier_months" && f.case?.id === "control")).toBe(false);
    // Among prison terms, a long one still stands out, named by its kind.
    const withHeavy = assessCluster("c2", draft([...cases, kase("heavy", 96)]), REQUEST).findings;
    const heavy = withHeavy.find((f) => f.kind === "outlier_months");
    expect(heavy?.case?.id).toBe("heavy");
    expect(heavy?.summary).toContain("判处有期徒刑的案件");
  });

  it("reports a dispersed cluster and nothing for a cluster below minClusterSize", () => {
    const spread = [2, 4, 8, 16, 30, 60, 3, 12].map((m, i) => kase(`s${i}`, m));
    const { findings } = assessCluster("c2", draft(spread), REQUEST);
    expect(findings.find((f) => f.kind === "dispersed_cluster")?.numbers.dispersion).toBeGreaterThan(0.5);
    expect(assessCluster("c3", draft(spread.slice(0, 4)), REQUEST).findings).toEqual([]);
  });
});

describe("sentences merged with another judgment's", () => {
  it("are left out of months and kinds, and counted", () => {
    const cases = [
      ...[2, 2, 1, 2, 3, 2, 2, 1, 2, 2].map((m, i) => kase(`d${i}`, m, ["拘役"])),
      kase("revoked", 36, ["有期徒刑"], { statutes: ["刑法#133", "刑法#77"] }),
    ];
    const { cluster, findings } = assessCluster("c1", draft(cases), REQUEST);
    expect(cluster.distribution.mergedSentences).toBe(1);
    expect(cluster.distribution.penaltyShares).toEqual({ 拘役: 1 });
    expect(findings.filter((f) => f.case?.id === "revoked")).toEqual([]);
  });
});

describe("civil awarded/claimed ratio", () => {
  const civil = (id: string, over: Partial<AuditCase>): AuditCase =>
    kase(id, undefined, [], { charges: [], causes: ["民间借贷纠纷"], statutes: [], ...over });

  it("is awarded ÷ claimed when both are known, 0 for a dismissed claim, capped", () => {
    expect(awardedRatio({ claimed: 50000, awarded: 40000, civilDisposition: "partly_upheld" })).toBe(0.8);
    expect(awardedRatio({ claimed: 50000, civilDisposition: "dismissed" })).toBe(0);
    expect(awardedRatio({ claimed: 1000, awarded: 50000, civilDisposition: "upheld" })).toBe(
      AWARDED_RATIO_CAP,
    );
    // No claim, no award stated, or not a judgment on the claim: no ratio.
    expect(awardedRatio({ awarded: 40000, civilDisposition: "upheld" })).toBeUndefined();
    expect(awardedRatio({ claimed: 50000, civilDisposition: "upheld" })).toBeUndefined();
    expect(awardedRatio({ claimed: 50000, awarded: 30000, civilDisposition: "mediated" })).toBeUndefined();
    expect(awardedRatio({ claimed: 0, awarded: 30000, civilDisposition: "upheld" })).toBeUndefined();
  });

  it("fills the civil cluster's awardedRatioMedian", () => {
    const d = outcomeDistribution([
      civil("1", { claimed: 10000, awarded: 10000, civilDisposition: "upheld" }),
      civil("2", { claimed: 10000, awarded: 6000, civilDisposition: "partly_upheld" }),
      civil("3", { claimed: 20000, awarded: 16000, civilDisposition: "partly_upheld" }),
      civil("4", { claimed: 20000, civilDisposition: "dismissed" }),
      civil("5", { awarded: 5000, civilDisposition: "upheld" }),
    ]);
    expect(d.dispositionShares).toMatchObject({ partly_upheld: 0.4, upheld: 0.4, dismissed: 0.2 });
    expect(d.awardedRatioMedian).toBe(0.7);
    expect(outcomeDistribution([kase("c", 8)]).awardedRatioMedian).toBeUndefined();
  });
});

describe("administrative clusters: courts split between the plaintiff and the agency", () => {
  const admin = (id: string, rulings: string[]): AuditCase =>
    kase(id, undefined, [], {
      caseNumber: `（2019）京0101行初${id}号`,
      charges: [],
      causes: ["行政处罚"],
      statutes: [],
      ...(rulings.length > 0 ? { administrative: rulings } : {}),
    });
  const adminDraft = (cases: AuditCase[]) => ({ ...draft(cases), label: "行政处罚", charges: ["行政处罚"] });

  it("counts each case's side on the merits: any ruling for the plaintiff, else 驳回 or 判决维持", () => {
    const d = outcomeDistribution([
      admin("1", ["revoked", "remake"]),
      admin("2", ["confirmed_illegal"]),
      // Part set aside, the rest dismissed: the act did not stand whole.
      admin("3", ["dismissed", "compensation"]),
      admin("4", ["dismissed"]),
      // The 1989 law's 判决维持 is today's 驳回诉讼请求.
      admin("5", ["sustained"]),
      // Refused unheard, withdrawn, no ruling of its own: no side.
      admin("6", ["suit_dismissed"]),
      admin("7", ["withdrawn"]),
      admin("8", []),
    ]);
    expect(d.administrativeSides).toEqual({ plaintiff: 3, agency: 2 });
  });

  it("measures the minority side's share over an even split's, from two cases on", () => {
    const parts = (plaintiff: number, agency: number) =>
      dispersionOf({ size: plaintiff + agency, administrativeSides: { plaintiff, agency } });
    expect(parts(4, 4)).toMatchObject({ sides: 1, dispersion: 1 });
    expect(parts(3, 6).sides).toBeCloseTo(0.667, 3);
    // A quarter is the default threshold's edge (0.5, not above it).
    expect(parts(2, 6).sides).toBe(0.5);
    // One ruling the other way is a case against the majority, not courts divided.
    expect(parts(1, 2).sides).toBe(0);
    // Rulings for the plaintiff of different kinds are no dispersion: 撤销 or 确认违法 (§74) grant the claim alike.
    const forPlaintiff = outcomeDistribution([
      ...["1", "2", "3"].map((i) => admin(i, ["revoked"])),
      ...["4", "5", "6"].map((i) => admin(i, ["confirmed_illegal"])),
    ]);
    expect(dispersionOf(forPlaintiff).dispersion).toBe(0);
  });

  it("reports a cluster split between setting the act aside and upholding it, in words and numbers", () => {
    const cases = [
      ...["1", "2", "3", "4"].map((i) => admin(i, ["revoked"])),
      ...["5", "6", "7"].map((i) => admin(i, ["dismissed"])),
      ...["8", "9"].map((i) => admin(i, ["sustained"])),
      admin("10", []),
    ];
    const { cluster, findings } = assessCluster("c1", adminDraft(cases), REQUEST);
    expect(cluster.dispersion).toBeCloseTo(0.889, 3);
    const dispersed = findings.find((f) => f.kind === "dispersed_cluster");
    expect(dispersed?.numbers).toMatchObject({ forPlaintiff: 4, againstPlaintiff: 5, size: 10 });
    expect(dispersed?.summary).toBe(
      "行政处罚类案 10 件裁判结果离散（离散度 0.889，阈值 0.5）：支持原告诉讼请求（撤销、确认违法、责令履行、赔偿等）4 件，判决维持或驳回诉讼请求 5 件，少数一方占 44%",
    );
    // No 判决维持 among them: said as today's law says it.
    const today = assessCluster(
      "c2",
      adminDraft(cases.map((c) => (c.administrative?.[0] === "sustained" ? admin(c.id, ["dismissed"]) : c))),
      REQUEST,
    ).findings.find((f) => f.kind === "dispersed_cluster");
    expect(today?.summary).toContain("，驳回诉讼请求 5 件");
  });

  it("reports a ruling for the plaintiff against a ≥ 80% line upholding the agency, and no split", () => {
    const cases = [
      ...Array.from({ length: 9 }, (_, i) => admin(`a${i}`, ["dismissed"])),
      admin("odd", ["revoked"]),
    ];
    const { findings } = assessCluster("c1", adminDraft(cases), REQUEST);
    expect(findings.map((f) => f.kind)).toEqual(["against_majority"]);
    expect(findings[0]).toMatchObject({
      case: { id: "odd", administrative: ["revoked"] },
      numbers: { majorityShare: 0.9, ownShare: 0.1, clusterSize: 10 },
    });
    expect(findings[0]?.summary).toBe(
      "（2019）京0101行初odd号裁判结果为“支持原告诉讼请求”，而同类 10 件（行政处罚）中 90% 为“驳回诉讼请求或判决维持”，本案所属结果仅占 10%",
    );
  });

  it("does not assess the cases citing no substantive law when others of their cause cite one", () => {
    // Six 行政处罚 cases citing only the suit's procedure, split 3 vs 3: alone they are the cause itself.
    const uncited = [
      ...["1", "2", "3"].map((i) => ({ ...admin(i, ["revoked"]), statutes: ["行政诉讼法#70"] })),
      ...["4", "5", "6"].map((i) => ({ ...admin(i, ["dismissed"]), statutes: ["行政诉讼法#69"] })),
    ];
    const audit = (cases: AuditCase[]) =>
      clusterCases(cases, { minClusterSize: 5 }).map((d, i) => assessCluster(`c${i + 1}`, d, REQUEST));
    const alone = audit(uncited);
    expect(alone.map((a) => a.cluster.label)).toEqual(["行政处罚（未援引实体法）"]);
    expect(alone[0]?.cluster.notAssessed).toBeUndefined();
    expect(alone[0]?.findings.map((f) => f.kind)).toEqual(["dispersed_cluster"]);
    // With penalties under 道路交通安全法 and 海关法 in the scope, the cause spans fields: the uncited
    // six may be traffic, customs or other penalties, and their split is no 类案不同判.
    const mixed = audit([
      ...uncited,
      ...["t1", "t2", "t3", "t4", "t5", "t6"].map((i) => ({
        ...admin(i, ["dismissed"]),
        statutes: ["道路交通安全法#90"],
      })),
      { ...admin("odd", ["revoked"]), statutes: ["道路交通安全法#90"] },
      { ...admin("c1", ["dismissed"]), statutes: ["海关法#86"] },
    ]);
    const byLabel = new Map(mixed.map((a) => [a.cluster.label, a]));
    const causeOnly = byLabel.get("行政处罚（未援引实体法）");
    expect(causeOnly?.cluster.notAssessed).toBe(CAUSE_ONLY_NOT_ASSESSED);
    expect(causeOnly?.cluster.distribution.administrativeSides).toEqual({ plaintiff: 3, agency: 3 });
    expect(causeOnly?.cluster.dispersion).toBe(1);
    expect(causeOnly?.findings).toEqual([]);
    // The law clusters are assessed as before: the traffic one's ruling against its 6-of-7 line.
    const traffic = byLabel.get("行政处罚（道路交通安全法）");
    expect(traffic?.cluster.notAssessed).toBeUndefined();
    expect(traffic?.findings.map((f) => [f.kind, f.case?.id])).toEqual([["against_majority", "odd"]]);
  });
});
