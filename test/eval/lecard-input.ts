/**
 * Pure logic of the LeCaRD evaluation (test/eval/lecard.ts): reading and checking the query, pool
 * and label files, mapping a pool onto the corpus, ranking, the metrics and their averages. No I/O,
 * no Elasticsearch: everything here is unit-tested in lecard-input.test.ts and metrics.test.ts.
 *
 * Every input problem that concerns one query becomes a skip with a reason; only a file that cannot
 * be read at all (not JSON, not an object) stops the run.
 */

/** A query as the evaluation uses it: ids are strings, whatever the file wrote. */
export interface Query {
  id: string;
  facts: string;
  /** As given (blank or non-string entries dropped); canonicalising them is the product's job. */
  charges?: string[];
}

export interface Skip {
  id: string;
  reason: string;
}

/** An id as a string: LeCaRD files write ids as strings, other exports as numbers. */
export function asId(value: unknown): string | undefined {
  if (typeof value === "number") return Number.isSafeInteger(value) ? String(value) : undefined;
  if (typeof value === "string") return value.trim() || undefined;
  return undefined;
}

/** The queries of a JSONL file; a line that cannot be used is skipped, named by its id or line. */
export function parseQueries(text: string): { queries: Query[]; skipped: Skip[]; warnings: string[] } {
  const queries: Query[] = [];
  const skipped: Skip[] = [];
  const warnings: string[] = [];
  const seen = new Set<string>();
  text.split("\n").forEach((line, index) => {
    if (!line.trim()) return;
    const where = `line ${index + 1}`;
    let obj: unknown;
    try {
      obj = JSON.parse(line);
    } catch (error) {
      skipped.push({ id: where, reason: `queries file, ${where}: not JSON (${(error as Error).message})` });
      return;
    }
    if (obj === null || typeof obj !== "object" || Array.isArray(obj)) {
      skipped.push({ id: where, reason: `queries file, ${where}: not a JSON object` });
      return;
    }
    const record = obj as Record<string, unknown>;
    const id = asId(record.id);
    if (id === undefined) {
      skipped.push({ id: where, reason: `queries file, ${where}: no usable "id"` });
      return;
    }
    if (seen.has(id)) {
      skipped.push({ id, reason: `duplicate query id (${where}); the first occurrence is scored` });
      return;
    }
    seen.add(id);
    if (typeof record.facts !== "string" || !record.facts.trim()) {
      skipped.push({ id, reason: `no facts (${where}: "facts" missing, empty or not a string)` });
      return;
    }
    const query: Query = { id, facts: record.facts };
    const charges = record.charges;
    if (charges !== undefined && charges !== null) {
      // A single charge written as a string counts as a list of one.
      const list: unknown[] = Array.isArray(charges) ? charges : [charges];
      const kept = list.filter((c): c is string => typeof c === "string" && c.trim() !== "");
      if (kept.length < list.length)
        warnings.push(`query ${id}: ${list.length - kept.length} blank or non-string charge(s) dropped`);
      query.charges = kept;
    }
    queries.push(query);
  });
  return { queries, skipped, warnings };
}

type Checked<T> = { ok: true; value: T } | { ok: false; reason: string };

function asObject(raw: unknown, file: string): Record<string, unknown> {
  if (raw === null || typeof raw !== "object" || Array.isArray(raw))
    throw new Error(`${file} file: expected a JSON object keyed by query id`);
  return raw as Record<string, unknown>;
}

/**
 * Pools file: query id → candidate ids (strings or numbers). Ids are deduplicated, keeping the first
 * place; an entry that is not a list is reported when its query is evaluated.
 */
export function readPools(raw: unknown): Map<string, Checked<string[]>> {
  const pools = new Map<string, Checked<string[]>>();
  for (const [key, value] of Object.entries(asObject(raw, "pools"))) {
    if (!Array.isArray(value)) {
      pools.set(key.trim(), { ok: false, reason: "its pool is not a list of candidate ids" });
      continue;
    }
    const ids = [...new Set(value.map(asId).filter((id): id is string => id !== undefined))];
    pools.set(key.trim(), { ok: true, value: ids });
  }
  return pools;
}

/**
 * Labels file: query id → { candidate id → grade }. Grades are numbers (numeric strings accepted);
 * any other grade is dropped, and the drop counted.
 */
export function readLabels(
  raw: unknown,
): Map<string, Checked<{ grades: Record<string, number>; dropped: number }>> {
  const labels = new Map<string, Checked<{ grades: Record<string, number>; dropped: number }>>();
  for (const [key, value] of Object.entries(asObject(raw, "labels"))) {
    if (value === null || typeof value !== "object" || Array.isArray(value)) {
      labels.set(key.trim(), { ok: false, reason: "its labels are not an object of candidate id → grade" });
      continue;
    }
    const grades: Record<string, number> = {};
    let dropped = 0;
    for (const [doc, grade] of Object.entries(value)) {
      const g = typeof grade === "string" && grade.trim() !== "" ? Number(grade) : grade;
      const id = doc.trim();
      if (typeof g === "number" && Number.isFinite(g) && id) grades[id] = g;
      else dropped++;
    }
    labels.set(key.trim(), { ok: true, value: { grades, dropped } });
  }
  return labels;
}

/**
 * The LeCaRD candidate id of a corpus line. Fast path: the line opens with `{"id": …` (the dataset's
 * own layout), so that "id" is certainly the top-level one; otherwise the line is parsed.
 */
export function corpusId(line: string): string | undefined {
  const fast = /^\s*\{\s*"id"\s*:\s*(?:"([^"\\]*)"|(\d+))\s*[,}]/.exec(line);
  if (fast) return asId(fast[1] ?? Number(fast[2]));
  try {
    const obj = JSON.parse(line) as unknown;
    if (obj === null || typeof obj !== "object" || Array.isArray(obj)) return undefined;
    return asId((obj as Record<string, unknown>).id);
  } catch {
    return undefined;
  }
}

/** What one query's evaluation works with once its pool is mapped onto the corpus. */
export interface Plan {
  pool: string[];
  labels: Record<string, number>;
  /** Index document id → the pool's candidate ids that are that document (duplicates publish twice). */
  candidatesOfDoc: Map<string, string[]>;
  /** Pool ids absent from the corpus: they cannot be ranked and are left out of the ranking. */
  poolNotInCorpus: number;
  /** Candidates labelled above 0 outside the pool, or absent from the corpus: they are never ranked,
   * yet count in the ideal DCG (and in MAP's divisor when labelled 3). */
  labelledNotInPool: number;
  labelledNotInCorpus: number;
  droppedGrades: number;
}

/**
 * Maps a query's pool onto the corpus (`docOf`: candidate id → index document id, for every pool
 * and labelled id found in the corpus), or says why the query cannot be scored.
 */
export function planQuery(
  id: string,
  pools: Map<string, Checked<string[]>>,
  labels: Map<string, Checked<{ grades: Record<string, number>; dropped: number }>>,
  docOf: Map<string, string>,
): Checked<Plan> {
  const pool = pools.get(id);
  if (!pool) return { ok: false, reason: "no pool for this query id in the pools file" };
  if (!pool.ok) return pool;
  if (pool.value.length === 0) return { ok: false, reason: "its pool is empty" };
  const label = labels.get(id);
  if (!label) return { ok: false, reason: "no labels for this query id in the labels file" };
  if (!label.ok) return label;
  const grades = label.value.grades;
  // Without a positive grade the ideal DCG is 0: NDCG is undefined, not 0.
  if (!Object.values(grades).some((g) => g > 0))
    return { ok: false, reason: "no candidate labelled above 0 (NDCG undefined)" };
  const candidatesOfDoc = new Map<string, string[]>();
  let poolNotInCorpus = 0;
  for (const cid of pool.value) {
    const doc = docOf.get(cid);
    if (doc) candidatesOfDoc.set(doc, [...(candidatesOfDoc.get(doc) ?? []), cid]);
    else poolNotInCorpus++;
  }
  if (candidatesOfDoc.size === 0)
    return { ok: false, reason: `none of its ${pool.value.length} pool ids is in the corpus` };
  const inPool = new Set(pool.value);
  const labelled = Object.keys(grades).filter((d) => (grades[d] ?? 0) > 0);
  return {
    ok: true,
    value: {
      pool: pool.value,
      labels: grades,
      candidatesOfDoc,
      poolNotInCorpus,
      labelledNotInPool: labelled.filter((d) => !inPool.has(d)).length,
      labelledNotInCorpus: labelled.filter((d) => !docOf.has(d)).length,
      droppedGrades: label.value.dropped,
    },
  };
}

/**
 * The ranked candidate ids: the engine's order (`returned`: document ids), then the pool members it
 * did not return (no shared terms at all) in pool order. Pool members absent from the corpus are not
 * ranked at all.
 */
export function rankPool(returned: string[], plan: Plan): string[] {
  const ranked = returned.flatMap((doc) => plan.candidatesOfDoc.get(doc) ?? []);
  const placed = new Set(ranked);
  const inCorpus = new Set([...plan.candidatesOfDoc.values()].flat());
  for (const cid of plan.pool) if (inCorpus.has(cid) && !placed.has(cid)) ranked.push(cid);
  return ranked;
}

// Metrics (LeCaRD protocol): graded labels 0–3, an unlabelled candidate counts 0.

/** NDCG@k, linear gain rel/log2(rank+1), against the ideal order of ALL the query's labels as given
 * (as trec_eval does): a labelled candidate that could not be ranked still counts in the ideal. */
export function ndcg(ranked: string[], labels: Record<string, number>, k: number): number {
  const dcg = ranked.slice(0, k).reduce((sum, id, i) => sum + (labels[id] ?? 0) / Math.log2(i + 2), 0);
  const ideal = Object.values(labels)
    .sort((a, b) => b - a)
    .slice(0, k)
    .reduce((sum, rel, i) => sum + rel / Math.log2(i + 2), 0);
  return ideal === 0 ? 0 : dcg / ideal;
}

/** P@k with label 3 as relevant; the divisor is k even when fewer than k candidates were ranked. */
export function precisionAt(ranked: string[], labels: Record<string, number>, k: number): number {
  return ranked.slice(0, k).filter((id) => labels[id] === 3).length / k;
}

/**
 * AP with label 3 as relevant, over the number of label-3 candidates as given (trec_eval). A query
 * with no label-3 candidate gets AP 0 (and P@5 0): it stays in the MAP and P@5 means, as it stays
 * in the NDCG means; the report counts such queries (`noLabel3`).
 */
export function averagePrecision(ranked: string[], labels: Record<string, number>): number {
  const relevant = Object.values(labels).filter((l) => l === 3).length;
  if (relevant === 0) return 0;
  let hits = 0;
  let sum = 0;
  ranked.forEach((id, i) => {
    if (labels[id] === 3) {
      hits++;
      sum += hits / (i + 1);
    }
  });
  return sum / relevant;
}

export interface Metrics {
  ndcg10: number;
  ndcg20: number;
  ndcg30: number;
  p5: number;
  map: number;
}

export function scoreRanking(ranked: string[], labels: Record<string, number>): Metrics {
  return {
    ndcg10: ndcg(ranked, labels, 10),
    ndcg20: ndcg(ranked, labels, 20),
    ndcg30: ndcg(ranked, labels, 30),
    p5: precisionAt(ranked, labels, 5),
    map: averagePrecision(ranked, labels),
  };
}

const round = (x: number) => Math.round(x * 10000) / 10000;

/** Means over the scored queries (in order, rounded to 4 places); null when none was scored. */
export function meanMetrics(
  scored: Metrics[],
): Record<"NDCG@10" | "NDCG@20" | "NDCG@30" | "P@5" | "MAP", number | null> {
  const totals: Metrics = { ndcg10: 0, ndcg20: 0, ndcg30: 0, p5: 0, map: 0 };
  for (const m of scored) for (const key of Object.keys(totals) as (keyof Metrics)[]) totals[key] += m[key];
  const n = scored.length;
  const mean = (x: number) => (n === 0 ? null : round(x / n));
  return {
    "NDCG@10": mean(totals.ndcg10),
    "NDCG@20": mean(totals.ndcg20),
    "NDCG@30": mean(totals.ndcg30),
    "P@5": mean(totals.p5),
    MAP: mean(totals.map),
  };
}

/** A one-line reason for an error thrown while evaluating one query (zod issues listed by path). */
export function describeError(error: unknown): string {
  const issues = (error as { issues?: unknown }).issues;
  if (Array.isArray(issues)) {
    const list = issues.map(
      (i: { path?: unknown[]; message?: string }) =>
        `${(i.path ?? []).join(".") || "(request)"}: ${i.message ?? "invalid"}`,
    );
    return `rejected by the product: ${list.join("; ")}`;
  }
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return `${error.name}${typeof code === "string" ? ` (${code})` : ""}: ${error.message}`;
  }
  return String(error);
}

/** Errors that say the engine is unreachable, not that the query is bad: they stop the whole run
 * rather than skip every remaining query. */
export function isEngineDown(error: unknown): boolean {
  const name = (error as { name?: unknown }).name;
  const code = (error as { code?: unknown }).code;
  return (
    name === "ConnectionError" ||
    name === "NoLivingConnectionsError" ||
    name === "TimeoutError" ||
    code === "engine_unavailable"
  );
}

/** The candidate ids the corpus scan must look up: every pool and labelled id of the queries. */
export function wantedIds(
  queries: Query[],
  pools: Map<string, Checked<string[]>>,
  labels: Map<string, Checked<{ grades: Record<string, number>; dropped: number }>>,
): Set<string> {
  const wanted = new Set<string>();
  for (const q of queries) {
    const pool = pools.get(q.id);
    if (pool?.ok) for (const id of pool.value) wanted.add(id);
    const label = labels.get(q.id);
    if (label?.ok) for (const id of Object.keys(label.value.grades)) wanted.add(id);
  }
  return wanted;
}
