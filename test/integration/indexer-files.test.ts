import { execFile } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { Document, Packer, Paragraph } from "docx";
import { afterAll, describe, expect, it } from "vitest";
import { generateJudgments } from "../../indexer/generate.ts";
import { runIndexJob } from "../../indexer/pipeline.ts";
import { detectFormat, readSources } from "../../indexer/sources.ts";
import { cleanup, esUrl, testClient, uniquePrefix } from "./helpers.ts";

const run = promisify(execFile);
const cli = path.resolve(import.meta.dirname, "../../indexer/cli.ts");

// Courts hand over judgments as files: plain text, saved web pages and Word documents.
describe("indexer: a folder of .txt / .html / .docx judgments", () => {
  const client = testClient();
  const prefix = uniquePrefix("files");
  const alias = `${prefix}judgments`;
  const dirs: string[] = [];
  afterAll(async () => {
    await cleanup(client, prefix);
    await client.close();
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  });

  it("reads each format into the same structured record and dead-letters an empty file", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "leian-files-"));
    dirs.push(dir);
    const [a, b, c] = [...generateJudgments({ count: 3, seed: 21 })];
    if (!a || !b || !c) throw new Error("generator yielded too little");
    await mkdir(path.join(dir, "2024"));
    await writeFile(path.join(dir, "2024", "a.txt"), a.text);
    const paragraphs = b.text
      .split("\n")
      .map((line) => `<p>${line}</p>`)
      .join("");
    await writeFile(
      path.join(dir, "b.html"),
      `<html><head><title>裁判文书</title></head><body>${paragraphs}</body></html>`,
    );
    const docx = new Document({
      sections: [{ children: c.text.split("\n").map((line) => new Paragraph(line)) }],
    });
    await writeFile(path.join(dir, "c.docx"), await Packer.toBuffer(docx));
    await writeFile(path.join(dir, "empty.txt"), "   ");
    await writeFile(path.join(dir, "notes.md"), "not a judgment");

    expect(await detectFormat(dir)).toBe("files");
    const deadLetterFile = path.join(dir, "dead.jsonl");
    const summary = await runIndexJob(client, {
      mode: "reindex",
      alias,
      sources: [{ location: dir, format: "files" }],
      read: (specs) => readSources(specs, () => []),
      stateDir: dir,
      deadLetterFile,
      workers: 0,
      batchSize: 8,
      flushBytes: 1_000_000,
      concurrency: 1,
      retries: 1,
      waitMs: 100,
      maxFailureRate: 0.5,
      retain: 1,
      fresh: true,
      progress: () => undefined,
    });
    expect(summary).toMatchObject({ status: "succeeded", read: 4, indexed: 3, failed: 1 });

    const found = await client.search<{
      sourceId: string;
      caseNumber: string;
      court: string;
      record: { sections: { facts?: string } };
    }>({
      index: alias,
      size: 10,
      sort: [{ sourceId: "asc" }],
    });
    const docs = found.hits.hits.map((h) => h._source);
    expect(docs.map((d) => d?.sourceId)).toEqual(["2024/a.txt", "b.html", "c.docx"]);
    for (const [doc, original] of [
      [docs[0], a],
      [docs[1], b],
      [docs[2], c],
    ] as const) {
      const expectedNumber = /（\d{4}）[^号]+号/.exec(original.text)?.[0];
      expect(doc?.caseNumber).toBe(expectedNumber);
      expect(doc?.court).toBeTruthy();
      expect(doc?.record.sections.facts).toBeTruthy();
    }
    const dead = (await import("node:fs/promises")).readFile(deadLetterFile, "utf8");
    expect(await dead).toMatch(/empty\.txt.*the file holds no text/);
  });

  it("counts a folder's files for the job's progress: done of a total, not 0/0", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "leian-files-"));
    dirs.push(dir);
    const judgments = [...generateJudgments({ count: 3, seed: 22 })];
    for (const [i, g] of judgments.entries()) await writeFile(path.join(dir, `${i}.txt`), g.text);
    await writeFile(path.join(dir, "notes.md"), "not a judgment");
    const args = ["--alias", `${prefix}cli`, "--state-dir", path.join(dir, "state")];
    const { stderr } = await run(
      process.execPath,
      [cli, ...args, "reindex", "--source", dir, "--workers", "0"],
      {
        env: { ...process.env, ES_URL: esUrl() },
      },
    );
    // Not on a terminal: one JSON line per 5 s, the first at once (the terminal's bar shows the same numbers).
    const logged = stderr
      .split("\n")
      .filter((l) => l.startsWith("{"))
      .map((l) => JSON.parse(l) as { msg: string; total?: number });
    expect(logged.length).toBeGreaterThan(0);
    for (const line of logged) expect(line).toMatchObject({ msg: "indexing", total: 3 });
  });
});
