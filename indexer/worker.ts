/**
 * Conversion worker (parse + segment), run as a child process by indexer/pool.ts so both cores
 * work while the main process reads sources and talks to Elasticsearch.
 *
 * A process, not a worker thread: nodejieba's addon aborted the whole process ("terminate called
 * after throwing an instance of 'Napi::Error'") when two worker threads segmented concurrently
 * through a full LeCaRD run; separate processes give each its own native state, and a crash in one
 * is reported instead of taking the job down.
 */
import { type Converted, convertItem } from "./convert.ts";
import type { SourceItem } from "./sources.ts";

if (!process.send) throw new Error("indexer/worker.ts must run as a child process with an IPC channel");
const send = process.send.bind(process);

process.on("message", async (message: { batch: number; items: SourceItem[] }) => {
  const results: Converted[] = [];
  for (const item of message.items) results.push(await convertItem(item));
  // The main process may have stopped the job (Ctrl-C, SIGTERM) and closed the channel while this
  // batch was converted: nothing to answer, and no EPIPE stack trace on the operator's terminal.
  if (process.connected) send({ batch: message.batch, results }, undefined, {}, () => undefined);
});
process.on("disconnect", () => process.exit(0));
// Ctrl-C reaches the whole process group: the main process stops the job (its checkpoint, the
// summary) and then ends the workers; a worker dying first would fail the job instead.
process.on("SIGINT", () => undefined);
// SIGTERM to the process group (systemd's default) likewise: the main process stops the job.
process.on("SIGTERM", () => undefined);
