/**
 * Candidate retrieval for similar cases (pure): BM25 over the segmented facts, with the judge's
 * charges/causes and statutes pulling same-law cases into the candidate window. The final order is
 * decided by src/retrieval/similar.ts from the per-clause scores this query names, so every part of
 * a score can be shown to the judge.
 */
import type { estypes } from "@elastic/elasticsearch";
import type { CaseFilters } from "../../retrieval/types.ts";
import { filterClauses } from "./filters.ts";

export interface SimilarQueryInput {
  /** Segmented facts of the pending case (and its disputed issues). */
  factTokens: readonly string[];
  /** Canonical charges (罪名) and causes (案由) the judge gave. */
  charges: readonly string[];
  causes: readonly string[];
  /** `law#article` keys. */
  statutes: readonly string[];
  filters?: CaseFilters;
  /** Candidates fetched for re-ranking. */
  window: number;
}

/** Fields the re-ranker and the result list need; the full record is fetched only for the top hits. */
export const CANDIDATE_FIELDS = [
  "id",
  "tier",
  "title",
  "caseNumber",
  "court",
  "courtLevel",
  "province",
  "decisionDate",
  "status",
  "committeeDiscussed",
  "charges",
  "causes",
  "statutes",
  "penaltyKinds",
  "months",
  "probationMonths",
  "fine",
  "civilDisposition",
  "awarded",
  "appeal",
  "authorityNumber",
  "procedure",
  "sourceId",
];

/** Named clauses; their scores come back per hit (`include_named_queries_score`). */
export const CLAUSE = {
  facts: "facts",
  reasoning: "reasoning",
  charges: "charges",
  statutes: "statutes",
} as const;

/** Long fact descriptions are capped: the leading tokens carry the conduct, the tail mostly evidence lists. */
const MAX_QUERY_TOKENS = 400;

export function buildSimilarQuery(input: SimilarQueryInput): estypes.SearchRequest {
  const text = input.factTokens.slice(0, MAX_QUERY_TOKENS).join(" ");
  const should: estypes.QueryDslQueryContainer[] = [
    { match: { facts_seg: { query: text, _name: CLAUSE.facts } } },
    // The reasoning restates the decisive circumstances (自首, 累犯, 数额较大): a weak second voice.
    { match: { reasoning_seg: { query: text, boost: 0.2, _name: CLAUSE.reasoning } } },
  ];
  // Same-law boosts only decide which cases enter the re-ranking window (same charge first, by
  // text within); the re-ranker weighs charges and statutes itself.
  const legal = [...input.charges, ...input.causes];
  if (legal.length > 0) {
    should.push({
      constant_score: {
        filter: { bool: { should: [{ terms: { charges: legal } }, { terms: { causes: legal } }] } },
        boost: 1000,
        _name: CLAUSE.charges,
      },
    });
  }
  if (input.statutes.length > 0) {
    should.push({
      constant_score: {
        filter: { terms: { statutes: [...input.statutes] } },
        boost: 100,
        _name: CLAUSE.statutes,
      },
    });
  }
  return {
    size: input.window,
    track_total_hits: false,
    include_named_queries_score: true,
    _source: CANDIDATE_FIELDS,
    query: { bool: { should, minimum_should_match: 1, filter: filterClauses(input.filters) } },
  };
}
