import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateJudgments } from "../../indexer/generate.ts";
import { runIndexJob } from "../../indexer/pipeline.ts";
import { readSources } from "../../indexer/sources.ts";
import { demoCourt } from "../../tools/demo-court.ts";
import { sha, startApi, type TestApi } from "./api-fixtures.ts";
import { cleanup, esUrl, testClient, uniquePrefix } from "./helpers.ts";

// `npm start` indexes synthetic:3000:1; a smaller corpus from the same generator has the same courts.
describe("the demo's court (tools/demo-court.ts) on a synthetic corpus", () => {
  const client = testClient();
  const prefix = uniquePrefix("demo");
  const alias = `${prefix}judgments`;
  let dir: string;
  let api: TestApi;
  let court: Awaited<ReturnType<typeof demoCourt>>;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "leian-demo-court-"));
    await runIndexJob(client, {
      mode: "reindex",
      alias,
      sources: [{ location: "synthetic:400:1", format: "synthetic" }],
      read: (specs) => readSources(specs, (count, seed) => generateJudgments({ count, seed })),
      stateDir: dir,
      deadLetterFile: path.join(dir, "dead.jsonl"),
      workers: 1,
      batchSize: 100,
      flushBytes: 2_000_000,
      concurrency: 2,
      retries: 3,
      waitMs: 200,
      maxFailureRate: 0,
      retain: 1,
      fresh: true,
      progress: () => undefined,
    });
    court = await demoCourt(client, alias);
    api = await startApi(esUrl(), client, alias, {
      tokens: [{ sha256: sha("demo-judge"), user: "演示法官", court: court?.name ?? "", role: "judge" }],
    });
  });
  afterAll(async () => {
    await api?.close();
    await cleanup(client, prefix);
    await client.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("is an intermediate court of the corpus, with its case-number code", () => {
    expect(court?.name).toMatch(/中级人民法院$/);
    expect(court?.code).toMatch(/^[\u4e00-\u9fff]\d{2}$/);
  });

  it("is recognised by /similar, which orders the ordinary tier by court relative to it", async () => {
    const res = await api.call("/api/v1/similar", {
      token: "demo-judge",
      body: {
        facts: "被告人醉酒后驾驶小型轿车在道路上行驶，被民警查获，经鉴定血液中乙醇含量为186毫克/100毫升。",
        charges: ["危险驾驶罪"],
        size: 10,
      },
    });
    expect(res.status).toBe(200);
    expect(res.body.query.unrecognisedCourt).toBeUndefined();
    const ordinary = (res.body.groups as { tier: string; label: string }[]).find(
      (g) => g.tier === "ordinary",
    );
    expect(ordinary?.label).toBe(
      "生效裁判（依次为最高人民法院、本省高级人民法院、上一级法院及本院、其他法院）",
    );
  });
});
