/**
 * Ordered-in, unordered-out conversion over worker processes, as an async iterator: the consumer
 * (the bulk helper) pulls, and the pool reads only as far ahead as its bounded window allows —
 * backpressure from Elasticsearch all the way back to the source reader.
 */
import { type ChildProcess, fork } from "node:child_process";
import { availableParallelism } from "node:os";
import { type Converted, convertItem } from "./convert.ts";
import type { SourceItem } from "./sources.ts";

export interface PoolOptions {
  /** Worker processes; 0 converts inline in this process (small jobs, tests). */
  workers: number;
  /** Items per message to a worker: amortises the message cost. */
  batchSize: number;
  /** Batches in flight per worker. */
  inflightPerWorker: number;
}

/**
 * Default number of worker processes: every core but two, one for this process (reading sources,
 * feeding bulk requests, converting when there are no workers) and one for Elasticsearch, which
 * runs beside the indexer on the machines we measured. On 2 cores that is 0, conversion inline: on
 * the LeCaRD corpus (9,088 judgments, one run each) inline took 72 s at a peak of 515 MB, one worker
 * 74 s / 648 MB in all, two workers 70 s / 988 MB — a local Elasticsearch already has the other core.
 */
export function defaultWorkers(cores = availableParallelism()): number {
  return Math.max(0, cores - 2);
}

/**
 * V8 flags of the indexer's processes (workers here; the main process gets them from the CLI's
 * shebang and package.json's `indexer` script). V8 sizes the young generation from the machine's memory (128 MB
 * here, for 24 GB); a conversion process keeps little alive, so 8 MB semi-spaces (16 MB young
 * generation) cut ~90 MB per process at no measurable cost in throughput.
 */
export const INDEXER_V8_FLAGS = ["--max-semi-space-size=8"];

export async function* convertAll(
  items: AsyncIterable<SourceItem>,
  opts: PoolOptions,
): AsyncGenerator<Converted> {
  if (opts.workers <= 0) {
    for await (const item of items) yield await convertItem(item);
    return;
  }
  const script = new URL("./worker.ts", import.meta.url);
  const workers = Array.from({ length: opts.workers }, () =>
    fork(script, [], {
      execArgv: [
        ...process.execArgv.filter((a) => !a.startsWith("--max-semi-space-size")),
        ...INDEXER_V8_FLAGS,
      ],
      serialization: "advanced",
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    }),
  );
  const iterator = items[Symbol.asyncIterator]();
  const ready: Converted[] = [];
  const load = new Map<ChildProcess, number>(workers.map((w) => [w, 0]));
  let pending = 0;
  let exhausted = false;
  let batchNo = 0;
  let wake: (() => void) | undefined;
  let failure: Error | undefined;
  let finished = false;

  for (const worker of workers) {
    worker.on("message", (msg: { results: Converted[] }) => {
      load.set(worker, (load.get(worker) ?? 1) - 1);
      pending--;
      ready.push(...msg.results);
      wake?.();
    });
    worker.on("error", (error) => {
      failure = error;
      wake?.();
    });
    worker.on("exit", (code, signal) => {
      if (code !== 0 && !finished) {
        failure = new Error(
          `a conversion worker exited (${signal ?? `code ${code}`}); rerun to resume from the checkpoint`,
        );
        wake?.();
      }
    });
  }

  async function dispatch(): Promise<void> {
    // Fill every worker up to its window, reading the source only as far as that.
    for (const worker of workers) {
      while (!exhausted && (load.get(worker) ?? 0) < opts.inflightPerWorker) {
        const batch: SourceItem[] = [];
        while (batch.length < opts.batchSize) {
          const next = await iterator.next();
          if (next.done) {
            exhausted = true;
            break;
          }
          batch.push(next.value);
        }
        if (batch.length === 0) break;
        load.set(worker, (load.get(worker) ?? 0) + 1);
        pending++;
        worker.send({ batch: ++batchNo, items: batch });
      }
    }
  }

  try {
    await dispatch();
    while (pending > 0 || ready.length > 0) {
      if (failure) throw failure;
      if (ready.length === 0) {
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
        wake = undefined;
        continue;
      }
      const results = ready.splice(0, ready.length);
      await dispatch();
      for (const result of results) yield result;
    }
    if (failure) throw failure;
  } finally {
    finished = true;
    // Workers hold nothing worth keeping once the consumer stops. A disconnect alone can leave both
    // processes waiting forever when a result message is half-read at that moment (Node defers
    // closing the channel until that message completes, and it no longer reads it), so the job
    // would never exit after --stop-after or a failure: end the workers outright — SIGKILL, since a
    // worker ignores SIGINT and SIGTERM (sent to the whole process group by a terminal or systemd,
    // they are the main process's to handle: indexer/worker.ts).
    for (const worker of workers) {
      if (worker.connected) worker.disconnect();
      if (worker.exitCode === null && worker.signalCode === null) worker.kill("SIGKILL");
    }
  }
}
