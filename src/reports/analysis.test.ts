import { describe, expect, it } from "vitest";
import { rangesAgree, sentencingRange } from "../audit/cluster.ts";
import { LeianError } from "../errors.ts";
import { extractCircumstances } from "../judgment/circumstances.ts";
import { applySelections, type DivergenceInput, findDivergence, tierCases } from "./analysis.ts";
import type { ReportCase } from "./model.ts";
import { useCell } from "./render/sections.ts";

const NOW = new Date("2025-06-01T00:00:00Z");

function rc(id: string, over: Partial<ReportCase> = {}): ReportCase {
  return { id, tier: "ordinary", status: "生效", ...over };
}

function dv(id: string, facts: DivergenceInput["facts"], over: Partial<ReportCase> = {}): DivergenceInput {
  return { ...rc(id, over), facts };
}

describe("tierCases", () => {
  it("lists every tier in SPC order, recent cases first outside the guiding tier", () => {
    const tiers = tierCases(
      [
        rc("old", { decisionDate: "2015-01-01" }),
        rc("g2", { tier: "guiding", decisionDate: "2013-01-01" }),
        rc("new", { decisionDate: "2024-01-01" }),
        rc("g1", { tier: "guiding", decisionDate: "2020-01-01" }),
      ],
      NOW,
    );
    expect(tiers.map((t) => t.tier)).toEqual(["guiding", "typical", "provincial", "ordinary"]);
    expect(tiers[0]?.label).toBe("指导性案例");
    expect(tiers[0]?.cases.map((c) => c.id)).toEqual(["g2", "g1"]);
    expect(tiers[1]?.cases).toEqual([]);
    expect(tiers[3]?.cases.map((c) => c.id)).toEqual(["new", "old"]);
    // No court placed: the heading does not claim the scope order.
    expect(tiers[3]?.label).toBe("生效裁判（未能识别本院或案例所属法院，未按法院层级排序）");
  });

  it("orders ordinary judgments by their court's place in the scope, then recent first", () => {
    const tiers = tierCases(
      [
        rc("elsewhere-new", { courtRelation: "外省法院", decisionDate: "2024-01-01" }),
        rc("own-old", { courtRelation: "本院", decisionDate: "2015-01-01" }),
        rc("unknown", {}),
        rc("superior-new", { courtRelation: "上一级法院", decisionDate: "2024-01-01" }),
        rc("spc-old", { courtRelation: "最高人民法院", decisionDate: "2015-01-01" }),
        rc("high", { courtRelation: "本省高级人民法院", decisionDate: "2016-01-01" }),
        rc("ref-elsewhere", { tier: "provincial", courtRelation: "外省法院", decisionDate: "2024-01-01" }),
        rc("ref-here", { tier: "provincial", courtRelation: "本省高级人民法院", decisionDate: "2015-01-01" }),
      ],
      NOW,
    );
    expect(tiers[2]?.cases.map((c) => c.id)).toEqual(["ref-here", "ref-elsewhere"]);
    expect(tiers[3]?.cases.map((c) => c.id)).toEqual([
      "spc-old",
      "high",
      "superior-new",
      "own-old",
      "elsewhere-new",
      "unknown",
    ]);
    // The heading names the order the cases are in, as /similar's group label does.
    expect(tiers[3]?.label).toBe(
      "生效裁判（依次为最高人民法院、本省高级人民法院、上一级法院及本院、其他法院）",
    );
  });
});

describe("applySelections", () => {
  // A guiding case reversed since (by a later instance in the index): it cannot be followed.
  const cases = [
    rc("g", { tier: "guiding" }),
    rc("o"),
    rc("r", { tier: "guiding", status: "已被改判或发回重审" }),
  ];

  it("records the judge's uses and reasons; a guiding case unselected waits for the judge (review15)", () => {
    const out = applySelections(cases, [{ caseId: "o", use: "consider", reason: "事实相近" }]);
    // Sharing the charge does not make a guiding case a 类案: no 应当参照 the judge did not choose.
    expect(out.find((c) => c.id === "g")?.use).toBeUndefined();
    expect(useCell(out.find((c) => c.id === "g") as ReportCase).lines[0]).toContain(
      "请判断与本案是否属于类案",
    );
    expect(out.find((c) => c.id === "o")).toMatchObject({ use: "consider", useReason: "事实相近" });
    expect(out.find((c) => c.id === "r")?.use).toBeUndefined();
    expect(useCell(out.find((c) => c.id === "o") as ReportCase).lines).toEqual(["参考", "理由：事实相近"]);
    expect(useCell(rc("p")).lines).toEqual(["未选定"]);
    // Followed when the judge says so; not following it needs a reason, 不属于类案 among them.
    const other = rc("x", { tier: "guiding" });
    expect(applySelections([other], [{ caseId: "x", use: "follow" }])[0]?.use).toBe("follow");
    expect(() => applySelections([other], [{ caseId: "x", use: "not_used" }])).toThrow(/不属于类案/);
  });

  it("accepts not following a guiding case when a reason is given", () => {
    const out = applySelections(cases, [{ caseId: "g", use: "not_used", reason: "已被新的司法解释取代" }]);
    expect(out[0]).toMatchObject({ use: "not_used", useReason: "已被新的司法解释取代" });
  });

  it("rejects not following a guiding case without a reason, naming the field path", () => {
    const run = () =>
      applySelections(cases, [
        { caseId: "o", use: "consider" },
        { caseId: "g", use: "not_used" },
      ]);
    expect(run).toThrow(LeianError);
    try {
      run();
    } catch (error) {
      expect((error as LeianError).code).toBe("invalid_request");
      expect((error as LeianError).details).toEqual([
        expect.objectContaining({
          path: "selections.1.reason",
          message: expect.stringContaining("指导性案例应当参照"),
        }),
      ]);
    }
  });

  it("rejects drawing on a case that is not in force as a reference, which the report flags 不得作为类案援引", () => {
    const reversed = rc("v", { status: "已被改判或发回重审" });
    const withdrawn = rc("w", { status: "已撤回" });
    try {
      applySelections(
        [reversed, withdrawn],
        [
          { caseId: "v", use: "consider", reason: "量刑可资参考" },
          { caseId: "w", use: "consider" },
        ],
      );
      expect.unreachable();
    } catch (error) {
      expect((error as LeianError).details).toEqual([
        expect.objectContaining({
          path: "selections.0.use",
          message: expect.stringContaining("不得作为类案援引"),
        }),
        expect.objectContaining({ path: "selections.1.use", message: expect.stringContaining("已撤回") }),
      ]);
    }
    // Not using it, with the reason, stays open: the judge may say why it does not count.
    const out = applySelections([reversed], [{ caseId: "v", use: "not_used", reason: "已被二审改判" }]);
    expect(out[0]).toMatchObject({ use: "not_used", useReason: "已被二审改判" });
  });

  it("rejects unknown cases and following a reversed case", () => {
    try {
      applySelections(cases, [
        { caseId: "nope", use: "consider" },
        { caseId: "r", use: "follow" },
      ]);
      expect.unreachable();
    } catch (error) {
      expect((error as LeianError).details).toEqual([
        expect.objectContaining({ path: "selections.0.caseId" }),
        expect.objectContaining({ path: "selections.1.use" }),
      ]);
    }
  });
});

describe("findDivergence", () => {
  it("flags different principal penalties for the same charge, with rule-7 fields side by side", () => {
    const out = findDivergence([
      dv(
        "a",
        { charges: ["盗窃罪"], penaltyKinds: ["有期徒刑"], months: 8 },
        {
          courtLevel: "中级",
          decisionDate: "2022-01-01",
          committeeDiscussed: true,
          outcome: "有期徒刑 8 个月",
        },
      ),
      dv(
        "b",
        { charges: ["盗窃罪"], penaltyKinds: ["拘役"], months: 5 },
        { courtLevel: "基层", decisionDate: "2023-01-01" },
      ),
    ]);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ charge: "盗窃罪", kind: "penalty_kind" });
    expect(out[0]?.summary).toContain("有期徒刑 / 拘役");
    expect(out[0]?.cases[0]).toEqual({
      id: "a",
      courtLevel: "中级",
      decisionDate: "2022-01-01",
      committeeDiscussed: true,
      // The sentence compared, named by its crime.
      outcome: "盗窃罪：有期徒刑 8 个月",
    });
  });

  it("compares the sentence for the pending case's crime alone, never a combined or merged one", () => {
    const sentence = (
      defendant: string,
      charges: string[],
      s: Partial<import("../judgment/record.ts").CriminalSentence>,
    ) => ({ defendant, charges, ...s });
    const cases = [
      // 醉驾 拘役 2 months joined with an earlier 1-year sentence (§70): 拘役 2 months is the 醉驾's.
      dv("merged", {
        charges: ["危险驾驶罪"],
        penaltyKinds: ["有期徒刑"],
        months: 12,
        sentences: [
          sentence("甲", ["危险驾驶罪"], {
            penalty: "有期徒刑",
            months: 12,
            mergesEarlierSentence: true,
            counts: [{ charge: "危险驾驶罪", penalty: "拘役", months: 2 }],
          }),
        ],
      }),
      dv("plain", {
        charges: ["危险驾驶罪"],
        penaltyKinds: ["拘役"],
        months: 3,
        sentences: [sentence("乙", ["危险驾驶罪"], { penalty: "拘役", months: 3 })],
      }),
      // A 故意伤害 leader's 71 months beside a co-defendant's 醉驾 拘役 1 month: the 拘役 is compared.
      dv("codefendant", {
        charges: ["故意伤害罪", "危险驾驶罪"],
        penaltyKinds: ["有期徒刑", "拘役"],
        months: 71,
        sentences: [
          sentence("丙", ["故意伤害罪"], { penalty: "有期徒刑", months: 71 }),
          sentence("丁", ["危险驾驶罪"], { penalty: "拘役", months: 1 }),
        ],
      }),
      // A combined punishment without counts tells nothing of its 危险驾驶: left out.
      dv("combined", {
        charges: ["危险驾驶罪", "虚假诉讼罪"],
        penaltyKinds: ["有期徒刑"],
        months: 12,
        sentences: [sentence("戊", ["危险驾驶罪", "虚假诉讼罪"], { penalty: "有期徒刑", months: 12 })],
      }),
    ];
    const out = findDivergence(cases, ["危险驾驶罪"]);
    expect(out.map((d) => d.summary)).toEqual(["危险驾驶罪：拘役刑期相差超过 50%（1 个月 / 3 个月）"]);
    expect(out[0]?.cases.map((c) => [c.id, c.outcome])).toEqual([
      ["codefendant", "危险驾驶罪：拘役 1 个月"],
      ["plain", "危险驾驶罪：拘役 3 个月"],
    ]);
    // The results' other charges (故意伤害, 虚假诉讼) are not the pending case's: no entry for them.
    expect(findDivergence(cases, ["危险驾驶罪"]).every((d) => d.charge === "危险驾驶罪")).toBe(true);
  });

  it("states the terms compared as a judgment does: years and months, days for half a month", () => {
    const out = findDivergence([
      dv("short", { charges: ["危险驾驶罪"], penaltyKinds: ["拘役"], months: 1.5 }),
      dv("long", { charges: ["危险驾驶罪"], penaltyKinds: ["拘役"], months: 4 }),
      dv("a", { charges: ["盗窃罪"], penaltyKinds: ["有期徒刑"], months: 8 }),
      dv("b", { charges: ["盗窃罪"], penaltyKinds: ["有期徒刑"], months: 30 }),
    ]);
    expect(out.map((d) => d.summary)).toEqual([
      "危险驾驶罪：拘役刑期相差超过 50%（1 个月 15 日 / 4 个月）",
      "盗窃罪：有期徒刑刑期相差超过 50%（8 个月 / 2 年 6 个月）",
    ]);
    expect(out[0]?.cases.map((c) => c.outcome)).toEqual([
      "危险驾驶罪：拘役 1 个月 15 日",
      "危险驾驶罪：拘役 4 个月",
    ]);
  });

  it("flags prison terms of one kind more than 50% apart, and not those within 50%", () => {
    const close = findDivergence([
      dv("a", { charges: ["盗窃罪"], penaltyKinds: ["有期徒刑"], months: 8 }),
      dv("b", { charges: ["盗窃罪"], penaltyKinds: ["有期徒刑"], months: 12 }),
    ]);
    expect(close).toEqual([]);
    const far = findDivergence([
      dv("a", { charges: ["盗窃罪"], penaltyKinds: ["有期徒刑"], months: 8 }),
      dv("b", { charges: ["盗窃罪"], penaltyKinds: ["有期徒刑"], months: 10 }),
      dv("c", { charges: ["盗窃罪"], penaltyKinds: ["有期徒刑"], months: 13 }),
    ]);
    expect(far).toHaveLength(1);
    expect(far[0]?.kind).toBe("prison_term");
    expect(far[0]?.cases.map((c) => c.id)).toEqual(["a", "c"]);
  });

  it("flags civil claims upheld in one case and dismissed in another of the same cause", () => {
    const out = findDivergence([
      dv("a", { causes: ["民间借贷纠纷"], civilDisposition: "partly_upheld" }),
      dv("b", { causes: ["民间借贷纠纷"], civilDisposition: "dismissed" }),
      dv("c", { causes: ["买卖合同纠纷"], civilDisposition: "dismissed" }),
    ]);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ charge: "民间借贷纠纷", kind: "civil_disposition" });
    expect(out[0]?.cases.map((c) => c.id)).toEqual(["a", "b"]);
  });

  it("flags an administrative act set aside in one case and the claim dismissed in another of the same cause", () => {
    const out = findDivergence([
      dv("revoked", { causes: ["工伤认定"], administrative: ["revoked", "remake"] }),
      dv("dismissed", { causes: ["工伤认定"], administrative: ["dismissed"] }),
      dv("suit", { causes: ["工伤认定"], administrative: ["suit_dismissed"] }),
      dv("other", { causes: ["行政处罚"], administrative: ["dismissed"] }),
    ]);
    // The suit refused unheard is no claim dismissed: a split of its own (below).
    expect(out.map((d) => d.kind)).toEqual(["administrative_disposition", "suit_dismissed"]);
    expect(out[0]).toMatchObject({ charge: "工伤认定", kind: "administrative_disposition" });
    expect(out[0]?.summary).toBe(
      "工伤认定：被诉行政行为有的被撤销、确认违法或责令履行，有的诉讼请求被驳回（支持原告 1 件 / 驳回 1 件）",
    );
    expect(out[0]?.cases.map((c) => c.id)).toEqual(["revoked", "dismissed"]);
    // The 1989 law's 判决维持 refused the claim on its merits, as 驳回诉讼请求 now does.
    const old = findDivergence([
      dv("revoked", { causes: ["行政处罚"], administrative: ["revoked"] }),
      dv("sustained", { causes: ["行政处罚"], administrative: ["sustained"] }),
    ]);
    expect(old.map((d) => d.kind)).toEqual(["administrative_disposition"]);
    expect(old[0]?.cases.map((c) => c.id)).toEqual(["revoked", "sustained"]);
    // …and the summary says so: the act upheld (判决维持), not a claim dismissed in those words.
    expect(old[0]?.summary).toBe(
      "行政处罚：被诉行政行为有的被撤销、确认违法或责令履行，有的被判决维持或诉讼请求被驳回（支持原告 1 件 / 维持或驳回 1 件）",
    );
  });

  it("says how many of each side the table lists when a side has more than it sets side by side", () => {
    const many = (side: "revoked" | "dismissed", n: number) =>
      Array.from({ length: n }, (_, i) =>
        dv(
          `${side}${i}`,
          { causes: ["工伤认定"], administrative: [side] },
          { decisionDate: `201${i}-01-01` },
        ),
      );
    const out = findDivergence([...many("revoked", 6), ...many("dismissed", 2)]);
    expect(out[0]?.summary).toBe(
      "工伤认定：被诉行政行为有的被撤销、确认违法或责令履行，有的诉讼请求被驳回（支持原告 6 件 / 驳回 2 件；下表每方列出其中法院层级最高、裁判日期最近的 5 件）",
    );
    // The newest five of the six, then the two.
    expect(out[0]?.cases.map((c) => c.id)).toEqual([
      "revoked5",
      "revoked4",
      "revoked3",
      "revoked2",
      "revoked1",
      "dismissed1",
      "dismissed0",
    ]);
    const civil = findDivergence([
      ...Array.from({ length: 6 }, (_, i) =>
        dv(`u${i}`, { causes: ["民间借贷纠纷"], civilDisposition: "upheld" }),
      ),
      dv("d", { causes: ["民间借贷纠纷"], civilDisposition: "dismissed" }),
    ]);
    expect(civil[0]?.summary).toContain(
      "（支持 6 件 / 驳回 1 件；下表每方列出其中法院层级最高、裁判日期最近的 5 件）",
    );
  });

  it("flags suits heard on their merits in some cases and refused unheard (驳回起诉) in others", () => {
    const civil = findDivergence([
      dv("upheld", { causes: ["劳动争议"], civilDisposition: "upheld" }),
      dv("refused", { causes: ["劳动争议"], civilDisposition: "suit_dismissed" }),
      dv("mediated", { causes: ["劳动争议"], civilDisposition: "mediated" }),
    ]);
    expect(civil).toEqual([
      expect.objectContaining({
        charge: "劳动争议",
        kind: "suit_dismissed",
        summary:
          "劳动争议：有的经实体审理作出裁判，有的裁定驳回起诉，对是否符合起诉条件存在分歧（实体裁判 1 件 / 驳回起诉 1 件）",
      }),
    ]);
    expect(civil[0]?.cases.map((c) => c.id)).toEqual(["upheld", "refused"]);
    // A claim dismissed on its merits is heard; an administrative act set aside too.
    const administrative = findDivergence([
      dv("dismissed", { causes: ["政府信息公开"], administrative: ["dismissed"] }),
      dv("ordered", { causes: ["政府信息公开"], administrative: ["revoked", "ordered"] }),
      dv("suit", { causes: ["政府信息公开"], administrative: ["suit_dismissed"] }),
    ]);
    const split = administrative.find((d) => d.kind === "suit_dismissed");
    expect(split?.summary).toContain("（实体裁判 2 件 / 驳回起诉 1 件）");
    expect(split?.cases.map((c) => c.id).sort()).toEqual(["dismissed", "ordered", "suit"]);
    // All refused unheard, or none: no split.
    expect(
      findDivergence([
        dv("a", { causes: ["劳动争议"], civilDisposition: "suit_dismissed" }),
        dv("b", { causes: ["劳动争议"], civilDisposition: "withdrawn" }),
      ]),
    ).toEqual([]);
  });

  it("sets alike defendants side by side, and names the grounds of leniency that differ (review15-reports)", () => {
    const robbery = (id: string, months: number, circumstances: string[]) =>
      dv(id, { charges: ["抢劫罪"], penaltyKinds: ["有期徒刑"], months, circumstances });
    // The 18-month 从犯 who 立功 is not the divergence: two principals of 40 and 84 months are.
    const alike = findDivergence(
      [
        robbery("minor", 18, ["共同犯罪", "从犯", "立功"]),
        robbery("p1", 40, ["共同犯罪", "主犯"]),
        robbery("p2", 84, ["主犯"]),
      ],
      ["抢劫罪"],
    );
    expect(alike.map((d) => d.summary)).toEqual(["抢劫罪：有期徒刑刑期相差超过 50%（3 年 4 个月 / 7 年）"]);
    expect(alike[0]?.cases.map((c) => c.id)).toEqual(["p1", "p2"]);
    // No alike pair diverges: the widest pair, saying its grounds differ.
    const explained = findDivergence(
      [robbery("minor", 18, ["从犯", "立功"]), robbery("p2", 84, ["主犯"]), robbery("p3", 80, [])],
      ["抢劫罪"],
    );
    expect(explained.map((d) => d.summary)).toEqual([
      "抢劫罪：有期徒刑刑期相差超过 50%（1 年 6 个月 / 7 年）；两案法定从宽情节不同（较轻一案有从犯、立功情节，较重一案无此类情节），刑期差异可能由此所致",
    ]);
    const bothSurrendered = findDivergence(
      [robbery("a", 30, ["自首"]), robbery("b", 60, ["自首", "谅解"])],
      ["抢劫罪"],
    );
    expect(bothSurrendered[0]?.summary).toBe(
      "抢劫罪：有期徒刑刑期相差超过 50%（2 年 6 个月 / 5 年）；两案均有自首情节",
    );
  });

  it("weighs the grounds of the defendant whose sentence is compared, not a co-defendant's", () => {
    // A joint robbery: its tags say 从犯 and 立功, both the 24-month accomplice's; the leader's 84
    // months stand beside a lone robber's 36 as two sentences of no ground of leniency.
    const joint = dv("joint", {
      charges: ["抢劫罪"],
      penaltyKinds: ["有期徒刑"],
      months: 84,
      circumstances: ["共同犯罪", "主犯", "从犯", "立功"],
      sentences: [
        { defendant: "王大海", charges: ["抢劫罪"], penalty: "有期徒刑", months: 84, grounds: ["主犯"] },
        {
          defendant: "刘小江",
          charges: ["抢劫罪"],
          penalty: "有期徒刑",
          months: 24,
          grounds: ["从犯", "立功"],
        },
      ],
    });
    const lone = dv("lone", {
      charges: ["抢劫罪"],
      penaltyKinds: ["有期徒刑"],
      months: 36,
      circumstances: [],
      sentences: [{ defendant: "赵某", charges: ["抢劫罪"], penalty: "有期徒刑", months: 36 }],
    });
    expect(findDivergence([joint, lone], ["抢劫罪"]).map((d) => d.summary)).toEqual([
      "抢劫罪：有期徒刑刑期相差超过 50%（3 年 / 7 年）",
    ]);
  });

  it("compares an amount-based offence within its band", () => {
    const theft = (id: string, months: number, band: string) =>
      dv(id, { charges: ["盗窃罪"], penaltyKinds: ["有期徒刑"], months, bands: [band] });
    const out = findDivergence(
      [
        theft("small-a", 6, "数额:3千-1万"),
        theft("small-b", 8, "数额:3千-1万"),
        theft("huge", 162, "数额:30万-100万"),
        theft("huge-b", 150, "数额:30万-100万"),
      ],
      ["盗窃罪"],
    );
    // 6 against 162 months is no divergence: different bands. Within each band the terms are close.
    expect(out).toEqual([]);
    const far = findDivergence(
      [theft("a", 6, "数额:3千-1万"), theft("b", 14, "数额:3千-1万"), theft("c", 162, "数额:30万-100万")],
      ["盗窃罪"],
    );
    expect(far.map((d) => d.summary)).toEqual([
      "盗窃罪（数额 3千-1万）：有期徒刑刑期相差超过 50%（6 个月 / 1 年 2 个月）",
    ]);
  });

  it("reports only the range the pending case's facts put it in (review15-reports)", () => {
    const sale = (id: string, months: number, band: string) =>
      dv(id, {
        charges: ["走私、贩卖、运输、制造毒品罪"],
        penaltyKinds: ["有期徒刑"],
        months,
        bands: [band],
        statutes: ["刑法#347"],
      });
    const cases = [
      sale("small-a", 8, "毒品数量:折合海洛因1克以下"),
      sale("small-b", 20, "毒品数量:折合海洛因1克以下"),
      sale("large-a", 180, "毒品数量:折合海洛因50克以上"),
      sale("large-b", 96, "毒品数量:折合海洛因50克以上"),
    ];
    // Both bands diverge; a 0.52 g sale is told only of its own.
    expect(findDivergence(cases, [])).toHaveLength(2);
    const pending = (statutes: readonly string[]) =>
      sentencingRange(statutes, extractCircumstances("被告人以200元的价格向他人贩卖甲基苯丙胺0.52克。"));
    expect(findDivergence(cases, [], pending).map((d) => d.summary)).toEqual([
      "走私、贩卖、运输、制造毒品罪（毒品数量 折合海洛因1克以下）：有期徒刑刑期相差超过 50%（8 个月 / 1 年 8 个月）",
    ]);
    // Typed 贩卖毒品罪: said in the judge's words, with the selective charge its cases are grouped by.
    const forms = new Map([["走私、贩卖、运输、制造毒品罪", "贩卖毒品罪"]]);
    expect(findDivergence(cases, [], pending, forms).map((d) => [d.charge, d.summary])).toEqual([
      [
        "走私、贩卖、运输、制造毒品罪",
        "贩卖毒品罪（同属走私、贩卖、运输、制造毒品罪；毒品数量 折合海洛因1克以下）：有期徒刑刑期相差超过 50%（8 个月 / 1 年 8 个月）",
      ],
    ]);
    // Harm and 逃逸 likewise; a grade only a court finds is kept.
    expect(rangesAgree(["死亡", "肇事后逃逸"], ["死亡"])).toBe(false);
    expect(rangesAgree(["重伤"], ["轻伤"])).toBe(false);
    expect(rangesAgree(["数额巨大"], ["数额:1万-3万"])).toBe(true);
    // A recidivist's or a 入户抢劫's heavier sentence is no divergence from the pending case's range.
    expect(rangesAgree(["数额:1万-3万", "累犯"], ["数额:1万-3万"])).toBe(false);
    expect(sentencingRange(["刑法#263"], ["入户", "轻伤"])).toEqual(["轻伤", "入户或多次抢劫"]);
  });

  it("compares an offence whose range turns on the harm within its harm (轻伤 against 轻伤, not a death)", () => {
    // 抢劫 is banded by amount and by harm: both keep cases apart.
    const robbery = (id: string, months: number, harm: string) =>
      dv(id, { charges: ["抢劫罪"], penaltyKinds: ["有期徒刑"], months, bands: ["数额:3千-1万", harm] });
    const out = findDivergence(
      [
        robbery("light", 40, "轻伤"),
        robbery("light-b", 48, "轻伤"),
        robbery("death", 180, "死亡"),
        robbery("death-b", 170, "死亡"),
      ],
      ["抢劫罪"],
    );
    expect(out).toEqual([]);
    expect(sentencingRange(["刑法#234"], ["轻伤", "自首"])).toEqual(["轻伤"]);
    expect(sentencingRange(["刑法#234"], ["死亡", "轻伤"])).toEqual(["死亡"]);
    expect(sentencingRange(["刑法#264"], ["轻伤"])).toEqual([]);
  });

  it("names a case without a number by its title, never an internal id (review15-reports)", () => {
    const out = findDivergence([
      dv(
        "Ab50F6L5",
        { charges: ["盗窃罪"], penaltyKinds: ["有期徒刑"], months: 8 },
        { title: "朱泉宇盗窃案" },
      ),
      dv(
        "b",
        { charges: ["盗窃罪"], penaltyKinds: ["拘役"], months: 5 },
        { caseNumber: "（2020）京0108刑初1号" },
      ),
    ]);
    expect(out[0]?.cases.map((c) => c.caseNumber ?? c.title)).toEqual([
      "朱泉宇盗窃案",
      "（2020）京0108刑初1号",
    ]);
  });

  it("says 处理结果 rather than 主刑 when one outcome is no principal penalty (免予刑事处罚)", () => {
    const out = findDivergence([
      dv("a", { charges: ["危险驾驶罪"], penaltyKinds: ["拘役"], months: 2 }),
      dv("b", { charges: ["危险驾驶罪"], penaltyKinds: ["免予刑事处罚"] }),
    ]);
    expect(out[0]?.summary).toBe("危险驾驶罪：处理结果不同（拘役 / 免予刑事处罚）");
  });

  it("ignores different charges and judgments that are not effective", () => {
    const out = findDivergence([
      dv("a", { charges: ["盗窃罪"], penaltyKinds: ["有期徒刑"], months: 8 }),
      dv("b", { charges: ["诈骗罪"], penaltyKinds: ["拘役"], months: 3 }),
      dv("c", { charges: ["盗窃罪"], penaltyKinds: ["拘役"], months: 3 }, { status: "已被改判或发回重审" }),
    ]);
    expect(out).toEqual([]);
  });
});

const tiered = [
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
      applySelections(tiered, [
        { caseId: "o", use: "follow" },
        { caseId: "ctr", use: "follow", reason: "裁判要旨与本案争议焦点一致" },
      ]),
    );
    expect(error.code).toBe("invalid_request");
    expect(error.details).toEqual([
      { path: "selections.0.use", message: expect.stringContaining("不是指导性案例") },
      {
        path: "selections.1.use",
        message: expect.stringContaining("典型案例（最高人民法院公报、刑事审判参考"),
      },
    ]);
    for (const d of error.details as { message: string }[]) {
      expect(d.message).toContain("请改为“参考”或“不予参照”");
      expect(d.message).toContain("第九条");
    }
    expect(error.message).toContain("selections.0.use");
  });

  it("accepts 参照 for a guiding case and 参考 / 不予参照 for the others", () => {
    const out = applySelections(tiered, [
      { caseId: "g", use: "follow", reason: "基本案情一致" },
      { caseId: "p", use: "consider", reason: "可资参考" },
      { caseId: "o", use: "not_used", reason: "案情不同" },
    ]);
    expect(out.find((c) => c.id === "g")).toMatchObject({ use: "follow", useReason: "基本案情一致" });
    expect(out.find((c) => c.id === "p")).toMatchObject({ use: "consider" });
    expect(out.find((c) => c.id === "o")).toMatchObject({ use: "not_used" });
    // A guiding case without a selection has no use until the judge gives one.
    expect(applySelections(tiered, []).find((c) => c.id === "g")?.use).toBeUndefined();
  });

  it("reports every problem at once, in the order of the selections, the other checks' too", () => {
    const error = refusal(() =>
      applySelections(tiered, [
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
});
