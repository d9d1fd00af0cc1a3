/**
 * Withdrawal and deletion of judgments in the live index, by id or case number. A withdrawn
 * judgment stays stored (reports that cited it can still show it, flagged) but every search filters
 * it out; a deleted one is gone.
 */
import type { estypes } from "@elastic/elasticsearch";
import type { JudgmentRecord } from "../judgment/record.ts";
import type { Client } from "./client.ts";
import { type JudgmentDocument, toJudgmentDocument } from "./documents.ts";

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
    const operations: (estypes.BulkOperationContainer | JudgmentDocument)[] = [];
    if (status === undefined) {
      for (const id of ids) operations.push({ delete: { _index: alias, _id: id } });
    } else {
      // The whole document is rebuilt from its stored record: a partial update would re-index from
      // _source, which leaves out the segmented text fields (mappings/judgments.v4.json), and the
      // judgment would lose its text in the index.
      for (let i = 0; i < ids.length; i += 100) {
        const chunk = ids.slice(i, i + 100);
        const res = await client.search<{ record: JudgmentRecord }>({
          index: alias,
          size: chunk.length,
          query: { ids: { values: chunk } },
          _source: ["record"],
        });
        for (const hit of res.hits.hits) {
          const record = hit._source?.record;
          if (!record) continue;
          operations.push(
            { index: { _index: hit._index, _id: hit._id as string } },
            toJudgmentDocument({ ...record, status }),
          );
        }
      }
    }
    if (operations.length > 0) {
      const res = await client.bulk({ operations, refresh: true });
      changed = res.items.filter((item) => {
        const r = item.index ?? item.delete;
        return r !== undefined && r.status < 300;
      }).length;
    }
  }
  return { matched, notFound: matched.filter((m) => m.ids.length === 0).map((m) => m.key), changed };
}
