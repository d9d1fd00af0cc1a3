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

/**
 * How long the frequencies read for an alias are reused. They change only when judgments are added
 * or withdrawn (a reindex builds an index of nearly the same judgments): a minute-old frequency is
 * as good a weight, and asking the engine for every request's terms had cost each /similar ~1.5 ms
 * of engine CPU and a round trip, for terms mostly asked already.
 */
export const TERM_STATS_TTL_MS = 60_000;
/** Terms remembered per alias and field at most; beyond, the memory starts again. */
const MAX_REMEMBERED_TERMS = 200_000;

interface Remembered {
  at: number;
  docCount: number;
  df: Map<string, number>;
  /** Every term asked, found or not: a term the index lacks is not asked again either. */
  asked: Set<string>;
}

/** Per client (one per app or evaluation run): per alias and field, what was read and when. */
const remembered = new WeakMap<Client, Map<string, Remembered>>();

/**
 * {@link termStatistics}, the engine asked only for tokens not asked within {@link TERM_STATS_TTL_MS}
 * (similar-case requests; an index build asks once per term anyway). The answer's `df` may hold
 * other terms too.
 */
export async function rememberedTermStatistics(
  client: Client,
  alias: string,
  field: string,
  tokens: readonly string[],
): Promise<TermStatistics> {
  let byKey = remembered.get(client);
  if (!byKey) {
    byKey = new Map();
    remembered.set(client, byKey);
  }
  const key = `${alias}\u0000${field}`;
  const now = Date.now();
  let entry = byKey.get(key);
  if (!entry || now - entry.at > TERM_STATS_TTL_MS || entry.asked.size > MAX_REMEMBERED_TERMS) {
    entry = { at: now, docCount: 0, df: new Map(), asked: new Set() };
    byKey.set(key, entry);
  }
  const known = entry.asked;
  const missing = [...new Set(tokens)].filter((t) => !known.has(t));
  if (missing.length > 0) {
    const read = await termStatistics(client, alias, field, missing);
    for (const [term, n] of read.df) entry.df.set(term, n);
    for (const term of missing) entry.asked.add(term);
    entry.docCount = read.docCount;
  }
  return { docCount: entry.docCount, df: entry.df };
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
