import { describe, expect, it } from "vitest";
import { buildSimilarQuery, weightedFactTerms } from "./similar.ts";

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
    expect(bool?.should).toContainEqual({
      bool: {
        should: [
          { term: { facts_seg: { value: "醉酒", boost: 1 } } },
          { term: { facts_seg: { value: "驾驶", boost: 1 } } },
          { term: { facts_seg: { value: "机动车", boost: 1 } } },
          { term: { facts_seg: { value: "OR", boost: 1 } } },
          { term: { facts_seg: { value: "*", boost: 1 } } },
        ],
        boost: 1,
        _name: "facts",
      },
    });
    expect(JSON.stringify(bool)).not.toMatch(/query_string/);
    expect(JSON.stringify(bool?.should)).toContain('"charges":["危险驾驶罪"]');
    expect(JSON.stringify(bool?.should)).toContain('"statutes":["刑法#133-1"]');
    expect(bool?.filter).toContainEqual({ terms: { province: ["湖南省"] } });
    expect(bool?.filter).toContainEqual({ term: { status: "effective" } });
  });

  it("asks only for text when no charges or statutes are known", () => {
    const body = buildSimilarQuery({
      factTokens: ["盗窃"],
      charges: [],
      causes: [],
      statutes: [],
      window: 10,
    });
    expect((body.query?.bool?.should as unknown[] | undefined)?.length).toBe(1);
    // Candidates are read from doc values, never by parsing stored records.
    expect(body._source).toBe(false);
    expect(body.docvalue_fields).toContainEqual({ field: "decisionDate", format: "strict_date" });
  });

  it("weighs repeated fact terms with saturation and drops numbers, dates and units", () => {
    const terms = weightedFactTerms([
      "被告人",
      "盗窃",
      "盗窃",
      "盗窃",
      "2018-01-15",
      "14",
      "时",
      "10",
      "分",
      "2587",
      "元",
    ]);
    expect(terms.map((t) => t.term)).toEqual(["被告人", "盗窃"]);
    expect(terms[0]?.weight).toBe(1);
    expect(terms[1]?.weight).toBeCloseTo((3 * 2.2) / 4.2, 3);
  });
});
