import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { JudgmentRecord, Party } from "../../src/judgment/record.ts";
import { record, seed, startApi, type TestApi } from "./api-fixtures.ts";
import { cleanup, esUrl, testClient, uniquePrefix } from "./helpers.ts";

const HUAYUAN = "北京华源科技有限公司";
const HAIDIAN = "北京市海淀区人民法院";
const org = (name: string, role: Party["role"]): Party => ({ name, role, kind: "organisation" });
const person = (name: string, role: Party["role"]): Party => ({ name, role, kind: "person" });

function civil(id: string, over: Partial<JudgmentRecord>): JudgmentRecord {
  return record({ id, category: "民事", causes: ["买卖合同纠纷"], text: "买卖合同纠纷一案。", ...over });
}

const records = [
  civil("a-first", {
    caseNumber: { raw: "（2019）京0108民初100号" },
    court: HAIDIAN,
    decisionDate: "2019-03-01",
    procedure: "一审",
    parties: [org(HUAYUAN, "原告"), person("王某甲", "被告")],
  }),
  civil("b-series", {
    caseNumber: { raw: "（2019）京0108民初130号" },
    court: HAIDIAN,
    decisionDate: "2019-03-20",
    parties: [org(HUAYUAN, "原告"), person("李某乙", "被告")],
  }),
  civil("c-series", {
    caseNumber: { raw: "（2019）京0108民初188号" },
    court: HAIDIAN,
    decisionDate: "2019-04-15",
    parties: [org(HUAYUAN, "原告"), person("赵某丙", "被告")],
  }),
  civil("d-appeal", {
    caseNumber: { raw: "（2019）京01民终500号" },
    court: "北京市第一中级人民法院",
    decisionDate: "2019-08-01",
    procedure: "二审",
    // Cited with half-width brackets: the same number as the first instance's （2019）京0108民初100号.
    priorCaseNumbers: ["(2019)京0108民初100号"],
    parties: [person("王某甲", "上诉人"), org(HUAYUAN, "被上诉人")],
  }),
  civil("e-fuzzy", {
    court: "北京市西城区人民法院",
    decisionDate: "2018-01-01",
    parties: [org("北京华源科技有限责任公司", "被告"), org("天津恒通贸易有限公司", "原告")],
  }),
  civil("f-other-court", {
    court: "北京市朝阳区人民法院",
    decisionDate: "2019-03-10",
    parties: [org(HUAYUAN, "原告"), person("孙某", "被告")],
  }),
  civil("g-later-same-court", {
    court: HAIDIAN,
    decisionDate: "2020-06-01",
    parties: [org(HUAYUAN, "原告"), person("周某", "被告")],
  }),
  civil("h-similar-name", {
    court: HAIDIAN,
    decisionDate: "2019-03-05",
    parties: [org("北京华源物流有限公司", "原告"), person("吴某", "被告")],
  }),
  record({
    id: "i-criminal",
    category: "刑事",
    court: HAIDIAN,
    decisionDate: "2019-03-02",
    parties: [org("北京市海淀区人民检察院", "公诉机关"), person("郑某", "被告人")],
    text: "盗窃。",
  }),
];

type Case = { id: string; relations: { relation: string; [k: string]: unknown }[] };

describe("POST /api/v1/related against a real Elasticsearch", () => {
  const client = testClient();
  const prefix = uniquePrefix("apirelated");
  const alias = `${prefix}judgments`;
  let api: TestApi;

  beforeAll(async () => {
    await seed(client, prefix, alias, records);
    api = await startApi(esUrl(), client, alias);
  });
  afterAll(async () => {
    await api?.close();
    await cleanup(client, prefix);
    await client.close();
  });

  it("links a first instance to its appeal, its series and its other cases with the same party, with evidence", async () => {
    const res = await api.call("/api/v1/related", { body: { caseId: "a-first" } });
    expect(res.status).toBe(200);
    const cases = res.body.cases as Case[];
    const byId = Object.fromEntries(cases.map((c) => [c.id, c]));
    expect(Object.keys(byId).sort()).toEqual([
      "b-series",
      "c-series",
      "d-appeal",
      "e-fuzzy",
      "f-other-court",
      "g-later-same-court",
    ]);

    expect(byId["d-appeal"]?.relations).toContainEqual({
      relation: "后审",
      caseNumber: "(2019)京0108民初100号",
    });
    expect(cases[0]?.id).toBe("d-appeal"); // instances first

    expect(byId["b-series"]?.relations).toContainEqual({
      relation: "系列案件",
      party: HUAYUAN,
      side: "原告方",
      court: HAIDIAN,
      window: { from: "2018-12-01", to: "2019-05-30" },
      seriesSize: 3,
      counterparties: ["李某乙"],
    });
    for (const id of ["f-other-court", "g-later-same-court", "d-appeal"]) {
      expect(byId[id]?.relations.map((r) => r.relation)).not.toContain("系列案件");
      expect(byId[id]?.relations).toContainEqual({ relation: "同一当事人", party: HUAYUAN, match: "exact" });
    }
    expect(byId["e-fuzzy"]?.relations).toEqual([
      { relation: "同一当事人", party: HUAYUAN, matchedName: "北京华源科技有限责任公司", match: "fuzzy" },
    ]);
  });

  it("finds the earlier instance from the appeal", async () => {
    const res = await api.call("/api/v1/related", { body: { caseId: "d-appeal" } });
    const first = (res.body.cases as Case[]).find((c) => c.id === "a-first");
    expect(first?.relations).toContainEqual({ relation: "前审", caseNumber: "（2019）京0108民初100号" });
  });

  it("finds cases of a party given by name, and a case by its case number", async () => {
    const byParty = await api.call("/api/v1/related", { body: { parties: ["北京华源科技股份有限公司"] } });
    const ids = (byParty.body.cases as Case[]).map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining(["a-first", "b-series", "e-fuzzy"]));
    expect(ids).not.toContain("h-similar-name");
    const byNumber = await api.call("/api/v1/related", { body: { caseNumbers: ["（2019）京01民终500号"] } });
    expect(byNumber.body.anchor.id).toBe("d-appeal");
    expect((byNumber.body.cases as Case[]).map((c) => c.id)).toContain("a-first");
  });

  it("takes a case number in any bracket form and width, and every number given", async () => {
    const typed = await api.call("/api/v1/related", { body: { caseNumbers: ["〔2019〕京01民终５００号"] } });
    expect(typed.status).toBe(200);
    expect(typed.body.anchor.id).toBe("d-appeal");
    // Two numbers: the first's judgment anchors, the second's numbers and history count too.
    const both = await api.call("/api/v1/related", {
      body: { caseNumbers: ["（2019）京0108民初130号", "(2019)京01民终500号"] },
    });
    expect(both.body.anchor.id).toBe("b-series");
    expect(both.body.anchor.caseNumbers).toEqual(["（2019）京0108民初130号", "（2019）京01民终500号"]);
    const first = (both.body.cases as Case[]).find((c) => c.id === "a-first");
    expect(first?.relations).toContainEqual({ relation: "前审", caseNumber: "（2019）京0108民初100号" });
    // The order the numbers come in does not matter: the appeal's first, the first instance is 前审.
    const reversed = await api.call("/api/v1/related", {
      body: { caseNumbers: ["（2019）京01民终500号", "（2019）京0108民初100号"] },
    });
    expect(reversed.body.anchor.id).toBe("d-appeal");
    const earlier = (reversed.body.cases as Case[]).find((c) => c.id === "a-first");
    expect(earlier?.relations).toContainEqual({ relation: "前审", caseNumber: "（2019）京0108民初100号" });
    // With a case id, numbers given beside it are followed too.
    const withId = await api.call("/api/v1/related", {
      body: { caseId: "b-series", caseNumbers: ["（2019）京0108民初100号"] },
    });
    const appeal = (withId.body.cases as Case[]).find((c) => c.id === "d-appeal");
    expect(appeal?.relations).toContainEqual({ relation: "后审", caseNumber: "(2019)京0108民初100号" });
  });

  it("404s an unknown case id in the error shape", async () => {
    const res = await api.call("/api/v1/related", { body: { caseId: "nope" } });
    expect(res.status).toBe(404);
    expect(res.body.error).toMatchObject({ code: "not_found", details: [{ path: "caseId" }] });
  });
});
