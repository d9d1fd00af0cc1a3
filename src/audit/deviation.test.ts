import { describe, expect, it } from "vitest";
import { causeForms } from "../judgment/causes.ts";
import { type GivenCause, givenLegal } from "../retrieval/similar.ts";
import { type AuditCase, narrowToPending } from "./cluster.ts";
import {
  compareProposed,
  hasEachLegal,
  isAdministrativeCase,
  narrowToCause,
  narrowToPendingLaw,
  proposedProblems,
  requestProblems,
} from "./deviation.ts";
import { DeviationRequest } from "./model.ts";
import { evidenceOf } from "./outcomes.ts";
import { outcomeLabel } from "./render/common.ts";
import { proposedOutcomeLabel } from "./render/deviation.ts";

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
    expect(r.reason).toMatch(/与类案裁判可能冲突：拟判拘役 6 个月，重于 \d+% 的 12 件判处拘役的类案。/);
    expect(r.suggestJudgesMeeting).toBe(true);
  });

  it("says the reason in sentences a judge reads: the penalty named, the spread in words, no p10–p90", () => {
    // Sorted: 1 1 2 2 2 2 2 2 2 3 3 4 — 3 months is above the middle half, within the usual range.
    expect(compareProposed({ penalty: "拘役", months: 3 }, cases)).toMatchObject({
      level: "notice",
      reason:
        "拟判拘役 3 个月处于类案刑期分布的边缘：重于 83% 的 12 件判处拘役的类案。" +
        "这些类案的刑期中位数为 2 个月，八成在 1 个月 3 日至 3 个月之间。",
    });
    const warning = compareProposed(
      { penalty: "有期徒刑", months: 40 },
      similar([8, 9, 10, 10, 11, 12, 12, 14], "有期徒刑"),
    );
    expect(warning.reason).toBe(
      "与类案裁判可能冲突：拟判有期徒刑 3 年 4 个月，重于 100% 的 8 件判处有期徒刑的类案。" +
        "这些类案的刑期中位数为 10 个月 15 日，八成在 8 个月 20 日至 1 年 18 日之间。",
    );
    expect(warning.reason).not.toMatch(/p\d|）（|稳健/);
    // Inside the 八成 range only the robust z warns: the distance is said, the z kept in parentheses.
    expect(
      compareProposed({ penalty: "拘役", months: 6 }, similar([2, 2, 2, 2, 2, 2, 2, 2, 3, 6, 6, 7])).reason,
    ).toBe(
      "与类案裁判可能冲突：拟判拘役 6 个月，重于 83% 的 12 件判处拘役的类案。" +
        "这些类案的刑期中位数为 2 个月，八成在 2 个月至 6 个月之间。" +
        "与中位数相差 4 个月，明显大于类案之间通常的差距（稳健 z 值 2.7）。",
    );
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

  it("compares a term with sentences of its own kind: 拘役 months are not 有期徒刑 months", () => {
    const mixed = [
      ...similar([24, 30, 36, 30, 24, 36, 30], "有期徒刑"),
      ...similar([3, 4, 5, 4, 3], "拘役"),
    ].map((c, i) => ({ ...c, id: `m${i}` }));
    const r = compareProposed({ penalty: "拘役", months: 4 }, mixed);
    expect(r.reason).not.toMatch(/轻于/);
    expect(r.level).not.toBe("warning");
  });

  it("refuses a penalty the charge's article does not provide, and a criminal penalty for a civil case", () => {
    const drunk = { charges: ["危险驾驶罪"], proposed: { penalty: "有期徒刑" as const, months: 6 } };
    expect(requestProblems(drunk)).toEqual([
      { path: "proposed.penalty", message: expect.stringMatching(/拘役（《刑法》第一百三十三条之一）/) },
    ]);
    expect(requestProblems({ charges: ["危险驾驶"], proposed: { penalty: "拘役", months: 2 } })).toEqual([]);
    expect(
      requestProblems({ causes: ["民间借贷纠纷"], proposed: { penalty: "拘役", months: 2 } })[0]?.path,
    ).toBe("proposed.penalty");
    expect(
      requestProblems({
        charges: ["盗窃罪"],
        proposed: { penalty: "拘役", months: 2, civilDisposition: "upheld" },
      })[0]?.path,
    ).toBe("proposed.civilDisposition");
  });

  it("takes a suit refused unheard (驳回起诉) as a proposal, compared with the similar cases' rulings", () => {
    const proposal = { facts: "原告张某甲诉被告某某公司返还借款，起诉时已超过法定期限。" };
    const request = DeviationRequest.safeParse({
      ...proposal,
      causes: ["民间借贷纠纷"],
      proposed: { civilDisposition: "suit_dismissed" },
    });
    expect(request.success).toBe(true);
    const civil = (dispositions: string[]): AuditCase[] =>
      dispositions.map((d, i) => ({
        id: `c${i}`,
        charges: [],
        causes: ["民间借贷纠纷"],
        statutes: [],
        circumstances: [],
        penaltyKinds: [],
        civilDisposition: d,
      }));
    const merits = civil(["upheld", "partly_upheld", "dismissed", "upheld", "upheld"]);
    expect(compareProposed({ civilDisposition: "suit_dismissed" }, merits)).toMatchObject({
      level: "warning",
      reason: "可能形成新的裁判标准：5 件类案均无此裁判结果。",
    });
    const refused = civil(["suit_dismissed", "suit_dismissed", "upheld", "suit_dismissed"]);
    expect(compareProposed({ civilDisposition: "suit_dismissed" }, refused).level).toBe("none");
  });
});

describe("the comparison set in the pending case's range (narrowToPending)", () => {
  const injury = (id: string, circumstances: string[], months: number): AuditCase => ({
    id,
    charges: ["故意伤害罪"],
    causes: [],
    statutes: ["刑法#234"],
    circumstances,
    penaltyKinds: ["有期徒刑"],
    months,
  });

  it("compares a 轻伤 with 轻伤 cases, not deaths; a first offender not with recidivists", () => {
    const cases = [
      ...Array.from({ length: 6 }, (_, i) => injury(`l${i}`, ["轻伤"], 10)),
      ...Array.from({ length: 3 }, (_, i) => injury(`r${i}`, ["轻伤", "累犯"], 18)),
      ...Array.from({ length: 5 }, (_, i) => injury(`d${i}`, ["死亡"], 150)),
    ];
    const { cases: same, labels } = narrowToPending(cases, ["轻伤", "自首"], 5);
    expect(same.map((c) => c.id)).toEqual(["l0", "l1", "l2", "l3", "l4", "l5"]);
    expect(labels).toEqual(["轻伤", "非累犯"]);
    // Too few of the pending case's kind at a level: that level is not applied.
    expect(narrowToPending(cases, ["轻伤", "累犯"], 5).labels).toEqual(["轻伤"]);
  });
});

describe("deviation check of an administrative case", () => {
  const admin = (rulings: string[][]): AuditCase[] =>
    rulings.map((r, i) => ({
      id: `x${i}`,
      charges: [],
      causes: ["行政处罚"],
      statutes: [],
      circumstances: [],
      penaltyKinds: [],
      ...(r.length > 0 ? { administrative: r } : {}),
    }));
  // Six rule on the act (one under the 1989 law's 判决维持), an appeal upholding the judgment below none.
  const cases = admin([
    ["revoked"],
    ["revoked"],
    ["revoked"],
    ["revoked", "remake"],
    ["dismissed"],
    ["sustained"],
    [],
  ]);

  it("knows an administrative case by its causes, civil causes of like words not among them", () => {
    for (const cause of ["信息公开", "房屋征收决定", "行政处罚", "不履行法定职责"])
      expect(isAdministrativeCase({ causes: [cause] }), cause).toBe(true);
    for (const cause of ["征地补偿款分配纠纷", "买卖合同纠纷", "恢复原状"])
      expect(isAdministrativeCase({ causes: [cause] }), cause).toBe(false);
    expect(isAdministrativeCase({ causes: ["行政处罚"], charges: ["盗窃罪"] })).toBe(false);
  });

  it("knows an act of the administrative catalogue typed with a civil cause's ending as administrative", () => {
    // 罚款纠纷 is understood as 罚款 (canonicalCause), as the similar-case search takes it: read as
    // typed, a civil case, whose administrative ruling was refused.
    for (const cause of ["罚款纠纷", "责令关闭争议", " 警告纠纷"])
      expect(isAdministrativeCase({ causes: [cause] }), cause).toBe(true);
    const fine = { causes: ["罚款纠纷"] };
    expect(requestProblems({ ...fine, proposed: { administrativeDisposition: "revoked" } })).toEqual([]);
    expect(requestProblems({ ...fine, proposed: { civilDisposition: "upheld" } })).toEqual([
      {
        path: "proposed.civilDisposition",
        message: expect.stringMatching(/^行政案件（案由：罚款纠纷）请填写行政裁判结果/),
      },
    ]);
  });

  it("says too few similar cases of the same cause, not charge, for a civil or administrative proposal", () => {
    const few = admin([["revoked"], ["revoked"]]);
    expect(compareProposed({ administrativeDisposition: "revoked" }, few).reason).toMatch(
      /^可能形成新的裁判标准：同案由生效类案仅 2 件，/,
    );
    expect(compareProposed({ civilDisposition: "upheld" }, []).reason).toMatch(
      /^可能形成新的裁判标准：同案由生效类案仅 0 件，/,
    );
    expect(compareProposed({ penalty: "拘役", months: 2 }, []).reason).toMatch(
      /^可能形成新的裁判标准：同罪名生效类案仅 0 件，/,
    );
  });

  it("compares a proposed ruling with the rulings of the similar administrative cases, in Chinese", () => {
    expect(compareProposed({ administrativeDisposition: "revoked" }, cases)).toMatchObject({
      level: "none",
      reason:
        "拟判结果处于 6 件行政类案的通常范围内：67% 作出“撤销被诉行政行为”的裁判。" +
        "另有 1 件类案未载明对被诉行政行为的裁判（如二审维持原判），未计入比较。",
    });
    // 驳回诉讼请求 is today's name of the 1989 law's 判决维持: 2 of 6, in the reason and in the chart's shares.
    expect(compareProposed({ administrativeDisposition: "dismissed" }, cases)).toMatchObject({
      level: "none",
      reason: expect.stringMatching(/^拟判结果处于 6 件行政类案的通常范围内：33% 作出“驳回诉讼请求”的裁判。/),
      comparedTo: { administrativeShares: { revoked: 0.6667, dismissed: 0.3333, remake: 0.1667 } },
    });
    expect(compareProposed({ administrativeDisposition: "confirmed_illegal" }, cases)).toMatchObject({
      level: "warning",
      suggestJudgesMeeting: true,
      reason: expect.stringMatching(
        /^可能形成新的裁判标准：6 件行政类案均未作出“确认被诉行政行为违法”的裁判，最多的是“撤销被诉行政行为”（占 67%）。/,
      ),
    });
    const many = admin([...Array.from({ length: 7 }, () => ["revoked"]), ["confirmed_illegal"]]);
    expect(compareProposed({ administrativeDisposition: "confirmed_illegal" }, many).reason).toBe(
      "与类案裁判可能冲突：8 件行政类案中仅 13% 作出“确认被诉行政行为违法”的裁判，88% 为“撤销被诉行政行为”。",
    );
    // Similar cases that state no ruling on the act: nothing to compare with.
    expect(
      compareProposed({ administrativeDisposition: "revoked" }, admin([["revoked"], [], [], []])).reason,
    ).toBe(
      "可能形成新的裁判标准：4 件同案由生效类案中仅 1 件载明对被诉行政行为的裁判，拟判结果缺乏可参照的裁判。",
    );
    // A suit withdrawn (准许撤诉, 行政诉讼法 §62) rules nothing on the act: not among the rulings compared.
    const withdrawn = admin([
      ["revoked"],
      ["revoked"],
      ["revoked"],
      ["withdrawn"],
      ["withdrawn"],
      ["withdrawn"],
    ]);
    expect(compareProposed({ administrativeDisposition: "dismissed" }, withdrawn)).toMatchObject({
      reason:
        "可能形成新的裁判标准：3 件行政类案均未作出“驳回诉讼请求”的裁判，最多的是“撤销被诉行政行为”（占 100%）。" +
        "另有 3 件类案未载明对被诉行政行为的裁判（如二审维持原判），未计入比较。",
      comparedTo: { administrativeShares: { revoked: 1 } },
    });
    // Each similar case shows its rulings, and the proposal is named as the judge chose it.
    expect(evidenceOf(cases[3] as AuditCase).administrative).toEqual(["revoked", "remake"]);
    expect(outcomeLabel(evidenceOf(cases[3] as AuditCase))).toBe("撤销被诉行政行为，责令重新作出行政行为");
    expect(proposedOutcomeLabel({ administrativeDisposition: "confirmed_illegal" })).toBe(
      "确认被诉行政行为违法",
    );
  });

  it("compares with the similar cases of the pending case's substantive law when 5 remain, else with all and says so", () => {
    const of = (id: string, statutes: string[]): AuditCase => ({
      id,
      charges: [],
      causes: ["行政处罚"],
      statutes,
      circumstances: [],
      penaltyKinds: [],
      administrative: ["revoked"],
    });
    const traffic = (n: number) =>
      Array.from({ length: n }, (_, i) =>
        of(`t${i}`, i === 0 ? ["道路交通安全法实施条例#38", "行政诉讼法#70"] : ["道路交通安全法#90"]),
      );
    // Cases citing no substantive law (行政诉讼法 only, or nothing) are not of the same law.
    const others = [
      of("c0", ["海关法#86"]),
      of("c1", ["海关法#86"]),
      of("u0", ["行政诉讼法#70"]),
      of("u1", []),
    ];
    const five = narrowToPendingLaw(
      [...traffic(5), ...others],
      ["《中华人民共和国道路交通安全法》第九十条"],
      5,
    );
    expect(five.cases.map((c) => c.id)).toEqual(["t0", "t1", "t2", "t3", "t4"]);
    expect(five.basis).toBe("仅比较与本案适用同一实体法《道路交通安全法》的 5 件类案。");
    const four = narrowToPendingLaw([...traffic(4), ...others], ["道路交通安全法#90"], 5);
    expect(four.cases).toHaveLength(8);
    expect(four.basis).toBe(
      "与本案适用同一实体法《道路交通安全法》的类案仅 4 件，不足 5 件，故与全部 8 件同案由类案比较，其中可能有其他管理领域的案件。",
    );
    // No substantive law named: all the cases, nothing said.
    expect(narrowToPendingLaw([...traffic(5), ...others], ["行政诉讼法#70"], 5)).toEqual({
      cases: [...traffic(5), ...others],
    });
    expect(narrowToPendingLaw(others, [], 5)).toEqual({ cases: others });

    // Of several laws, filed as the audit files a case: under the one most of the cases apply. The
    // cases citing 标准化法 alone are of its cluster, not the pending 食品安全法 case's.
    const food = [
      ...Array.from({ length: 3 }, (_, i) => of(`f${i}`, ["食品安全法#124"])),
      ...Array.from({ length: 2 }, (_, i) => of(`fs${i}`, ["食品安全法#124", "标准化法#20"])),
      ...Array.from({ length: 2 }, (_, i) => of(`s${i}`, ["标准化法#20"])),
    ];
    const filed = narrowToPendingLaw(food, ["食品安全法#124", "标准化法#20"], 5);
    expect(filed.cases.map((c) => c.id)).toEqual(["f0", "f1", "f2", "fs0", "fs1"]);
    expect(filed.basis).toBe("仅比较与本案适用同一实体法《食品安全法》的 5 件类案。");
  });

  it("takes the pending case's statutes as /similar does, refusing one it cannot read", () => {
    const body = { facts: "原告因驾驶机动车超速被处以罚款，诉请撤销该处罚决定。", causes: ["行政处罚"] };
    const proposed = { administrativeDisposition: "revoked" };
    expect(
      DeviationRequest.safeParse({
        ...body,
        statutes: ["道路交通安全法#90", "《道路交通安全法》第九十九条"],
        proposed,
      }).success,
    ).toBe(true);
    const wrong = DeviationRequest.safeParse({ ...body, statutes: ["第90条"], proposed });
    expect(wrong.success).toBe(false);
    expect(wrong.error?.issues[0]?.path).toEqual(["statutes", 0]);
  });

  it("refuses a proposal of another kind of case, naming the field", () => {
    const causes = ["行政处罚"];
    const civil = requestProblems({ causes, proposed: { civilDisposition: "upheld" } });
    expect(civil).toEqual([
      { path: "proposed.civilDisposition", message: expect.stringContaining("administrativeDisposition") },
    ]);
    expect(civil[0]?.message).toMatch(/^行政案件（案由：行政处罚）/);
    expect(requestProblems({ causes, proposed: { penalty: "拘役", months: 2 } })[0]).toEqual({
      path: "proposed.penalty",
      message: expect.stringMatching(/^行政案件.*administrativeDisposition/),
    });
    expect(
      requestProblems({ causes: ["政府信息公开"], proposed: { administrativeDisposition: "ordered" } }),
    ).toEqual([]);
    // A cause of the catalogue that does not say 行政 (行政案件案由暂行规定 2020: 罚款 of 行政处罚, 婚姻登记
    // of 行政登记) is an administrative case's: not told to give a civil ruling.
    for (const cause of ["罚款", "婚姻登记", "征收或者征用房屋"])
      expect(
        requestProblems({ causes: [cause], proposed: { administrativeDisposition: "revoked" } }),
        cause,
      ).toEqual([]);
    const wrong: [Parameters<typeof requestProblems>[0], string][] = [
      [{ causes: ["民间借贷纠纷"], proposed: { administrativeDisposition: "revoked" } }, "民事案件"],
      [{ charges: ["盗窃罪"], proposed: { administrativeDisposition: "revoked" } }, "刑事案件"],
      [{ proposed: { administrativeDisposition: "revoked" } }, "causes"],
      [
        { causes, proposed: { civilDisposition: "upheld", administrativeDisposition: "revoked" } },
        "只能填写其一",
      ],
    ];
    for (const [request, says] of wrong)
      expect(requestProblems(request), JSON.stringify(request)).toEqual([
        { path: "proposed.administrativeDisposition", message: expect.stringContaining(says) },
      ]);
    expect(proposedProblems({ administrativeDisposition: "revoked" })).toEqual([]);
    // Not a ruling a judge proposes: the plaintiff withdraws (准许撤诉), the 1989 law's 判决维持.
    for (const ruling of ["withdrawn", "sustained"]) {
      const parsed = DeviationRequest.safeParse({
        facts: "原告张某甲不服被告某区市场监督管理局作出的罚款决定，诉请撤销。",
        causes,
        proposed: { administrativeDisposition: ruling },
      });
      expect(parsed.error?.issues[0]?.path).toEqual(["proposed", "administrativeDisposition"]);
    }
  });
});

describe("hasEachLegal", () => {
  const civil = (...causes: string[]) => ({ charges: [], causes });
  it("finds a case of the judge's cause in any form it is searched by", () => {
    // A cause typed without its 纠纷, and a parent cause with a case of a cause below it.
    expect(hasEachLegal(civil("民间借贷纠纷"), [causeForms("民间借贷")])).toBe(true);
    expect(hasEachLegal(civil("遗嘱继承纠纷"), [causeForms("继承纠纷")])).toBe(true);
    expect(hasEachLegal(civil("名誉权纠纷"), [causeForms("继承纠纷")])).toBe(false);
  });

  it("wants every charge given, and some", () => {
    const theft = { charges: ["盗窃罪"], causes: [] };
    expect(hasEachLegal(theft, [["盗窃罪"]])).toBe(true);
    expect(hasEachLegal(theft, [["盗窃罪"], ["诈骗罪"]])).toBe(false);
    expect(hasEachLegal(theft, [])).toBe(false);
  });
});

describe("narrowToCause: a parent cause's similar cases of one cause", () => {
  const civil = (id: string, cause: string): AuditCase => ({
    id,
    charges: [],
    causes: [cause],
    statutes: [],
    circumstances: [],
    penaltyKinds: [],
    category: "民事",
  });
  const contract = { name: "合同纠纷", forms: causeForms("合同纠纷") };
  const sales = ["a", "b", "c", "d", "e"].map((id) => civil(id, "买卖合同纠纷"));
  const loans = ["x", "y"].map((id) => civil(id, "借款合同纠纷"));

  it("keeps the cause most of the similar cases have, when enough have it", () => {
    const r = narrowToCause([loans[0] as AuditCase, ...sales, loans[1] as AuditCase], contract, 5);
    expect(r.cases.map((c) => c.id)).toEqual(["a", "b", "c", "d", "e"]);
    expect(r.basis).toBe("所填案由“合同纠纷”含下位案由，仅比较类案中最多的案由“买卖合同纠纷”的 5 件类案。");
  });

  it("keeps all, naming their causes, when no cause has enough", () => {
    const r = narrowToCause([...sales.slice(0, 3), ...loans], contract, 5);
    expect(r.cases).toHaveLength(5);
    expect(r.basis).toBe(
      "所填案由“合同纠纷”含下位案由，同一案由的类案不足 5 件，故与全部 5 件类案比较，分属买卖合同纠纷 3 件、借款合同纠纷 2 件。",
    );
  });

  it("names the judge's cause as understood, not as typed (劳动 is 劳动争议)", () => {
    const [labour] = givenLegal({ causes: [" 劳动"] }).causes;
    const pay = ["p", "q", "r", "s", "t"].map((id) => civil(id, "追索劳动报酬纠纷"));
    const r = narrowToCause([...pay, civil("w", "确认劳动关系纠纷")], labour as GivenCause, 5);
    expect(r.cases).toEqual(pay);
    expect(r.basis).toBe(
      "所填案由“劳动争议”含下位案由，仅比较类案中最多的案由“追索劳动报酬纠纷”的 5 件类案。",
    );
  });

  it("says nothing of cases of one cause, an older name counted as the cause it became", () => {
    expect(narrowToCause(sales, contract, 5)).toEqual({ cases: sales });
    const agency = [civil("m", "中介合同纠纷"), civil("n", "居间合同纠纷")];
    expect(narrowToCause(agency, { name: "中介合同纠纷", forms: causeForms("中介合同纠纷") }, 1)).toEqual({
      cases: agency,
    });
  });
});
