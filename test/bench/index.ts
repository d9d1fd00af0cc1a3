/**
 * Indexing benchmark (issue 5, item 7): `npm run bench:index [-- --synthetic 200000]`
 *
 * 1. End to end: the real corpus (LeCaRD candidates + authoritative cases from ../shared) reindexed
 *    through the indexer pipeline (the CLI's default workers, or --workers N), with docs/s, MB/s and the peak RSS of the
 *    indexer (main process and workers, sampled every 250 ms).
 * 2. Engine alone: the same, already segmented documents bulk-loaded into a fresh index with the
 *    same bulk settings, so the ratio shows what parsing and segmentation cost on top.
 * 3. With --synthetic N: an N-document synthetic reindex printing RSS over time (memory must stay
 *    flat whatever N is).
 * Elasticsearch is started (or reused) by the local manager; the indices are removed afterwards.
 */
import { execFileSync, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import type { JobSummary } from "../../indexer/pipeline.ts";
import { defaultWorkers, INDEXER_V8_FLAGS } from "../../indexer/pool.ts";
import type { JudgmentRecord } from "../../src/judgment/record.ts";
import { createClient } from "../../src/search/client.ts";
import { toJudgmentDocument } from "../../src/search/documents.ts";
import { createIndex, finishBulk, listBuiltIndices } from "../../src/search/indices.ts";
import { CURRENT_VERSIONS, loadIndexDefinition } from "../../src/search/mappings.ts";
import { optionsFromEnv, start } from "../../tools/es/manager.ts";

const shared = path.resolve(import.meta.dirname, "../../../shared/data");
const cli = path.resolve(import.meta.dirname, "../../indexer/cli.ts");

const { values } = parseArgs({
  options: { synthetic: { type: "string" }, workers: { type: "string", default: String(defaultWorkers()) } },
});

/** RSS in MB of the indexer process `pid` and of each of its children (the conversion workers). */
function rssOf(pid: number): { main: number; workers: number[] } {
  const read = (args: string[]) => {
    try {
      return execFileSync("ps", args, { encoding: "utf8" })
        .split("\n")
        .map((l) => Number(l.trim()))
        .filter((n) => n > 0)
        .map((kb) => kb / 1024);
    } catch {
      return [];
    }
  };
  return {
    main: read(["-p", String(pid), "-o", "rss="])[0] ?? 0,
    workers: read(["--ppid", String(pid), "-o", "rss="]),
  };
}

function sampler(
  pid: number,
  everyMs: number,
  onSample?: (s: { t: number; main: number; workers: number[] }) => void,
) {
  const peak = { main: 0, worker: 0, total: 0 };
  const t0 = Date.now();
  const timer = setInterval(() => {
    const s = rssOf(pid);
    const total = s.main + s.workers.reduce((a, b) => a + b, 0);
    peak.main = Math.max(peak.main, s.main);
    peak.worker = Math.max(peak.worker, ...s.workers, 0);
    peak.total = Math.max(peak.total, total);
    onSample?.({ t: (Date.now() - t0) / 1000, ...s });
  }, everyMs);
  return { stop: () => clearInterval(timer), peak };
}

/** Runs `indexer reindex` as operators do (npm's `indexer` script), sampling its memory. */
async function reindexWithCli(
  sources: string[],
  everyMs: number,
  onSample?: Parameters<typeof sampler>[2],
): Promise<{ summary: JobSummary; peak: { main: number; worker: number; total: number } }> {
  const args = [
    cli,
    "--alias",
    alias,
    "--state-dir",
    stateDir,
    "reindex",
    "--fresh",
    "--workers",
    String(values.workers),
    "--retain",
    "1",
    "--source",
    ...sources,
  ];
  const child = spawn(process.execPath, [...INDEXER_V8_FLAGS, ...args], {
    env: { ...process.env, ES_URL: node.url, LEIAN_LOG_LEVEL: "warn" },
    stdio: ["ignore", "pipe", "ignore"],
  });
  const rss = sampler(child.pid as number, everyMs, onSample);
  let out = "";
  child.stdout.on("data", (d: Buffer) => {
    out += d.toString();
  });
  const code = await new Promise((r) => child.once("exit", r));
  rss.stop();
  if (code !== 0) throw new Error(`indexer exited with ${code}: ${out.slice(-500)}`);
  return { summary: JSON.parse(out) as JobSummary, peak: rss.peak };
}

const node = await start(optionsFromEnv());
const client = createClient({ url: node.url, requestTimeoutMs: 120_000 });
const stateDir = path.join(os.tmpdir(), `leian-bench-${process.pid}`);
const alias = "leian-bench-index";

const report: Record<string, unknown> = { cores: os.availableParallelism(), workers: Number(values.workers) };
try {
  const real = [
    path.join(shared, "lecard/candidates.jsonl.br"),
    path.join(shared, "cases/authoritative-cases.jsonl.br"),
  ];
  if (real.every((s) => existsSync(s))) {
    const { summary: e2e, peak } = await reindexWithCli(real, 250);
    report.endToEnd = {
      documents: e2e.indexed,
      failed: e2e.failed,
      seconds: e2e.durationMs / 1000,
      docsPerSecond: e2e.docsPerSecond,
      megabytesIndexed: e2e.megabytes,
      megabytesPerSecond: Math.round((e2e.megabytes / (e2e.durationMs / 1000)) * 100) / 100,
      peakRssMb: {
        main: Math.round(peak.main),
        largestWorker: Math.round(peak.worker),
        total: Math.round(peak.total),
      },
    };

    // Engine alone: the documents just built, rebuilt from their records and bulk-loaded again.
    const source = (await listBuiltIndices(client, alias)).find((i) => i.live)?.index as string;
    const target = `${alias}-engine-only`;
    await client.indices.delete({ index: target, ignore_unavailable: true });
    await createIndex(client, target, loadIndexDefinition("judgments", CURRENT_VERSIONS.judgments), {
      bulk: true,
    });
    const docs: { id: string; json: string }[] = [];
    let after: estypesSort | undefined;
    for (;;) {
      const page = await client.search<Record<string, unknown>>({
        index: source,
        size: 1000,
        sort: [{ id: "asc" }],
        ...(after ? { search_after: after } : {}),
      });
      if (page.hits.hits.length === 0) break;
      // Rebuilt from the stored record (untimed): _source leaves out the segmented fields.
      for (const h of page.hits.hits) {
        const record = (h._source as { record: JudgmentRecord }).record;
        docs.push({ id: h._id as string, json: JSON.stringify(toJudgmentDocument(record)) });
      }
      after = page.hits.hits.at(-1)?.sort as estypesSort;
    }
    const t0 = Date.now();
    const stats = await client.helpers.bulk<{ id: string; json: string }>({
      datasource: docs,
      onDocument: (d) => [{ index: { _index: target, _id: d.id } }, d.json] as never,
      flushBytes: 5_000_000,
      concurrency: 2,
      retries: 5,
      wait: 2000,
      onDrop: (d) => console.error("dropped", d.error),
    });
    await finishBulk(client, target);
    const engineSeconds = (Date.now() - t0) / 1000;
    const engineRate = Math.round((stats.successful / engineSeconds) * 10) / 10;
    report.engineOnly = { documents: stats.successful, seconds: engineSeconds, docsPerSecond: engineRate };
    report.endToEndOverEngine = Math.round((e2e.docsPerSecond / engineRate) * 100) / 100;
    await client.indices.delete({ index: target });
  } else {
    report.endToEnd = "skipped: ../shared/data not found";
  }

  if (values.synthetic) {
    const n = Number(values.synthetic);
    const timeline: { s: number; mainMb: number; workersMb: number[] }[] = [];
    const { summary, peak } = await reindexWithCli([`synthetic:${n}:1`], 10_000, (s) => {
      const row = { s: Math.round(s.t), mainMb: Math.round(s.main), workersMb: s.workers.map(Math.round) };
      timeline.push(row);
      console.error(JSON.stringify(row));
    });
    report.synthetic = {
      documents: summary.indexed,
      seconds: summary.durationMs / 1000,
      docsPerSecond: summary.docsPerSecond,
      peakRssMb: {
        main: Math.round(peak.main),
        largestWorker: Math.round(peak.worker),
        total: Math.round(peak.total),
      },
      rssTimeline: timeline,
    };
  }
} finally {
  for (const i of await listBuiltIndices(client, alias)) await client.indices.delete({ index: i.index });
  await rm(stateDir, { recursive: true, force: true });
  await client.close();
}
console.log(JSON.stringify(report, null, 2));

type estypesSort = (string | number | boolean | null)[];
