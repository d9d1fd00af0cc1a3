/**
 * Key fact terms a pending case shares with each result, by TF-IDF with the index's own document
 * frequencies (term vectors with term statistics): the "key shared fact terms" of the explanation.
 */
import type { Client } from "../search/client.ts";

/** Tokens that are never key facts: numbers, dates, amounts and units on their own. */
const NOT_A_KEY_TERM = /^(?:[\d.,%:-]+|[年月日时分秒元号条款项次个名人克]|毫克|毫升|千克|公斤|万元|余元|许)$/;

/**
 * For each id, up to `limit` terms of its facts that also occur in `queryTokens`, strongest first:
 * weight = (1 + ln tf_query) · (1 + ln tf_doc) · ln(N / df).
 */
export async function sharedKeyTerms(
  client: Client,
  alias: string,
  ids: string[],
  queryTokens: string[],
  limit = 8,
): Promise<Map<string, string[]>> {
  const queryTf = new Map<string, number>();
  for (const t of queryTokens) if (!NOT_A_KEY_TERM.test(t)) queryTf.set(t, (queryTf.get(t) ?? 0) + 1);
  const result = new Map<string, string[]>();
  if (ids.length === 0 || queryTf.size === 0) return result;
  const res = await client.mtermvectors({
    index: alias,
    ids,
    fields: ["facts_seg"],
    term_statistics: true,
    field_statistics: true,
    positions: false,
    offsets: false,
    payloads: false,
  });
  for (const doc of res.docs) {
    const field = doc.term_vectors?.facts_seg;
    if (!doc._id || !field) continue;
    const n = field.field_statistics?.doc_count ?? 1;
    const weighted: [string, number][] = [];
    for (const [term, stats] of Object.entries(field.terms ?? {})) {
      const tfq = queryTf.get(term);
      if (tfq === undefined) continue;
      const df = Math.max(1, stats.doc_freq ?? 1);
      const idf = Math.log(Math.max(1, n / df));
      if (idf <= 0) continue;
      weighted.push([term, (1 + Math.log(tfq)) * (1 + Math.log(stats.term_freq)) * idf]);
    }
    weighted.sort((a, b) => b[1] - a[1]);
    result.set(
      doc._id,
      weighted.slice(0, limit).map(([t]) => t),
    );
  }
  return result;
}
