import { describe, expect, it } from "vitest";
import { encodeBinary } from "../search/documents.ts";
import { readAuditCase, rulingsOncePerCase, scopeQuery } from "./engine.ts";

describe("scopeQuery", () => {
  it("audits effective judgments only: no withdrawn or reversed one, no authoritative write-up", () => {
    const query = scopeQuery({ charges: ["盗窃"] });
    const filter = (query?.bool?.filter ?? []) as unknown[];
    expect(filter).toContainEqual({ term: { status: "effective" } });
    expect(filter).toContainEqual({ terms: { charges: ["盗窃罪"] } });
    const excluded = JSON.stringify(filter.find((f) => JSON.stringify(f).includes("must_not")));
    for (const source of [
      "spc-guiding",
      "spp-guiding",
      "spc-gazette",
      "criminal-trial-reference",
      "people-judicature",
    ])
      expect(excluded).toContain(source);
  });

  it("finds a cause as the filters do: an administrative kind with its older names, a civil one with 纠纷", () => {
    const causes = (scope: string[]) =>
      ((scopeQuery({ causes: scope })?.bool?.filter ?? []) as { terms?: { causes?: string[] } }[]).find(
        (f) => f.terms?.causes,
      )?.terms?.causes;
    expect(causes(["行政强制措施"])).toEqual(["行政强制措施", "行政强制"]);
    expect(causes(["行政确认"])).toEqual(["行政确认", "工伤认定"]);
    // 工伤认定 is the catalogue's 工伤保险资格或者待遇认定, not all of 行政确认 (src/judgment/causes.ts).
    expect(causes(["工伤认定"])).toEqual(["工伤认定", "工伤保险资格或者待遇认定"]);
    // With the 2011 text's 企业借贷纠纷, a 民间借贷 of the 2020 text (src/judgment/older-civil-causes.ts).
    expect(causes(["民间借贷"])).toEqual(["民间借贷", "民间借贷纠纷", "企业借贷纠纷"]);
  });
});

describe("readAuditCase", () => {
  const fields = (card: Record<string, unknown>) => ({
    charges: ["危险驾驶罪"],
    statutes: ["刑法#133-1", "刑法#70"],
    penaltyKinds: ["有期徒刑"],
    months: [12],
    card: [encodeBinary(card)],
  });

  it("compares a crime joined with an earlier judgment's sentence by its own sentence (§70)", () => {
    const c = readAuditCase(
      "a",
      fields({
        principal: {
          penalty: "有期徒刑",
          months: 12,
          mergesEarlierSentence: true,
          counts: [{ charge: "危险驾驶罪", penalty: "拘役", months: 2 }],
        },
      }),
    );
    expect(c).toMatchObject({ penaltyKinds: ["拘役"], months: 2, attributed: true });
  });

  it("reads an administrative judgment's rulings on the act sued from its card", () => {
    const c = readAuditCase("x", {
      causes: ["行政处罚"],
      card: [encodeBinary({ administrative: ["revoked", "remake"] })],
    });
    expect(c).toMatchObject({
      causes: ["行政处罚"],
      administrative: ["revoked", "remake"],
      penaltyKinds: [],
    });
    // Its category too: what suit it is where the cause does not say (消防验收纠纷, cluster.ts).
    expect(readAuditCase("z", { causes: ["消防验收纠纷"], category: ["行政"] }).category).toBe("行政");
    expect(
      readAuditCase("y", { causes: ["行政处罚"], card: [encodeBinary({})] }).administrative,
    ).toBeUndefined();
  });

  it("reads an appeal's upheld sentence (rulingsOncePerCase drops it where the judgment below is read)", () => {
    const upheld = readAuditCase("c", {
      ...fields({ principal: { penalty: "有期徒刑", months: 12 } }),
      appeal: ["affirmed"],
    });
    expect(upheld).toMatchObject({ penaltyKinds: ["有期徒刑"], months: 12, appeal: "affirmed" });
  });

  it("takes one defendant's sentence of several, under that defendant's crimes (the card's principal)", () => {
    // Doc values hold each field's maximum: the principal's 84 months, a co-defendant's probation and fine.
    const c = readAuditCase("d", {
      charges: ["危险驾驶罪", "寻衅滋事罪"],
      statutes: ["刑法#133-1", "刑法#293"],
      penaltyKinds: ["有期徒刑", "拘役"],
      months: [84],
      probationMonths: [12],
      fine: [5000],
      card: [encodeBinary({ principal: { penalty: "有期徒刑", months: 84, charges: ["寻衅滋事罪"] } })],
    });
    expect(c).toMatchObject({ charges: ["寻衅滋事罪"], penaltyKinds: ["有期徒刑"], months: 84 });
    expect(c.probationMonths).toBeUndefined();
    expect(c.fine).toBeUndefined();
  });

  it("weighs the principal defendant's own grounds, not a co-defendant's 累犯 or 从犯", () => {
    const joint = (principal: Record<string, unknown>) =>
      readAuditCase("e", {
        charges: ["抢劫罪"],
        statutes: ["刑法#263"],
        circumstances: ["入户", "累犯", "从犯", "坦白", "认定:数额较大"],
        penaltyKinds: ["有期徒刑"],
        months: [120],
        card: [
          encodeBinary({ principal: { penalty: "有期徒刑", months: 120, ...principal }, defendants: 2 }),
        ],
      });
    // The leader of two: the 累犯 and the 从犯 are the accomplice's (src/judgment/grounds.ts).
    expect(joint({ grounds: ["坦白"] }).circumstances).toEqual(["入户", "认定:数额较大", "坦白"]);
    expect(joint({ grounds: [] }).circumstances).toEqual(["入户", "认定:数额较大"]);
    // A card of an older index says nothing of whose they are: the judgment's tags, as before.
    expect(joint({}).circumstances).toEqual(["入户", "累犯", "从犯", "坦白", "认定:数额较大"]);
  });

  it("leaves any other case as its doc values say", () => {
    const plain = readAuditCase("b", fields({ principal: { penalty: "有期徒刑", months: 12 } }));
    expect(plain).toMatchObject({ penaltyKinds: ["有期徒刑"], months: 12 });
    expect(plain.attributed).toBeUndefined();
  });
});

describe("rulingsOncePerCase", () => {
  const ruling = (id: string, caseNumber: string, extra: Record<string, unknown[]> = {}) =>
    readAuditCase(id, {
      caseNumber: [caseNumber],
      causes: ["行政处罚"],
      card: [encodeBinary({ administrative: ["dismissed"] })],
      ...extra,
    });

  it("counts an affirmed appeal's upheld rulings once: at the judgment below, when that is read too", () => {
    const below = ruling("一审", "（2019）京0101行初1号");
    // The appeal cites the number as written otherwise (no 第, half-width brackets): the same case.
    const appeal = ruling("二审", "（2019）京01行终2号", {
      appeal: ["affirmed"],
      priorCaseNumbers: ["(2019)京0101行初1号"],
    });
    expect(appeal.priorCaseNumbers).toEqual(["(2019)京0101行初1号"]);
    const [first, second] = rulingsOncePerCase([below, appeal]);
    expect(first?.administrative).toEqual(["dismissed"]);
    expect(second?.administrative).toBeUndefined();
    expect(second).toMatchObject({ id: "二审", appeal: "affirmed", causes: ["行政处罚"] });
    // The judgment below not read (not indexed, out of the scope): the appeal is the case's only ruling.
    expect(rulingsOncePerCase([appeal])[0]?.administrative).toEqual(["dismissed"]);
    // An appeal that set the act aside itself (改判) keeps its own ruling, as does another case's.
    const amended = { ...appeal, appeal: "amended" };
    expect(rulingsOncePerCase([below, amended])[1]?.administrative).toEqual(["dismissed"]);
    const other = ruling("他案", "（2019）京01行终3号", {
      appeal: ["affirmed"],
      priorCaseNumbers: ["（2019）京0101行初9号"],
    });
    expect(rulingsOncePerCase([below, other])[1]?.administrative).toEqual(["dismissed"]);
  });

  it("counts an affirmed appeal's upheld sentence once: at the judgment below, when that is read too", () => {
    const sentence = (id: string, caseNumber: string, extra: Record<string, unknown[]> = {}) =>
      readAuditCase(id, {
        caseNumber: [caseNumber],
        charges: ["盗窃罪"],
        penaltyKinds: ["有期徒刑"],
        months: [14],
        fine: [3000],
        card: [encodeBinary({ principal: { penalty: "有期徒刑", months: 14, fine: 3000 } })],
        ...extra,
      });
    const below = sentence("一审", "（2019）京0105刑初7号");
    const appeal = sentence("二审", "（2019）京03刑终8号", {
      appeal: ["affirmed"],
      priorCaseNumbers: ["(2019)京0105刑初7号"],
    });
    const [first, second] = rulingsOncePerCase([below, appeal]);
    expect(first).toMatchObject({ penaltyKinds: ["有期徒刑"], months: 14, fine: 3000 });
    expect(second).toMatchObject({ id: "二审", appeal: "affirmed", charges: ["盗窃罪"], penaltyKinds: [] });
    expect(second?.months).toBeUndefined();
    expect(second?.fine).toBeUndefined();
    // The judgment below not read (not indexed, out of the scope): the appeal's is the case's only sentence.
    expect(rulingsOncePerCase([appeal])[0]).toMatchObject({
      penaltyKinds: ["有期徒刑"],
      months: 14,
      fine: 3000,
    });
  });

  it("counts an affirmed civil appeal's upheld outcome once: at the judgment below, when that is read too", () => {
    const civil = (id: string, caseNumber: string, extra: Record<string, unknown[]> = {}) =>
      readAuditCase(id, {
        caseNumber: [caseNumber],
        causes: ["民间借贷纠纷"],
        civilDisposition: ["partly_upheld"],
        awarded: [40000],
        claimed: [50000],
        ...extra,
      });
    const below = civil("一审", "（2020）沪0104民初11号");
    const appeal = civil("二审", "（2020）沪01民终12号", {
      appeal: ["affirmed"],
      priorCaseNumbers: ["（2020）沪0104民初11号"],
    });
    const [first, second] = rulingsOncePerCase([below, appeal]);
    expect(first).toMatchObject({ civilDisposition: "partly_upheld", awarded: 40000, claimed: 50000 });
    expect(second).toMatchObject({ id: "二审", appeal: "affirmed", causes: ["民间借贷纠纷"] });
    expect(second?.civilDisposition).toBeUndefined();
    expect(second?.awarded).toBeUndefined();
    expect(second?.claimed).toBeUndefined();
    expect(rulingsOncePerCase([appeal])[0]).toMatchObject({
      civilDisposition: "partly_upheld",
      awarded: 40000,
    });
  });
});
