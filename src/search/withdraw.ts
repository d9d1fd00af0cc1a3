/**
 * Withdrawal and deletion of judgments in the live index, by id or case number. A withdrawn
 * judgment stays stored (reports that cited it can still show it, flagged) but every search filters
 * it out; a deleted one is gone.
 */

import { caseNumberForms } from "../judgment/case-number.ts";
import type { Client } from "./client.ts";
import { forgetDecisions, recordDecisions } from "./decisions.ts";
import { deriveReversals, type ReversalSummary } from "./reversals.ts";
import { type Rewritten, rewriteFromRecords } from "./rewrite.ts";

export interface StatusChange {
  /** Each key with the document ids it resolved to. */
  matched: { key: string; ids: string[] }[];
  notFound: string[];
  changed: number;
  /** Documents the engine refused, with its reason (the others were changed). */
  failed: { id: string; reason: string }[];
  /** Restoring: the ids whose withdraw or delete decision was forgotten (src/search/decisions.ts). */
  forgotten?: string[];
  /** The reversals derived again afterwards. */
  reversals?: ReversalSummary;
}

/** Looks up ids for keys that are either document ids or case numbers (in any bracket form: 案号). */
async function resolve(
  client: Client,
  alias: string,
  keys: string[],
): Promise<(StatusChange["matched"][number] & { caseNumbers: Map<string, string[]> })[]> {
  const matched: (StatusChange["matched"][number] & { caseNumbers: Map<string, string[]> })[] = [];
  for (const key of keys) {
    const res = await client.search<{ id: string; caseNumbers?: string[] }>({
      index: alias,
      size: 1000,
      _source: ["id", "caseNumbers"],
      query: {
        bool: {
          should: [{ term: { id: key } }, { terms: { caseNumbers: caseNumberForms(key) } }],
          minimum_should_match: 1,
        },
      },
    });
    matched.push({
      key,
      ids: res.hits.hits.map((h) => h._id as string),
      caseNumbers: new Map(res.hits.hits.map((h) => [h._id as string, h._source?.caseNumbers ?? []])),
    });
  }
  return matched;
}

/**
 * Sets `status` ("withdrawn", or back to "effective") on the matching documents, or deletes them
 * when `status` is undefined. Refreshes so the change is visible to the next search. A reversal the
 * indexer derived (src/search/reversals.ts) is derived again afterwards: a judgment put back to
 * "effective" is "reversed" again while a later instance in the index reversed it, and the earlier
 * instances a deleted judgment had reversed are looked at again.
 */
export async function setStatus(
  client: Client,
  alias: string,
  keys: string[],
  status: "withdrawn" | "effective" | undefined,
): Promise<StatusChange> {
  const matched = await resolve(client, alias, keys);
  const ids = [...new Set(matched.flatMap((m) => m.ids))];
  // Kept beside the alias, so a later reindex or upsert from the source keeps the decision
  // (src/search/decisions.ts). Putting a judgment back to effective forgets the decisions on it —
  // found by the keys as typed and by the ids they resolved to (a deleted judgment is no longer in
  // the index to resolve).
  const forgotten =
    status === "effective" ? await forgetDecisions(client, alias, [...new Set([...keys, ...ids])]) : [];
  if (status !== "effective")
    await recordDecisions(
      client,
      alias,
      matched.flatMap((m) =>
        m.ids.map((id) => ({ id, key: m.key, caseNumbers: m.caseNumbers.get(id) ?? [] })),
      ),
      status ?? "deleted",
    );
  let rewritten: Rewritten = { changed: 0, failed: [] };
  let reversals: ReversalSummary | undefined;
  if (ids.length > 0) {
    if (status === undefined) {
      // The earlier instances a deleted judgment cites, read before it goes.
      const cited = await client.search<{ priorCaseNumbers?: string[] }>({
        index: alias,
        size: ids.length,
        query: { ids: { values: ids } },
        _source: ["priorCaseNumbers"],
      });
      const priors = cited.hits.hits.flatMap((h) => h._source?.priorCaseNumbers ?? []);
      rewritten = await rewriteFromRecords(client, alias, ids, "delete");
      if (priors.length > 0) reversals = await deriveReversals(client, alias, { caseNumbers: priors });
    } else {
      rewritten = await rewriteFromRecords(client, alias, ids, (record) => {
        const { reversal: _derived, ...own } = record;
        return { ...own, status };
      });
      reversals = await deriveReversals(client, alias, { ids });
    }
  }
  return {
    matched: matched.map(({ key, ids }) => ({ key, ids })),
    notFound: matched.filter((m) => m.ids.length === 0).map((m) => m.key),
    changed: rewritten.changed,
    failed: rewritten.failed,
    ...(forgotten.length > 0 ? { forgotten } : {}),
    ...(reversals ? { reversals } : {}),
  };
}
