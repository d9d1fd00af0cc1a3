/**
 * Fact similarity from the engine for findings about single cases (outlier_months,
 * against_majority). Clusters are built from legal structure only (src/audit/cluster.ts); a case
 * can share its charges, statutes and bands with a cluster and still be a different situation (a
 * theft of 1千–3千 that is really a burglary series, a 危险驾驶 that is a street race). Only flagged
 * cases are checked, so the cost is one query per flagged case plus a few per cluster.
 *
 * The measure, for a query case q in a cluster C:
 * - one BM25 search over `facts_seg` restricted to C's ids (`ids` filter), with q's facts as the
 *   query, weighted exactly like the similar-case search (buildSimilarQuery: numbers and dates
 *   dropped, saturated term frequency, first 400 tokens);
 * - peer similarity sim(q) = mean score of q's top-k peers (k = FACT_PEERS, a missing peer counting
 *   0) ÷ q's score against itself — a cosine-like 0–1 figure that does not depend on how long q's
 *   facts are (when q does not reach the top k + 1 of its own query, the top score stands in for
 *   its self score);
 * - the cluster's typical peer similarity: the median sim of FACT_REFERENCES reference cases of the
 *   cluster that are not flagged (spread evenly over the cluster's id order: deterministic);
 * - factSimilarity = sim(flagged) ÷ typical. 1 reads "as close to its nearest peers as a typical
 *   case of its cluster is to its own".
 * A flagged case with factSimilarity < FACT_THRESHOLD has facts clearly unlike its cluster's: its
 * severity is multiplied by FACT_DOWNGRADE and its summary says so (可能属不同情形) — the finding
 * stays, for a reader to judge, but drops down the list.
 */
import type { estypes } from "@elastic/elasticsearch";
import type { Client } from "../search/client.ts";
import { hitId, NO_STORED_FIELDS, storedText } from "../search/hits.ts";
import { termsClause, weightedFactTerms } from "../search/queries/similar.ts";
import type { AuditCluster, AuditFinding } from "./model.ts";
import { median, round } from "./stats.ts";

/** Peers whose scores are averaged. */
export const FACT_PEERS = 5;
/** Unflagged cases of a cluster whose peer similarity makes the cluster's typical one. */
export const FACT_REFERENCES = 5;
/** factSimilarity below which a flagged case's facts are taken as unlike its cluster's. */
export const FACT_THRESHOLD = 0.5;
/** Severity factor of a finding whose case's facts are unlike its cluster's. */
export const FACT_DOWNGRADE = 0.5;

export interface ScoredHit {
  id: string;
  score: number;
}

/**
 * sim(q): mean of the top `k` peer scores (missing peers count 0; fewer slots when the cluster has
 * fewer than k peers) ÷ the self score. Undefined when nothing scored or q has no peer.
 */
export function peerSimilarity(
  selfId: string,
  hits: readonly ScoredHit[],
  clusterSize: number,
  k = FACT_PEERS,
): number | undefined {
  const slots = Math.min(k, clusterSize - 1);
  if (slots <= 0 || hits.length === 0) return undefined;
  const top = Math.max(...hits.map((h) => h.score));
  const self = hits.find((h) => h.id === selfId)?.score ?? top;
  if (!(self > 0)) return undefined;
  const peers = hits
    .filter((h) => h.id !== selfId)
    .map((h) => h.score)
    .sort((a, b) => b - a)
    .slice(0, slots);
  return peers.reduce((a, b) => a + b, 0) / slots / self;
}

/** Up to `count` unflagged ids of the cluster, evenly spaced over their sorted order. */
export function referenceIds(
  caseIds: readonly string[],
  flagged: ReadonlySet<string>,
  count = FACT_REFERENCES,
): string[] {
  const pool = caseIds.filter((id) => !flagged.has(id)).sort();
  if (pool.length <= count) return pool;
  return Array.from(
    { length: count },
    (_, i) => pool[Math.floor(((i + 0.5) * pool.length) / count)] as string,
  );
}

export interface FactCheck {
  /** sim(flagged) ÷ the cluster's typical sim. */
  factSimilarity: number;
  /** sim(flagged). */
  own: number;
  /** Median sim of the reference cases. */
  typical: number;
}

/** The check of one flagged case, or undefined when either side could not be measured. */
export function factCheck(
  own: number | undefined,
  references: readonly (number | undefined)[],
): FactCheck | undefined {
  const known = references.filter((r): r is number => r !== undefined);
  if (own === undefined || known.length === 0) return undefined;
  const typical = median(known);
  if (!(typical > 0)) return undefined;
  return { factSimilarity: round(own / typical, 2), own: round(own, 3), typical: round(typical, 3) };
}

/** The finding with the check recorded, and downgraded when the facts are unlike the cluster's. */
export function applyFactCheck(
  finding: AuditFinding,
  check: FactCheck | undefined,
  threshold = FACT_THRESHOLD,
): AuditFinding {
  if (!check) return finding;
  const numbers = {
    ...finding.numbers,
    factSimilarity: check.factSimilarity,
    factPeerSimilarity: check.own,
    factTypicalSimilarity: check.typical,
  };
  if (check.factSimilarity >= threshold) return { ...finding, numbers };
  return {
    ...finding,
    severity: round(finding.severity * FACT_DOWNGRADE, 3),
    summary: `${finding.summary}；事实与同类案件差异较大（与最相近类案的事实相似度仅为该组典型水平的 ${Math.round(check.factSimilarity * 100)}%），可能属不同情形，严重程度已下调`,
    numbers,
  };
}

/** The search scoring q's facts against a cluster's cases (pure). */
export function factSearch(
  factTokens: readonly string[],
  clusterIds: readonly string[],
  k = FACT_PEERS,
): estypes.SearchSearchRequestBody | undefined {
  const terms = weightedFactTerms(factTokens);
  if (terms.length === 0) return undefined;
  return {
    size: k + 1,
    track_total_hits: false,
    ...NO_STORED_FIELDS,
    docvalue_fields: ["id"],
    query: {
      bool: {
        filter: [{ ids: { values: [...clusterIds] } }],
        should: [termsClause("facts_seg", terms)],
        minimum_should_match: 1,
      },
    },
  };
}

const BATCH = 50;
const PARALLEL = 4;

async function inParallel<T>(tasks: (() => Promise<T>)[], parallel: number): Promise<T[]> {
  const out: T[] = new Array(tasks.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(parallel, tasks.length) }, async () => {
      while (next < tasks.length) {
        const i = next++;
        out[i] = await (tasks[i] as () => Promise<T>)();
      }
    }),
  );
  return out;
}

/** facts_seg tokens of `ids` (a stored field: mappings/judgments.v8.json). */
async function factTokensOf(
  client: Client,
  alias: string,
  ids: readonly string[],
): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  for (let i = 0; i < ids.length; i += 1000) {
    const chunk = ids.slice(i, i + 1000);
    const res = await client.search({
      index: alias,
      size: chunk.length,
      query: { ids: { values: chunk } },
      stored_fields: ["facts_seg"],
      _source: false,
      track_total_hits: false,
    });
    for (const h of res.hits.hits) {
      const seg = storedText(h, "facts_seg");
      if (seg) out.set(h._id as string, seg.split(" ").filter(Boolean));
    }
  }
  return out;
}

/**
 * Records the fact check on every finding about a single case (see the module comment), lowering
 * the severity of those whose facts are unlike their cluster's. Other findings pass unchanged.
 */
export async function checkFindingFacts(
  client: Client,
  alias: string,
  clusters: readonly AuditCluster[],
  findings: readonly AuditFinding[],
): Promise<AuditFinding[]> {
  const clusterOf = new Map(clusters.map((c) => [c.id, c]));
  const flaggedBy = new Map<string, Set<string>>();
  for (const f of findings) {
    if (!f.case) continue;
    const set = flaggedBy.get(f.clusterId) ?? new Set<string>();
    set.add(f.case.id);
    flaggedBy.set(f.clusterId, set);
  }
  /** One query per (cluster, case): flagged cases and the cluster's references. */
  const queries: { clusterId: string; id: string }[] = [];
  const refsBy = new Map<string, string[]>();
  for (const [clusterId, flagged] of flaggedBy) {
    const cluster = clusterOf.get(clusterId);
    if (!cluster) continue;
    const refs = referenceIds(cluster.caseIds, flagged);
    refsBy.set(clusterId, refs);
    for (const id of [...flagged, ...refs]) queries.push({ clusterId, id });
  }
  if (queries.length === 0) return [...findings];
  const tokens = await factTokensOf(client, alias, [...new Set(queries.map((q) => q.id))]);
  const bodies = queries.map((q) => {
    const t = tokens.get(q.id);
    const cluster = clusterOf.get(q.clusterId) as AuditCluster;
    return t ? factSearch(t, cluster.caseIds) : undefined;
  });
  const sent = queries.flatMap((q, i) => (bodies[i] ? [{ q, body: bodies[i] }] : []));
  const batches: (typeof sent)[] = [];
  for (let i = 0; i < sent.length; i += BATCH) batches.push(sent.slice(i, i + BATCH));
  const sims = new Map<string, number | undefined>();
  await inParallel(
    batches.map((batch) => async () => {
      const res = await client.msearch({ index: alias, searches: batch.flatMap((s) => [{}, s.body]) });
      res.responses.forEach((r, i) => {
        const { q } = batch[i] as (typeof sent)[number];
        if ("error" in r) return;
        const hits = r.hits.hits.map((h) => ({ id: hitId(h), score: h._score ?? 0 }));
        const size = (clusterOf.get(q.clusterId) as AuditCluster).caseIds.length;
        sims.set(`${q.clusterId}|${q.id}`, peerSimilarity(q.id, hits, size));
      });
    }),
    PARALLEL,
  );
  return findings.map((f) => {
    if (!f.case) return f;
    const refs = refsBy.get(f.clusterId) ?? [];
    const check = factCheck(
      sims.get(`${f.clusterId}|${f.case.id}`),
      refs.map((id) => sims.get(`${f.clusterId}|${id}`)),
    );
    return applyFactCheck(f, check);
  });
}
