/**
 * The court `npm start` gives its demo tokens: one the index holds judgments of. A court the index
 * does not know (the demo once used a made-up 演示市中级人民法院) is answered "未能识别本院" by
 * /similar and reports, and their ordinary tier is then not ordered by court.
 */
import { LeianError } from "../src/errors.ts";
import { judgesCourt } from "../src/retrieval/similar.ts";
import type { Client } from "../src/search/client.ts";

/** A court of the index, as the demo's tokens and example report name it. */
export interface DemoCourt {
  name: string;
  /** Its post-2016 case-number code (浙02), when its judgments carry one. */
  code?: string;
}

/**
 * The intermediate court with the most judgments behind `alias` (ties by name: the same index gives
 * the same court) that the service recognises as one court; undefined when the index holds none.
 */
export async function demoCourt(client: Client, alias: string): Promise<DemoCourt | undefined> {
  const res = await client.search({
    index: alias,
    size: 0,
    query: { term: { courtLevel: "中级" } },
    aggs: { courts: { terms: { field: "court", size: 20, order: [{ _count: "desc" }, { _key: "asc" }] } } },
  });
  const buckets = (res.aggregations?.courts as { buckets?: { key: string }[] } | undefined)?.buckets ?? [];
  for (const { key } of buckets) {
    const found = await judgesCourt(client, alias, { court: key }).catch((error: unknown) => {
      // A name two courts bear is refused by /similar too: not one to sign the demo in with.
      if (error instanceof LeianError && error.code === "invalid_request") return undefined;
      throw error;
    });
    if (found && !found.unrecognised) return { name: key, ...(found.code ? { code: found.code } : {}) };
  }
  return undefined;
}
