/**
 * A charge model: for every charge (罪名) and cause (案由) the index holds, the centroid of its
 * judgments' facts — the TF-IDF vectors of their segmented facts (facts_seg; idf from the index's
 * document frequencies), each of length one, summed and cut to the {@link CENTROID_TERMS} heaviest
 * terms. Facts-only similar-case retrieval scores each charge by how close the pending facts come to
 * its centroid (Rocchio's classifier), a second opinion beside the vote of the closest cases
 * (src/retrieval/similar.ts): the vote follows
 * the few nearest judgments, so a frequent neighbour (故意伤害) outvotes a rarer charge whose
 * judgments as a whole describe the facts better (聚众斗殴).
 *
 * Built by the indexer from the finished index before the alias moves (at most
 * {@link SAMPLE_PER_LABEL} judgments per charge, in id order, so a build is reproducible), stored in
 * `<alias>-models` under the index's name, and read by the service once per index.
 * On LeCaRD dev, facts only, the vote alone scores NDCG@10/NDCG@30/P@5/MAP 0.815/0.908/0.494/0.558
 * and with the model as built here beside it (weight 0.3) 0.826/0.911/0.508/0.579; the grid is
 * beside DEFAULT_WEIGHTS in src/retrieval/similar.ts.
 */
import type { estypes } from "@elastic/elasticsearch";
import type { Client } from "./client.ts";
import { isAlreadyExists } from "./errors.ts";
import { NOT_A_FACT } from "./fact-pairs.ts";
import { aliasTargets } from "./indices.ts";
import { termStatistics } from "./term-stats.ts";

/** Terms kept per centroid: cutting the long tail of one-off words also steadies the scores. */
export const CENTROID_TERMS = 100;
/**
 * Judgments read per charge or cause. On LeCaRD dev (facts only) 50, 100, 200 and 1,000 rank alike
 * (NDCG@30 0.911, 0.910, 0.911, 0.910); reading more costs the indexer memory at the end of a job
 * (bench:index peak RSS 607 MB with 200, 527 MB with 50; the target is 600).
 */
export const SAMPLE_PER_LABEL = 50;
/** Charges or causes with fewer judgments get no centroid: too few to describe them. */
export const MIN_LABEL_DOCS = 3;

export interface ChargeModel {
  version: 1;
  /** The index it was built from. */
  index: string;
  /** Judgments read (each once, however many of its charges were sampled). */
  documents: number;
  /** Charge or cause → its centroid, [term, weight] heaviest first, of length one. */
  centroids: Record<string, [string, number][]>;
}

/**
 * One label's centroid (pure): each judgment's facts as a TF-IDF vector ((1 + log tf) · idf) of
 * length one, summed, cut to the `terms` heaviest and brought back to length one. Numbers and dates
 * are left out, as in the query.
 */
export function centroid(
  docs: readonly (readonly string[])[],
  idf: (term: string) => number,
  terms = CENTROID_TERMS,
): [string, number][] {
  const sum = new Map<string, number>();
  for (const tokens of docs) {
    const tf = new Map<string, number>();
    for (const t of tokens) if (!NOT_A_FACT.test(t)) tf.set(t, (tf.get(t) ?? 0) + 1);
    const vector = [...tf].map(([t, f]) => [t, (1 + Math.log(f)) * idf(t)] as const);
    const norm = Math.hypot(...vector.map(([, w]) => w)) || 1;
    for (const [t, w] of vector) sum.set(t, (sum.get(t) ?? 0) + w / norm);
  }
  const top = [...sum].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, terms);
  const norm = Math.hypot(...top.map(([, w]) => w)) || 1;
  return top.map(([t, w]) => [t, Math.round((w / norm) * 1e5) / 1e5]);
}

/**
 * Each charge's closeness to the pending facts, the closest 1 (pure): the dot product of the facts'
 * TF-IDF vector (`idf` per term, e.g. the index's BM25 idf) with each centroid, divided by the best —
 * of the labels `keep` keeps, when given (a suit's facts are compared with causes only:
 * src/retrieval/similar.ts modelLabels).
 */
export function chargeScores(
  model: Pick<ChargeModel, "centroids">,
  tokens: readonly string[],
  idf: (term: string) => number,
  keep?: (label: string) => boolean,
): Map<string, number> {
  const query = new Map<string, number>();
  for (const t of tokens) if (!NOT_A_FACT.test(t)) query.set(t, (query.get(t) ?? 0) + 1);
  const postings = postingsOf(model);
  const scores = new Map<string, number>();
  for (const [t, f] of query) {
    const weight = (1 + Math.log(f)) * idf(t);
    for (const [label, w] of postings.get(t) ?? [])
      if (!keep || keep(label)) scores.set(label, (scores.get(label) ?? 0) + weight * w);
  }
  const best = Math.max(0, ...scores.values());
  for (const [label, s] of scores) {
    if (s > 0) scores.set(label, s / best);
    else scores.delete(label);
  }
  return scores;
}

const inverted = new WeakMap<object, Map<string, [string, number][]>>();

/** The model's centroids by term (term → [label, weight]), built once per model: a query reads only its own terms'. */
function postingsOf(model: Pick<ChargeModel, "centroids">): Map<string, [string, number][]> {
  let postings = inverted.get(model);
  if (!postings) {
    postings = new Map();
    for (const [label, c] of Object.entries(model.centroids)) {
      for (const [t, w] of c) {
        const list = postings.get(t) ?? [];
        list.push([label, w]);
        postings.set(t, list);
      }
    }
    inverted.set(model, postings);
  }
  return postings;
}

/** Where the models of an alias's indices are kept: one document per index, named after it. */
export function modelsIndex(alias: string): string {
  return `${alias}-models`;
}

/** Reads up to {@link SAMPLE_PER_LABEL} judgments of every charge and cause of `index` and builds the model. */
export async function buildChargeModel(
  client: Client,
  index: string,
  samplePerLabel = SAMPLE_PER_LABEL,
  terms = CENTROID_TERMS,
): Promise<ChargeModel> {
  const labels = await client.search({
    index,
    size: 0,
    aggs: {
      charges: { terms: { field: "charges", size: 5000, min_doc_count: MIN_LABEL_DOCS } },
      causes: { terms: { field: "causes", size: 5000, min_doc_count: MIN_LABEL_DOCS } },
    },
  });
  const buckets = (name: string) =>
    ((labels.aggregations?.[name] as estypes.AggregationsStringTermsAggregate | undefined)?.buckets ??
      []) as estypes.AggregationsStringTermsBucket[];
  const wanted = [
    ...buckets("charges").map((b) => ({ field: "charges", label: String(b.key) })),
    ...buckets("causes").map((b) => ({ field: "causes", label: String(b.key) })),
  ];
  // One label at a time, so memory holds one label's judgments and the document frequencies seen so
  // far (asked of the index for each label's new terms), however large the index.
  const df = new Map<string, number>();
  let docCount = 0;
  const seen = new Set<string>();
  const out: Record<string, [string, number][]> = {};
  for (const { field, label } of wanted) {
    const res = await client.search({
      index,
      size: samplePerLabel,
      query: { term: { [field]: label } },
      sort: [{ id: "asc" }],
      _source: false,
      stored_fields: ["facts_seg"],
      docvalue_fields: ["id"],
    });
    const docs = res.hits.hits.map((hit) => {
      seen.add(String(hit.fields?.id?.[0] ?? hit._id));
      return String(hit.fields?.facts_seg?.[0] ?? "")
        .split(" ")
        .filter(Boolean);
    });
    const unknown = [...new Set(docs.flat())].filter((t) => !df.has(t) && !NOT_A_FACT.test(t));
    if (unknown.length > 0) {
      const stats = await termStatistics(client, index, "facts_seg", unknown);
      docCount = stats.docCount;
      for (const t of unknown) df.set(t, stats.df.get(t) ?? 0);
    }
    const idf = (t: string) => Math.log((docCount + 1) / ((df.get(t) ?? 0) + 1)) + 1;
    if (!out[label]) out[label] = centroid(docs, idf, terms);
  }
  return { version: 1, index, documents: seen.size, centroids: out };
}

/** Stores `model` for its index beside the alias (creating the models index on first use). */
export async function storeChargeModel(client: Client, alias: string, model: ChargeModel): Promise<void> {
  const index = modelsIndex(alias);
  try {
    await client.indices.create({
      index,
      settings: { number_of_shards: 1, number_of_replicas: 0 },
      // The centroids are read whole, never searched: kept in _source only.
      mappings: { dynamic: false, properties: { index: { type: "keyword" }, builtAt: { type: "date" } } },
    });
  } catch (error) {
    if (!isAlreadyExists(error)) throw error;
  }
  await client.index({
    index,
    id: model.index,
    document: { ...model, builtAt: new Date().toISOString() },
    refresh: true,
  });
}

/** Drops the models of indices that were deleted (one by one: the engine here has no delete-by-query). */
export async function deleteChargeModels(
  client: Client,
  alias: string,
  indices: readonly string[],
): Promise<void> {
  for (const id of indices)
    await client.delete({ index: modelsIndex(alias), id, refresh: true }, { ignore: [404] });
}

/**
 * The model of the index behind `alias` (undefined when there is none: an index built before
 * models, or an alias over several indices). Cached per client, alias and index; the alias's target
 * is looked up again after {@link ALIAS_TTL_MS}, the model after {@link MODEL_TTL_MS} (an upsert
 * rebuilds the live index's model).
 */
export async function chargeModelOf(client: Client, alias: string): Promise<ChargeModel | undefined> {
  const cache = cacheOf(client);
  const now = Date.now();
  let target = cache.targets.get(alias);
  if (!target || now - target.at > ALIAS_TTL_MS) {
    const indices = await aliasTargets(client, alias);
    target = { index: indices.length === 1 ? indices[0] : undefined, at: now };
    cache.targets.set(alias, target);
  }
  const index = target.index;
  if (!index) return undefined;
  // Keyed by alias and index: the models index is the alias's (<alias>-models).
  const key = `${alias}\u0000${index}`;
  const cached = cache.models.get(key);
  let model = cached && now - cached.at <= MODEL_TTL_MS ? cached.model : undefined;
  if (!model) {
    // One read however many requests arrive before it answers (the model is ~1 MB of JSON). A
    // missing models index or document is "no model" (ignore 404: found is false then).
    model = client
      .get<ChargeModel>({ index: modelsIndex(alias), id: index }, { ignore: [404] })
      .then((res) => (res.found ? res._source : undefined));
    // Only the models of the last few indices are kept: each reindex brings a new one.
    cache.models.delete(key);
    if (cache.models.size >= MODELS_KEPT) cache.models.delete(cache.models.keys().next().value as string);
    cache.models.set(key, { model, at: now });
    // A failed read is not remembered: the next request asks again.
    const failed = model;
    model.catch(() => {
      if (cache.models.get(key)?.model === failed) cache.models.delete(key);
    });
  }
  return model;
}

/** Models kept in a cache (one per index; an alias moves to a new index with each reindex). */
const MODELS_KEPT = 4;

/** How long an alias's target is trusted before it is looked up again. */
export const ALIAS_TTL_MS = 30_000;

/** How long a model is kept before it is read again (~1 MB, a few ms): upserts rebuild it in place. */
export const MODEL_TTL_MS = 5 * 60_000;

interface ChargeModelCache {
  targets: Map<string, { index: string | undefined; at: number }>;
  /** By alias and index name; the read itself, so that concurrent first requests share it. */
  models: Map<string, { model: Promise<ChargeModel | undefined>; at: number }>;
}

const caches = new WeakMap<Client, ChargeModelCache>();

/** The cache of one Elasticsearch client (one per app or evaluation run), made on first use. */
function cacheOf(client: Client): ChargeModelCache {
  let cache = caches.get(client);
  if (!cache) {
    cache = { targets: new Map(), models: new Map() };
    caches.set(client, cache);
  }
  return cache;
}
