/**
 * The courts an index holds judgments of, read from the engine for placing the judge's court
 * (src/retrieval/similar.ts judgesCourt): their names and codes, and the code of the court a name
 * written by a judge denotes (src/judgment/courts.ts courtsNamed). Names are compared in the
 * service, never sent to the engine as a pattern built from the request.
 */
import { courtsNamed, type IndexedCourt, isModernCourtCode } from "../judgment/courts.ts";
import type { Client } from "./client.ts";

/** Court names an index holds at most (~3,500 courts in China, some under several spellings). */
const MAX_COURTS = 20_000;
/** How long an index's list of courts is kept: courts whose judgments arrive later are found then. */
export const COURT_DIRECTORY_TTL_MS = 10 * 60_000;

const directories = new WeakMap<Client, Map<string, { courts: Promise<IndexedCourt[]>; at: number }>>();

/** The courts of the index behind `alias`, each with its judgments' post-2016 codes. */
export function courtDirectory(client: Client, alias: string): Promise<IndexedCourt[]> {
  let byAlias = directories.get(client);
  if (!byAlias) {
    byAlias = new Map();
    directories.set(client, byAlias);
  }
  const cached = byAlias.get(alias);
  if (cached && Date.now() - cached.at < COURT_DIRECTORY_TTL_MS) return cached.courts;
  type Bucket = { key: string; codes: { buckets: { key: string }[] } };
  const courts = client
    .search({
      index: alias,
      size: 0,
      aggs: {
        courts: {
          terms: { field: "court", size: MAX_COURTS },
          aggs: { codes: { terms: { field: "courtCode", size: 5 } } },
        },
      },
    })
    .then((res) =>
      ((res.aggregations?.courts as { buckets: Bucket[] } | undefined)?.buckets ?? []).map((b) => ({
        name: b.key,
        codes: b.codes.buckets.map((c) => c.key).filter(isModernCourtCode),
      })),
    );
  byAlias.set(alias, { courts, at: Date.now() });
  // A failed read is not remembered.
  courts.catch(() => {
    if (byAlias.get(alias)?.courts === courts) byAlias.delete(alias);
  });
  return courts;
}

/**
 * The courts a name denotes in the index (`courts`: more than one is ambiguous, none unknown) and,
 * when it is one court, the code of its newest post-2016 number: a court renamed since 2016 (开县 →
 * 开州区) changed its code (渝0234 → 渝0154).
 */
export async function courtCodeInIndex(
  client: Client,
  alias: string,
  court: string,
): Promise<{ code: string | undefined; courts: string[] }> {
  const { spellings, courts } = courtsNamed(await courtDirectory(client, alias), court);
  if (courts.length !== 1) return { code: undefined, courts };
  const res = await client.search({
    index: alias,
    size: 1,
    _source: false,
    sort: [{ caseYear: "desc" }],
    query: { bool: { filter: [{ terms: { court: spellings } }, { range: { caseYear: { gte: 2016 } } }] } },
    docvalue_fields: ["courtCode"],
  });
  const code = res.hits.hits[0]?.fields?.courtCode?.[0];
  return { code: isModernCourtCode(code) ? code : undefined, courts };
}
