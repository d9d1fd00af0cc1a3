#!/usr/bin/env -S node --max-semi-space-size=8
/**
 * `indexer` — the operators' CLI: reindex (fresh index, atomic alias swap), upsert, replay (dead
 * letters), withdraw, delete, status, audit, generate. Run `indexer --help` or see the README.
 */
import { createWriteStream } from "node:fs";
import { lstat, mkdir, open, rm } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import cliProgress, { SingleBar, type TimeFormatter } from "cli-progress";
import { Command, InvalidArgumentError, Option } from "commander";
import { loadSettings, SettingsError } from "../src/config/settings.ts";
import { LeianError } from "../src/errors.ts";
import { createClient } from "../src/search/client.ts";
import { isRetryable } from "../src/search/errors.ts";
import { listBuiltIndices, wasLive } from "../src/search/indices.ts";
import { setStatus } from "../src/search/withdraw.ts";
import { checkpointedDocuments, type JobSummary, type Progress, runIndexJob } from "./pipeline.ts";
import { defaultWorkers } from "./pool.ts";
import {
  checkFormat,
  countItems,
  detectFormat,
  readSources,
  type SourceFormat,
  type SourceSpec,
  sourceWarnings,
} from "./sources.ts";

const projectRoot = path.resolve(import.meta.dirname, "..");

function nonNegativeInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError("must be a non-negative integer");
  return n;
}

/** 0 would accept the option and do nothing (--concurrency 0 indexed nothing, silently). */
function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("must be a positive integer");
  return n;
}

function rate(value: string): number {
  const n = Number(value);
  if (!(n >= 0 && n <= 1)) throw new InvalidArgumentError("must be between 0 and 1 (e.g. 0.01 for 1%)");
  return n;
}

async function resolveSpecs(locations: string[], format: SourceFormat | "auto"): Promise<SourceSpec[]> {
  return Promise.all(
    locations.map(async (location) => ({
      location: location.startsWith("synthetic:") ? location : path.resolve(location),
      // A named format is checked before a reindex creates its index (a folder given as records…).
      format: format === "auto" ? await detectFormat(location) : checkFormat(location, format),
    })),
  );
}

/**
 * The bar's times; an ETA not known yet is a dash. cli-progress gives its ETA as the string "0"
 * before the first update and "INF" or "NULL" while no rate is known, printed as "0s", "NFs", "LLs".
 */
const formatTime: TimeFormatter = (t, options, roundToMultipleOf) =>
  typeof t === "number" && Number.isFinite(t)
    ? cliProgress.Format.TimeFormat(t, options, roundToMultipleOf)
    : "-";

/**
 * A progress bar with docs/s and ETA on a terminal; one structured log line per 5 s otherwise.
 * Items done count those a resumed job skipped; without a total (JSONL, read as it goes) the line
 * shows them done, with no bar or ETA.
 */
export function progressReporter(
  total: number | undefined,
  stream: NodeJS.WritableStream & { isTTY?: boolean } = process.stderr,
): { update: (p: Progress) => void; stop: () => void } {
  if (stream.isTTY) {
    const bar = new SingleBar({
      format:
        total === undefined
          ? "{value} done | {rate} docs/s | failed {failed}"
          : "{bar} {percentage}% | {value}/{total} | {rate} docs/s | ETA {eta_formatted} | failed {failed}",
      stream,
      hideCursor: true,
      formatTime,
    });
    bar.start(total ?? 0, 0, { rate: 0, failed: 0 });
    return {
      update: (p) => {
        bar.update(p.skipped + p.indexed + p.failed, {
          rate: Math.round((p.indexed / Math.max(1, p.elapsedMs)) * 1000),
          failed: p.failed,
        });
      },
      stop: () => bar.stop(),
    };
  }
  let last = 0;
  return {
    update: (p) => {
      if (Date.now() - last < 5000) return;
      last = Date.now();
      const docsPerSecond = Math.round((p.indexed / Math.max(1, p.elapsedMs)) * 1000);
      const m = process.memoryUsage();
      const mb = (n: number) => Math.round(n / 1e6);
      const memory = {
        rssMb: mb(m.rss),
        heapMb: mb(m.heapUsed),
        externalMb: mb(m.external + m.arrayBuffers),
      };
      console.error(
        JSON.stringify({
          level: "info",
          msg: "indexing",
          ...p,
          docsPerSecond,
          ...(total ? { total } : {}),
          ...memory,
        }),
      );
    },
    stop: () => undefined,
  };
}

function printSummary(summary: JobSummary): void {
  console.log(JSON.stringify(summary, null, 2));
  const line = `${summary.status}: read ${summary.read}, indexed ${summary.indexed}, failed ${summary.failed}${summary.duplicates > 0 ? `, ${summary.duplicates} replaced by a later record of the same id (see ${summary.deadLetterFile})` : ""}, skipped ${summary.skipped} in ${(summary.durationMs / 1000).toFixed(1)} s (${summary.docsPerSecond} docs/s)${summary.swapped ? `; alias ${summary.alias} → ${summary.index}` : ""}${summary.reason ? ` — ${summary.reason}` : ""}`;
  console.error(line);
  if (summary.status !== "succeeded") process.exitCode = 1;
}

/**
 * One line naming an output file that cannot be written and why (and, given `fix`, what to do),
 * instead of its error's stack.
 */
function outputError(file: string, error: NodeJS.ErrnoException, fix?: string): LeianError {
  const why =
    error.code === "ENOENT"
      ? "its folder does not exist"
      : // mkdir of a folder a file stands in for: EEXIST.
        error.code === "ENOTDIR" || (error.code === "EEXIST" && error.syscall === "mkdir")
        ? "a part of its path is not a folder"
        : error.code === "EISDIR"
          ? "it is a folder"
          : error.code === "EACCES" || error.code === "EPERM"
            ? "permission denied"
            : error.message;
  return new LeianError("invalid_output", `cannot write ${file}: ${why}${fix ? ` — ${fix}` : ""}`, {
    cause: error,
  });
}

/**
 * Fails with outputError unless `file` can be written, before the work that will write it: opened
 * for appending (nothing truncated), and not left behind when it was not there. `createFolder`: its
 * folder is made first, as the job writing it does.
 */
async function checkWritable(file: string, options: { createFolder?: boolean; fix?: string } = {}) {
  try {
    if (options.createFolder) await mkdir(path.dirname(file), { recursive: true });
    const existed = await lstat(file).then(
      () => true,
      () => false,
    );
    await (await open(file, "a")).close();
    if (!existed) await rm(file, { force: true });
  } catch (error) {
    throw outputError(file, error as NodeJS.ErrnoException, options.fix);
  }
}

/** `reindex` and `upsert` read sources; `replay` upserts the records of a dead-letter file. */
function jobCommand(program: Command, name: "reindex" | "upsert" | "replay", description: string): void {
  const mode = name === "reindex" ? "reindex" : "upsert";
  const command = program.command(name).description(description);
  if (name === "replay")
    command.argument(
      "<dead-letter-file>",
      "a job's dead-letter JSONL: its lines' records (fixed there or not) are upserted again",
    );
  else
    command
      .requiredOption(
        "-s, --source <location...>",
        "JSONL file(s), a directory of .txt/.html/.docx files, or synthetic:N[:seed]",
      )
      .addOption(
        new Option("-f, --format <format>", "source format")
          .choices(["auto", "records", "lecard", "cases", "files"])
          .default("auto"),
      );
  // Only a reindex builds an index and prunes older ones.
  if (mode === "reindex")
    command.option("--retain <n>", "built indices kept per alias, the live one included", positiveInt, 2);
  command
    .option(
      "--workers <n>",
      "worker processes for parsing and segmentation (0: in this process)",
      nonNegativeInt,
      defaultWorkers(),
    )
    .option("--batch-size <n>", "items per message to a worker", positiveInt, 32)
    .option("--flush-bytes <n>", "bytes per bulk request", positiveInt, 5_000_000)
    .option("--concurrency <n>", "bulk requests in flight", positiveInt, 2)
    .option("--retries <n>", "retries of a document Elasticsearch answered 429 for", nonNegativeInt, 5)
    .option("--wait <ms>", "wait before retrying 429'd documents", nonNegativeInt, 2000)
    .option(
      "--max-failure-rate <r>",
      mode === "reindex"
        ? "failed/read above which a reindex never swaps the alias"
        : "failed/read above which the job ends failed, exit code 1; the documents that did not fail stay in the live index, and a rerun starts over (no checkpoint is kept)",
      rate,
      0.01,
    )
    .option("--dead-letter <file>", "JSONL of documents that failed, with reasons")
    .option("--fresh", "ignore a checkpoint from an interrupted run and start over", false)
    .option(
      "--stop-after <n>",
      "stop after n documents, leaving a checkpoint (testing resumption)",
      positiveInt,
    )
    .action(async (...args: unknown[]) => {
      // Ctrl-C, or SIGTERM (docker stop, systemd, kill): the first stops the job cleanly (the requests
      // in flight finish, the checkpoint is kept, a reindex's alias stays where it was) and says so; a
      // second stops it at once. Exit 128 + the signal's number, as shells report a signal.
      const interrupt = new AbortController();
      let reporter: ReturnType<typeof progressReporter> | undefined;
      let exitCode = 130;
      const onSignal = (signal: "SIGINT" | "SIGTERM") => {
        if (!interrupt.signal.aborted) {
          exitCode = signal === "SIGINT" ? 130 : 143;
          return interrupt.abort(signal === "SIGINT" ? "Ctrl-C (SIGINT)" : "SIGTERM");
        }
        reporter?.stop();
        console.error(
          `stopped at once by a second ${signal === "SIGINT" ? "Ctrl-C" : "signal"}: rerun the same command to resume from its last checkpoint`,
        );
        process.exit(exitCode);
      };
      const onInterrupt = () => onSignal("SIGINT");
      const onTerminate = () => onSignal("SIGTERM");
      process.on("SIGINT", onInterrupt);
      process.on("SIGTERM", onTerminate);
      const o = args.at(-2) as Record<string, unknown>;
      const ctx = context(program);
      const deadLetterFile = path.resolve(
        (o.deadLetter as string | undefined) ??
          path.join(ctx.stateDir, "dead-letters", `${name}-${Date.now()}.jsonl`),
      );
      if (name === "replay" && deadLetterFile === path.resolve(args[0] as string))
        throw new LeianError(
          "invalid_request",
          `--dead-letter ${deadLetterFile} is the file replayed: name another`,
        );
      // Checked before any work: a job would find out at its first failed document, with a build
      // made or documents written.
      await checkWritable(deadLetterFile, {
        createFolder: true,
        fix:
          o.deadLetter === undefined
            ? "give --state-dir a folder the indexer can write"
            : "give --dead-letter a file the indexer can write (its folder is made if missing)",
      });
      const sources =
        name === "replay"
          ? [
              {
                location: path.resolve(args[0] as string),
                format: checkFormat(args[0] as string, "dead-letters"),
              },
            ]
          : await resolveSpecs(o.source as string[], o.format as SourceFormat | "auto");
      // Files a folder holds that the indexer does not read (.pdf, .doc…), dead letters without their
      // record: named, not passed over silently.
      for (const warning of await sourceWarnings(sources)) console.error(`warning: ${warning}`);
      const total = await countItems(sources);
      // The generator is loaded only when a job asks for synthetic data.
      const generate = sources.some((s) => s.format === "synthetic")
        ? (await import("./generate.ts")).generateJudgments
        : () => [];
      if (interrupt.signal.aborted) {
        console.error(
          `stopped by ${interrupt.signal.reason} before anything was written: rerun the same command`,
        );
        process.exitCode = exitCode;
        await ctx.client.close();
        return;
      }
      reporter = progressReporter(total);
      try {
        const summary = await runIndexJob(ctx.client, {
          mode,
          alias: ctx.alias,
          sources,
          read: (specs) => readSources(specs, (count, seed) => generate({ count, seed })),
          stateDir: ctx.stateDir,
          deadLetterFile,
          workers: o.workers as number,
          batchSize: o.batchSize as number,
          flushBytes: o.flushBytes as number,
          concurrency: o.concurrency as number,
          retries: o.retries as number,
          waitMs: o.wait as number,
          maxFailureRate: o.maxFailureRate as number,
          retain: Math.max(1, (o.retain as number | undefined) ?? 2),
          fresh: Boolean(o.fresh),
          ...(o.stopAfter !== undefined ? { stopAfter: o.stopAfter as number } : {}),
          signal: interrupt.signal,
          progress: reporter.update,
        });
        reporter.stop();
        printSummary(summary);
        if (interrupt.signal.aborted && summary.status !== "succeeded") process.exitCode = exitCode;
      } finally {
        reporter.stop();
        process.off("SIGINT", onInterrupt);
        process.off("SIGTERM", onTerminate);
        await ctx.client.close();
      }
    });
}

function context(program: Command) {
  const global = program.opts<{ alias?: string; stateDir: string }>();
  const settings = loadSettings();
  return {
    settings,
    client: createClient(settings.elasticsearch),
    alias: global.alias ?? settings.aliases.judgments,
    stateDir: path.resolve(global.stateDir),
  };
}

export function buildProgram(): Command {
  const program = new Command("indexer")
    .description("Leian indexer: load judgments and authoritative cases into Elasticsearch")
    .option("--alias <name>", "judgments alias (default: LEIAN_ALIAS_JUDGMENTS or leian-judgments)")
    .option(
      "--state-dir <dir>",
      "checkpoints, job summaries and dead letters",
      path.join(projectRoot, ".leian"),
    )
    .showHelpAfterError();

  jobCommand(program, "reindex", "build a fresh index from sources and swap the alias to it atomically");
  jobCommand(program, "upsert", "add or update documents in the live index");
  jobCommand(
    program,
    "replay",
    "upsert again the records a job dead-lettered (fixed in its dead-letter file, or accepted now); those that fail again go to a new dead-letter file",
  );

  for (const [name, status, description] of [
    ["withdraw", "withdrawn", "withdraw judgments (by id or case number): they disappear from search"],
    ["delete", undefined, "delete judgments (by id or case number) from the live index"],
    [
      "restore",
      "effective",
      "undo a withdraw or delete (by id or case number): a withdrawn judgment is effective again, a deleted one is indexed by the next upsert or reindex of its source",
    ],
  ] as const) {
    program
      .command(name)
      .description(description)
      .argument("<idOrCaseNumber...>")
      .action(async (keys: string[]) => {
        const ctx = context(program);
        try {
          const result = await setStatus(ctx.client, ctx.alias, keys, status);
          console.log(JSON.stringify(result, null, 2));
          // A deleted judgment restored is no longer in the index: its decision forgotten is the result.
          const deletedRestored = (result.forgotten ?? []).filter(
            (id) => !result.matched.some((m) => m.ids.includes(id)),
          );
          if (deletedRestored.length > 0)
            console.error(
              `restored ${deletedRestored.length} deleted judgment(s): upsert or reindex their source to index them again`,
            );
          if (result.notFound.length > 0 && deletedRestored.length === 0) {
            console.error(`not found: ${result.notFound.join(", ")}`);
            process.exitCode = 1;
          }
          for (const f of result.failed) console.error(`not changed: ${f.id}: ${f.reason}`);
          if (result.failed.length > 0) process.exitCode = 1;
        } finally {
          await ctx.client.close();
        }
      });
  }

  program
    .command("reversals")
    .description(
      "mark the judgments a later instance in the index reversed (status reversed, with the evidence) and put back those no longer reversed; reindex and upsert do it themselves",
    )
    .action(async () => {
      const ctx = context(program);
      try {
        const { deriveReversals } = await import("../src/search/reversals.ts");
        const summary = await deriveReversals(ctx.client, ctx.alias);
        console.log(JSON.stringify(summary, null, 2));
        for (const f of summary.failed) console.error(`not changed: ${f.id}: ${f.reason}`);
        if (summary.failed.length > 0) process.exitCode = 1;
      } finally {
        await ctx.client.close();
      }
    });

  program
    .command("status")
    .description(
      "aliases, indices (live, previous, builds never live) with counts and creation times, and the last job summary",
    )
    .action(async () => {
      const ctx = context(program);
      try {
        const indices = await listBuiltIndices(ctx.client, ctx.alias);
        // A build's refresh is off until it finishes: a count sees none of its documents yet. Its job's
        // checkpoint counts them, each once; the engine's index operations would count again those a
        // resumed run wrote a second time (sent after the checkpoint its earlier run last saved).
        const builds = indices.filter((i) => !i.live && !wasLive(i.meta)).map((i) => i.index);
        const written = builds.length > 0 ? await checkpointedDocuments(ctx.stateDir) : new Map();
        const { readFile } = await import("node:fs/promises");
        const lastJob = await readFile(path.join(ctx.stateDir, "jobs", "last-summary.json"), "utf8")
          .then((t) => JSON.parse(t) as unknown)
          .catch(() => null);
        console.log(
          JSON.stringify(
            {
              alias: ctx.alias,
              indices: indices.map((i) => ({
                index: i.index,
                docs: i.docs,
                // A build's documents written so far; null when no checkpoint names it (abandoned, or
                // not at its first checkpoint yet).
                ...(builds.includes(i.index) ? { written: written.get(i.index) ?? null } : {}),
                live: i.live,
                // previous: was live, kept for rollback; build: never live (running, interrupted or abandoned).
                state: i.live ? "live" : builds.includes(i.index) ? "build" : "previous",
                created: i.created > 0 ? new Date(i.created).toISOString() : null,
              })),
              liveJob: indices.find((i) => i.live)?.meta.job ?? null,
              lastJob,
            },
            null,
            2,
          ),
        );
      } finally {
        await ctx.client.close();
      }
    });

  program
    .command("audit")
    .description(
      "audit a scope for inconsistent rulings (类案不同判) on the judgments alias, store it (listed by GET /api/v1/audits) and print it",
    )
    .option("--charge <name...>", "charges (罪名), e.g. 盗窃罪")
    .option("--cause <name...>", "causes of action (案由)")
    .option("--court <name...>", "courts")
    .option("--category <category>", "case category, e.g. 刑事")
    .option("--from <date>", "decision date from (YYYY-MM-DD)")
    .option("--to <date>", "decision date to (YYYY-MM-DD)")
    .addOption(new Option("--format <format>", "output format").choices(["json", "html"]).default("json"))
    .option("-o, --out <file>", "output file (default: stdout)")
    .option("--no-store", "print only; do not store the audit")
    .action(async (o: Record<string, string | string[] | boolean | undefined>) => {
      const { AuditRequest } = await import("../src/audit/model.ts");
      const { runAudit, unknownChargeProblems } = await import("../src/audit/engine.ts");
      const scope = Object.fromEntries(
        Object.entries({
          charges: o.charge,
          causes: o.cause,
          courts: o.court,
          category: o.category,
          dateFrom: o.from,
          dateTo: o.to,
        }).filter(([, v]) => v !== undefined),
      );
      const parsed = AuditRequest.safeParse({ scope });
      const problems = parsed.success
        ? unknownChargeProblems(parsed.data.scope.charges, "--charge")
        : parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
      if (!parsed.success || problems.length > 0) {
        throw new LeianError("invalid_request", problems.map((p) => `${p.path}: ${p.message}`).join("; "));
      }
      // Before the audit is computed and stored: an --out it cannot write failed only after both.
      if (typeof o.out === "string") await checkWritable(o.out);
      const ctx = context(program);
      try {
        const user = process.env.USER ?? "cli";
        const audit = await runAudit(ctx.client, ctx.alias, parsed.data, {
          requestedBy: { user, court: "", role: "research" },
        });
        const text =
          o.format === "html"
            ? (await import("../src/audit/render/html.ts")).renderAuditHtml(audit)
            : `${JSON.stringify(audit, null, 2)}\n`;
        // The file is written before the audit is stored: one that fails still stores nothing.
        if (typeof o.out === "string") {
          const { writeFile } = await import("node:fs/promises");
          const file = o.out;
          await writeFile(file, text).catch((error: NodeJS.ErrnoException) => {
            throw outputError(file, error);
          });
        }
        if (o.store !== false) {
          const { createAuditStore } = await import("../src/audit/store.ts");
          await createAuditStore(ctx.client, ctx.settings.aliases.audits).save(audit);
        }
        if (typeof o.out !== "string") process.stdout.write(text);
        console.error(
          `audit ${audit.id}: ${audit.casesExamined} cases, ${audit.clusters.length} clusters, ${audit.findings.length} findings in ${audit.durationMs} ms`,
        );
      } finally {
        await ctx.client.close();
      }
    });

  program
    .command("generate")
    .description("write a synthetic corpus (records JSONL, every record marked synthetic)")
    .requiredOption("--count <n>", "number of judgments", positiveInt)
    .option("--seed <n>", "random seed", nonNegativeInt, 1)
    .option("-o, --out <file>", "output file (default: stdout)")
    .action(async (o: { count: number; seed: number; out?: string }) => {
      const { generateJudgments } = await import("./generate.ts");
      const lines = Readable.from(
        (function* () {
          for (const item of generateJudgments({ count: o.count, seed: o.seed }))
            yield `${JSON.stringify({ id: item.id, text: item.text, ...item.meta, synthetic: true })}\n`;
        })(),
      );
      const { out } = o;
      if (out === undefined) await pipeline(lines, process.stdout, { end: false });
      else
        await pipeline(lines, createWriteStream(out)).catch((error: NodeJS.ErrnoException) => {
          // The file's errors (its folder missing, a folder, no permission) in one line; others as they are.
          throw error.syscall ? outputError(out, error) : error;
        });
    });

  return program;
}

if (import.meta.main) {
  buildProgram()
    .parseAsync()
    .catch((error: unknown) => {
      if (error instanceof SettingsError || error instanceof LeianError) console.error(error.message);
      else if (isRetryable(error))
        // One line an operator can act on, not the client's stack (it waited through its retries).
        console.error(
          `Elasticsearch at ${process.env.ES_URL ?? "http://127.0.0.1:9200"} did not answer (${(error as Error).message}): check ES_URL, or start the local one with npm run es:start`,
        );
      else console.error(error);
      process.exitCode = 1;
    });
}
