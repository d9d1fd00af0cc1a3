import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateJudgments } from "../../indexer/generate.ts";
import { type JobOptions, jobIdOf, runIndexJob } from "../../indexer/pipeline.ts";
import { detectFormat, readSources, type SourceSpec } from "../../indexer/sources.ts";
import { parseJudgment } from "../../src/judgment/parse.ts";
import { emptyRecord } from "../../src/judgment/record.ts";
import { type ChargeModel, modelsIndex } from "../../src/search/charge-model.ts";
import { decodeBinary, type ResultCard, toJudgmentDocument } from "../../src/search/documents.ts";
import { aliasTargets } from "../../src/search/indices.ts";
import { setStatus } from "../../src/search/withdraw.ts";
import { beforeV7, cleanup, esUrl, judgmentsIndex, testClient, uniquePrefix } from "./helpers.ts";

const cli = path.resolve(import.meta.dirname, "../../indexer/cli.ts");

/** `n` synthetic judgments as JSONL record lines ({"id","text"}). */
const records = (n: number, seed: number) =>
  [...generateJudgments({ count: n, seed })].map((g) => JSON.stringify({ id: g.id, text: g.text }));

describe("indexer against a real Elasticsearch", () => {
  const client = testClient();
  const prefix = uniquePrefix("idx");
  const alias = `${prefix}judgments`;
  let dir: string;

  function job(sources: SourceSpec[], over: Partial<JobOptions> = {}): JobOptions {
    return {
      mode: "reindex",
      alias,
      sources,
      read: (specs) => readSources(specs, (count, seed) => generateJudgments({ count, seed })),
      stateDir: dir,
      deadLetterFile: path.join(dir, `dead-${Date.now()}-${Math.random()}.jsonl`),
      workers: 1,
      batchSize: 16,
      flushBytes: 1_000_000,
      concurrency: 2,
      retries: 3,
      waitMs: 200,
      maxFailureRate: 0.01,
      retain: 2,
      fresh: false,
      progress: () => undefined,
      ...over,
    };
  }

  async function count(): Promise<number> {
    await client.indices.refresh({ index: alias });
    return (await client.count({ index: alias })).count;
  }

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "leian-indexer-"));
  });
  afterAll(async () => {
    await cleanup(client, prefix);
    await client.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("reindexes into a fresh index, swaps the alias, keeps one previous index and prunes the rest", async () => {
    const first = await runIndexJob(client, job([{ location: "synthetic:120:7", format: "synthetic" }]));
    expect(first, first.reason).toMatchObject({
      status: "succeeded",
      swapped: true,
      read: 120,
      indexed: 120,
      failed: 0,
    });
    expect(await aliasTargets(client, alias)).toEqual([first.index]);
    expect(await count()).toBe(120);
    // The charge model was built from the new index before the alias moved to it.
    const model = await client.get<ChargeModel>({ index: modelsIndex(alias), id: first.index });
    expect(model._source).toMatchObject({ version: 1, index: first.index, documents: expect.any(Number) });
    expect(Object.keys(model._source?.centroids ?? {}).length).toBeGreaterThan(3);

    await sleep(1100); // index names carry a one-second timestamp
    const second = await runIndexJob(client, job([{ location: "synthetic:80:8", format: "synthetic" }]));
    expect(second.swapped).toBe(true);
    expect(await aliasTargets(client, alias)).toEqual([second.index]);
    expect(await count()).toBe(80);
    expect(await client.indices.exists({ index: first.index })).toBe(true);

    await sleep(1100);
    const third = await runIndexJob(client, job([{ location: "synthetic:120:7", format: "synthetic" }]));
    expect(third.pruned).toEqual([first.index]);
    expect(await client.indices.exists({ index: first.index })).toBe(false);
    // A pruned index's model goes with it.
    expect(await client.exists({ index: modelsIndex(alias), id: first.index })).toBe(false);
    expect(await client.exists({ index: modelsIndex(alias), id: third.index })).toBe(true);
    expect(await client.indices.exists({ index: second.index })).toBe(true);
  });

  it("keeps every search answering from one consistent index while a reindex runs", async () => {
    const before = await count();
    const live = (await aliasTargets(client, alias))[0];
    let stop = false;
    const seen: { total: number; indices: string[] }[] = [];
    const errors: unknown[] = [];
    const searcher = (async () => {
      while (!stop) {
        try {
          const res = await client.search({
            index: alias,
            size: 50,
            track_total_hits: true,
            query: { match_all: {} },
          });
          const total = typeof res.hits.total === "number" ? res.hits.total : (res.hits.total?.value ?? -1);
          seen.push({ total, indices: [...new Set(res.hits.hits.map((h) => h._index))] });
        } catch (error) {
          errors.push(error);
        }
        await sleep(20);
      }
    })();
    await sleep(1100);
    const summary = await runIndexJob(client, job([{ location: "synthetic:600:9", format: "synthetic" }]));
    await sleep(200);
    stop = true;
    await searcher;
    expect(errors).toEqual([]);
    expect(summary.swapped).toBe(true);
    expect(seen.length).toBeGreaterThan(10);
    for (const s of seen) {
      expect(s.indices).toHaveLength(1);
      // Either the old index, complete, or the new one, complete: never a half-built one.
      if (s.indices[0] === live) expect(s.total).toBe(before);
      else {
        expect(s.indices[0]).toBe(summary.index);
        expect(s.total).toBe(600);
      }
    }
    expect(seen.at(-1)?.indices).toEqual([summary.index]);
  });

  it("resumes a killed job with no loss and no duplicates", async () => {
    const stateDir = path.join(dir, "kill");
    const args = [
      cli,
      "--alias",
      alias,
      "--state-dir",
      stateDir,
      "reindex",
      "--source",
      "synthetic:3000:11",
      "--workers",
      "1",
    ];
    const env = { ...process.env, ES_URL: esUrl(), LEIAN_LOG_LEVEL: "warn" };
    const child = spawn(process.execPath, args, { env, stdio: "ignore" });
    const jobsDir = path.join(stateDir, "jobs");
    // Kill it hard once its checkpoint shows real progress.
    let position = 0;
    for (let i = 0; i < 600 && position < 400; i++) {
      await sleep(100);
      const file = existsSync(jobsDir)
        ? (await import("node:fs")).readdirSync(jobsDir).find((f) => f.endsWith(".checkpoint.json"))
        : undefined;
      if (file) position = JSON.parse(await readFile(path.join(jobsDir, file), "utf8")).position;
    }
    child.kill("SIGKILL");
    await new Promise((r) => child.once("exit", r));
    expect(position).toBeGreaterThanOrEqual(400);
    expect(position).toBeLessThan(3000);

    const rerun = spawn(process.execPath, args, { env, stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    rerun.stdout.on("data", (d: Buffer) => {
      out += d.toString();
    });
    const code = await new Promise((r) => rerun.once("exit", r));
    expect(code).toBe(0);
    const summary = JSON.parse(out);
    expect(summary).toMatchObject({ status: "succeeded", resumed: true, swapped: true, failed: 0 });
    expect(summary.skipped).toBeGreaterThanOrEqual(position);
    expect(summary.skipped + summary.read).toBe(3000);

    expect(await aliasTargets(client, alias), JSON.stringify(summary)).toEqual([summary.index]);
    expect(await count()).toBe(3000);
    const distinct = await client.search({
      index: alias,
      size: 0,
      aggs: { ids: { cardinality: { field: "sourceId", precision_threshold: 40000 } } },
    });
    expect((distinct.aggregations?.ids as { value: number } | undefined)?.value).toBe(3000);
  });

  it("exits when stopped early while its workers are busy, leaving a checkpoint", async () => {
    // Regression: stopping the consumer while a worker's result message was half-read left the
    // workers connected and the job process alive forever.
    const stateDir = path.join(dir, "stop");
    const args = [cli, "--alias", `${alias}-stop`, "--state-dir", stateDir, "reindex", "--source"];
    const env = { ...process.env, ES_URL: esUrl(), LEIAN_LOG_LEVEL: "warn" };
    for (const stopAfter of [150, 400]) {
      const child = spawn(
        process.execPath,
        [...args, "synthetic:3000:12", "--workers", "2", "--stop-after", String(stopAfter), "--fresh"],
        { env, stdio: ["ignore", "pipe", "inherit"] },
      );
      let out = "";
      child.stdout.on("data", (d: Buffer) => {
        out += d.toString();
      });
      const exited = new Promise<number | null>((r) => child.once("exit", (code) => r(code)));
      const code = await Promise.race([exited, sleep(60_000).then(() => "hung" as const)]);
      if (code === "hung") child.kill("SIGKILL");
      expect(code).toBe(1);
      const summary = JSON.parse(out);
      expect(summary).toMatchObject({ status: "interrupted", swapped: false });
      expect(summary.indexed).toBeGreaterThanOrEqual(stopAfter);
      expect(summary.indexed).toBeLessThan(3000);
    }
  });

  it("reports a failure to finish the new index, keeps the alias, and a rerun finishes it", async () => {
    // An index already named like the alias makes the swap impossible (an operator's mistake).
    const blocked = `${prefix}blocked`;
    await client.indices.create({ index: blocked });
    const jobDir = path.join(dir, "finish");
    const options = job([{ location: "synthetic:60:21", format: "synthetic" }], {
      alias: blocked,
      stateDir: jobDir,
    });
    const failed = await runIndexJob(client, options);
    expect(failed.status).toBe("failed");
    expect(failed.swapped).toBe(false);
    expect(failed.indexed).toBe(60);
    expect(failed.reason).toMatch(/finishing the new index failed.*alias stays where it was/s);
    expect(await aliasTargets(client, blocked)).toEqual([]);

    await client.indices.delete({ index: blocked });
    const rerun = await runIndexJob(client, options);
    expect(rerun).toMatchObject({ status: "succeeded", resumed: true, swapped: true, index: failed.index });
    expect(rerun.skipped).toBe(60);
    await client.indices.refresh({ index: blocked });
    expect((await client.count({ index: blocked })).count).toBe(60);
  });

  it("dead-letters malformed records with file, line and reason, and indexes the good ones", async () => {
    const file = path.join(dir, "mixed.jsonl");
    const good = records(5, 3);
    const lines = [
      good[0],
      "{not json",
      good[1],
      JSON.stringify({ id: "no-text", title: "缺少正文" }),
      good[2],
      JSON.stringify({ id: "bad-record", sections: {}, parties: "nobody", text: "x" }),
      good[3],
      good[4],
    ];
    await writeFile(file, `${lines.join("\n")}\n`);
    expect(await detectFormat(file)).toBe("records");
    const deadLetterFile = path.join(dir, "mixed-dead.jsonl");
    await sleep(1100);
    const summary = await runIndexJob(
      client,
      job([{ location: file, format: "records" }], { deadLetterFile, maxFailureRate: 0.5 }),
    );
    expect(summary).toMatchObject({ status: "succeeded", read: 8, indexed: 5, failed: 3, swapped: true });
    const dead = (await readFile(deadLetterFile, "utf8"))
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { locator: string; reason: string });
    expect(dead.map((d) => d.locator)).toEqual([`${file}:2`, `${file}:4`, `${file}:6`]);
    expect(dead[0]?.reason).toMatch(/invalid JSON/);
    // The line itself, to fix in place and feed back.
    expect((dead as { record?: string }[]).map((d) => d.record)).toEqual([lines[1], lines[3], lines[5]]);
    expect(dead[1]?.reason).toMatch(/"text" is missing/);
    expect(dead[2]?.reason).toMatch(/invalid record at parties/);
    expect(await count()).toBe(5);
  });

  it("never swaps the alias when the failure rate exceeds the threshold", async () => {
    const liveBefore = await aliasTargets(client, alias);
    const file = path.join(dir, "mostly-bad.jsonl");
    const good = [...generateJudgments({ count: 2, seed: 4 })].map((g) => JSON.stringify({ text: g.text }));
    await writeFile(file, [good[0], "nope", "nope", "nope", good[1]].join("\n"));
    await sleep(1100);
    const summary = await runIndexJob(client, job([{ location: file, format: "records" }]));
    expect(summary.status).toBe("failed");
    expect(summary.swapped).toBe(false);
    expect(summary.reason).toMatch(/failure rate 60\.00% \(3 of 5\) exceeds 1\.00%/);
    expect(await aliasTargets(client, alias)).toEqual(liveBefore);
  });

  it("upserts into the live index without duplicating, withdraws and deletes", async () => {
    const before = await count();
    const file = path.join(dir, "upsert.jsonl");
    const [one] = [...generateJudgments({ count: 1, seed: 99 })];
    if (!one) throw new Error("generator yielded nothing");
    await writeFile(file, `${JSON.stringify({ id: "upsert-1", text: one.text })}\n`);
    const first = await runIndexJob(client, job([{ location: file, format: "records" }], { mode: "upsert" }));
    expect(first).toMatchObject({ status: "succeeded", indexed: 1, swapped: false });
    expect(await count()).toBe(before + 1);
    const again = await runIndexJob(client, job([{ location: file, format: "records" }], { mode: "upsert" }));
    expect(again.indexed).toBe(1);
    expect(await count()).toBe(before + 1);

    const found = await client.search<{ id: string; caseNumber?: string }>({
      index: alias,
      query: { term: { sourceId: "upsert-1" } },
    });
    const doc = found.hits.hits[0]?._source;
    expect(doc?.caseNumber).toBeTruthy();

    // An operator may type the number's year in other brackets than the judgment's.
    const typed = String(doc?.caseNumber)
      .replace(/^[（(]/, "〔")
      .replace(/[）)]/, "〕");
    expect(typed).not.toBe(doc?.caseNumber);
    const withdrawn = await setStatus(client, alias, [typed], "withdrawn");
    expect(withdrawn.changed).toBe(1);
    const status = await client.search<{ status: string; record: { status: string } }>({
      index: alias,
      query: { term: { id: doc?.id as string } },
    });
    expect(status.hits.hits[0]?._source?.status).toBe("withdrawn");
    expect(status.hits.hits[0]?._source?.record.status).toBe("withdrawn");
    // Its text is still indexed (the document was rebuilt, not partially updated from _source).
    const byText = await client.search({
      index: alias,
      query: {
        bool: {
          filter: [{ term: { id: doc?.id as string } }, { exists: { field: "facts_seg" } }],
          must: [{ match_phrase: { text_chars: one.text.slice(0, 6) } }],
        },
      },
      stored_fields: ["facts_seg"],
    });
    expect(byText.hits.hits).toHaveLength(1);
    expect(String(byText.hits.hits[0]?.fields?.facts_seg?.[0] ?? "").length).toBeGreaterThan(20);

    const deleted = await setStatus(client, alias, [doc?.id as string, "no-such-id"], undefined);
    expect(deleted).toMatchObject({ changed: 1, notFound: ["no-such-id"] });
    expect(await count()).toBe(before);
  });

  it("rebuilds the live index's charge model after an upsert: a new charge gets its centroid", async () => {
    const live = (await aliasTargets(client, alias))[0] as string;
    const NEW_CHARGE = "非法捕捞水产品罪";
    const absent = await client.count({ index: alias, query: { term: { charges: NEW_CHARGE } } });
    expect(absent.count).toBe(0);
    const before = await client.get<ChargeModel & { builtAt: string }>({
      index: modelsIndex(alias),
      id: live,
    });
    expect(before._source?.centroids[NEW_CHARGE]).toBeUndefined();
    // Three generated judgments (MIN_LABEL_DOCS) rewritten to the new charge.
    const file = path.join(dir, "upsert-charge.jsonl");
    const lines = [...generateJudgments({ count: 40, seed: 123 })]
      .flatMap((g) => {
        const charge = parseJudgment(g.text).charges[0];
        return charge ? [g.text.replaceAll(charge, NEW_CHARGE)] : [];
      })
      .slice(0, 3)
      .map((text, i) => JSON.stringify({ id: `upsert-charge-${i}`, text }));
    expect(lines).toHaveLength(3);
    await writeFile(file, lines.join("\n"));
    const summary = await runIndexJob(
      client,
      job([{ location: file, format: "records" }], { mode: "upsert" }),
    );
    expect(summary, summary.reason).toMatchObject({ status: "succeeded", indexed: 3, swapped: false });
    const after = await client.get<ChargeModel & { builtAt: string }>({
      index: modelsIndex(alias),
      id: live,
    });
    expect((after._source?.builtAt ?? "") > (before._source?.builtAt ?? "")).toBe(true);
    expect(after._source?.centroids[NEW_CHARGE]?.length).toBeGreaterThan(10);
    const ids = (
      await client.search<{ id: string }>({
        index: alias,
        query: { term: { charges: NEW_CHARGE } },
        _source: ["id"],
      })
    ).hits.hits.map((h) => h._source?.id as string);
    expect(ids).toHaveLength(3);
    await setStatus(client, alias, ids, undefined);
  });

  it("refuses to upsert into a live index built by an older mapping, leaving it untouched", async () => {
    const oldAlias = `${prefix}stale`;
    const index = `${prefix}stale-v4`;
    await judgmentsIndex(client, { index, alias: oldAlias, version: 4 });
    const file = path.join(dir, "upsert-stale.jsonl");
    const [one] = [...generateJudgments({ count: 1, seed: 7 })];
    await writeFile(file, `${JSON.stringify({ id: "stale-1", text: one?.text })}\n`);
    await expect(
      runIndexJob(client, job([{ location: file, format: "records" }], { mode: "upsert", alias: oldAlias })),
    ).rejects.toThrow(/older version of the judgments mapping; run a reindex first/);
    await client.indices.refresh({ index });
    expect((await client.count({ index })).count).toBe(0);
  });

  it("withdraws from a live index built by an older mapping, and names what the engine refused", async () => {
    const text = "本院认为，被告人醉酒驾驶机动车，其行为已构成危险驾驶罪。";
    const record = emptyRecord({
      id: "old-1",
      source: "test",
      tier: "ordinary",
      text,
      sections: { reasoning: text },
    });
    // As the older versions indexed it: no binary doc values; v4 with the excerpts as fields.
    const { card, ranking, ...v3 } = beforeV7(toJudgmentDocument(record));
    const { reasoningExcerpt } = decodeBinary<ResultCard>(card);
    expect(reasoningExcerpt).toMatch(/^本院认为/);
    for (const [version, document] of [
      [3, v3],
      [4, { ...v3, reasoningExcerpt }],
    ] as const) {
      const oldAlias = `${prefix}old${version}`;
      const index = `${prefix}old-v${version}`;
      await judgmentsIndex(client, { index, alias: oldAlias, version, documents: { "old-1": document } });

      const result = await setStatus(client, oldAlias, ["old-1"], "withdrawn");
      expect(result).toMatchObject({ changed: 1, failed: [] });
      const after = await client.search({
        index,
        query: { ids: { values: ["old-1"] } },
        docvalue_fields: ["status", ...(version === 4 ? ["reasoningExcerpt"] : [])],
      });
      expect(after.hits.hits[0]?.fields).toEqual({
        status: ["withdrawn"],
        ...(version === 4 ? { reasoningExcerpt: [reasoningExcerpt] } : {}),
      });

      // A document the engine refuses is reported, not counted as changed.
      await client.indices.putSettings({ index, settings: { "index.blocks.write": true } });
      try {
        const refused = await setStatus(client, oldAlias, ["old-1"], "effective");
        expect(refused.changed).toBe(0);
        expect(refused.failed).toEqual([{ id: "old-1", reason: expect.stringMatching(/block/) }]);
      } finally {
        await client.indices.putSettings({ index, settings: { "index.blocks.write": false } });
      }
    }
  });

  describe("jobs an operator reruns", () => {
    it("never resumes an upsert into an index the alias has left: it starts over in the live one", async () => {
      const opsAlias = `${prefix}ops1`;
      const stateDir = path.join(dir, "ops1");
      const first = await runIndexJob(
        client,
        job([{ location: "synthetic:40:31", format: "synthetic" }], { alias: opsAlias, stateDir }),
      );
      expect(first.status, first.reason).toBe("succeeded");
      const file = path.join(dir, "ops1.jsonl");
      await writeFile(file, `${records(30, 32).join("\n")}\n`);
      const upsert = (over: Partial<JobOptions> = {}) =>
        job([{ location: file, format: "records" }], { alias: opsAlias, stateDir, mode: "upsert", ...over });
      const stopped = await runIndexJob(
        client,
        upsert({ stopAfter: 10, flushBytes: 20_000, concurrency: 1 }),
      );
      expect(stopped.status).toBe("interrupted");
      await sleep(1100);
      const rebuilt = await runIndexJob(
        client,
        job([{ location: "synthetic:40:31", format: "synthetic" }], { alias: opsAlias, stateDir, retain: 1 }),
      );
      expect(rebuilt.pruned).toEqual([first.index]);

      const rerun = await runIndexJob(client, upsert());
      expect(rerun, rerun.reason).toMatchObject({
        status: "succeeded",
        resumed: false,
        index: rebuilt.index,
      });
      expect(rerun.reason).toMatch(/alias moved/);
      expect(rerun.indexed).toBe(30);
      // The pruned index was not recreated by the upsert.
      expect(await client.indices.exists({ index: first.index })).toBe(false);
      await client.indices.refresh({ index: opsAlias });
      expect((await client.count({ index: opsAlias })).count).toBe(70);
    });

    it("counts an interrupted run's failures in the resumed job's failure rate, and drops the failed build", async () => {
      const opsAlias = `${prefix}ops2`;
      const stateDir = path.join(dir, "ops2");
      const live = await runIndexJob(
        client,
        job([{ location: "synthetic:20:33", format: "synthetic" }], { alias: opsAlias, stateDir }),
      );
      const file = path.join(dir, "ops2.jsonl");
      // 10 bad lines first, then 60 good: 14% of the job fails, none of the second run's part.
      await writeFile(file, `${[...Array(10).fill("{no json"), ...records(60, 34)].join("\n")}\n`);
      const reindex = (over: Partial<JobOptions> = {}) =>
        job([{ location: file, format: "records" }], { alias: opsAlias, stateDir, ...over });
      await sleep(1100);
      const stopped = await runIndexJob(
        client,
        reindex({ stopAfter: 10, flushBytes: 20_000, concurrency: 1 }),
      );
      expect(stopped).toMatchObject({ status: "interrupted", failed: 10 });
      const resumed = await runIndexJob(client, reindex());
      expect(resumed).toMatchObject({ status: "failed", resumed: true, swapped: false, failed: 0 });
      expect(resumed.reason).toMatch(/failure rate 14\.29% \(10 of 70 over every run of the job\)/);
      expect(await aliasTargets(client, opsAlias)).toEqual([live.index]);
      // The failed build is gone, so the next prune cannot keep it in place of the live index's predecessor.
      expect(await client.indices.exists({ index: stopped.index })).toBe(false);
    });

    it("starts over when the source changed since the interrupted run (dead-lettered lines fixed in place)", async () => {
      const opsAlias = `${prefix}ops3`;
      const stateDir = path.join(dir, "ops3");
      const file = path.join(dir, "ops3.jsonl");
      const good = records(40, 35);
      await writeFile(file, `${[...Array(5).fill("{no json"), ...good].join("\n")}\n`);
      const reindex = (over: Partial<JobOptions> = {}) =>
        job([{ location: file, format: "records" }], {
          alias: opsAlias,
          stateDir,
          maxFailureRate: 0.5,
          ...over,
        });
      const stopped = await runIndexJob(
        client,
        reindex({ stopAfter: 10, flushBytes: 20_000, concurrency: 1 }),
      );
      expect(stopped.status).toBe("interrupted");
      // The operator fixes the five lines and reruns.
      await writeFile(file, `${[...records(5, 36), ...good].join("\n")}\n`);
      const rerun = await runIndexJob(client, reindex());
      expect(rerun, rerun.reason).toMatchObject({
        status: "succeeded",
        resumed: false,
        indexed: 45,
        failed: 0,
      });
      expect(rerun.reason).toMatch(/sources changed/);
      expect(await client.indices.exists({ index: stopped.index })).toBe(false);
      await client.indices.refresh({ index: opsAlias });
      expect((await client.count({ index: opsAlias })).count).toBe(45);
    });

    it("fails an upsert whose failure rate exceeds the threshold, keeping the good documents", async () => {
      const opsAlias = `${prefix}ops4`;
      const stateDir = path.join(dir, "ops4");
      await runIndexJob(
        client,
        job([{ location: "synthetic:10:37", format: "synthetic" }], { alias: opsAlias, stateDir }),
      );
      const file = path.join(dir, "ops4.jsonl");
      await writeFile(file, `${[...records(4, 38), "{no json"].join("\n")}\n`);
      const summary = await runIndexJob(
        client,
        job([{ location: file, format: "records" }], { alias: opsAlias, stateDir, mode: "upsert" }),
      );
      expect(summary).toMatchObject({ status: "failed", indexed: 4, failed: 1 });
      expect(summary.reason).toMatch(/failure rate 20\.00% .*the other documents are in the live index/);
      await client.indices.refresh({ index: opsAlias });
      expect((await client.count({ index: opsAlias })).count).toBe(14);
    });

    it("says which record replaced another of the same id within a job", async () => {
      const opsAlias = `${prefix}ops6`;
      const stateDir = path.join(dir, "ops6");
      const file = path.join(dir, "ops6.jsonl");
      const [a, b] = records(2, 41);
      await writeFile(file, `${[a, b, a].join("\n")}\n`);
      const deadLetterFile = path.join(dir, "ops6-dead.jsonl");
      const summary = await runIndexJob(
        client,
        job([{ location: file, format: "records" }], { alias: opsAlias, stateDir, deadLetterFile }),
      );
      expect(summary).toMatchObject({ status: "succeeded", indexed: 3, failed: 0, duplicates: 1 });
      const dead = (await readFile(deadLetterFile, "utf8"))
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l));
      expect(dead).toEqual([
        expect.objectContaining({
          locator: `${file}:3`,
          stage: "duplicate",
          reason: `same id as ${file}:1: this record replaces it`,
        }),
      ]);
      await client.indices.refresh({ index: opsAlias });
      expect((await client.count({ index: opsAlias })).count).toBe(2);
    });

    it("keeps an operator's withdraw and delete through later reindexes and upserts; restore undoes them", async () => {
      const opsAlias = `${prefix}ops7`;
      const stateDir = path.join(dir, "ops7");
      const file = path.join(dir, "ops7.jsonl");
      await writeFile(file, `${records(4, 42).join("\n")}\n`);
      const source = [{ location: file, format: "records" as const }];
      await runIndexJob(client, job(source, { alias: opsAlias, stateDir }));
      const all = await client.search<{ id: string; status: string }>({
        index: opsAlias,
        size: 10,
        sort: [{ id: "asc" }],
      });
      const [first, second] = all.hits.hits.map((h) => h._source?.id as string);
      const secondNumber = (all.hits.hits[1]?._source as { caseNumber?: string } | undefined)
        ?.caseNumber as string;
      expect(secondNumber).toBeTruthy();
      await setStatus(client, opsAlias, [first as string], "withdrawn");
      await setStatus(client, opsAlias, [second as string], undefined);
      const statuses = async () => {
        await client.indices.refresh({ index: opsAlias });
        const res = await client.search<{ id: string; status: string }>({ index: opsAlias, size: 10 });
        return Object.fromEntries(res.hits.hits.map((h) => [h._source?.id, h._source?.status]));
      };
      for (const mode of ["reindex", "upsert"] as const) {
        await sleep(1100);
        const summary = await runIndexJob(
          client,
          job(source, { alias: opsAlias, stateDir, mode, maxFailureRate: 0.5 }),
        );
        expect(summary, mode).toMatchObject({
          status: "succeeded",
          indexed: 3,
          decisionsKept: { withdrawn: 1, deleted: 1 },
        });
        const now = await statuses();
        expect(now[first as string], mode).toBe("withdrawn");
        expect(now[second as string], mode).toBeUndefined();
        expect(Object.keys(now), mode).toHaveLength(3);
      }
      // A judgment deleted by id is restored by its case number too.
      const restored = await setStatus(client, opsAlias, [first as string, secondNumber], "effective");
      expect(restored.forgotten?.sort()).toEqual([first, second].sort());
      await runIndexJob(client, job(source, { alias: opsAlias, stateDir, mode: "upsert" }));
      const after = await statuses();
      expect(after[first as string]).toBe("effective");
      expect(after[second as string]).toBe("effective");
    });

    it("holds a withdraw made while a reindex runs in the index it swaps to; prunes an abandoned build", async () => {
      const opsAlias = `${prefix}ops8`;
      const stateDir = path.join(dir, "ops8");
      const file = path.join(dir, "ops8.jsonl");
      await writeFile(file, `${records(6, 43).join("\n")}\n`);
      const source = [{ location: file, format: "records" as const }];
      const live = await runIndexJob(client, job(source, { alias: opsAlias, stateDir }));
      const ids = (
        await client.search<{ id: string }>({ index: opsAlias, size: 10, sort: [{ id: "asc" }] })
      ).hits.hits.map((h) => h._source?.id as string);
      // A build interrupted and never resumed: abandoned once another build goes live.
      await sleep(1100);
      const interrupted = await runIndexJob(
        client,
        job([{ location: "synthetic:50:44", format: "synthetic" }], {
          alias: opsAlias,
          stateDir,
          stopAfter: 5,
          flushBytes: 20_000,
          concurrency: 1,
        }),
      );
      expect(interrupted.status).toBe("interrupted");
      await sleep(1100);
      let withdrawn = false;
      const summary = await runIndexJob(
        client,
        job(source, {
          alias: opsAlias,
          stateDir,
          read: async function* (specs) {
            for await (const item of readSources(specs, (count, seed) =>
              generateJudgments({ count, seed }),
            )) {
              yield item;
              // The operator withdraws a judgment on the live index while the build runs.
              if (!withdrawn) {
                withdrawn = true;
                await setStatus(client, opsAlias, [ids[2] as string], "withdrawn");
              }
            }
          },
        }),
      );
      expect(summary, summary.reason).toMatchObject({ status: "succeeded", swapped: true });
      const after = await client.search<{ id: string; status: string }>({
        index: opsAlias,
        query: { term: { id: ids[2] as string } },
      });
      expect(after.hits.hits[0]?._source?.status).toBe("withdrawn");
      expect(summary.pruned).toContain(interrupted.index);
      expect(await client.indices.exists({ index: live.index })).toBe(true);
    });

    it("indexes what was read before a source failed midway, and names the failure", async () => {
      const opsAlias = `${prefix}ops5`;
      const stateDir = path.join(dir, "ops5");
      await runIndexJob(
        client,
        job([{ location: "synthetic:10:39", format: "synthetic" }], { alias: opsAlias, stateDir }),
      );
      const lines = records(12, 40);
      const summary = await runIndexJob(
        client,
        job([{ location: "broken.jsonl", format: "records" }], {
          alias: opsAlias,
          stateDir,
          mode: "upsert",
          // A source that breaks after 12 records (as a truncated archive does).
          read: async function* () {
            for (const [i, line] of lines.entries())
              yield {
                seq: i + 1,
                locator: `broken.jsonl:${i + 1}`,
                raw: { kind: "json", format: "records", line },
              };
            throw new Error("broken.jsonl:13: unexpected end of file");
          },
        }),
      );
      expect(summary).toMatchObject({ status: "failed", read: 12, indexed: 12, failed: 0 });
      expect(summary.reason).toMatch(
        /reading the sources failed after 12 items: broken\.jsonl:13: unexpected end of file/,
      );
      await client.indices.refresh({ index: opsAlias });
      expect((await client.count({ index: opsAlias })).count).toBe(22);
    });
  });

  it("saves a new job's checkpoint, naming its build, before it reads anything (review16)", async () => {
    const stateDir = await mkdtemp(path.join(dir, "early-"));
    const earlyAlias = `${prefix}early`;
    let seenAtFirstRead: { index?: string; position?: number } | undefined;
    const summary = await runIndexJob(
      client,
      job([{ location: "early.jsonl", format: "records" }], {
        alias: earlyAlias,
        stateDir,
        read: async function* () {
          const files = (await readdir(path.join(stateDir, "jobs"))).filter((f) =>
            f.endsWith(".checkpoint.json"),
          );
          const [file] = files;
          seenAtFirstRead = file ? JSON.parse(await readFile(path.join(stateDir, "jobs", file), "utf8")) : {};
          for (const [i, line] of records(3, 900).entries())
            yield {
              seq: i + 1,
              locator: `early.jsonl:${i + 1}`,
              raw: { kind: "json", format: "records", line },
            };
        },
      }),
    );
    expect(summary.status).toBe("succeeded");
    expect(seenAtFirstRead?.index).toMatch(new RegExp(`^${earlyAlias}-v\\d+-`));
    expect(seenAtFirstRead?.position).toBe(0);
  });

  describe("the CLI an operator runs", () => {
    const env = () => ({ ...process.env, ES_URL: esUrl(), LEIAN_LOG_LEVEL: "warn" });

    /** Runs the CLI to its end: its exit code, stdout and stderr. */
    async function indexer(
      args: string[],
      options: {
        detached?: boolean;
        whenRunning?: (pid: number) => Promise<void>;
        env?: Record<string, string>;
      } = {},
    ): Promise<{ code: number | null; stdout: string; stderr: string }> {
      const child = spawn(process.execPath, [cli, ...args], {
        env: { ...env(), ...options.env },
        detached: options.detached ?? false,
        stdio: ["ignore", "pipe", "pipe"],
      });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (d: Buffer) => {
        stdout += d.toString();
      });
      child.stderr.on("data", (d: Buffer) => {
        stderr += d.toString();
      });
      const exited = new Promise<number | null>((r) => child.once("exit", (code) => r(code)));
      await options.whenRunning?.(child.pid as number);
      const code = await Promise.race([exited, sleep(120_000).then(() => "hung" as const)]);
      if (code === "hung") {
        child.kill("SIGKILL");
        throw new Error(`indexer ${args.join(" ")} did not exit: ${stderr}`);
      }
      return { code, stdout, stderr };
    }

    /** stderr without the JSON progress lines a job logs when not on a terminal. */
    const said = (stderr: string) =>
      stderr
        .trim()
        .split("\n")
        .filter((l) => l && !l.startsWith("{"));

    it("stops a reindex on Ctrl-C and an upsert on SIGTERM, says so in one line, exits 130/143, and a rerun resumes", async () => {
      const intAlias = `${prefix}int`;
      const stateDir = path.join(dir, "int");
      const live = await runIndexJob(
        client,
        job([{ location: "synthetic:20:51", format: "synthetic" }], { alias: intAlias, stateDir }),
      );
      await sleep(1100);
      const source = "synthetic:1500:52";
      const args = (mode: string) => [
        "--alias",
        intAlias,
        "--state-dir",
        stateDir,
        mode,
        "--source",
        source,
        "--workers",
        "1",
        "--flush-bytes",
        "200000",
      ];
      const positions: Record<string, number> = {};
      for (const mode of ["reindex", "upsert"] as const) {
        const checkpoint = path.join(
          stateDir,
          "jobs",
          `${jobIdOf(mode, intAlias, [{ location: source, format: "synthetic" }])}.checkpoint.json`,
        );
        // In its own process group, as from a terminal: Ctrl-C reaches the conversion worker too.
        const { code, stdout, stderr } = await indexer(args(mode), {
          detached: true,
          whenRunning: async (pid) => {
            // Once its first periodic checkpoint is written (the job saves one, position 0, as it
            // starts: the next is rewritten, a new file), well before the end: waiting for a position
            // (the contiguous part done, which can lag what was sent) once let the job finish first.
            let first: number | undefined;
            for (let i = 0; i < 600 && positions[mode] === undefined; i++) {
              await sleep(100);
              if (!existsSync(checkpoint)) continue;
              const written = (await stat(checkpoint)).mtimeMs;
              first ??= written;
              if (written !== first)
                positions[mode] = JSON.parse(await readFile(checkpoint, "utf8")).position;
            }
            // The upsert as a service manager stops it (systemd: SIGTERM to the group).
            process.kill(-pid, mode === "reindex" ? "SIGINT" : "SIGTERM");
          },
        });
        expect(code, stderr).toBe(mode === "reindex" ? 130 : 143);
        const summary = JSON.parse(stdout);
        expect(summary).toMatchObject({ status: "interrupted", swapped: false });
        expect(summary.indexed).toBeLessThan(1500);
        expect(said(stderr)).toEqual([expect.stringMatching(/^interrupted: read \d+, indexed \d+, /)]);
        if (mode === "reindex") {
          expect(said(stderr)[0]).toContain(
            `stopped by Ctrl-C (SIGINT): the live index is untouched (the alias stays where it was, the build ${summary.index} is not live); rerun the same command to resume it (--fresh to start over)`,
          );
          expect(summary.index).not.toBe(live.index);
          expect(await aliasTargets(client, intAlias)).toEqual([live.index]);
        } else {
          expect(said(stderr)[0]).toContain(
            `stopped by SIGTERM: the documents indexed so far are in the live index ${live.index}; rerun the same command to resume (--fresh to start over)`,
          );
        }
        expect(existsSync(checkpoint)).toBe(true);
      }

      // The upsert first: the reindex, once finished, moves the alias away from the index it writes to.
      for (const mode of ["upsert", "reindex"] as const) {
        const { code, stdout, stderr } = await indexer(args(mode));
        expect(code, stderr).toBe(0);
        const summary = JSON.parse(stdout);
        expect(summary).toMatchObject({ status: "succeeded", resumed: true, swapped: mode === "reindex" });
        expect(summary.skipped).toBeGreaterThanOrEqual(positions[mode] ?? 0);
        expect(summary.skipped + summary.read).toBe(1500);
        await client.indices.refresh({ index: intAlias });
        expect((await client.count({ index: intAlias })).count).toBe(mode === "upsert" ? 1520 : 1500);
      }
    });

    it("reports a job stopped in its first moments as interrupted, not failed (review16)", async () => {
      const earlyAlias = `${prefix}sig`;
      const stateDir = path.join(dir, "sig");
      const source = "synthetic:1500:53";
      const args = [
        "--alias",
        earlyAlias,
        "--state-dir",
        stateDir,
        "reindex",
        "--source",
        source,
        "--workers",
        "1",
      ];
      const checkpoint = path.join(
        stateDir,
        "jobs",
        `${jobIdOf("reindex", earlyAlias, [{ location: source, format: "synthetic" }])}.checkpoint.json`,
      );
      const { code, stdout, stderr } = await indexer(args, {
        detached: true,
        whenRunning: async (pid) => {
          // As soon as the job has its build (its first checkpoint names it): the worker is starting.
          for (let i = 0; i < 600 && !existsSync(checkpoint); i++) await sleep(20);
          process.kill(-pid, "SIGINT");
        },
      });
      expect(code, stderr).toBe(130);
      expect(JSON.parse(stdout)).toMatchObject({ status: "interrupted", swapped: false });
      expect(said(stderr).join("\n")).toContain("stopped by Ctrl-C (SIGINT): the live index is untouched");
    });

    it("lists in status a build that never went live, with its documents and creation time", async () => {
      const stAlias = `${prefix}st`;
      const stateDir = path.join(dir, "st");
      const started = Date.now() - 1000;
      const options = { alias: stAlias, stateDir };
      const first = await runIndexJob(
        client,
        job([{ location: "synthetic:20:61", format: "synthetic" }], options),
      );
      await sleep(1100);
      const second = await runIndexJob(
        client,
        job([{ location: "synthetic:30:62", format: "synthetic" }], options),
      );
      await sleep(1100);
      const build = await runIndexJob(
        client,
        job([{ location: "synthetic:200:63", format: "synthetic" }], {
          ...options,
          stopAfter: 50,
          flushBytes: 20_000,
          concurrency: 1,
        }),
      );
      expect(build.status).toBe("interrupted");
      const { code, stdout } = await indexer(["--alias", stAlias, "--state-dir", stateDir, "status"]);
      expect(code).toBe(0);
      const created = expect.stringMatching(/^\d{4}-\d\d-\d\dT/);
      const status = JSON.parse(stdout) as { indices: { created: string }[] };
      expect(status.indices).toEqual([
        { index: build.index, live: false, state: "build", docs: 0, written: build.indexed, created },
        { index: second.index, live: true, state: "live", docs: 30, created },
        { index: first.index, live: false, state: "previous", docs: 20, created },
      ]);
      for (const i of status.indices) expect(Date.parse(i.created)).toBeGreaterThan(started);
    });

    it("counts in status each document of a resumed build once, those written again on resuming included", async () => {
      const rsAlias = `${prefix}rs`;
      const stateDir = path.join(dir, "rs");
      const sources = [{ location: "synthetic:200:64", format: "synthetic" as const }];
      const options = { alias: rsAlias, stateDir, flushBytes: 20_000, concurrency: 1 };
      const checkpoint = path.join(
        stateDir,
        "jobs",
        `${jobIdOf("reindex", rsAlias, sources)}.checkpoint.json`,
      );
      // A run killed (SIGKILL) after writing 50 documents whose last checkpoint said 30: a run stopped
      // at 30, then one that wrote 20 more and lost its checkpoint.
      await runIndexJob(client, job(sources, { ...options, stopAfter: 30 }));
      const at30 = await readFile(checkpoint, "utf8");
      expect(JSON.parse(at30).position).toBe(30);
      await runIndexJob(client, job(sources, { ...options, stopAfter: 20 }));
      await writeFile(checkpoint, at30);
      // The rerun resumes at 30: it writes documents 31–50 again, then 51–70.
      const resumed = await runIndexJob(client, job(sources, { ...options, stopAfter: 40 }));
      expect(resumed).toMatchObject({ status: "interrupted", resumed: true, skipped: 30, indexed: 40 });

      const { code, stdout } = await indexer(["--alias", rsAlias, "--state-dir", stateDir, "status"]);
      expect(code).toBe(0);
      const status = JSON.parse(stdout) as { indices: { index: string; written?: number }[] };
      expect(status.indices).toEqual([expect.objectContaining({ index: resumed.index, written: 70 })]);
      // What the build holds, once refreshed.
      await client.indices.refresh({ index: resumed.index });
      expect((await client.count({ index: resumed.index })).count).toBe(70);
    });

    it("refuses a --dead-letter it cannot write in one line, before anything is written to an index", async () => {
      const dlAlias = `${prefix}dl`;
      const stateDir = path.join(dir, "dl");
      const live = await runIndexJob(
        client,
        job([{ location: "synthetic:5:81", format: "synthetic" }], { alias: dlAlias, stateDir }),
      );
      const [g] = [...generateJudgments({ count: 1, seed: 82 })];
      const file = path.join(dir, "dl.jsonl");
      // A good record and a line that goes to the dead-letter file.
      await writeFile(file, `${JSON.stringify({ id: "dl-1", text: g?.text })}\n{not json\n`);
      const folder = path.join(dir, "dl-folder");
      await mkdir(folder);
      const indices = async () => Object.keys(await client.indices.get({ index: `${dlAlias}*` })).sort();
      const before = await indices();
      expect(before).toContain(live.index);
      await sleep(1100); // a build would be named apart from the live index
      for (const [mode, deadLetter, why] of [
        ["reindex", folder, "it is a folder"],
        ["upsert", path.join(file, "dead.jsonl"), "a part of its path is not a folder"],
      ] as const) {
        const { code, stdout, stderr } = await indexer([
          ...["--alias", dlAlias, "--state-dir", stateDir, mode, "--source", file, "--workers", "0"],
          ...["--max-failure-rate", "1", "--dead-letter", deadLetter],
        ]);
        expect(code, mode).toBe(1);
        expect(stdout, mode).toBe("");
        expect(said(stderr), mode).toEqual([
          `cannot write ${deadLetter}: ${why} — give --dead-letter a file the indexer can write (its folder is made if missing)`,
        ]);
      }
      expect(await indices()).toEqual(before);
      await client.indices.refresh({ index: dlAlias });
      expect((await client.count({ index: dlAlias })).count).toBe(5);
      expect(await readdir(folder)).toEqual([]);
    });

    it("refuses an audit --out it cannot write in one line, before auditing, and stores nothing", async () => {
      const auAlias = `${prefix}au`;
      const auditsAlias = `${prefix}au-audits`;
      await runIndexJob(
        client,
        job([{ location: "synthetic:40:91", format: "synthetic" }], {
          alias: auAlias,
          stateDir: path.join(dir, "au"),
        }),
      );
      const audit = (out: string) =>
        indexer(["--alias", auAlias, "audit", "--charge", "盗窃罪", "--format", "html", "--out", out], {
          env: { LEIAN_ALIAS_AUDITS: auditsAlias },
        });
      const missing = path.join(dir, "au-missing", "audit.html");
      const refused = await audit(missing);
      expect(refused.code).toBe(1);
      expect(refused.stdout).toBe("");
      expect(said(refused.stderr)).toEqual([`cannot write ${missing}: its folder does not exist`]);
      expect(await client.indices.exists({ index: auditsAlias })).toBe(false);

      // The same audit to a path it can write is stored.
      const out = path.join(dir, "audit.html");
      const done = await audit(out);
      expect(done.code, done.stderr).toBe(0);
      expect(await readFile(out, "utf8")).toMatch(/^<!DOCTYPE html>/i);
      await client.indices.refresh({ index: auditsAlias });
      expect((await client.count({ index: auditsAlias })).count).toBe(1);
    });

    it("replays a dead-letter file: records fixed there go in as an upsert, those failing again to a new file", async () => {
      const rpAlias = `${prefix}rp`;
      const stateDir = path.join(dir, "rp");
      await runIndexJob(
        client,
        job([{ location: "synthetic:10:71", format: "synthetic" }], { alias: rpAlias, stateDir }),
      );
      const [g1, g2, g3] = [...generateJudgments({ count: 3, seed: 72 })];
      if (!g1 || !g2 || !g3) throw new Error("generator yielded too little");
      const file = path.join(dir, "rp.jsonl");
      const lines = [
        JSON.stringify({ id: "rp-good", text: g1.text }),
        "{not json",
        JSON.stringify({ id: "rp-status", text: g2.text, status: "repealed" }),
        JSON.stringify({ id: "rp-no-text", title: "缺少正文" }),
      ];
      await writeFile(file, `${lines.join("\n")}\n`);
      const deadLetterFile = path.join(dir, "rp-dead.jsonl");
      const upsert = await runIndexJob(
        client,
        job([{ location: file, format: "records" }], {
          alias: rpAlias,
          stateDir,
          mode: "upsert",
          deadLetterFile,
          maxFailureRate: 1,
        }),
      );
      expect(upsert).toMatchObject({ indexed: 1, failed: 3 });
      // The operator fixes two of the three lines in the dead-letter file.
      const letters = (await readFile(deadLetterFile, "utf8"))
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l) as { locator: string; record: string });
      expect(letters.map((l) => l.record)).toEqual(lines.slice(1));
      const [broken, badStatus] = letters as [(typeof letters)[0], (typeof letters)[0]];
      broken.record = JSON.stringify({ id: "rp-fixed", text: g3.text });
      badStatus.record = badStatus.record.replace('"repealed"', '"withdrawn"');
      await writeFile(deadLetterFile, `${letters.map((l) => JSON.stringify(l)).join("\n")}\n`);

      const again = path.join(dir, "rp-dead-again.jsonl");
      const args = ["--alias", rpAlias, "--state-dir", stateDir, "replay", deadLetterFile, "--workers", "0"];
      const { code, stdout, stderr } = await indexer([
        ...args,
        "--dead-letter",
        again,
        "--max-failure-rate",
        "0.5",
      ]);
      expect(code, stderr).toBe(0);
      expect(JSON.parse(stdout)).toMatchObject({
        status: "succeeded",
        mode: "upsert",
        read: 3,
        indexed: 2,
        failed: 1,
      });
      await client.indices.refresh({ index: rpAlias });
      expect((await client.count({ index: rpAlias })).count).toBe(13);
      const replayed = await client.search<{ sourceId: string; status: string }>({
        index: rpAlias,
        query: { terms: { sourceId: ["rp-fixed", "rp-status"] } },
        sort: [{ sourceId: "asc" }],
      });
      expect(replayed.hits.hits.map((h) => [h._source?.sourceId, h._source?.status])).toEqual([
        ["rp-fixed", "effective"],
        ["rp-status", "withdrawn"],
      ]);
      // What still fails is said at its first place, with its line, ready for the next replay.
      const still = (await readFile(again, "utf8"))
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l));
      expect(still).toEqual([
        expect.objectContaining({
          locator: `${file}:4`,
          stage: "parse",
          reason: expect.stringMatching(/"text" is missing/),
          record: lines[3],
        }),
      ]);
      // The failure rate is upsert's: past it, exit code 1.
      const strict = await indexer([...args, "--dead-letter", path.join(dir, "rp-dead-3.jsonl")]);
      expect(strict.code).toBe(1);
      expect(said(strict.stderr).at(-1)).toMatch(/^failed: .*failure rate 33\.33% \(1 of 3\) exceeds 1\.00%/);
    });

    it("replays the documents Elasticsearch refused, once it accepts them", async () => {
      const rfAlias = `${prefix}rf`;
      const stateDir = path.join(dir, "rf");
      const live = await runIndexJob(
        client,
        job([{ location: "synthetic:10:73", format: "synthetic" }], { alias: rfAlias, stateDir }),
      );
      const file = path.join(dir, "rf.jsonl");
      const lines = [...generateJudgments({ count: 2, seed: 74 })].map((g, i) =>
        JSON.stringify({ id: `rf-${i}`, text: g.text }),
      );
      await writeFile(file, `${lines.join("\n")}\n`);
      const deadLetterFile = path.join(dir, "rf-dead.jsonl");
      await client.indices.putSettings({ index: live.index, settings: { "index.blocks.write": true } });
      try {
        const refused = await runIndexJob(
          client,
          job([{ location: file, format: "records" }], {
            alias: rfAlias,
            stateDir,
            mode: "upsert",
            deadLetterFile,
          }),
        );
        expect(refused).toMatchObject({ indexed: 0, failed: 2 });
      } finally {
        await client.indices.putSettings({ index: live.index, settings: { "index.blocks.write": false } });
      }
      const letters = (await readFile(deadLetterFile, "utf8"))
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l));
      expect(letters.map((l) => [l.stage, l.record])).toEqual(lines.map((l) => ["index", l]));
      const { code, stdout, stderr } = await indexer([
        "--alias",
        rfAlias,
        "--state-dir",
        stateDir,
        "replay",
        deadLetterFile,
        "--workers",
        "0",
      ]);
      expect(code, stderr).toBe(0);
      expect(JSON.parse(stdout)).toMatchObject({ status: "succeeded", indexed: 2, failed: 0 });
      await client.indices.refresh({ index: rfAlias });
      expect((await client.count({ index: rfAlias })).count).toBe(12);
    });
  });
});
