/**
 * An audit (POST /api/v1/audits) of administrative judgments naming one kind of act two ways, against
 * a real Elasticsearch: an older title's name of the act (行政强制, 工伤认定) and the 2020 catalogue's
 * (行政强制措施; 工伤保险资格或者待遇认定, a third-level cause under 行政确认: 法发〔2020〕44号) are one
 * cause, so their judgments are one cluster, labelled by the catalogue's kind, and an audit scoped to
 * either name reads both. A scope of 工伤认定 is no scope of all 行政确认 (session 24): a 学位 or
 * marriage registration is no work injury.
 */
import { describe, expect, it } from "vitest";
import type { AdministrativeDisposition, StatuteRef } from "../../src/judgment/record.ts";
import { indexedApi, record, TOKENS } from "./api-fixtures.ts";

function administrative(
  id: string,
  cause: string,
  dispositions: AdministrativeDisposition[],
  law: StatuteRef,
) {
  const facts = `原告${id}不服被告某区某部门作出的${cause}，诉请撤销。`;
  return record({
    id,
    title: `${id}诉某区某部门${cause}一案`,
    caseNumber: { raw: `（2019）京0102行初${id}号` },
    category: "行政",
    causes: [cause],
    sections: { facts, disposition: "判决如下：……" },
    outcome: { administrative: { dispositions } },
    statutes: [law, { law: "中华人民共和国行政诉讼法", article: 69 }],
    decisionDate: "2019-06-01",
    text: facts,
  });
}

const food: StatuteRef = { law: "中华人民共和国食品安全法", article: 110 };
const injury: StatuteRef = { law: "工伤保险条例", article: 14 };

describe("POST /api/v1/audits: an act under an older title's name and under the catalogue's", () => {
  const { api } = indexedApi("auditcatalogue", [
    // Seizures: three titled 行政强制 as older titles name them, three 行政强制措施 as the catalogue does.
    ...[1, 2, 3].map((i) => administrative(`旧强${i}`, "行政强制", ["revoked"], food)),
    ...[1, 2, 3].map((i) => administrative(`新强${i}`, "行政强制措施", ["dismissed"], food)),
    // Findings of 工伤: two under the older name, two under the catalogue's; a registration confirmed
    // under 行政确认 itself, which no 工伤认定 scope reads.
    ...[1, 2].map((i) => administrative(`旧伤${i}`, "工伤认定", ["dismissed"], injury)),
    ...[1, 2].map((i) => administrative(`新伤${i}`, "工伤保险资格或者待遇认定", ["dismissed"], injury)),
    administrative("登记1", "行政确认", ["dismissed"], { law: "中华人民共和国婚姻法", article: 8 }),
  ]);

  const audit = async (scope: Record<string, unknown>) => {
    const res = await api.call("/api/v1/audits", {
      body: { scope, minClusterSize: 3 },
      token: TOKENS.research,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.clusters.map((c: { label: string; caseIds: string[] }) => [
      c.label,
      [...c.caseIds].sort(),
    ]);
  };

  it("puts both names' judgments in one cluster, labelled by the catalogue's name", async () => {
    expect(await audit({ category: "行政" })).toEqual([
      ["行政强制措施（食品安全法）", ["新强1", "新强2", "新强3", "旧强1", "旧强2", "旧强3"]],
      ["行政确认（工伤保险条例）", ["新伤1", "新伤2", "旧伤1", "旧伤2"]],
      // The registration under the law it applied, apart.
      ["行政确认（婚姻法）", ["登记1"]],
    ]);
  });

  it("reads both names where the scope names either", async () => {
    expect(await audit({ causes: ["行政强制措施"] })).toEqual([
      ["行政强制措施（食品安全法）", ["新强1", "新强2", "新强3", "旧强1", "旧强2", "旧强3"]],
    ]);
    expect(await audit({ causes: ["工伤认定"] })).toEqual([
      ["行政确认（工伤保险条例）", ["新伤1", "新伤2", "旧伤1", "旧伤2"]],
    ]);
    expect(await audit({ causes: ["工伤保险资格或者待遇认定"] })).toEqual([
      ["行政确认（工伤保险条例）", ["新伤1", "新伤2", "旧伤1", "旧伤2"]],
    ]);
  });
});
