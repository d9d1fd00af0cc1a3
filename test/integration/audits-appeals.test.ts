/**
 * An audit of criminal judgments (POST /api/v1/audits) against a real Elasticsearch, on invented
 * judgments: an appeal upholding the judgment below (驳回上诉，维持原判) carries the sentence it upheld
 * (src/judgment/parse.ts), which counts once — at the judgment below when that is in the scope, else
 * at the appeal (src/audit/engine.ts rulingsOncePerCase).
 */
import { describe, expect, it } from "vitest";
import type { StatuteRef } from "../../src/judgment/record.ts";
import { indexedApi, record, TOKENS } from "./api-fixtures.ts";

const theft: StatuteRef[] = [{ law: "中华人民共和国刑法", article: 264 }];

/** A theft judgment sentencing 张某甲 to `months` of 有期徒刑. */
function sentenced(id: string, caseNumber: string, months: number) {
  const facts = "被告人张某甲于2019年3月在某市某区盗窃他人财物，被当场抓获。";
  return record({
    id,
    title: "张某甲盗窃一案",
    caseNumber: { raw: caseNumber },
    category: "刑事",
    charges: ["盗窃罪"],
    statutes: theft,
    sections: { facts, disposition: "判决如下：……" },
    outcome: {
      criminal: [{ defendant: "张某甲", charges: ["盗窃罪"], penalty: "有期徒刑", months }],
    },
    decisionDate: "2019-09-01",
    text: facts,
  });
}

/** An appeal upholding the judgment `below`, carrying the sentence it upheld. */
function upheld(id: string, below: string, months: number) {
  const r = sentenced(id, `（2019）京03刑终${id}号`, months);
  return {
    ...r,
    procedure: "二审" as const,
    priorCaseNumbers: [below],
    outcome: { ...r.outcome, appeal: "affirmed" as const },
  };
}

describe("POST /api/v1/audits: an upheld sentence counted once", () => {
  const { api } = indexedApi("auditappeal", [
    // Five first instances…
    ...[6, 7, 8, 9, 10].map((m, i) => sentenced(`盗${i + 1}`, `（2019）京0105刑初${i + 1}号`, m)),
    // …two of them upheld on appeal (the number as written otherwise: half-width brackets)…
    upheld("盗4终", "(2019)京0105刑初4号", 9),
    upheld("盗5终", "（2019）京0105刑初5号", 10),
    // …and an appeal upholding a judgment that is not indexed: that case's one sentence.
    upheld("盗6终", "（2019）京0105刑初6号", 12),
  ]);

  it("counts each sentence where it was pronounced, the appeal's when the judgment below is not indexed", async () => {
    const res = await api.call("/api/v1/audits", {
      body: { scope: { charges: ["盗窃罪"] } },
      token: TOKENS.research,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.casesExamined).toBe(8);
    const [cluster] = res.body.clusters;
    expect(cluster.caseIds).toHaveLength(8);
    // Six sentences: the five first instances' and the one upheld of an unindexed judgment — not
    // eight (the two upheld again), nor five (the unindexed case's left out).
    expect(cluster.distribution.months.values).toEqual([6, 7, 8, 9, 10, 12]);
    expect(cluster.distribution.penaltyShares).toEqual({ 有期徒刑: 1 });
  });
});
