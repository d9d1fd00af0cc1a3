/**
 * The operators' decisions on judgments — withdrawn (撤回: out of every search) or deleted — kept
 * beside the alias, so that a later reindex or upsert of the same judgments from their source keeps
 * them: a withdrawal had been undone by the next routine reindex, silently (an operator's review,
 * review14-ops). `withdraw`, `delete` and `restore` record them (src/search/withdraw.ts); index jobs
 * read them once and apply them to every document they write (indexer/pipeline.ts).
 */
import { caseNumberForms } from "../judgment/case-number.ts";
import type { Client } from "./client.ts";
import { isAlreadyExists, isIndexNotFound } from "./errors.ts";

export type Decision = "withdrawn" | "deleted";

/** Where an alias's decisions are kept: one document per judgment id. */
const DECISION_FIELDS = {
  id: { type: "keyword" },
  decision: { type: "keyword" },
  key: { type: "keyword" },
  /** The judgment's case numbers: a deleted judgment is restored by its number too. */
  caseNumbers: { type: "keyword" },
  at: { type: "date" },
} as const;

export function decisionsIndex(alias: string): string {
  return `${alias}-decisions`;
}

/** Records `decision` for each id (the key the operator typed kept as evidence); undefined forgets it. */
export async function recordDecisions(
  client: Client,
  alias: string,
  entries: readonly { id: string; key: string; caseNumbers?: readonly string[] }[],
  decision: Decision | undefined,
): Promise<void> {
  if (entries.length === 0) return;
  const index = decisionsIndex(alias);
  if (decision === undefined) {
    const res = await client
      .bulk({ operations: entries.map((e) => ({ delete: { _index: index, _id: e.id } })), refresh: true })
      .catch((error: unknown) => {
        if (isIndexNotFound(error)) return undefined;
        throw error;
      });
    if (res?.errors) {
      const failed = res.items.find((i) => i.delete?.error);
      throw new Error(`forgetting decisions: ${failed?.delete?.error?.reason ?? "refused"}`);
    }
    return;
  }
  try {
    await client.indices.create({
      index,
      settings: { number_of_shards: 1, number_of_replicas: 0 },
      mappings: {
        dynamic: "strict",
        properties: DECISION_FIELDS,
      },
    });
  } catch (error) {
    if (!isAlreadyExists(error)) throw error;
    // An index made before a field was added takes it (adding a field is allowed on a live mapping).
    await client.indices.putMapping({ index, properties: DECISION_FIELDS });
  }
  const at = new Date().toISOString();
  const res = await client.bulk({
    operations: entries.flatMap((e) => [
      { index: { _index: index, _id: e.id } },
      { id: e.id, decision, key: e.key, caseNumbers: [...(e.caseNumbers ?? [])], at },
    ]),
    refresh: true,
  });
  if (res.errors) {
    const failed = res.items.find((i) => i.index?.error);
    throw new Error(`recording decisions: ${failed?.index?.error?.reason ?? "refused"}`);
  }
}

/** Every decision recorded for `alias` (none when nothing was ever withdrawn or deleted). */
export async function loadDecisions(client: Client, alias: string): Promise<Map<string, Decision>> {
  const out = new Map<string, Decision>();
  let after: (string | number)[] | undefined;
  for (;;) {
    const res = await client
      .search<{ id: string; decision: Decision }>({
        index: decisionsIndex(alias),
        size: 5000,
        sort: [{ id: "asc" }],
        ...(after ? { search_after: after } : {}),
      })
      .catch((error: unknown) => {
        if (isIndexNotFound(error)) return undefined;
        throw error;
      });
    const hits = res?.hits.hits ?? [];
    for (const h of hits) if (h._source) out.set(h._source.id, h._source.decision);
    if (hits.length < 5000) return out;
    after = hits.at(-1)?.sort as (string | number)[] | undefined;
  }
}

/**
 * Forgets the decisions on the judgments `keys` name — ids, or the case numbers the operator typed
 * (any bracket form) — also of judgments no longer in the index (deleted ones). Returns their ids.
 */
export async function forgetDecisions(
  client: Client,
  alias: string,
  keys: readonly string[],
): Promise<string[]> {
  const res = await client
    .search<{ id: string }>({
      index: decisionsIndex(alias),
      size: 1000,
      query: {
        bool: {
          should: [
            { terms: { id: [...keys] } },
            { terms: { key: keys.flatMap((k) => [k, ...caseNumberForms(k)]) } },
            { terms: { caseNumbers: keys.flatMap((k) => caseNumberForms(k)) } },
          ],
          minimum_should_match: 1,
        },
      },
    })
    .catch((error: unknown) => {
      if (isIndexNotFound(error)) return undefined;
      throw error;
    });
  const ids = (res?.hits.hits ?? []).flatMap((h) => (h._source ? [h._source.id] : []));
  await recordDecisions(
    client,
    alias,
    ids.map((id) => ({ id, key: id })),
    undefined,
  );
  return ids;
}
