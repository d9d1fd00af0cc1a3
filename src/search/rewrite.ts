/**
 * Changes to indexed judgments (a status, a derived reversal) made by rebuilding each whole document
 * from its stored record: a partial update would re-index from _source, which leaves out the
 * segmented text fields and the binary doc values (mappings/judgments.v8.json), and the judgment
 * would lose its text and its ranking fields in the index.
 */
import type { estypes } from "@elastic/elasticsearch";
import type { JudgmentRecord } from "../judgment/record.ts";
import type { Client } from "./client.ts";
import { decodeBinary, type JudgmentDocument, type ResultCard, toJudgmentDocument } from "./documents.ts";

export interface Rewritten {
  changed: number;
  /** Documents the engine refused, with its reason (the others were changed). */
  failed: { id: string; reason: string }[];
}

/**
 * Rebuilds the documents of `ids` (found through `target`, an alias or an index, and written back
 * to the index each lives in) from their stored records as `change` returns them, or deletes them
 * when `change` is "delete"; a record `change` returns undefined for is left as it is. Refreshes,
 * so the next search sees the change.
 */
export async function rewriteFromRecords(
  client: Client,
  target: string,
  ids: readonly string[],
  change: ((record: JudgmentRecord, id: string) => JudgmentRecord | undefined) | "delete",
): Promise<Rewritten> {
  const out: Rewritten = { changed: 0, failed: [] };
  const send = async (operations: (estypes.BulkOperationContainer | JudgmentDocument)[]) => {
    if (operations.length === 0) return;
    const res = await client.bulk({ operations });
    for (const item of res.items) {
      const r = item.index ?? item.delete;
      if (r === undefined) continue;
      if (r.status < 300) out.changed++;
      else
        out.failed.push({ id: r._id ?? "", reason: r.error?.reason ?? r.error?.type ?? `HTTP ${r.status}` });
    }
  };
  if (change === "delete") {
    await send(ids.map((id) => ({ delete: { _index: target, _id: id } })));
  } else {
    // A hundred judgments a request: a real judgment's document is ~60 KB.
    for (let i = 0; i < ids.length; i += 100) {
      const chunk = ids.slice(i, i + 100);
      const res = await client.search<{ record: JudgmentRecord }>({
        index: target,
        size: chunk.length,
        query: { ids: { values: chunk } },
        _source: ["record"],
      });
      const mapped = await mappedFields(client, [...new Set(res.hits.hits.map((h) => h._index))]);
      const operations: (estypes.BulkOperationContainer | JudgmentDocument)[] = [];
      for (const hit of res.hits.hits) {
        const record = hit._source?.record;
        const changed = record ? change(record, hit._id as string) : undefined;
        if (!changed) continue;
        operations.push(
          { index: { _index: hit._index, _id: hit._id as string } },
          onlyMapped(toJudgmentDocument(changed), mapped.get(hit._index)),
        );
      }
      await send(operations);
    }
  }
  if (out.changed > 0) await client.indices.refresh({ index: target });
  return out;
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
