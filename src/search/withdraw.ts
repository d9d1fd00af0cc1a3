/**
 * Withdrawal and deletion of judgments in the live index, by id or case number. A withdrawn
 * judgment stays stored (reports that cited it can still show it, flagged) but every search filters
 * it out; a deleted one is gone.
 */

import type { estypes } from "@elastic/elasticsearch";
import { caseNumberForms } from "../judgment/case-number.ts";
import type { JudgmentRecord } from "../judgment/record.ts";
import type { Client } from "./client.ts";
import { decodeBinary, type JudgmentDocument, type ResultCard, toJudgmentDocument } from "./documents.ts";

export interface StatusChange {
  /** Each key with the document ids it resolved to. */
  matched: { key: string; ids: string[] }[];
  notFound: string[];
  changed: number;
  /** Documents the engine refused, with its reason (the others were changed). */
  failed: { id: string; reason: string }[];
}

/** Looks up ids for keys that are either document ids or case numbers (in any bracket form: 案号). */
async function resolve(client: Client, alias: string, keys: string[]): Promise<StatusChange["matched"]> {
  const matched: StatusChange["matched"] = [];
  for (const key of keys) {
    const res = await client.search<{ id: string }>({
      index: alias,
      size: 1000,
      _source: ["id"],
      query: {
        bool: {
          should: [{ term: { id: key } }, { terms: { caseNumbers: caseNumberForms(key) } }],
          minimum_should_match: 1,
        },
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
  const failed: StatusChange["failed"] = [];
  if (ids.length > 0) {
    const operations: (estypes.BulkOperationContainer | JudgmentDocument)[] = [];
    if (status === undefined) {
      for (const id of ids) operations.push({ delete: { _index: alias, _id: id } });
    } else {
      // The whole document is rebuilt from its stored record: a partial update would re-index from
      // _source, which leaves out the segmented text fields (mappings/judgments.v6.json), and the
      // judgment would lose its text in the index.
      for (let i = 0; i < ids.length; i += 100) {
        const chunk = ids.slice(i, i + 100);
        const res = await client.search<{ record: JudgmentRecord }>({
          index: alias,
          size: chunk.length,
          query: { ids: { values: chunk } },
          _source: ["record"],
        });
        const mapped = await mappedFields(client, [...new Set(res.hits.hits.map((h) => h._index))]);
        for (const hit of res.hits.hits) {
          const record = hit._source?.record;
          if (!record) continue;
          operations.push(
            { index: { _index: hit._index, _id: hit._id as string } },
            onlyMapped(toJudgmentDocument({ ...record, status }), mapped.get(hit._index)),
          );
        }
      }
    }
    if (operations.length > 0) {
      const res = await client.bulk({ operations, refresh: true });
      for (const item of res.items) {
        const r = item.index ?? item.delete;
        if (r === undefined) continue;
        if (r.status < 300) changed++;
        else failed.push({ id: r._id ?? "", reason: r.error?.reason ?? r.error?.type ?? `HTTP ${r.status}` });
      }
    }
  }
  return { matched, notFound: matched.filter((m) => m.ids.length === 0).map((m) => m.key), changed, failed };
}

/** Top-level fields each index maps. */
async function mappedFields(client: Client, indices: string[]): Promise<Map<string, Set<string>>> {
  if (indices.length === 0) return new Map();
  const res = await client.indices.getMapping({ index: indices });
  return new Map(
    Object.entries(res).map(([index, m]) => [index, new Set(Object.keys(m.mappings.properties ?? {}))]),
  );
}

/**
 * The document as its index maps it: the live index may have been built by an older version (its
 * mappings are strict), and a withdrawal must not wait for a reindex. Fields it does not map are
 * left out; the excerpts, which mappings v4 held as fields of their own, are taken from the card.
 */
function onlyMapped(doc: JudgmentDocument, fields: Set<string> | undefined): JudgmentDocument {
  if (!fields) return doc;
  const { reasoningExcerpt, dispositionExcerpt, holdingExcerpt } = decodeBinary<ResultCard>(doc.card);
  const all = { ...doc, reasoningExcerpt, dispositionExcerpt, holdingExcerpt };
  return Object.fromEntries(
    Object.entries(all).filter(([key, value]) => value !== undefined && fields.has(key)),
  ) as unknown as JudgmentDocument;
}
