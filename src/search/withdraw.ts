/**
 * Withdrawal and deletion of judgments in the live index, by id or case number. A withdrawn
 * judgment stays stored (reports that cited it can still show it, flagged) but every search filters
 * it out; a deleted one is gone.
 */
import type { estypes } from "@elastic/elasticsearch";
import type { Client } from "./client.ts";

export interface StatusChange {
  /** Each key with the document ids it resolved to. */
  matched: { key: string; ids: string[] }[];
  notFound: string[];
  changed: number;
}

/** Looks up ids for keys that are either document ids or case numbers (as written in the 案号). */
async function resolve(client: Client, alias: string, keys: string[]): Promise<StatusChange["matched"]> {
  const matched: StatusChange["matched"] = [];
  for (const key of keys) {
    const res = await client.search<{ id: string }>({
      index: alias,
      size: 1000,
      _source: ["id"],
      query: {
        bool: { should: [{ term: { id: key } }, { term: { caseNumbers: key } }], minimum_should_match: 1 },
      },
    });
    matched.push({ key, ids: res.hits.hits.map((h) => h._id as string) });
  }
  return matched;
}

/**
 * Sets `status` ("withdrawn", or back to "effective") on the matching documents, or deletes them
 * when `status` is undefined. Refreshes so the change is visible to the next search.
 */
export async function setStatus(
  client: Client,
  alias: string,
  keys: string[],
  status: "withdrawn" | "effective" | undefined,
): Promise<StatusChange> {
  const matched = await resolve(client, alias, keys);
  const ids = [...new Set(matched.flatMap((m) => m.ids))];
  let changed = 0;
  if (ids.length > 0) {
    const operations: (estypes.BulkOperationContainer | estypes.BulkUpdateAction)[] = [];
    for (const id of ids) {
      if (status === undefined) operations.push({ delete: { _index: alias, _id: id } });
      // No scripting in this distribution: a partial document merges into both the indexed field
      // and the stored record.
      else operations.push({ update: { _index: alias, _id: id } }, { doc: { status, record: { status } } });
    }
    const res = await client.bulk({ operations, refresh: true });
    changed = res.items.filter((item) => {
      const r = item.update ?? item.delete;
      return r !== undefined && r.status < 300;
    }).length;
  }
  return { matched, notFound: matched.filter((m) => m.ids.length === 0).map((m) => m.key), changed };
}
