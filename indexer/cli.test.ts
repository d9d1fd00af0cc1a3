import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildProgram, progressReporter } from "./cli.ts";

const run = promisify(execFile);
const cli = path.join(import.meta.dirname, "cli.ts");

describe("indexer CLI without a server", () => {
  it("generates a synthetic corpus as records JSONL, every record marked synthetic", async () => {
    const { stdout } = await run(process.execPath, [cli, "generate", "--count", "5", "--seed", "3"]);
    const lines = stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { id: string; text: string; synthetic: boolean });
    expect(lines).toHaveLength(5);
    for (const line of lines) {
      expect(line.synthetic).toBe(true);
      expect(line.text).toMatch(/人民法院/);
    }
    expect(new Set(lines.map((l) => l.id)).size).toBe(5);
  });

  it("rejects a bad option with a message saying what is expected", async () => {
    const failed = await run(process.execPath, [
      cli,
      "reindex",
      "--source",
      "x.jsonl",
      "--max-failure-rate",
      "5",
    ]).catch((e: { stderr: string; code: number }) => e);
    expect((failed as { code: number }).code).toBe(1);
    expect((failed as { stderr: string }).stderr).toMatch(/between 0 and 1/);
  });
});

describe("--max-failure-rate in each job's help", () => {
  /** What `indexer <name> --help` says of the option, on one line. */
  function described(name: string): string {
    const command = buildProgram().commands.find((c) => c.name() === name);
    const help = (command?.helpInformation() ?? "").replace(/\s+/g, " ");
    return help.match(/--max-failure-rate <r> (.*?) --(?:retain|dead-letter)/)?.[1] ?? "";
  }

  it("offers --retain to a reindex only, the one job that builds and prunes indices (review16)", () => {
    const help = (name: string) =>
      buildProgram()
        .commands.find((c) => c.name() === name)
        ?.helpInformation() ?? "";
    expect(help("reindex")).toMatch(/--retain <n>/);
    for (const name of ["upsert", "replay"]) expect(help(name), name).not.toMatch(/--retain/);
  });

  it("says a reindex past it never swaps the alias", () => {
    expect(described("reindex")).toMatch(/never swaps the alias/);
  });

  it("says an upsert or a replay past it fails with exit code 1, its other documents left in the live index", () => {
    for (const name of ["upsert", "replay"]) {
      expect(described(name), name).not.toMatch(/swap|alias/);
      expect(described(name), name).toMatch(/exit code 1/);
      expect(described(name), name).toMatch(/stay in the live index/);
      // The checkpoint is dropped past the rate (pipeline.ts): a rerun does not resume.
      expect(described(name), name).toMatch(/a rerun starts over/);
    }
  });
});

describe("progress on a terminal", () => {
  /** A terminal of 120 columns that keeps what the bar writes, escapes removed. */
  function terminal() {
    let written = "";
    const stream = Object.assign(
      new Writable({
        write(chunk, _encoding, done) {
          written += String(chunk);
          done();
        },
      }),
      { isTTY: true, columns: 120 },
    );
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the bar's ANSI escapes
    return { stream, text: () => written.replace(/\x1b\[[0-9;?]*[A-Za-z]|\x1b[78]/g, "") };
  }
  const progress = { read: 60, indexed: 40, failed: 2, skipped: 100, elapsedMs: 2000 };

  it("counts a folder's or a synthetic source's items done of their total, a resumed job's included", () => {
    const { stream, text } = terminal();
    const reporter = progressReporter(300, stream);
    reporter.update(progress);
    reporter.stop();
    expect(text()).toMatch(/47% \| 142\/300 \| 20 docs\/s .*\| failed 2/);
  });

  it("shows a dash for the ETA until one is known, not cli-progress's placeholder", () => {
    const { stream, text } = terminal();
    const reporter = progressReporter(300, stream);
    reporter.update({ read: 0, indexed: 0, failed: 0, skipped: 0, elapsedMs: 1000 });
    reporter.stop();
    expect(text()).toMatch(/0\/300 \| 0 docs\/s \| ETA - \| failed 0/);
    expect(text()).not.toMatch(/NF|NULL|LLs/);
  });

  it("shows an ETA once one is known", () => {
    const { stream, text } = terminal();
    const reporter = progressReporter(300, stream);
    reporter.update(progress);
    reporter.stop();
    expect(text()).toMatch(/ETA \d+s \|/);
  });

  it("shows the items done without a made-up total when the total is unknown (JSONL)", () => {
    const { stream, text } = terminal();
    const reporter = progressReporter(undefined, stream);
    reporter.update(progress);
    reporter.stop();
    expect(text()).toMatch(/142 done \| 20 docs\/s \| failed 2/);
    // Never 0/0 nor the items read so far passed off as the total.
    expect(text()).not.toMatch(/\d+\/\d+|%/);
  });
});

describe("generate --out to a path that cannot be written", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "leian-cli-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const generateTo = (out: string) =>
    run(process.execPath, [cli, "generate", "--count", "3", "--out", out]).catch(
      (e: { stderr: string; code: number }) => e,
    );

  it("names the path and why in one line, exit code 1 as the CLI's other errors, no stack", async () => {
    const cases: [string, RegExp][] = [
      [path.join(dir, "missing", "out.jsonl"), /its folder does not exist/],
      [dir, /it is a folder/],
    ];
    // root writes anywhere: the permission case needs another user.
    if (process.getuid?.() !== 0) {
      const locked = path.join(dir, "locked");
      await mkdir(locked, { mode: 0o500 });
      cases.push([path.join(locked, "out.jsonl"), /permission denied/]);
    }
    for (const [out, why] of cases) {
      const failed = (await generateTo(out)) as { stderr: string; code: number };
      expect(failed.code, out).toBe(1);
      expect(failed.stderr.trim().split("\n"), out).toEqual([
        expect.stringContaining(`cannot write ${out}: `),
      ]);
      expect(failed.stderr, out).toMatch(why);
    }
    const out = path.join(dir, "synthetic.jsonl");
    await generateTo(out);
    expect((await readFile(out, "utf8")).trim().split("\n")).toHaveLength(3);
  });
});
