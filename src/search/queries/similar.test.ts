import { describe, expect, it } from "vitest";
import { buildSimilarQuery } from "./similar.ts";

describe("buildSimilarQuery", () => {
  it("scores facts by BM25 with named clauses and keeps the judge's text out of query syntax", () => {
    const body = buildSimilarQuery({
      factTokens: ["醉酒", "驾驶", "机动车", "OR", "*"],
      charges: ["危险驾驶罪"],
      causes: [],
      statutes: ["刑法#133-1"],
      window: 50,
      filters: { provinces: ["湖南省"] },
    });
    expect(body.size).toBe(50);
    expect(body.include_named_queries_score).toBe(true);
    const bool = body.query?.bool;
    expect(bool?.should).toContainEqual({ match: { facts_seg: { query: "醉酒 驾驶 机动车 OR *", _name: "facts" } } });
    expect(JSON.stringify(bool)).not.toMatch(/query_string/);
    expect(JSON.stringify(bool?.should)).toContain('"charges":["危险驾驶罪"]');
    expect(JSON.stringify(bool?.should)).toContain('"statutes":["刑法#133-1"]');
    expect(bool?.filter).toContainEqual({ terms: { province: ["湖南省"] } });
    expect(bool?.filter).toContainEqual({ term: { status: "effective" } });
  });

  it("asks only for text when no charges or statutes are known", () => {
    const body = buildSimilarQuery({ factTokens: ["盗窃"], charges: [], causes: [], statutes: [], window: 10 });
    expect((body.query?.bool?.should as unknown[]).length).toBe(2);
  });
});
