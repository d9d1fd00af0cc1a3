import { describe, expect, it } from "vitest";
import {
  applyFactCheck,
  FACT_THRESHOLD,
  factCheck,
  factSearch,
  peerSimilarity,
  referenceIds,
} from "./facts.ts";
import type { AuditFinding } from "./model.ts";

const finding: AuditFinding = {
  kind: "outlier_months",
  severity: 4,
  summary: "（2020）京0101刑初1号判处有期徒刑 96 个月，重于同类 20 件中 99% 的案件",
  clusterId: "c1",
  case: { id: "a" },
  numbers: { months: 96, robustZ: 14 },
};

describe("fact similarity of a flagged case to its cluster", () => {
  it("peer similarity is the mean of the top-k peer scores over the self score", () => {
    const hits = [
      { id: "a", score: 100 },
      { id: "b", score: 60 },
      { id: "c", score: 40 },
      { id: "d", score: 20 },
    ];
    expect(peerSimilarity("a", hits, 10, 3)).toBeCloseTo(0.4, 6);
    // A missing peer (no shared term) counts 0 when the cluster has enough cases.
    expect(peerSimilarity("a", hits.slice(0, 2), 10, 3)).toBeCloseTo(0.2, 6);
    // Fewer slots when the cluster itself is smaller than k + 1.
    expect(peerSimilarity("a", hits.slice(0, 2), 2, 3)).toBeCloseTo(0.6, 6);
    // The case missing from its own top hits: the top score stands in for its self score.
    expect(peerSimilarity("z", hits, 10, 2)).toBeCloseTo(0.8, 6);
    expect(peerSimilarity("a", [], 10)).toBeUndefined();
    expect(peerSimilarity("a", hits, 1)).toBeUndefined();
  });

  it("references are unflagged, spread over the id order, deterministic", () => {
    const ids = Array.from({ length: 20 }, (_, i) => `id${String(i).padStart(2, "0")}`);
    const refs = referenceIds(ids, new Set(["id02", "id10"]), 4);
    expect(refs).toHaveLength(4);
    expect(refs).not.toContain("id02");
    expect(refs).not.toContain("id10");
    expect(referenceIds([...ids].reverse(), new Set(["id02", "id10"]), 4)).toEqual(refs);
    expect(referenceIds(["x", "y", "z"], new Set(["y"]), 5)).toEqual(["x", "z"]);
  });

  it("factSimilarity is own ÷ the median reference similarity", () => {
    expect(factCheck(0.1, [0.4, 0.5, undefined, 0.3])).toEqual({
      factSimilarity: 0.25,
      own: 0.1,
      typical: 0.4,
    });
    expect(factCheck(undefined, [0.4])).toBeUndefined();
    expect(factCheck(0.2, [undefined])).toBeUndefined();
    expect(factCheck(0.2, [0])).toBeUndefined();
  });

  it("records the numbers; below the threshold halves the severity and says so in Chinese", () => {
    const like = applyFactCheck(finding, { factSimilarity: 0.9, own: 0.36, typical: 0.4 });
    expect(like.severity).toBe(4);
    expect(like.summary).toBe(finding.summary);
    expect(like.numbers).toMatchObject({ months: 96, factSimilarity: 0.9, factPeerSimilarity: 0.36 });
    const atThreshold = applyFactCheck(finding, { factSimilarity: FACT_THRESHOLD, own: 0.2, typical: 0.4 });
    expect(atThreshold.severity).toBe(4);
    const unlike = applyFactCheck(finding, { factSimilarity: 0.3, own: 0.12, typical: 0.4 });
    expect(unlike.severity).toBe(2);
    expect(unlike.summary).toContain("事实与同类案件差异较大");
    expect(unlike.summary).toContain("可能属不同情形");
    expect(unlike.summary).toContain("30%");
    expect(unlike.numbers.factTypicalSimilarity).toBe(0.4);
    expect(applyFactCheck(finding, undefined)).toBe(finding);
  });

  it("the search is BM25 over facts_seg restricted to the cluster, numbers and dates dropped", () => {
    const body = factSearch(["被告人", "醉酒", "驾驶", "2019", "年", "醉酒"], ["a", "b"], 5);
    expect(body?.size).toBe(6);
    type Bool = { bool: { filter: unknown[]; should: { bool: { should: unknown[] } }[] } };
    const bool = (body?.query as Bool | undefined)?.bool ?? { filter: [], should: [] };
    expect(bool.filter).toEqual([{ ids: { values: ["a", "b"] } }]);
    const terms = bool.should[0]?.bool.should.map((c) => Object.values((c as { term: object }).term)[0]);
    expect(terms).toEqual([
      { value: "被告人", boost: 1 },
      { value: "醉酒", boost: 1.375 },
      { value: "驾驶", boost: 1 },
    ]);
    expect(factSearch(["2019", "年"], ["a"])).toBeUndefined();
  });
});
