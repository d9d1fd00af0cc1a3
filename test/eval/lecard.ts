/**
 * `npm run eval:lecard -- [--queries F] [--pools F] [--labels F] [--corpus F] [--use-charges] [--per-query]`
 *
 * Ranks each query's candidate pool through the same `similarCases` the API serves (restricted to
 * the pool's documents) and prints NDCG@10/20/30, P@5 and MAP as JSON. Starts Elasticsearch when
 * none answers and builds (or reuses) an index of the corpus through the real indexer.
 *
 * Protocol (LeCaRD, Ma et al. 2021): graded labels 0–3, an unlabelled pool member counts 0; NDCG
 * with linear gain rel/log2(rank+1) against the ideal order of the query's labels; P@5 and MAP
 * count label 3 as relevant.
 */
import { createReadStream, existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { createBrotliDecompress, createGunzip } from "node:zlib";
import { toRecord } from "../../indexer/convert.ts";
import { DEFAULT_WEIGHTS, type SimilarWeights, similarCases } from "../../src/retrieval/similar.ts";
import { PendingCase } from "../../src/retrieval/types.ts";
import { createClient } from "../../src/search/client.ts";
import { optionsFromEnv, start } from "../../tools/es/manager.ts";
import { ensureCorpusIndex } from "./corpus-index.ts";

const root = path.resolve(import.meta.dirname, "../..");
const lecard = path.resolve(root, "../shared/data/lecard");

const { values: args } = parseArgs({
  options: {
    queries: { type: "string", default: path.join(lecard, "queries.dev.jsonl") },
    pools: { type: "string", default: path.join(lecard, "pools.dev.json") },
    labels: { type: "string", default: path.join(lecard, "labels.dev.json") },
    corpus: { type: "string", default: path.join(lecard, "candidates.jsonl.br") },
    alias: { type: "string", default: "leian-eval-lecard" },
    "use-charges": { type: "boolean", default: false },
    "per-query": { type: "boolean", default: false },
    reindex: { type: "boolean", default: false },
    /** Experiments only: override re-ranking weights as JSON. */
    weights: { type: "string" },
  },
});

interface Query {
  id: string;
  facts: string;
  charges?: string[];
}

function lines(file: string) {
  const raw = createReadStream(file);
  const input = file.endsWith(".br")
    ? raw.pipe(createBrotliDecompress())
    : file.endsWith(".gz")
      ? raw.pipe(createGunzip())
      : raw;
  return createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
}

export function ndcg(ranked: string[], labels: Record<string, number>, k: number): number {
  const dcg = ranked.slice(0, k).reduce((sum, id, i) => sum + (labels[id] ?? 0) / Math.log2(i + 2), 0);
  const ideal = Object.values(labels)
    .sort((a, b) => b - a)
    .slice(0, k)
    .reduce((sum, rel, i) => sum + rel / Math.log2(i + 2), 0);
  return ideal === 0 ? 0 : dcg / ideal;
}

export function precisionAt(ranked: string[], labels: Record<string, number>, k: number): number {
  return ranked.slice(0, k).filter((id) => labels[id] === 3).length / k;
}

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

async function main(): Promise<void> {
  for (const file of [args.queries, args.pools, args.labels, args.corpus]) {
    if (!existsSync(file)) throw new Error(`not found: ${file} (pass --queries/--pools/--labels/--corpus)`);
  }
  const queries: Query[] = (await readFile(args.queries, "utf8"))
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Query);
  const pools = JSON.parse(await readFile(args.pools, "utf8")) as Record<string, string[]>;
  const labels = JSON.parse(await readFile(args.labels, "utf8")) as Record<string, Record<string, number>>;

  const node = await start(optionsFromEnv());
  const client = createClient({ url: node.url, requestTimeoutMs: 120_000 });
  const alias = args.alias;
  const corpus = path.resolve(args.corpus);

  const index = await ensureCorpusIndex(client, alias, corpus, { rebuild: args.reindex });
  if (index.built)
    console.error(`eval: indexed ${index.documents} documents in ${index.seconds?.toFixed(1)} s`);

  // Candidate id → document id, by the indexer's own identity rule (the same judgment published
  // twice is one document: both candidate ids map to it).
  const wanted = new Set(queries.flatMap((q) => pools[q.id] ?? []));
  const docOf = new Map<string, string>();
  for await (const line of lines(corpus)) {
    const id = /"id":\s*"?(\d+)/.exec(line)?.[1];
    if (!id || !wanted.has(id)) continue;
    docOf.set(id, (await toRecord({ kind: "json", format: "lecard", line })).id);
  }

  const weights: SimilarWeights = args.weights
    ? { ...DEFAULT_WEIGHTS, ...JSON.parse(args.weights) }
    : DEFAULT_WEIGHTS;
  const perQuery: Record<string, Record<string, number>> = {};
  const totals = { ndcg10: 0, ndcg20: 0, ndcg30: 0, p5: 0, map: 0 };
  for (const q of queries) {
    const pool = pools[q.id] ?? [];
    const label = labels[q.id] ?? {};
    const candidatesOfDoc = new Map<string, string[]>();
    for (const cid of pool) {
      const doc = docOf.get(cid);
      if (doc) candidatesOfDoc.set(doc, [...(candidatesOfDoc.get(doc) ?? []), cid]);
    }
    const pending = PendingCase.parse({
      facts: q.facts,
      ...(args["use-charges"] && q.charges ? { charges: q.charges } : {}),
      size: 100,
      filters: { ids: [...candidatesOfDoc.keys()], includeIneffective: true },
    });
    const result = await similarCases(client, alias, pending, {
      explain: false,
      window: 100,
      weights,
    });
    const ranked = result.cases.flatMap((c) => candidatesOfDoc.get(c.id) ?? []);
    // Pool members the engine did not return (no shared terms at all) rank last.
    for (const cid of pool) if (!ranked.includes(cid)) ranked.push(cid);
    const m = {
      ndcg10: ndcg(ranked, label, 10),
      ndcg20: ndcg(ranked, label, 20),
      ndcg30: ndcg(ranked, label, 30),
      p5: precisionAt(ranked, label, 5),
      map: averagePrecision(ranked, label),
    };
    for (const key of Object.keys(totals) as (keyof typeof totals)[]) totals[key] += m[key];
    perQuery[q.id] = m;
  }
  const n = queries.length;
  const round = (x: number) => Math.round(x * 10000) / 10000;
  const report = {
    queries: n,
    useCharges: args["use-charges"],
    "NDCG@10": round(totals.ndcg10 / n),
    "NDCG@20": round(totals.ndcg20 / n),
    "NDCG@30": round(totals.ndcg30 / n),
    "P@5": round(totals.p5 / n),
    MAP: round(totals.map / n),
    weights,
    ...(args["per-query"] ? { perQuery } : {}),
  };
  console.log(JSON.stringify(report, null, 2));
  await client.close();
}

if (import.meta.main) {
  main().catch((error: unknown) => {
    console.error(`eval: ${(error as Error).message}`);
    process.exitCode = 1;
  });
}
