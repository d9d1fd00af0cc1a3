/**
 * An index job: sources → workers (parse, segment) → the client's bulk helper → Elasticsearch,
 * with dead letters, checkpoints, progress and an end-of-job summary.
 *
 * `reindex` builds a fresh versioned index and swaps the alias only when the job succeeded and its
 * failure rate stayed under the threshold; `upsert` writes into the live alias.
 */

import { createHash } from "node:crypto";
import { appendFile, mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { LeianError } from "../src/errors.ts";
import type { JudgmentRecord } from "../src/judgment/record.ts";
import { understandingVersion } from "../src/judgment/version.ts";
import { buildChargeModel, deleteChargeModels, storeChargeModel } from "../src/search/charge-model.ts";
import type { Client } from "../src/search/client.ts";
import { type Decision, loadDecisions } from "../src/search/decisions.ts";
import { toJudgmentDocument } from "../src/search/documents.ts";
import { isAlreadyExists, isRetryable } from "../src/search/errors.ts";
import {
  aliasTargets,
  createIndex,
  finishBulk,
  mergeBuiltIndex,
  pruneOldIndices,
  swapAlias,
  versionedIndexName,
} from "../src/search/indices.ts";
import { CURRENT_VERSIONS, judgmentsIndicesCurrent, loadIndexDefinition } from "../src/search/mappings.ts";
import { deriveReversals, type ReversalSummary } from "../src/search/reversals.ts";
import { rewriteFromRecords } from "../src/search/rewrite.ts";
import { dictionaryVersion } from "../src/text/segment.ts";
import type { Converted } from "./convert.ts";
import { convertAll } from "./pool.ts";
import type { SourceItem, SourceSpec } from "./sources.ts";

export interface JobOptions {
  mode: "reindex" | "upsert";
  alias: string;
  sources: SourceSpec[];
  /** Streams source items in a stable order (indexer/sources.ts readSources). */
  read: (specs: SourceSpec[]) => AsyncIterable<SourceItem>;
  stateDir: string;
  deadLetterFile: string;
  workers: number;
  batchSize: number;
  /** Bulk helper: bytes per request, parallel requests, retries of 429'd documents and the wait between. */
  flushBytes: number;
  concurrency: number;
  retries: number;
  waitMs: number;
  /**
   * A reindex whose failed/read ratio exceeds this never swaps the alias; an upsert ends failed, the
   * documents that did not fail in the live index.
   */
  maxFailureRate: number;
  /** Built indices kept per alias, the live one included. */
  retain: number;
  /** Ignore an existing checkpoint and start over. */
  fresh: boolean;
  /** Stop (as if killed) after this many documents acknowledged: for resumption tests. */
  stopAfter?: number;
  /**
   * Aborted (the CLI's Ctrl-C or SIGTERM; the reason names it): the job stops reading, lets the requests in flight finish, keeps its
   * checkpoint and ends `interrupted`; a reindex never moves the alias after it.
   */
  signal?: AbortSignal;
  progress: (p: Progress) => void;
}

export interface Progress {
  read: number;
  indexed: number;
  failed: number;
  skipped: number;
  elapsedMs: number;
}

export interface JobSummary {
  jobId: string;
  mode: "reindex" | "upsert";
  alias: string;
  index: string;
  sources: SourceSpec[];
  status: "succeeded" | "failed" | "interrupted";
  reason?: string;
  swapped: boolean;
  resumed: boolean;
  read: number;
  indexed: number;
  failed: number;
  skipped: number;
  warnings: number;
  /** Records of this run whose id an earlier record of it had: each replaced that one (dead-letter file, stage "duplicate"). */
  duplicates: number;
  /**
   * Operators' decisions kept (src/search/decisions.ts): judgments written withdrawn as they were,
   * and deleted ones not written again (dead-letter file, stage "decision").
   */
  decisionsKept: { withdrawn: number; deleted: number };
  durationMs: number;
  docsPerSecond: number;
  megabytes: number;
  deadLetterFile: string;
  dictionaryVersion: string;
  /** src/judgment/version.ts: the parsing rules the documents were built with. */
  understandingVersion: string;
  startedAt: string;
  finishedAt: string;
  pruned: string[];
  /** Judgments a later instance in the index reversed (src/search/reversals.ts), derived after the documents were in. */
  reversals?: ReversalSummary;
}

/**
 * An upsert derives reversals for the judgments it wrote and their instances; past this many it
 * derives them for the whole index instead (as a reindex does), which costs about as much.
 */
const UPSERT_REVERSAL_SCOPE = 20_000;

interface Checkpoint {
  jobId: string;
  index: string;
  /** Every item with seq ≤ position is indexed or dead-lettered. */
  position: number;
  /** Of the items with seq ≤ position, how many were dead-lettered (by every run of the job). */
  failed?: number;
  /**
   * Of the items with seq ≤ position, how many were indexed (by every run of the job): each document
   * once, where the engine's index operations count again those a resumed run writes a second time.
   */
  indexed?: number;
  /** The sources as they were (sourceFingerprint): a changed source starts the job over. */
  fingerprint?: string;
  startedAt: string;
}

/**
 * What the sources are now: each file's size and modification time (a folder's files', by relative
 * path), a synthetic source's own spec. An operator who fixes dead-lettered lines in place and reruns
 * must not resume past them.
 */
export async function sourceFingerprint(specs: SourceSpec[]): Promise<string> {
  const hash = createHash("sha256");
  const visit = async (location: string, relative: string): Promise<void> => {
    const info = await stat(location).catch(() => undefined);
    if (!info) hash.update(`${relative}\0missing\n`);
    else if (info.isDirectory()) {
      for (const name of (await readdir(location)).sort())
        await visit(path.join(location, name), path.join(relative, name));
    } else hash.update(`${relative}\0${info.size}\0${info.mtimeMs}\n`);
  };
  for (const spec of specs) {
    hash.update(`${spec.format}\0`);
    if (spec.format === "synthetic") hash.update(`${spec.location}\n`);
    else await visit(spec.location, path.resolve(spec.location));
  }
  return hash.digest("hex").slice(0, 16);
}

/** Largest document (JSON characters) sent to Elasticsearch; beyond it one record would be refused
 * with its whole bulk request (indexing pressure: 10% of the heap, ~100 MB at 1 GB) after retries. */
export const MAX_DOCUMENT_CHARS = 32_000_000;

/** Same command, alias and sources → same job id, so a rerun after a kill finds its checkpoint. */
export function jobIdOf(mode: string, alias: string, sources: SourceSpec[]): string {
  const key = JSON.stringify([mode, alias, sources.map((s) => [path.resolve(s.location), s.format])]);
  return createHash("sha256").update(key).digest("hex").slice(0, 16);
}

async function writeAtomic(file: string, data: string): Promise<void> {
  await writeFile(`${file}.tmp`, data);
  await rename(`${file}.tmp`, file);
}

async function readJson<T>(file: string): Promise<T | undefined> {
  try {
    return JSON.parse(await readFile(file, "utf8")) as T;
  } catch {
    return undefined;
  }
}

/**
 * Tracks which sequence numbers are done to derive the contiguous low-water mark, and how many of
 * those it passed were indexed.
 */
class Watermark {
  position: number;
  indexed = 0;
  private readonly done = new Set<number>();
  private readonly indexedAhead = new Set<number>();
  constructor(start: number) {
    this.position = start;
  }
  /** `indexed`: the item went into the index (not dead-lettered, nor left out by a decision). */
  complete(seq: number, indexed = false): void {
    if (seq <= this.position) return;
    this.done.add(seq);
    if (indexed) this.indexedAhead.add(seq);
    while (this.done.delete(this.position + 1)) {
      this.position++;
      if (this.indexedAhead.delete(this.position)) this.indexed++;
    }
  }
}

/** A checkpoint's documents indexed; one left by an older version counts what it did not dead-letter. */
function indexedOf(checkpoint: Checkpoint): number {
  return checkpoint.indexed ?? checkpoint.position - (checkpoint.failed ?? 0);
}

/**
 * The documents indexed so far by each job with a checkpoint in `stateDir`, by the index it writes
 * to: up to its checkpoint, each counted once whatever runs wrote it.
 */
export async function checkpointedDocuments(stateDir: string): Promise<Map<string, number>> {
  const jobsDir = path.join(stateDir, "jobs");
  const names = await readdir(jobsDir).catch(() => [] as string[]);
  const counts = new Map<string, number>();
  for (const name of names.filter((n) => n.endsWith(".checkpoint.json"))) {
    const checkpoint = await readJson<Checkpoint>(path.join(jobsDir, name));
    if (checkpoint) counts.set(checkpoint.index, indexedOf(checkpoint));
  }
  return counts;
}

/** Runs a job to the end (or to its failure) and returns its summary; the summary is also stored. */
export async function runIndexJob(client: Client, opts: JobOptions): Promise<JobSummary> {
  const started = Date.now();
  const jobId = jobIdOf(opts.mode, opts.alias, opts.sources);
  const jobsDir = path.join(opts.stateDir, "jobs");
  await mkdir(jobsDir, { recursive: true });
  await mkdir(path.dirname(opts.deadLetterFile), { recursive: true });
  const checkpointFile = path.join(jobsDir, `${jobId}.checkpoint.json`);

  const fingerprint = await sourceFingerprint(opts.sources);
  let checkpoint = opts.fresh ? undefined : await readJson<Checkpoint>(checkpointFile);
  // A checkpoint of other sources than these (a file changed since) is not resumed: its build, never
  // live, goes with it.
  let restartedBecause: string | undefined;
  if (checkpoint && checkpoint.fingerprint !== fingerprint) {
    restartedBecause = "the sources changed since the interrupted run: started over";
    if (opts.mode === "reindex") await dropUnfinishedBuild(client, opts.alias, checkpoint.index);
    checkpoint = undefined;
  }
  if (checkpoint && opts.mode === "reindex" && !(await client.indices.exists({ index: checkpoint.index }))) {
    checkpoint = undefined;
  }

  let index: string;
  if (checkpoint && opts.mode === "reindex") index = checkpoint.index;
  else if (opts.mode === "reindex") {
    index = await createBuildIndex(client, opts.alias, jobId);
  } else {
    const live = await aliasTargets(client, opts.alias);
    if (live.length !== 1) {
      throw new LeianError(
        "alias_not_single",
        `alias ${opts.alias} points at ${live.length} indices; run a reindex first`,
      );
    }
    index = live[0] as string;
    // The mappings are strict: documents of this version would be refused one by one by an index of
    // an older one (from v5 on they carry binary doc values older indices do not map).
    if (!(await judgmentsIndicesCurrent(client, [index]))) {
      throw new LeianError(
        "index_outdated",
        `alias ${opts.alias} points at ${index}, built by an older version of the judgments mapping; run a reindex first`,
      );
    }
    // An upsert writes into the live index of today: a checkpoint left on another one (a reindex
    // swapped the alias since) is not resumed — writing there would recreate a pruned index with a
    // dynamic mapping. An upsert is idempotent, so it starts over.
    if (checkpoint && checkpoint.index !== index) {
      restartedBecause = `the alias moved from ${checkpoint.index} to ${index} since the interrupted run: started over`;
      checkpoint = undefined;
    }
  }
  const resumed = checkpoint !== undefined;

  const checkpointState: Checkpoint = checkpoint ?? {
    jobId,
    index,
    position: 0,
    failed: 0,
    indexed: 0,
    fingerprint,
    startedAt: new Date(started).toISOString(),
  };
  // Counts are this run's; items finished by an earlier run of the job are `skipped`, of which
  // `failedBefore` were dead-lettered then (the failure rate is the whole job's).
  const state = {
    read: 0,
    indexed: 0,
    failed: 0,
    duplicates: 0,
    withdrawnKept: 0,
    deletedKept: 0,
    warnings: 0,
    bytes: 0,
  };
  const decisions = await loadDecisions(client, opts.alias);
  const failedBefore = checkpointState.failed ?? 0;
  const indexedBefore = indexedOf(checkpointState);
  const failedSeqs: number[] = [];
  const watermark = new Watermark(checkpointState.position);
  let skipped = 0;
  let lastSaved = Date.now();
  // Bulk requests finish concurrently: checkpoint writes are chained so they never interleave.
  let saving: Promise<void> = Promise.resolve();
  const saveCheckpoint = () => {
    saving = saving.then(async () => {
      checkpointState.position = watermark.position;
      checkpointState.failed = failedBefore + failedSeqs.filter((seq) => seq <= watermark.position).length;
      checkpointState.indexed = indexedBefore + watermark.indexed;
      await writeAtomic(checkpointFile, JSON.stringify(checkpointState));
      lastSaved = Date.now();
    });
    return saving;
  };
  // A new job's checkpoint names its build from the start: killed in its first second (before the
  // first periodic save), its rerun resumes into that build instead of abandoning it for a new one,
  // and `indexer status` counts what it wrote (review16: `written: null`).
  if (!resumed) await saveCheckpoint();

  // Dead letters are appended in small groups so a kill loses none that were counted.
  let deadBuffer: string[] = [];
  const flushDead = async () => {
    if (deadBuffer.length === 0) return;
    const lines = deadBuffer.join("");
    deadBuffer = [];
    await appendFile(opts.deadLetterFile, lines);
  };
  // One line of the dead-letter file: a failure (deadLetter), or a record not written as read — an
  // operator's decision kept, an id replaced within the job.
  const letter = (
    seq: number,
    locator: string,
    stage: string,
    reason: string,
    id?: string,
    record?: string,
  ) =>
    deadBuffer.push(
      `${JSON.stringify({ jobId, seq, locator, stage, reason, ...(id ? { id } : {}), ...(record !== undefined ? { record } : {}) })}\n`,
    );
  const deadLetter = (...args: Parameters<typeof letter>) => {
    const [seq] = args;
    state.failed++;
    failedSeqs.push(seq);
    letter(...args);
    watermark.complete(seq);
  };

  // Items already done in a previous run of this job are skipped before any parsing. A source that
  // fails midway (a truncated archive, a file gone) ends the stream: what was read before is still
  // indexed and checkpointed, and the job fails with the source's error.
  let sourceError: Error | undefined;
  // A JSONL line kept until it is converted: a line that fails to parse goes to the dead-letter file
  // whole, so the operator can fix it there and feed the fixed lines back (--format records…).
  const lines = new Map<number, string>();
  async function* remaining(): AsyncGenerator<SourceItem> {
    try {
      for await (const item of opts.read(opts.sources)) {
        if (item.seq <= checkpointState.position) {
          skipped++;
          continue;
        }
        state.read++;
        if (item.raw.kind === "json") lines.set(item.seq, item.raw.line);
        yield item;
      }
    } catch (error) {
      sourceError = error as Error;
    }
  }

  // The ids an upsert wrote, for deriving their reversals (undefined past UPSERT_REVERSAL_SCOPE).
  let written: Set<string> | undefined = opts.mode === "upsert" ? new Set() : undefined;
  // id → seq/locator of documents sent and not yet acknowledged (for dead letters and the watermark),
  // with its JSONL line: a document Elasticsearch refused is dead-lettered with it, to replay.
  const inflight = new Map<string, { seq: number; locator: string; line?: string }[]>();
  let stopRequested = false;
  let sent = 0;
  const seenIds = new Map<string, string>();
  async function* documents(): AsyncGenerator<{ id: string; json: string }> {
    for await (const converted of convertAll(remaining(), {
      workers: opts.workers,
      batchSize: opts.batchSize,
      inflightPerWorker: 2,
    }) as AsyncIterable<Converted>) {
      if (stopRequested || opts.signal?.aborted) return;
      const line = lines.get(converted.seq);
      lines.delete(converted.seq);
      if ("error" in converted) {
        deadLetter(converted.seq, converted.locator, "parse", converted.error, undefined, line);
        continue;
      }
      if (converted.json.length > MAX_DOCUMENT_CHARS) {
        deadLetter(
          converted.seq,
          converted.locator,
          "parse",
          `document too large to index (${(converted.json.length / 1e6).toFixed(1)} M characters once parsed, limit ${MAX_DOCUMENT_CHARS / 1e6} M): is this one judgment? split or trim its text`,
          converted.id,
        );
        continue;
      }
      // The operators' decisions (src/search/decisions.ts) outlive the source: a deleted judgment is
      // not written again, a withdrawn one is written withdrawn.
      const decision = decisions.get(converted.id);
      if (decision === "deleted") {
        state.deletedKept++;
        letter(
          converted.seq,
          converted.locator,
          "decision",
          "deleted by an operator (indexer delete): not indexed — indexer restore it first to index it again",
          converted.id,
        );
        watermark.complete(converted.seq);
        continue;
      }
      if (decision === "withdrawn") {
        state.withdrawnKept++;
        converted.json = withStatus(converted.json, "withdrawn");
      }
      if (opts.stopAfter !== undefined && sent >= opts.stopAfter) {
        stopRequested = true;
        return;
      }
      sent++;
      state.warnings += converted.warnings;
      state.bytes += converted.json.length;
      // Two records of one job with one id: the later replaces the earlier in the index. Said in the
      // dead-letter file (stage "duplicate", not a failure): a collision of two different judgments
      // (two write-ups printed with one number that src/judgment/identity.ts does not yet list as
      // shared, as 刑事审判参考第993号 was) is otherwise invisible.
      const first = seenIds.get(converted.id);
      if (first !== undefined) {
        state.duplicates++;
        letter(
          converted.seq,
          converted.locator,
          "duplicate",
          `same id as ${first}: this record replaces it`,
          converted.id,
        );
      } else seenIds.set(converted.id, converted.locator);
      const list = inflight.get(converted.id);
      const entry = { seq: converted.seq, locator: converted.locator, line };
      if (list) list.push(entry);
      else inflight.set(converted.id, [entry]);
      yield { id: converted.id, json: converted.json };
    }
  }

  const settle = (id: string): { seq: number; locator: string; line?: string } | undefined => {
    const list = inflight.get(id);
    const entry = list?.shift();
    if (list && list.length === 0) inflight.delete(id);
    return entry;
  };

  let status: JobSummary["status"] = "succeeded";
  let reason: string | undefined;
  const interrupted = () =>
    opts.mode === "reindex"
      ? `stopped by ${opts.signal?.reason ?? "a signal"}: the live index is untouched (the alias stays where it was, the build ${index} is not live); rerun the same command to resume it (--fresh to start over)`
      : `stopped by ${opts.signal?.reason ?? "a signal"}: the documents indexed so far are in the live index ${index}; rerun the same command to resume (--fresh to start over)`;
  const progress = () =>
    opts.progress({
      read: state.read,
      indexed: state.indexed,
      failed: state.failed,
      skipped,
      elapsedMs: Date.now() - started,
    });
  const ticker = setInterval(progress, 1000);
  ticker.unref();
  try {
    const helper = client.helpers.bulk<{ id: string; json: string }>({
      datasource: documents(),
      onDocument: (doc) => [{ index: { _index: index, _id: doc.id } }, doc.json] as never,
      flushBytes: opts.flushBytes,
      concurrency: opts.concurrency,
      retries: opts.retries,
      wait: opts.waitMs,
      onSuccess: ({ result }) => {
        const id = result.index?._id;
        const entry = id ? settle(id) : undefined;
        state.indexed++;
        if (id && written) {
          written.add(id);
          if (written.size > UPSERT_REVERSAL_SCOPE) written = undefined;
        }
        if (entry) watermark.complete(entry.seq, true);
      },
      onDrop: (dropped) => {
        const id = (dropped.operation as { index?: { _id?: string } }).index?._id ?? "";
        const entry = settle(id);
        const why = dropped.error
          ? `${dropped.error.type}: ${dropped.error.reason ?? ""}`
          : `status ${dropped.status}`;
        deadLetter(
          entry?.seq ?? 0,
          entry?.locator ?? id,
          "index",
          `${why}${dropped.retried ? " (after retries)" : ""}`,
          id,
          entry?.line,
        );
      },
      onFlush: async () => {
        await flushDead();
        if (Date.now() - lastSaved > 1000) await saveCheckpoint();
      },
    });
    await helper;
    await flushDead();
    await saveCheckpoint();
    if (opts.signal?.aborted) {
      status = "interrupted";
      reason = interrupted();
    } else if (sourceError) {
      status = "failed";
      reason = `reading the sources failed after ${state.read} items: ${sourceError.message} — the items read before are indexed; fix the source and rerun`;
    } else if (stopRequested) {
      status = "interrupted";
      reason = `stopped after ${state.indexed} documents (--stop-after)`;
    }
  } catch (error) {
    await flushDead().catch(() => undefined);
    await saveCheckpoint().catch(() => undefined);
    // Stopped by a signal, what broke is the signal's doing: Ctrl-C in a job's first moments reaches
    // its conversion worker before the worker ignores it, and the worker's death ended the job.
    if (opts.signal?.aborted) {
      status = "interrupted";
      reason = `${interrupted()} (as it stopped: ${(error as Error).message})`;
    } else {
      status = "failed";
      reason = `${(error as Error).message}${isRetryable(error) ? " (Elasticsearch unavailable: rerun to resume)" : ""}`;
    }
  } finally {
    clearInterval(ticker);
  }

  let swapped = false;
  let pruned: string[] = [];
  let reversals: ReversalSummary | undefined;
  // The whole job's: this run's and the earlier runs' it resumed.
  const jobRead = skipped + state.read;
  const jobFailed = failedBefore + state.failed;
  const failureRate = jobRead === 0 ? 0 : jobFailed / jobRead;
  const rateText = `failure rate ${(failureRate * 100).toFixed(2)}% (${jobFailed} of ${jobRead}${resumed ? " over every run of the job" : ""}) exceeds ${(opts.maxFailureRate * 100).toFixed(2)}%`;
  let dropped: string | undefined;
  if (status === "succeeded" && opts.mode === "reindex") {
    if (state.indexed === 0 && skipped === 0) {
      status = "failed";
      reason = "nothing was indexed: the alias stays where it was";
      dropped = await dropUnfinishedBuild(client, opts.alias, index);
    } else if (failureRate > opts.maxFailureRate) {
      status = "failed";
      reason = `${rateText}: the alias stays where it was (see ${opts.deadLetterFile})`;
      dropped = await dropUnfinishedBuild(client, opts.alias, index);
    } else {
      // Ctrl-C while the build is finished stops it before the next step, always before the swap:
      // its checkpoint is at its end, and a rerun finishes it.
      const stopIfInterrupted = () => {
        if (opts.signal?.aborted) throw new JobInterrupted();
      };
      try {
        await finishBulk(client, index);
        // Decisions an operator made while the build ran (withdraw, delete, restore on the live index)
        // hold in the new one too: read again now, the build changed where they differ from the start.
        await applyLateDecisions(client, index, decisions, await loadDecisions(client, opts.alias));
        // Reversed judgments are marked before the merge (it compacts their rewrites) and the swap.
        stopIfInterrupted();
        reversals = await deriveReversals(client, index);
        if (reversals.failed.length > 0)
          throw new Error(
            `marking reversed judgments: ${reversals.failed[0]?.id}: ${reversals.failed[0]?.reason}`,
          );
        stopIfInterrupted();
        await mergeBuiltIndex(client, index);
        // The charge model (src/search/charge-model.ts) is ready before any search reaches the index.
        await storeChargeModel(client, opts.alias, await buildChargeModel(client, index));
        stopIfInterrupted();
        await swapAlias(client, opts.alias, index);
        swapped = true;
        pruned = await pruneOldIndices(client, opts.alias, opts.retain, [index]);
        await deleteChargeModels(client, opts.alias, pruned);
      } catch (error) {
        // Every document is in the new index; only finishing it failed. The summary says so, and a
        // rerun resumes from the checkpoint (at its end) and finishes it.
        status = error instanceof JobInterrupted ? "interrupted" : "failed";
        reason =
          error instanceof JobInterrupted
            ? interrupted()
            : `${swapped ? "cleaning up old indices" : "finishing the new index"} failed: ${(error as Error).message}${swapped ? "" : " — the alias stays where it was; rerun to finish"}`;
      }
    }
  } else if (status === "succeeded") {
    await client.indices.refresh({ index });
    if (failureRate > opts.maxFailureRate) {
      status = "failed";
      reason = `${rateText}: the other documents are in the live index (see ${opts.deadLetterFile})`;
    }
    // Ctrl-C once the documents are in: the checkpoint is at the end, and the rerun resuming it
    // derives reversals and rebuilds the model.
    if (opts.signal?.aborted) {
      status = "interrupted";
      reason = interrupted();
    }
    // A resumed upsert may have nothing left to send: the run it resumes stopped before this.
    const derive = status !== "interrupted" && (state.indexed > 0 || resumed);
    if (derive) {
      // An appeal written now marks the earlier instances it reverses; a judgment written now is
      // marked when a later instance already indexed reversed it. A resumed job does not know what
      // its earlier run wrote: the whole index is looked at.
      try {
        reversals = await deriveReversals(
          client,
          index,
          written && !resumed ? { ids: [...written] } : undefined,
        );
        if (reversals.failed.length > 0)
          throw new Error(`${reversals.failed.length} judgments not rewritten`);
      } catch (error) {
        status = "failed";
        reason = `the documents are in the live index, but deriving reversed judgments failed: ${(error as Error).message} — rerun the upsert (or run \`indexer reversals\`)`;
      }
    }
    if (derive && !reason?.startsWith("the documents are in the live index")) {
      // The live index's charge model is rebuilt from what it now holds: new charges get a
      // centroid, changed judgments count. The service re-reads models (MODEL_TTL_MS).
      try {
        await storeChargeModel(client, opts.alias, await buildChargeModel(client, index));
      } catch (error) {
        status = "failed";
        reason = `the documents are in the live index, but rebuilding its charge model failed: ${(error as Error).message} — rerun the upsert to rebuild it`;
      }
    }
  }

  const finished = Date.now();
  const summary: JobSummary = {
    jobId,
    mode: opts.mode,
    alias: opts.alias,
    index,
    sources: opts.sources,
    status,
    ...(reason || restartedBecause ? { reason: [reason, restartedBecause].filter(Boolean).join("; ") } : {}),
    swapped,
    resumed,
    read: state.read,
    indexed: state.indexed,
    failed: state.failed,
    skipped,
    warnings: state.warnings,
    duplicates: state.duplicates,
    decisionsKept: { withdrawn: state.withdrawnKept, deleted: state.deletedKept },
    durationMs: finished - started,
    docsPerSecond: Math.round((state.indexed / Math.max(1, finished - started)) * 1000 * 10) / 10,
    megabytes: Math.round((state.bytes / 1e6) * 10) / 10,
    deadLetterFile: opts.deadLetterFile,
    dictionaryVersion: dictionaryVersion(),
    understandingVersion: understandingVersion(),
    startedAt: checkpointState.startedAt,
    finishedAt: new Date(finished).toISOString(),
    pruned,
    ...(reversals ? { reversals } : {}),
  };
  progress();
  // A finished job (either way) leaves no checkpoint; an interrupted or failed-by-error one does,
  // so the next run resumes it.
  if (
    status === "succeeded" ||
    dropped !== undefined ||
    (opts.mode === "upsert" && reason?.startsWith("failure rate"))
  ) {
    await rm(checkpointFile, { force: true });
  }
  await writeAtomic(path.join(jobsDir, "last-summary.json"), `${JSON.stringify(summary, null, 2)}\n`);
  if (swapped) {
    await client.indices
      .putMapping({
        index,
        _meta: {
          schema: "judgments",
          version: CURRENT_VERSIONS.judgments,
          dictionaryVersion: summary.dictionaryVersion,
          understandingVersion: summary.understandingVersion,
          job: summary,
        },
      })
      .catch(() => undefined);
  }
  return summary;
}

/** Thrown between the steps that finish a build when the job was interrupted: the alias does not move. */
class JobInterrupted extends Error {}

/** A fresh build index for `alias`; a name taken (two builds in one second) waits for the next. */
async function createBuildIndex(client: Client, alias: string, jobId: string): Promise<string> {
  for (let attempt = 0; ; attempt++) {
    const index = versionedIndexName(alias, CURRENT_VERSIONS.judgments);
    try {
      await createIndex(client, index, loadIndexDefinition("judgments", CURRENT_VERSIONS.judgments), {
        bulk: true,
        meta: { dictionaryVersion: dictionaryVersion(), understandingVersion: understandingVersion(), jobId },
      });
      return index;
    } catch (error) {
      if (!isAlreadyExists(error) || attempt >= 2) throw error;
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
}

/**
 * Deletes a build that will never go live (its job failed the rate gate, indexed nothing, or its
 * sources changed), so it is not kept as a "previous" index at the next prune. Never the live one.
 */
async function dropUnfinishedBuild(
  client: Client,
  alias: string,
  index: string,
): Promise<string | undefined> {
  if ((await aliasTargets(client, alias)).includes(index)) return undefined;
  await client.indices.delete({ index, ignore_unavailable: true }).catch(() => undefined);
  return index;
}

/** A document (JSON) rebuilt from its record with another status: every field that shows it agrees. */
function withStatus(json: string, status: "withdrawn"): string {
  const doc = JSON.parse(json) as { record: JudgmentRecord };
  return JSON.stringify(toJudgmentDocument({ ...doc.record, status }));
}

/**
 * Applies to a build the decisions recorded since it started (`late` against `started`): withdrawn
 * judgments rewritten withdrawn, deleted ones deleted, and restored ones (a decision gone) put back
 * to effective — a restored deleted judgment is not in the build, and comes with the next upsert.
 */
async function applyLateDecisions(
  client: Client,
  index: string,
  started: ReadonlyMap<string, Decision>,
  late: ReadonlyMap<string, Decision>,
): Promise<void> {
  const withdrawn = [...late]
    .filter(([id, d]) => d === "withdrawn" && started.get(id) !== d)
    .map(([id]) => id);
  const deleted = [...late].filter(([id, d]) => d === "deleted" && started.get(id) !== d).map(([id]) => id);
  const restored = [...started.keys()].filter((id) => !late.has(id));
  const results = [
    withdrawn.length > 0
      ? await rewriteFromRecords(client, index, withdrawn, (record) => ({ ...record, status: "withdrawn" }))
      : undefined,
    deleted.length > 0 ? await rewriteFromRecords(client, index, deleted, "delete") : undefined,
    restored.length > 0
      ? await rewriteFromRecords(client, index, restored, (record) =>
          record.status === "withdrawn" ? { ...record, status: "effective" } : undefined,
        )
      : undefined,
  ];
  // A delete of a judgment the build does not hold is no failure.
  const failed = results.flatMap((r) => r?.failed ?? []).filter((f) => !/not_found|HTTP 404/.test(f.reason));
  if (failed.length > 0)
    throw new Error(`applying operators' decisions: ${failed[0]?.id}: ${failed[0]?.reason}`);
}
