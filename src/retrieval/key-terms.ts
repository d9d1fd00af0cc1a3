/**
 * Key fact terms a pending case shares with a result, by TF-IDF with the index's own document
 * frequencies: the "key shared fact terms" of the explanation. Pure.
 */
import { idf, type TermStatistics } from "../search/term-stats.ts";

/** Tokens that are never key facts: numbers, dates, amounts and units on their own. */
const NOT_A_KEY_TERM = /^(?:[\d.,%:-]+|[年月日时分秒元号条款项次个名人克]|毫克|毫升|千克|公斤|万元|余元|许)$/;

/**
 * Up to `limit` terms of the result's facts that also occur in the pending facts, strongest first:
 * weight = (1 + ln tf_query) · (1 + ln tf_doc) · idf.
 */
export function sharedKeyTerms(
  queryTokens: readonly string[],
  docTokens: readonly string[],
  stats: TermStatistics,
  limit = 8,
): string[] {
  const count = (tokens: readonly string[]) => {
    const tf = new Map<string, number>();
    for (const t of tokens) if (!NOT_A_KEY_TERM.test(t)) tf.set(t, (tf.get(t) ?? 0) + 1);
    return tf;
  };
  const query = count(queryTokens);
  const doc = count(docTokens);
  const weighted: [string, number][] = [];
  for (const [term, tfq] of query) {
    const tfd = doc.get(term);
    if (tfd === undefined) continue;
    const w = idf(stats, term);
    if (w > 0) weighted.push([term, (1 + Math.log(tfq)) * (1 + Math.log(tfd)) * w]);
  }
  weighted.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return weighted.slice(0, limit).map(([t]) => t);
}
