/**
 * Reversed judgments (domain rule 2) through the real indexer path: a first instance whose appeal
 * (in the index) changed its sentence or sent it back comes back `reversed`, with the appeal as
 * evidence, and similar-case search leaves it out unless asked — whichever of the two was indexed
 * first, and again after the appeal is deleted or the first instance put back.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateJudgments } from "../../indexer/generate.ts";
import { type JobOptions, runIndexJob } from "../../indexer/pipeline.ts";
import { readSources, type SourceSpec } from "../../indexer/sources.ts";
import { parseJudgment } from "../../src/judgment/parse.ts";
import type { JudgmentRecord } from "../../src/judgment/record.ts";
import { similarCases } from "../../src/retrieval/similar.ts";
import { setStatus } from "../../src/search/withdraw.ts";
import { cleanup, testClient, uniquePrefix } from "./helpers.ts";

/** The first criminal case of the synthetic corpus whose appeal changed it: both texts, and others. */
function fixture(): { first: string; appeal: string; others: string[] } {
  const items = [...generateJudgments({ count: 400, seed: 5 })];
  const at = items.findIndex(
    (item, i) =>
      item.meta.status === "reversed" && /刑初/.test(item.text) && /刑终/.test(items[i + 1]?.text ?? ""),
  );
  const first = items[at];
  const appeal = items[at + 1];
  if (!first || !appeal) throw new Error("the synthetic corpus holds no reversed criminal first instance");
  const others = items
    .filter((item) => item !== first && item !== appeal && /刑初/.test(item.text))
    .slice(0, 30);
  return { first: first.text, appeal: appeal.text, others: others.map((o) => o.text) };
}

describe("reversed judgments against a real Elasticsearch", () => {
  const client = testClient();
  const prefix = uniquePrefix("reversals");
  const { first, appeal, others } = fixture();
  const firstNumber = parseJudgment(first).caseNumber?.raw as string;
  const appealNumber = parseJudgment(appeal).caseNumber?.raw as string;
  const facts = parseJudgment(first).sections.facts as string;
  let dir: string;

  function job(alias: string, file: string, mode: JobOptions["mode"]): JobOptions {
    return {
      mode,
      alias,
      sources: [{ location: file, format: "records" }],
      read: (specs: SourceSpec[]) => readSources(specs, () => []),
      stateDir: dir,
      deadLetterFile: path.join(dir, `dead-${Date.now()}-${Math.random()}.jsonl`),
      workers: 0,
      batchSize: 16,
      flushBytes: 1_000_000,
      concurrency: 1,
      retries: 1,
      waitMs: 100,
      maxFailureRate: 0.01,
      retain: 1,
      fresh: true,
      progress: () => undefined,
    };
  }

  /** Runs a job over judgments given as text (no status: the parser's own, effective). */
  async function index(alias: string, mode: JobOptions["mode"], texts: Record<string, string>) {
    const file = path.join(dir, `${alias}-${mode}-${Date.now()}.jsonl`);
    const lines = Object.entries(texts).map(([id, text]) => JSON.stringify({ id, text }));
    await writeFile(file, `${lines.join("\n")}\n`);
    const summary = await runIndexJob(client, job(alias, file, mode));
    expect(summary, summary.reason).toMatchObject({ status: "succeeded", failed: 0 });
    return summary;
  }

  async function stored(
    alias: string,
    sourceId: string,
  ): Promise<JudgmentRecord & { indexedStatus: string }> {
    const res = await client.search<{ record: JudgmentRecord; status: string }>({
      index: alias,
      query: { term: { sourceId } },
      _source: ["record", "status"],
    });
    const hit = res.hits.hits[0]?._source;
    if (!hit) throw new Error(`${sourceId} is not in ${alias}`);
    return { ...hit.record, indexedStatus: hit.status };
  }

  async function similarIds(alias: string, includeIneffective: boolean) {
    const result = await similarCases(client, alias, {
      facts,
      size: 50,
      ...(includeIneffective ? { filters: { includeIneffective: true } } : {}),
    });
    return result.groups.flatMap((g) => g.cases);
  }

  function expectReversed(record: JudgmentRecord & { indexedStatus: string }) {
    expect(record.status).toBe("reversed");
    expect(record.indexedStatus).toBe("reversed");
    expect(record.reversal).toMatchObject({
      previousStatus: "effective",
      by: [
        {
          caseNumber: appealNumber,
          cites: firstNumber,
          result: expect.stringMatching(/^(amended|remanded)$/),
        },
      ],
    });
    expect(record.reversal?.by[0]?.clause).toContain(firstNumber);
  }

  const filler = Object.fromEntries(others.map((text, i) => [`other-${i}`, text]));

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "leian-reversals-"));
  });
  afterAll(async () => {
    await cleanup(client, prefix);
    await client.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("a reindex marks the first instance its appeal changed, before the alias moves to it", async () => {
    const alias = `${prefix}both`;
    const summary = await index(alias, "reindex", { first, appeal, ...filler });
    expectReversed(await stored(alias, "first"));
    expect(summary.reversals).toMatchObject({ reversed: 1, restored: 0, reversedTotal: 1, failed: [] });
    expect((await stored(alias, "appeal")).status).toBe("effective");
    expect((await stored(alias, "other-0")).status).toBe("effective");

    // Similar cases leave it out by default, and flag it when asked for.
    const firstId = (await stored(alias, "first")).id;
    const shown = await similarIds(alias, false);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.map((c) => c.id)).not.toContain(firstId);
    const all = await similarIds(alias, true);
    const flagged = all.find((c) => c.id === firstId);
    expect(flagged?.status).toBe("reversed");
    expect(flagged?.flags).toContain("已被上级法院改判或发回，不得作为类案援引");
  });

  it("an appeal upserted later marks its indexed first instance; deleting the appeal puts it back", async () => {
    const alias = `${prefix}appeal-later`;
    await index(alias, "reindex", { first, ...filler });
    expect((await stored(alias, "first")).status).toBe("effective");
    const firstId = (await stored(alias, "first")).id;
    expect((await similarIds(alias, false)).map((c) => c.id)).toContain(firstId);

    const upsert = await index(alias, "upsert", { appeal });
    expectReversed(await stored(alias, "first"));
    expect(upsert.reversals).toMatchObject({ reversed: 1, failed: [] });
    expect((await similarIds(alias, false)).map((c) => c.id)).not.toContain(firstId);

    // The first instance upserted again (a corrected text, a rerun) stays reversed.
    await index(alias, "upsert", { first });
    expectReversed(await stored(alias, "first"));

    const deleted = await setStatus(client, alias, [appealNumber], undefined);
    expect(deleted).toMatchObject({ changed: 1, reversals: { restored: 1 } });
    const back = await stored(alias, "first");
    expect(back.status).toBe("effective");
    expect(back.indexedStatus).toBe("effective");
    expect(back.reversal).toBeUndefined();
  });

  it("a first instance upserted after its appeal comes in marked, and stays so when put back to effective", async () => {
    const alias = `${prefix}first-later`;
    await index(alias, "reindex", { appeal, ...filler });
    const upsert = await index(alias, "upsert", { first });
    expectReversed(await stored(alias, "first"));
    expect(upsert.reversals).toMatchObject({ reversed: 1, failed: [] });
    const firstId = (await stored(alias, "first")).id;
    expect((await similarIds(alias, false)).map((c) => c.id)).not.toContain(firstId);

    // Withdrawn, it is withdrawn; put back, it is reversed again while its appeal is indexed.
    await setStatus(client, alias, [firstNumber], "withdrawn");
    expect((await stored(alias, "first")).indexedStatus).toBe("withdrawn");
    await setStatus(client, alias, [firstNumber], "effective");
    expectReversed(await stored(alias, "first"));
  });
});
