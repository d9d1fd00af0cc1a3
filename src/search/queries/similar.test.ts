import type { estypes } from "@elastic/elasticsearch";
import { describe, expect, it } from "vitest";
import {
  buildSimilarQuery,
  keyFactTerms,
  PHRASES,
  termsClause,
  weightedFactPairs,
  weightedFactTerms,
} from "./similar.ts";

describe("buildSimilarQuery", () => {
  it("selects candidates by facts and same-law boosts, rescores them by all fact terms, and keeps text out of query syntax", () => {
    const body = buildSimilarQuery({
      factTokens: ["醉酒", "驾驶", "机动车", "OR", "*"],
      charges: ["危险驾驶罪"],
      causes: [],
      statutes: ["刑法#133-1"],
      window: 50,
      filters: { provinces: ["湖南省"] },
    });
    expect(body.size).toBe(50);
    const allTerms = {
      bool: {
        should: ["醉酒", "驾驶", "机动车", "OR", "*"].map((value) => ({
          term: { facts_seg: { value, boost: 1 } },
        })),
      },
    };
    const bool = body.query?.bool;
    expect(bool?.should).toContainEqual(allTerms);
    // The final score is BM25 over every fact term (and the named phrase clause), alone.
    expect(body.rescore).toEqual({
      window_size: 50,
      query: {
        rescore_query: {
          bool: {
            should: [
              allTerms,
              termsClause("facts_pairs", weightedFactPairs(["醉酒", "驾驶", "机动车", "OR", "*"]), PHRASES),
            ],
          },
        },
        query_weight: 0,
        rescore_query_weight: 1,
      },
    });
    expect(JSON.stringify(body)).not.toMatch(/query_string/);
    expect(JSON.stringify(bool?.should)).toContain('"charges":["危险驾驶罪"]');
    expect(JSON.stringify(bool?.should)).toContain('"statutes":["刑法#133-1"]');
    expect(bool?.filter).toContainEqual({ terms: { province: ["湖南省"] } });
    expect(bool?.filter).toContainEqual({ term: { status: "effective" } });
  });

  it("selects the window by the most informative terms when term statistics are known", () => {
    const stats = {
      docCount: 1000,
      df: new Map([
        ["被告人", 999],
        ["醉酒", 10],
        ["驾驶", 300],
      ]),
    };
    const tokens = ["被告人", "醉酒", "驾驶"];
    expect(keyFactTerms(weightedFactTerms(tokens), stats, 2).map((t) => t.term)).toEqual(["醉酒", "驾驶"]);
    expect(keyFactTerms(weightedFactTerms(tokens), undefined, 2)).toHaveLength(3);
    // A term no judgment holds (idf highest of all) selects nothing: never a key term.
    const withUnknown = [...tokens, "伊莱克斯", "伊莱克斯"];
    expect(keyFactTerms(weightedFactTerms(withUnknown), stats, 2).map((t) => t.term)).toEqual([
      "醉酒",
      "驾驶",
    ]);
    expect(keyFactTerms(weightedFactTerms(["伊莱克斯"]), stats, 2)).toEqual([]);
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
    expect(body.stored_fields).toBe("_none_");
    expect(body.docvalue_fields).toEqual(["ranking"]);
  });

  it("finds candidates by charges alone when no fact term is in the index, never by every judgment", () => {
    const body = buildSimilarQuery({
      factTokens: ["伊莱克斯"],
      charges: ["盗窃罪"],
      causes: [],
      statutes: [],
      window: 10,
      termStats: { docCount: 100, df: new Map() },
    });
    const should = body.query?.bool?.should as estypes.QueryDslQueryContainer[];
    expect(should[0]).toEqual({ match_none: {} });
    expect(JSON.stringify(should[1])).toContain("盗窃罪");
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

describe("the phrase clause", () => {
  it("scores the window by the pending facts' token pairs, named so that its part of each score is known", () => {
    const tokens = ["被告人", "持刀", "抢劫", "2018-01-15", "持刀", "抢劫"];
    const body = buildSimilarQuery({
      factTokens: tokens,
      charges: [],
      causes: [],
      statutes: [],
      window: 100,
    });
    expect(weightedFactPairs(tokens)).toEqual([
      { term: "被告人_持刀", weight: 1 },
      { term: "持刀_抢劫", weight: 1.375 },
      { term: "抢劫_持刀", weight: 1 },
    ]);
    const rescore = body.rescore as { window_size: number; query: { rescore_query: unknown } };
    expect(rescore.window_size).toBe(100);
    expect(rescore.query.rescore_query).toEqual({
      bool: {
        should: [
          termsClause("facts_seg", weightedFactTerms(tokens)),
          {
            bool: {
              should: weightedFactPairs(tokens).map(({ term, weight }) => ({
                term: { facts_pairs: { value: term, boost: weight } },
              })),
              _name: PHRASES,
            },
          },
        ],
      },
    });
    expect(body.include_named_queries_score).toBe(true);
    // No pair (one token) or phrases not wanted: the text clause alone.
    const single = buildSimilarQuery({
      factTokens: ["盗窃"],
      charges: [],
      causes: [],
      statutes: [],
      window: 10,
    });
    expect((single.rescore as { query: { rescore_query: unknown } }).query.rescore_query).toEqual(
      termsClause("facts_seg", [{ term: "盗窃", weight: 1 }]),
    );
    const off = buildSimilarQuery({
      factTokens: tokens,
      charges: [],
      causes: [],
      statutes: [],
      window: 10,
      phrases: false,
    });
    expect(off.include_named_queries_score).toBeUndefined();
  });
});
