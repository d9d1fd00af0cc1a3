/**
 * An audit of administrative cases (POST /api/v1/audits) against a real Elasticsearch: a cause whose
 * courts split between setting the act aside and dismissing the claim is a dispersed cluster; a
 * ruling for the plaintiff against a settled line of dismissals is a case against the majority. A
 * cause is clustered by the substantive law applied to the act sued: penalties under another law are
 * no 类案 of the split ones, and penalties citing none, of a cause spanning laws, are listed but not
 * assessed.
 */
import { describe, expect, it } from "vitest";
import type { AdministrativeDisposition, StatuteRef } from "../../src/judgment/record.ts";
import { indexedApi, record, TOKENS } from "./api-fixtures.ts";

function administrative(
  id: string,
  cause: string,
  dispositions: AdministrativeDisposition[],
  statutes: StatuteRef[] = [],
) {
  const facts = `原告${id}不服被告某区人民政府某部门作出的${cause}决定，诉请撤销。`;
  return record({
    id,
    title: `${id}诉某区人民政府某部门${cause}一案`,
    caseNumber: { raw: `（2019）京0101行初${id}号` },
    category: "行政",
    causes: [cause],
    sections: { facts, disposition: "判决如下：……" },
    outcome: { administrative: { dispositions } },
    statutes,
    decisionDate: "2019-05-01",
    text: facts,
  });
}

const procedure: StatuteRef = { law: "中华人民共和国行政诉讼法", article: 70 };
const traffic: StatuteRef[] = [{ law: "中华人民共和国道路交通安全法", article: 90 }, procedure];
const tax: StatuteRef[] = [{ law: "中华人民共和国税收征收管理法", article: 63 }, procedure];

const planning: StatuteRef[] = [{ law: "中华人民共和国城乡规划法", article: 40 }, procedure];
/** An appeal 驳回上诉，维持原判 of `below`, carrying the rulings it upheld (src/judgment/parse.ts). */
const upheld = (id: string, below: string) => ({
  ...administrative(id, "行政许可", ["dismissed"], planning),
  caseNumber: { raw: `（2019）京01行终${id}号` },
  procedure: "二审" as const,
  priorCaseNumbers: [below],
  outcome: { administrative: { dispositions: ["dismissed" as const] }, appeal: "affirmed" as const },
});

// One index for the file: the two describe blocks audit causes of their own (行政处罚 and 工伤认定;
// 行政许可 and 消防验收纠纷), so neither sees the other's cases.
const { api } = indexedApi("auditadmin", [
  // 行政处罚 under 道路交通安全法: four acts set aside, three claims dismissed, two acts upheld (判决维持).
  ...[1, 2, 3, 4].map((i) => administrative(`罚${i}`, "行政处罚", ["revoked"], traffic)),
  ...[5, 6, 7].map((i) => administrative(`罚${i}`, "行政处罚", ["dismissed"], traffic)),
  ...[8, 9].map((i) => administrative(`罚${i}`, "行政处罚", ["sustained"], traffic)),
  // 行政处罚 under 税收征收管理法: five acts set aside — with the traffic ones, one cause would be 9 vs 5.
  ...[1, 2, 3, 4, 5].map((i) => administrative(`税${i}`, "行政处罚", ["revoked"], tax)),
  // 行政处罚 citing the suit's procedure alone, three set aside and three dismissed: of no known field.
  ...[1, 2, 3].map((i) => administrative(`无${i}`, "行政处罚", ["revoked"], [procedure])),
  ...[4, 5, 6].map((i) => administrative(`无${i}`, "行政处罚", ["dismissed"], [procedure])),
  // 工伤认定: nine claims dismissed, one finding set aside.
  ...Array.from({ length: 9 }, (_, i) => administrative(`伤${i}`, "工伤认定", ["dismissed"])),
  administrative("伤撤", "工伤认定", ["revoked", "remake"]),
  // Three permits' refusals set aside, two claims dismissed at first instance…
  ...[1, 2, 3].map((i) => administrative(`许${i}`, "行政许可", ["revoked"], planning)),
  ...[4, 5].map((i) => administrative(`许${i}`, "行政许可", ["dismissed"], planning)),
  // …both dismissals upheld on appeal: the same two rulings again, not two more cases.
  upheld("许4终", "（2019）京0101行初许4号"),
  upheld("许5终", "(2019)京0101行初许5号"),
  // An appeal upholding a dismissal whose judgment below is not indexed: that case's one ruling.
  upheld("许6终", "（2019）京0101行初许6号"),
  // A cause as a court names the act sued, which no pattern of causes knows: a 行政 judgment still.
  ...[1, 2].map((i) =>
    administrative(`验${i}`, "消防验收纠纷", ["revoked"], [{ law: "中华人民共和国消防法", article: 13 }]),
  ),
  administrative("验3", "消防验收纠纷", ["dismissed"], [{ law: "中华人民共和国建筑法", article: 61 }]),
]);

describe("POST /api/v1/audits on administrative cases", () => {
  it("reports the split cause as dispersed and the odd ruling against the majority", async () => {
    const res = await api.call("/api/v1/audits", {
      body: { scope: { causes: ["行政处罚", "工伤认定"] } },
      token: TOKENS.research,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const { clusters, findings } = res.body;
    const penalty = clusters.find((c: { label: string }) => c.label === "行政处罚（道路交通安全法）");
    expect(penalty.distribution.administrativeSides).toEqual({ plaintiff: 4, agency: 5 });
    expect(penalty.statutes).toEqual(["道路交通安全法"]);
    const taxes = clusters.find((c: { label: string }) => c.label === "行政处罚（税收征收管理法）");
    expect(taxes.distribution.administrativeSides).toEqual({ plaintiff: 5, agency: 0 });
    const uncited = clusters.find((c: { label: string }) => c.label === "行政处罚（未援引实体法）");
    expect(uncited.distribution.administrativeSides).toEqual({ plaintiff: 3, agency: 3 });
    expect(uncited.notAssessed).toContain("并非类案");
    expect(findings.filter((f: { clusterId: string }) => f.clusterId === uncited.id)).toEqual([]);
    const dispersed = findings.filter((f: { kind: string }) => f.kind === "dispersed_cluster");
    expect(dispersed).toHaveLength(1);
    expect(dispersed[0]).toMatchObject({
      clusterId: penalty.id,
      numbers: { forPlaintiff: 4, againstPlaintiff: 5 },
    });
    expect(dispersed[0].summary).toContain(
      "支持原告诉讼请求（撤销、确认违法、责令履行、赔偿等）4 件，判决维持或驳回诉讼请求 5 件，少数一方占 44%",
    );
    const against = findings.filter((f: { kind: string }) => f.kind === "against_majority");
    expect(against.map((f: { case: { id: string } }) => f.case.id)).toEqual(["伤撤"]);
    expect(against[0].summary).toContain("中 90% 为“驳回诉讼请求或判决维持”");
    // 工伤认定's cases cite no law either, but none of their cause does: the cluster is the cause, assessed,
    // named as the catalogue names the act (行政确认: src/judgment/causes.ts catalogueKind).
    const injury = clusters.find((c: { id: string }) => c.id === against[0].clusterId);
    expect(injury).toMatchObject({ label: "行政确认（未援引实体法）" });
    expect(injury.notAssessed).toBeUndefined();

    // The report charts the split cluster's rulings on the act sued.
    const html = await fetch(`${api.url}/api/v1/audits/${res.body.id}?format=html`, {
      headers: { authorization: `Bearer ${TOKENS.research}` },
    });
    const page = await html.text();
    expect(page).toContain('data-chart="administrative"');
    expect(page).toContain("少数一方占 44%");
    expect(page).toContain("行政处罚（未援引实体法）未评估：");
  });
});

describe("POST /api/v1/audits: one ruling per case; a 行政 judgment whatever its cause is called", () => {
  it("counts the rulings where they were pronounced, the appeal's only when the judgment below is not indexed", async () => {
    const res = await api.call("/api/v1/audits", {
      body: { scope: { causes: ["行政许可"] } },
      token: TOKENS.research,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const [cluster] = res.body.clusters;
    expect(cluster.label).toBe("行政许可（城乡规划法）");
    expect(cluster.caseIds).toHaveLength(8);
    // Three for the plaintiff, three against (许4, 许5, 许6终): not five against.
    expect(cluster.distribution.administrativeSides).toEqual({ plaintiff: 3, agency: 3 });
    expect(res.body.findings[0]).toMatchObject({
      kind: "dispersed_cluster",
      numbers: { forPlaintiff: 3, againstPlaintiff: 3 },
    });
  });

  it("clusters an administrative judgment by its law whatever its cause is called", async () => {
    const res = await api.call("/api/v1/audits", {
      body: { scope: { causes: ["消防验收纠纷"] } },
      token: TOKENS.research,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(
      res.body.clusters.map((c: { label: string; caseIds: string[] }) => [c.label, c.caseIds.length]),
    ).toEqual([
      ["消防验收纠纷（消防法）", 2],
      ["消防验收纠纷（建筑法）", 1],
    ]);
  });
});
