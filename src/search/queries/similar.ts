/**
 * Candidate retrieval for similar cases (pure): BM25 over the segmented facts, with the judge's
 * charges/causes and statutes pulling same-law cases into the candidate window. The final order is
 * decided by src/retrieval/similar.ts from each hit's text score and its doc values, so every part of
 * a score can be shown to the judge.
 */
import type { estypes } from "@elastic/elasticsearch";
import type { CaseFilters } from "../../retrieval/types.ts";
import { RANKING_FIELDS } from "../documents.ts";
import { factPairs, NOT_A_FACT } from "../fact-pairs.ts";
import { NO_STORED_FIELDS } from "../hits.ts";
import { idf, type TermStatistics } from "../term-stats.ts";
import { filterClauses } from "./filters.ts";

export interface SimilarQueryInput {
  /** Segmented facts of the pending case (and its disputed issues). */
  factTokens: readonly string[];
  /** Canonical charges (罪名) the judge gave. */
  charges: readonly string[];
  /**
   * The causes (案由) the judge gave, each in every form it is searched by (src/judgment/causes.ts
   * causeForms): a parent cause with the causes below it, over a hundred for 合同纠纷.
   */
  causes: readonly string[];
  /** `law#article` keys. */
  statutes: readonly string[];
  filters?: CaseFilters;
  /** Candidates fetched for re-ranking. */
  window: number;
  /** Document frequencies of the fact terms (src/search/term-stats.ts); without them all terms select. */
  termStats?: TermStatistics;
  /** Also score the window by the facts' token pairs (see {@link PHRASES}); default true. */
  phrases?: boolean;
  /** Leave criminal judgments out: a civil or administrative case (the judge gave causes, no charges). */
  notCriminal?: boolean;
}

/**
 * Name of the phrase clause of the rescore: BM25 of the pending facts' adjacent-token pairs
 * (持刀_抢劫, 入户_盗窃: src/search/fact-pairs.ts) over each candidate's `facts_pairs`. A hit's
 * `matched_queries[PHRASES]` is its phrase score (absent: no shared pair) and `_score` minus it
 * its text score (src/retrieval/similar.ts).
 */
export const PHRASES = "phrases";

/** Fact terms that select the window. */
const KEY_TERMS = 32;

/**
 * What the re-ranker and the tier order read of each window candidate, as an index built before
 * mappings v5 holds it: one doc value per field (since v5, one binary doc value, `ranking`).
 */
export const LEGACY_RANKING_DOC_VALUES = RANKING_FIELDS.map((field) =>
  field === "decisionDate" ? { field, format: "strict_date" } : field,
);

/** Long fact descriptions are capped: the leading tokens carry the conduct, the tail mostly evidence lists. */
const MAX_QUERY_TOKENS = 400;

/**
 * The query's fact terms with their weights. A term repeated in the pending facts weighs more,
 * but with BM25's own saturation (k1 = 1.2): tf · 2.2 / (tf + 1.2), so a name of a place or a
 * drug repeated ten times does not drown the rest (on LeCaRD dev, facts only, NDCG@30 0.884 →
 * 0.893 together with dropping numbers and dates, which match by accident).
 */
export function weightedFactTerms(factTokens: readonly string[]): { term: string; weight: number }[] {
  return saturated(factTokens.filter((t) => !NOT_A_FACT.test(t)).slice(0, MAX_QUERY_TOKENS));
}

function saturated(tokens: readonly string[]): { term: string; weight: number }[] {
  const tf = new Map<string, number>();
  for (const t of tokens) tf.set(t, (tf.get(t) ?? 0) + 1);
  return [...tf].map(([term, n]) => ({ term, weight: Math.round(((n * 2.2) / (n + 1.2)) * 1000) / 1000 }));
}

/** The pending facts' adjacent-token pairs (src/search/fact-pairs.ts), weighted like the terms. */
export function weightedFactPairs(factTokens: readonly string[]): { term: string; weight: number }[] {
  return saturated(factPairs(factTokens.filter((t) => !NOT_A_FACT.test(t)).slice(0, MAX_QUERY_TOKENS)));
}

/** A bool `should` of weighted term queries over `field` (one BM25 sum), optionally named. */
export function termsClause(
  field: string,
  terms: { term: string; weight: number }[],
  name?: string,
): estypes.QueryDslQueryContainer {
  return {
    bool: {
      should: terms.map(({ term, weight }) => ({ term: { [field]: { value: term, boost: weight } } })),
      ...(name ? { _name: name } : {}),
    },
  };
}

/**
 * The `count` most informative fact terms (saturated tf × idf) the index holds: enough to find the
 * candidates. Terms found in most judgments (被告人, 经审理查明…) cost the most to score and select
 * nothing; terms found in none (a place, a brand) have the highest idf and would select nothing at
 * all — on an index of other regions' judgments they had filled every place, and the window came
 * back empty.
 */
export function keyFactTerms(
  terms: { term: string; weight: number }[],
  stats: TermStatistics | undefined,
  count: number,
): { term: string; weight: number }[] {
  if (!stats) return terms;
  return terms
    .filter((t) => (stats.df.get(t.term) ?? 0) > 0)
    .map((t) => ({ ...t, value: t.weight * idf(stats, t.term) }))
    .sort((a, b) => b.value - a.value || (a.term < b.term ? -1 : 1))
    .slice(0, count)
    .map(({ term, weight }) => ({ term, weight }));
}

/**
 * The candidate query, in two steps:
 * 1. find the window: the key fact terms, plus same-charge and same-statute boosts that decide which
 *    cases enter the window (same charge first; the re-ranker weighs charges and statutes itself);
 * 2. rescore the window by BM25 over all the fact terms plus the named phrase clause, alone
 *    (`query_weight: 0`): each hit's `_score` is then its text score plus its phrase score, and
 *    `matched_queries` gives the phrase score ({@link PHRASES}). The phrase clause had been a second
 *    search over the window's ids: folded in, the engine works 0.4 ms more (4.5 against 4.2 ms,
 *    sequential means over LeCaRD's dev queries on the 100k bench index) and the request takes one
 *    round trip, ~1.5 ms of wall time, less; the scores are the same (within 1e-4).
 * On 100k documents with 8 clients this doubled throughput against one query over all terms
 * (window 200 → 100 mattered most); LeCaRD dev metrics moved by less than 0.005. A clause over the
 * reasoning (boost 0.2) was dropped: it moved no metric by more than 0.008 and cost a quarter of
 * the latency. Rescoring with the 64 (48) most informative fact terms instead of all (mean 80 on
 * LeCaRD dev) would save ~0.8 ms of engine CPU a request, but costs ranking: NDCG@30 with charges
 * 0.919 → 0.913 (0.909), facts only 0.908 → 0.901 (0.896) — the common terms still separate cases.
 */
export function buildSimilarQuery(input: SimilarQueryInput): estypes.SearchRequest {
  const terms = weightedFactTerms(input.factTokens);
  // A short list of documents (an evaluation pool, a report being re-run) is taken whole: every
  // listed document is a candidate, whatever terms it shares.
  const listed = input.filters?.ids !== undefined && input.filters.ids.length <= input.window;
  const keyTerms = listed ? [] : keyFactTerms(terms, input.termStats, KEY_TERMS);
  const should: estypes.QueryDslQueryContainer[] = [
    // No key term (no fact term is in the index): only the charges and statutes can find cases; an
    // empty bool would match every judgment.
    listed
      ? { match_all: {} }
      : keyTerms.length > 0
        ? termsClause("facts_seg", keyTerms)
        : { match_none: {} },
  ];
  const legal = [...input.charges, ...input.causes];
  if (legal.length > 0) {
    should.push({
      constant_score: {
        filter: { bool: { should: [{ terms: { charges: legal } }, { terms: { causes: legal } }] } },
        boost: 1000,
      },
    });
  }
  if (input.statutes.length > 0) {
    should.push({ constant_score: { filter: { terms: { statutes: [...input.statutes] } }, boost: 100 } });
  }
  const pairs = input.phrases === false ? [] : weightedFactPairs(input.factTokens);
  const text = termsClause("facts_seg", terms);
  const rescoreQuery: estypes.QueryDslQueryContainer =
    pairs.length > 0 ? { bool: { should: [text, termsClause("facts_pairs", pairs, PHRASES)] } } : text;
  return {
    size: input.window,
    track_total_hits: false,
    rescore: {
      window_size: input.window,
      query: { rescore_query: rescoreQuery, query_weight: 0, rescore_query_weight: 1 },
    },
    ...(pairs.length > 0 ? { include_named_queries_score: true } : {}),
    // One binary doc value, no stored field (src/search/hits.ts): parsing each candidate's whole
    // stored record (tens of KB) for a dozen keyword fields was half the latency of this query on
    // a 100k-document index, and even `_id` alone cost most of the rest.
    ...NO_STORED_FIELDS,
    docvalue_fields: ["ranking"],
    query: {
      bool: {
        should,
        minimum_should_match: 1,
        filter: filterClauses(input.filters),
        // Criminal by its category, or — a document of no category — by the charges it carries.
        ...(input.notCriminal
          ? {
              must_not: [
                { term: { category: "刑事" } },
                {
                  bool: {
                    filter: [{ exists: { field: "charges" } }],
                    must_not: [{ exists: { field: "category" } }],
                  },
                },
              ],
            }
          : {}),
      },
    },
  };
}
