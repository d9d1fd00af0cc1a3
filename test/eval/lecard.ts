/**
 * `npm run eval:lecard -- [--queries F] [--pools F] [--labels F] [--corpus F] [--use-charges] [--per-query]`
 *
 * Ranks each query's candidate pool through the same `similarCases` the API serves (restricted to
 * the pool's documents) and prints NDCG@10/20/30, P@5 and MAP as JSON. Starts Elasticsearch when
 * none answers and builds (or reuses) an index of the corpus through the real indexer.
 *
 * Protocol (LeCaRD, Ma et al. 2021): graded labels 0–3, an unlabelled pool member counts 0; NDCG
 * with linear gain rel/log2(rank+1) against the ideal order of the query's labels; P@5 and MAP
 * count label 3 as relevant. Details and input checks: lecard-input.ts.
 *
 * Robustness: every query is either scored or skipped with its reason (on stderr as it happens and
 * in the JSON's `skipped`); the means are over the scored queries only (`queries`). Only an
 * unreadable file or an unreachable engine stops the run; the exit code is 1 when nothing was scored.
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
import {
  corpusId,
  describeError,
  isEngineDown,
  type Metrics,
  meanMetrics,
  parseQueries,
  planQuery,
  rankPool,
  readLabels,
  readPools,
  type Skip,
  scoreRanking,
  wantedIds,
} from "./lecard-input.ts";

const root = path.resolve(import.meta.dirname, "../..");
const lecard = path.resolve(root, "../shared/data/lecard");

const USAGE = `usage: npm run eval:lecard -- [--queries F] [--pools F] [--labels F] [--corpus F]
                            [--use-charges] [--per-query] [--reindex] [--alias A] [--weights JSON]

Prints JSON: NDCG@10/20/30, P@5, MAP averaged over the SCORED queries only ("queries");
every query that could not be scored is listed in "skipped" with its reason (also on stderr).
Queries with no label-3 candidate keep P@5 = AP = 0 in the means (counted in "noLabel3").
Ids may be strings or numbers in every file.`;

function options() {
  return parseArgs({
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
      help: { type: "boolean", default: false },
    },
  }).values;
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

/** A whole JSON file; a file that is not JSON stops the run, naming the file. */
async function readJson(file: string, what: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    throw new Error(`${what} file ${file} is not valid JSON: ${(error as Error).message}`);
  }
}

async function main(): Promise<void> {
  const args = options();
  if (args.help) {
    console.log(USAGE);
    return;
  }
  for (const file of [args.queries, args.pools, args.labels, args.corpus]) {
    if (!existsSync(file)) throw new Error(`not found: ${file} (pass --queries/--pools/--labels/--corpus)`);
  }
  const weights: SimilarWeights = args.weights
    ? { ...DEFAULT_WEIGHTS, ...JSON.parse(args.weights) }
    : DEFAULT_WEIGHTS;
  const read = parseQueries(await readFile(args.queries, "utf8"));
  const pools = readPools(await readJson(args.pools, "pools"));
  const labels = readLabels(await readJson(args.labels, "labels"));
  const queries = read.queries;
  const skipped: Skip[] = [];
  const skip = (s: Skip) => {
    skipped.push(s);
    console.error(`eval: skipped query ${s.id}: ${s.reason}`);
  };
  read.skipped.forEach(skip);
  for (const w of read.warnings) console.error(`eval: ${w}`);

  const node = await start(optionsFromEnv());
  const client = createClient({ url: node.url, requestTimeoutMs: 120_000 });
  const alias = args.alias;
  const corpus = path.resolve(args.corpus);

  try {
    const index = await ensureCorpusIndex(client, alias, corpus, { rebuild: args.reindex });
    if (index.built)
      console.error(`eval: indexed ${index.documents} documents in ${index.seconds?.toFixed(1)} s`);

    // Candidate id → document id, by the indexer's own identity rule (the same judgment published
    // twice is one document: both candidate ids map to it). Labelled ids are looked up too, to tell
    // a labelled candidate absent from the corpus from one merely outside the pool.
    const wanted = wantedIds(queries, pools, labels);
    const docOf = new Map<string, string>();
    let corpusLinesWithoutId = 0;
    for await (const line of lines(corpus)) {
      if (!line.trim()) continue;
      const id = corpusId(line);
      if (id === undefined) corpusLinesWithoutId++;
      if (id === undefined || !wanted.has(id) || docOf.has(id)) continue;
      try {
        docOf.set(id, (await toRecord({ kind: "json", format: "lecard", line })).id);
      } catch (error) {
        // The indexer dead-letters such a line as well: the candidate counts as absent.
        console.error(`eval: corpus candidate ${id} unreadable, counted absent: ${(error as Error).message}`);
      }
    }
    if (corpusLinesWithoutId > 0)
      console.error(`eval: ${corpusLinesWithoutId} corpus line(s) without a usable "id" ignored`);

    const perQuery: Record<string, Metrics & Record<string, number>> = {};
    const scored: Metrics[] = [];
    const unranked = { poolNotInCorpus: 0, labelledNotInPool: 0, labelledNotInCorpus: 0 };
    let noLabel3 = 0;
    let invalidGradesDropped = 0;
    for (const q of queries) {
      const plan = planQuery(q.id, pools, labels, docOf);
      if (!plan.ok) {
        skip({ id: q.id, reason: plan.reason });
        continue;
      }
      const p = plan.value;
      let returned: string[];
      try {
        const pending = PendingCase.parse({
          facts: q.facts,
          ...(args["use-charges"] && q.charges ? { charges: q.charges } : {}),
          size: 100,
          filters: { ids: [...p.candidatesOfDoc.keys()], includeIneffective: true },
        });
        const result = await similarCases(client, alias, pending, { explain: false, window: 100, weights });
        returned = result.cases.map((c) => c.id);
      } catch (error) {
        if (isEngineDown(error)) throw error;
        skip({ id: q.id, reason: describeError(error) });
        continue;
      }
      const m = scoreRanking(rankPool(returned, p), p.labels);
      scored.push(m);
      if (!Object.values(p.labels).includes(3)) noLabel3++;
      unranked.poolNotInCorpus += p.poolNotInCorpus;
      unranked.labelledNotInPool += p.labelledNotInPool;
      unranked.labelledNotInCorpus += p.labelledNotInCorpus;
      invalidGradesDropped += p.droppedGrades;
      if (p.droppedGrades)
        console.error(`eval: query ${q.id}: ${p.droppedGrades} non-numeric grade(s) ignored`);
      perQuery[q.id] = {
        ...m,
        ...(p.poolNotInCorpus ? { poolNotInCorpus: p.poolNotInCorpus } : {}),
        ...(p.labelledNotInPool ? { labelledNotInPool: p.labelledNotInPool } : {}),
        ...(p.labelledNotInCorpus ? { labelledNotInCorpus: p.labelledNotInCorpus } : {}),
      };
    }
    const report = {
      /** Scored queries: the means below are over these only. */
      queries: scored.length,
      queriesRead: queries.length + read.skipped.length,
      skipped,
      useCharges: args["use-charges"],
      ...meanMetrics(scored),
      averagedOver: "scored queries only; see skipped",
      /** Scored queries with no label-3 candidate: P@5 and AP are 0 for them, kept in the means. */
      noLabel3,
      /** Summed over scored queries. Pool ids absent from the corpus are not ranked; candidates
       * labelled above 0 but outside the pool or absent from the corpus cannot be ranked, yet stay
       * in the ideal DCG (labels as given, as trec_eval does); one may count in both. */
      unranked,
      /** Label grades that were not numbers (nor numeric strings), ignored. */
      invalidGradesDropped,
      weights,
      ...(args["per-query"] ? { perQuery } : {}),
    };
    console.log(JSON.stringify(report, null, 2));
    console.error(`eval: scored ${scored.length} queries, skipped ${skipped.length}`);
    if (scored.length === 0) process.exitCode = 1;
  } finally {
    await client.close();
  }
}

if (import.meta.main) {
  main().catch((error: unknown) => {
    console.error(`eval: ${(error as Error).message}`);
    process.exitCode = 1;
  });
}
