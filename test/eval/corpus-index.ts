/**
 * An index of a LeCaRD-format corpus built through the real indexer, reused while it was built from
 * the same corpus with today's dictionary and mapping (fields, types and field `meta`, which carries
 * extraction-rule versions). Shared by the evaluation and the benchmarks that read real judgments.
 */
import path from "node:path";
import { runIndexJob } from "../../indexer/pipeline.ts";
import { defaultWorkers } from "../../indexer/pool.ts";
import { readSources } from "../../indexer/sources.ts";
import { understandingVersion } from "../../src/judgment/version.ts";
import type { Client } from "../../src/search/client.ts";
import { listBuiltIndices } from "../../src/search/indices.ts";
import { CURRENT_VERSIONS, hasCurrentMapping, loadIndexDefinition } from "../../src/search/mappings.ts";
import { dictionaryVersion } from "../../src/text/segment.ts";

const root = path.resolve(import.meta.dirname, "../..");

/** Makes `alias` point at a current index of `corpus`; returns whether it had to be built. */
export async function ensureCorpusIndex(
  client: Client,
  alias: string,
  corpus: string,
  options: { rebuild?: boolean } = {},
): Promise<{ built: boolean; documents?: number; seconds?: number }> {
  const live = (await listBuiltIndices(client, alias)).find((i) => i.live);
  const job = live?.meta.job as
    | { sources?: { location: string }[]; dictionaryVersion?: string; understandingVersion?: string }
    | undefined;
  const reusable =
    !options.rebuild &&
    live !== undefined &&
    (await hasCurrentMapping(
      client,
      live.index,
      loadIndexDefinition("judgments", CURRENT_VERSIONS.judgments),
    )) &&
    job?.sources?.[0]?.location === corpus &&
    job.dictionaryVersion === dictionaryVersion() &&
    job.understandingVersion === understandingVersion();
  if (reusable) return { built: false };
  console.error(`indexing ${corpus} into ${alias} through the indexer…`);
  const summary = await runIndexJob(client, {
    mode: "reindex",
    alias,
    sources: [{ location: corpus, format: "lecard" }],
    read: (specs) => readSources(specs, () => []),
    stateDir: path.join(root, ".leian/eval"),
    deadLetterFile: path.join(root, ".leian/eval/dead-letters.jsonl"),
    workers: defaultWorkers(),
    batchSize: 32,
    flushBytes: 5_000_000,
    concurrency: 2,
    retries: 5,
    waitMs: 2000,
    maxFailureRate: 0.01,
    retain: 1,
    fresh: true,
    progress: () => undefined,
  });
  if (summary.status !== "succeeded") throw new Error(`indexing failed: ${summary.reason}`);
  return { built: true, documents: summary.indexed, seconds: summary.durationMs / 1000 };
}
