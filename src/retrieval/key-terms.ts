/**
 * Key fact terms a pending case shares with a result: the "key shared fact terms" of the
 * explanation. Each pending fact term is a named query over the result's segmented facts, and the
 * engine reports each term's BM25 contribution to that result (TF-IDF with the index's own document
 * frequencies and the result's length); the strongest are shown. Computing this in the engine
 * spares the service from fetching and splitting the results' whole fact sections — on the
 * 100k-document benchmark that was ~8 ms of service CPU per /similar request.
 */
import type { estypes } from "@elastic/elasticsearch";

/** Tokens that are never key facts: numbers, dates, amounts and units on their own. */
const NOT_A_KEY_TERM = /^(?:[\d.,%:-]+|[年月日时分秒元号条款项次个名人克]|毫克|毫升|千克|公斤|万元|余元|许)$/;

/**
 * The terms that can be key facts: numbers, dates, amounts and units on their own are not, nor is a
 * single character (湘, 赵: pieces of names jieba did not know, shown to a judge as shared "facts").
 */
export function explainableTerms<T extends { term: string }>(terms: readonly T[]): T[] {
  return terms.filter(({ term }) => [...term].length > 1 && !NOT_A_KEY_TERM.test(term));
}

/** Named term queries (pure): one per candidate key term, weighted like the similarity query. */
export function keyTermQueries(
  terms: readonly { term: string; weight: number }[],
  field = "facts_seg",
): estypes.QueryDslQueryContainer[] {
  return explainableTerms(terms).map(({ term, weight }) => ({
    term: { [field]: { value: term, boost: weight, _name: term } },
  }));
}

/**
 * Up to `limit` terms a hit matched, by their score in it, strongest first. The hit comes from a
 * search over `keyTermQueries` with `include_named_queries_score: true`.
 */
export function sharedKeyTerms(
  hit: Pick<estypes.SearchHit<unknown>, "matched_queries">,
  limit = 8,
): string[] {
  const matched = hit.matched_queries;
  if (!matched || Array.isArray(matched)) return [];
  return Object.entries(matched)
    .filter(([, score]) => score > 0)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit)
    .map(([term]) => term);
}
