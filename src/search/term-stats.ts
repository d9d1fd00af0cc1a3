/**
 * Document frequencies of a text's terms in a field, from one `termvectors` call on an artificial
 * document: the engine's own statistics, without indexing anything.
 */
import { errors } from "@elastic/elasticsearch";
import type { Client } from "./client.ts";
import { aliasTargets } from "./indices.ts";

export interface TermStatistics {
  /** Documents with the field. */
  docCount: number;
  /** Document frequency per term (absent: the term occurs nowhere). */
  df: Map<string, number>;
}

export async function termStatistics(
  client: Client,
  alias: string,
  field: string,
  tokens: readonly string[],
): Promise<TermStatistics> {
  try {
    return await indexTermStatistics(client, alias, field, tokens);
  } catch (error) {
    // `termvectors` runs on one index. An alias over several (set by hand: the indexer swaps
    // atomically) counts as their sum, as a search over the alias sees them.
    if (!(error instanceof errors.ResponseError) || !/more than one index/.test(String(error.message)))
      throw error;
    const parts = await Promise.all(
      (await aliasTargets(client, alias)).map((index) => indexTermStatistics(client, index, field, tokens)),
    );
    const df = new Map<string, number>();
    for (const part of parts) for (const [term, n] of part.df) df.set(term, (df.get(term) ?? 0) + n);
    return { docCount: parts.reduce((n, p) => n + p.docCount, 0), df };
  }
}

async function indexTermStatistics(
  client: Client,
  index: string,
  field: string,
  tokens: readonly string[],
): Promise<TermStatistics> {
  const res = await client.termvectors({
    index,
    doc: { [field]: tokens.join(" ") },
    fields: [field],
    term_statistics: true,
    field_statistics: true,
    positions: false,
    offsets: false,
    payloads: false,
  });
  const vector = res.term_vectors?.[field];
  const df = new Map<string, number>();
  for (const [term, stats] of Object.entries(vector?.terms ?? {})) df.set(term, stats.doc_freq ?? 0);
  return { docCount: vector?.field_statistics?.doc_count ?? 0, df };
}

/** BM25's inverse document frequency, as Lucene computes it. */
export function idf(stats: TermStatistics, term: string): number {
  const n = stats.docCount;
  const df = stats.df.get(term) ?? 0;
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}
