import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  corpusId,
  describeError,
  isEngineDown,
  meanMetrics,
  parseQueries,
  planQuery,
  rankPool,
  readLabels,
  readPools,
  scoreRanking,
  wantedIds,
} from "./lecard-input.ts";

const FACTS = "被告人张某于2018年1月15日酒后驾驶小型轿车被查获。";

describe("parseQueries", () => {
  it("accepts string and numeric ids and skips unusable lines with their line or id", () => {
    const text = [
      JSON.stringify({ id: "1", facts: FACTS, charges: ["盗窃罪"] }),
      JSON.stringify({ id: 2, facts: FACTS }),
      "{not json",
      JSON.stringify([1, 2]),
      JSON.stringify({ facts: FACTS }),
      JSON.stringify({ id: "1", facts: FACTS }),
      JSON.stringify({ id: "3", facts: "   " }),
      JSON.stringify({ id: "4" }),
      "",
      JSON.stringify({ id: 5.5, facts: FACTS }),
    ].join("\n");
    const { queries, skipped } = parseQueries(text);
    expect(queries.map((q) => q.id)).toEqual(["1", "2"]);
    expect(queries[0]?.charges).toEqual(["盗窃罪"]);
    expect(queries[1]?.charges).toBeUndefined();
    expect(skipped.map((s) => s.id)).toEqual(["line 3", "line 4", "line 5", "1", "3", "4", "line 10"]);
    expect(skipped[0]?.reason).toMatch(/not JSON/);
    expect(skipped[3]?.reason).toMatch(/duplicate/);
    expect(skipped[4]?.reason).toMatch(/no facts/);
  });
  it("keeps charges as written, drops blank or non-string ones and takes a lone string as one", () => {
    const text = [
      JSON.stringify({ id: "a", facts: FACTS, charges: ["盗窃罪（未遂）", "诈骗罪  ", "", "  ", 7] }),
      JSON.stringify({ id: "b", facts: FACTS, charges: "盗窃罪" }),
      JSON.stringify({ id: "c", facts: FACTS, charges: null }),
    ].join("\n");
    const { queries, warnings } = parseQueries(text);
    expect(queries[0]?.charges).toEqual(["盗窃罪（未遂）", "诈骗罪  "]);
    expect(queries[1]?.charges).toEqual(["盗窃罪"]);
    expect(queries[2]?.charges).toBeUndefined();
    expect(warnings).toEqual(["query a: 3 blank or non-string charge(s) dropped"]);
  });
});

describe("readPools / readLabels", () => {
  it("turn numeric ids into strings and deduplicate pool ids in first place", () => {
    const pools = readPools({ 1: [10, "11", 10, null, " 12 "], 2: "oops" });
    expect(pools.get("1")).toEqual({ ok: true, value: ["10", "11", "12"] });
    expect(pools.get("2")?.ok).toBe(false);
  });
  it("accept numeric-string grades and drop the others", () => {
    const labels = readLabels({ 1: { 10: 3, 11: "2", 12: "x", 13: null }, 2: [1] });
    expect(labels.get("1")).toEqual({ ok: true, value: { grades: { 10: 3, 11: 2 }, dropped: 2 } });
    expect(labels.get("2")?.ok).toBe(false);
  });
  it("stop on a file that is not an object keyed by query id", () => {
    expect(() => readPools([["1"]])).toThrow(/pools file/);
    expect(() => readLabels(null)).toThrow(/labels file/);
  });
});

describe("corpusId", () => {
  it("reads the top-level id, string or number, wherever it stands", () => {
    expect(corpusId('{"id": "8", "qw": "…"}')).toBe("8");
    expect(corpusId('{"id":8,"qw":"…"}')).toBe("8");
    expect(corpusId('{"id": "ab-1", "qw": "x"}')).toBe("ab-1");
    // A nested "id" first on the line must not be taken for the candidate's.
    expect(corpusId('{"meta": {"id": "99"}, "id": "7", "qw": "x"}')).toBe("7");
    expect(corpusId('{"qw": "x", "id": 12}')).toBe("12");
    expect(corpusId('{"qw": "x"}')).toBeUndefined();
    expect(corpusId("not json")).toBeUndefined();
  });
});

describe("planQuery / rankPool", () => {
  const pools = readPools({ q: ["1", "2", "3", "4"], empty: [], gone: ["8", "9"], zero: ["1"] });
  const labels = readLabels({
    q: { 1: 3, 3: 2, 4: 1, 50: 3, 60: 2 },
    empty: { 1: 3 },
    gone: { 8: 3 },
    zero: { 1: 0 },
  });
  // 1 and 2 are the same judgment published twice; 4 is absent; 60 is in the corpus outside the pool.
  const docOf = new Map([
    ["1", "d1"],
    ["2", "d1"],
    ["3", "d3"],
    ["60", "d60"],
  ]);
  it("says why a query cannot be scored", () => {
    const reason = (id: string) => {
      const plan = planQuery(id, pools, labels, docOf);
      return plan.ok ? "ok" : plan.reason;
    };
    expect(reason("missing")).toMatch(/no pool/);
    expect(reason("empty")).toMatch(/pool is empty/);
    expect(reason("gone")).toMatch(/none of its 2 pool ids is in the corpus/);
    expect(reason("zero")).toMatch(/no candidate labelled above 0/);
    const labelsOnlyElsewhere = readLabels({});
    const plan = planQuery("q", pools, labelsOnlyElsewhere, docOf);
    expect(plan.ok ? "ok" : plan.reason).toMatch(/no labels/);
  });
  it("counts what cannot be ranked and leaves corpus-absent pool ids out of the ranking", () => {
    const plan = planQuery("q", pools, labels, docOf);
    if (!plan.ok) throw new Error(plan.reason);
    expect(plan.value.poolNotInCorpus).toBe(1);
    expect(plan.value.labelledNotInPool).toBe(2); // 50 and 60
    expect(plan.value.labelledNotInCorpus).toBe(2); // 4 and 50
    expect([...plan.value.candidatesOfDoc]).toEqual([
      ["d1", ["1", "2"]],
      ["d3", ["3"]],
    ]);
    // The engine returned d3 only: d1's candidates follow in pool order; 4 is not ranked.
    expect(rankPool(["d3"], plan.value)).toEqual(["3", "1", "2"]);
    expect(rankPool(["d1", "d3"], plan.value)).toEqual(["1", "2", "3"]);
  });
  it("looks up every pool and labelled id of the queries in the corpus", () => {
    const wanted = wantedIds([{ id: "q", facts: FACTS }], pools, labels);
    expect([...wanted].sort()).toEqual(["1", "2", "3", "4", "50", "60"]);
  });
});

describe("meanMetrics", () => {
  it("averages over the scored queries and gives null when none was scored", () => {
    const a = scoreRanking(["1"], { 1: 3 });
    const b = scoreRanking(["2"], { 1: 3 });
    expect(meanMetrics([a, b])).toEqual({
      "NDCG@10": 0.5,
      "NDCG@20": 0.5,
      "NDCG@30": 0.5,
      "P@5": 0.1,
      MAP: 0.5,
    });
    expect(meanMetrics([])["NDCG@10"]).toBeNull();
  });
  it("keeps a query with no label 3 at P@5 = AP = 0", () => {
    const m = scoreRanking(["1", "2"], { 1: 2, 2: 1 });
    expect(m.ndcg10).toBeCloseTo(1);
    expect(m.p5).toBe(0);
    expect(m.map).toBe(0);
  });
});

describe("describeError / isEngineDown", () => {
  it("lists zod issues by path", () => {
    const result = z.object({ facts: z.string().min(10, "too short") }).safeParse({ facts: "x" });
    expect(describeError(result.error)).toBe("rejected by the product: facts: too short");
  });
  it("names other errors and tells an unreachable engine from a bad query", () => {
    const down = Object.assign(new Error("connect ECONNREFUSED"), { name: "ConnectionError" });
    expect(isEngineDown(down)).toBe(true);
    const bad = Object.assign(new Error("仅有数字"), { name: "LeianError", code: "invalid_request" });
    expect(isEngineDown(bad)).toBe(false);
    expect(describeError(bad)).toBe("LeianError (invalid_request): 仅有数字");
  });
});
