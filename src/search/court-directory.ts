/**
 * The courts an index holds judgments of, read from the engine for placing the judge's court
 * (src/retrieval/similar.ts judgesCourt): their names and codes, and the code of the court a name
 * written by a judge denotes (src/judgment/courts.ts courtsNamed). Names are compared in the
 * service, never sent to the engine as a pattern built from the request.
 */
import { LeianError } from "../errors.ts";
import { canonicalCourtName, courtsNamed, type IndexedCourt, isModernCourtCode } from "../judgment/courts.ts";
import type { Client } from "./client.ts";

/** Court names an index holds at most (~3,500 courts in China, some under several spellings). */
const MAX_COURTS = 20_000;
/** How long an index's list of courts is kept: courts whose judgments arrive later are found then. */
export const COURT_DIRECTORY_TTL_MS = 10 * 60_000;

type Found = { code: string | undefined; courts: string[] };
type Cached<T> = { value: Promise<T>; at: number };
/** Per client: each alias's courts, and each (alias, name) answer — both for COURT_DIRECTORY_TTL_MS. */
const caches = new WeakMap<Client, Map<string, Cached<unknown>>>();

/**
 * `read()` once per key and client for COURT_DIRECTORY_TTL_MS; concurrent callers share the read,
 * and a failed read is not remembered.
 */
function cached<T>(client: Client, key: string, read: () => Promise<T>): Promise<T> {
  let byKey = caches.get(client);
  if (!byKey) {
    byKey = new Map();
    caches.set(client, byKey);
  }
  const hit = byKey.get(key);
  if (hit && Date.now() - hit.at < COURT_DIRECTORY_TTL_MS) return hit.value as Promise<T>;
  if (byKey.size > 10_000) byKey.clear();
  const value = read();
  const map = byKey;
  map.set(key, { value, at: Date.now() });
  value.catch(() => {
    if (map.get(key)?.value === value) map.delete(key);
  });
  return value;
}

/** The courts of the index behind `alias`, each with its judgments' post-2016 codes. */
export function courtDirectory(client: Client, alias: string): Promise<IndexedCourt[]> {
  return cached(client, alias, () => readDirectory(client, alias));
}

async function readDirectory(client: Client, alias: string): Promise<IndexedCourt[]> {
  type Bucket = { key: string; codes: { buckets: { key: string }[] } };
  const res = await client.search({
    index: alias,
    size: 0,
    aggs: {
      courts: {
        terms: { field: "court", size: MAX_COURTS },
        aggs: { codes: { terms: { field: "courtCode", size: 5 } } },
      },
    },
  });
  return ((res.aggregations?.courts as { buckets: Bucket[] } | undefined)?.buckets ?? []).map((b) => ({
    name: b.key,
    codes: b.codes.buckets.map((c) => c.key).filter(isModernCourtCode),
  }));
}

/**
 * The names the index's judgments numbered since 2016 give the courts of these post-2016 codes (a code
 * is one court's then; before, a province's own scheme could give one character to several:
 * src/judgment/courts.ts placingCode), each code with its names: for placing by name the judgments
 * of the judge's court and of the court one level up whose numbers tell no code (write-ups printed
 * without one, judgments numbered before 2016). Asked once per codes (cached).
 */
export function courtNamesOfCodes(
  client: Client,
  alias: string,
  codes: readonly string[],
): Promise<Map<string, string[]>> {
  const modern = [...new Set(codes.filter(isModernCourtCode))].sort();
  if (modern.length === 0) return Promise.resolve(new Map());
  return cached(client, `${alias}\u0002${modern.join(",")}`, async () => {
    type Bucket = { key: string; names: { buckets: { key: string }[] } };
    const res = await client.search({
      index: alias,
      size: 0,
      query: {
        bool: { filter: [{ terms: { courtCode: modern } }, { range: { caseYear: { gte: 2016 } } }] },
      },
      aggs: {
        codes: {
          terms: { field: "courtCode", size: modern.length },
          aggs: { names: { terms: { field: "court", size: 20 } } },
        },
      },
    });
    const buckets = (res.aggregations?.codes as { buckets: Bucket[] } | undefined)?.buckets ?? [];
    return new Map(buckets.map((b) => [b.key, b.names.buckets.map((n) => n.key)]));
  });
}

/**
 * The courts a name denotes in the index (`courts`: more than one is ambiguous, none unknown) and,
 * when it is one court, the code of its newest post-2016 number: a court renamed since 2016 (开县 →
 * 开州区) changed its code (渝0234 → 渝0154). Asked of the index once per name (cached).
 */
export function courtCodeInIndex(client: Client, alias: string, court: string): Promise<Found> {
  return cached(client, `${alias}\u0000${court.trim()}`, () => readCourtCode(client, alias, court));
}

async function readCourtCode(client: Client, alias: string, court: string): Promise<Found> {
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

/**
 * A court filter as the index spells its courts: each name typed becomes every indexed spelling of
 * that court (南京市中级人民法院 is also 江苏省南京市中级人民法院: 48 + 28 judgments of the real corpus,
 * found 48 or 28 by either spelling alone); a name no indexed court bears stays as typed (it finds
 * nothing) and is returned as `unrecognised`. A name two courts bear (朝阳区人民法院) is refused with
 * them named, at `path`. Each name's answer is kept as the judge's court's is (COURT_DIRECTORY_TTL_MS):
 * reading it goes over every indexed court, and filters repeat.
 */
export async function courtFilterSpellings(
  client: Client,
  alias: string,
  typed: readonly string[],
  path = "filters.courts",
): Promise<{ spellings: string[]; unrecognised: string[] }> {
  const out = new Set<string>();
  const unrecognised: string[] = [];
  for (const [i, name] of typed.entries()) {
    const found = await cached(client, `${alias}\u0001${name.trim()}`, async () =>
      spellingsOf(await courtDirectory(client, alias), name.trim()),
    );
    if (found.ambiguous) {
      const { courts } = found;
      const named = courts.length > 5 ? `${courts.slice(0, 5).join("、")} 等` : courts.join("、");
      const message = `“${name}”可指${courts.length}个法院：${named}，请写明省、市`;
      throw new LeianError("invalid_request", message, { details: [{ path: `${path}.${i}`, message }] });
    }
    if (found.spellings.length === 0) unrecognised.push(name);
    for (const s of found.spellings.length > 0 ? found.spellings : [name]) out.add(s);
  }
  return { spellings: [...out], unrecognised };
}

/** The indexed spellings of the court `name` denotes, or the courts it could be (see above). */
function spellingsOf(
  directory: readonly IndexedCourt[],
  name: string,
): { ambiguous: false; spellings: string[] } | { ambiguous: true; courts: string[] } {
  const { spellings, courts } = courtsNamed(directory, name);
  const written = canonicalCourtName(name);
  if (courts.length > 1) {
    // A name the index holds as written is that court's, even where noisy data makes it look like
    // two (厂东省深圳市中级人民法院, a typo, beside 深圳市中级人民法院) — unless it is the short name two
    // courts' longer names end with (朝阳区人民法院: 北京市… and 吉林省长春市…), which some judgments
    // write alone and which then named those few (review15-search: 9 of over 100).
    const extendedBy = new Set(
      directory.flatMap((c) => {
        const long = canonicalCourtName(c.name);
        return long.length > written.length && long.endsWith(written)
          ? courtsNamed(directory, c.name).courts
          : [];
      }),
    );
    return directory.some((c) => c.name === name) && extendedBy.size < 2
      ? { ambiguous: false, spellings: [name] }
      : { ambiguous: true, courts };
  }
  const out = new Set(spellings);
  // Shorter spellings of the same court (海淀区人民法院 when 北京市海淀区人民法院 is typed): an
  // indexed name the typed one extends, when it denotes that court and no other.
  const [court] = courts;
  if (court !== undefined)
    for (const c of directory) {
      const short = canonicalCourtName(c.name);
      if (out.has(c.name) || short.length >= written.length || !written.endsWith(short)) continue;
      const its = courtsNamed(directory, c.name).courts;
      if (its.length === 1 && its[0] === court) out.add(c.name);
    }
  return { ambiguous: false, spellings: [...out] };
}
