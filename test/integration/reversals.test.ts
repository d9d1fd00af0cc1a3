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

  it("an appeal changing one of two defendants' sentences leaves the judgment standing, flagged", async () => {
    const alias = `${prefix}inpart`;
    const two = [
      "湖南省长沙市天心区人民法院",
      "刑事判决书",
      "（2018）湘0103刑初500号",
      "公诉机关长沙市天心区人民检察院。",
      "被告人张大山，男，1980年1月1日出生。",
      "被告人李小河，男，1985年2月2日出生。",
      "长沙市天心区人民检察院以长天检刑诉〔2018〕500号起诉书指控被告人张大山、李小河犯盗窃罪，于2018年5月1日向本院提起公诉。本院依法组成合议庭，公开开庭审理了本案。",
      `经审理查明，${facts}`,
      "本院认为，被告人张大山、李小河以非法占有为目的，秘密窃取他人财物，数额较大，其行为均已构成盗窃罪。依照《中华人民共和国刑法》第二百六十四条之规定，判决如下：",
      "一、被告人张大山犯盗窃罪，判处有期徒刑一年，并处罚金人民币五千元。",
      "二、被告人李小河犯盗窃罪，判处有期徒刑十个月，并处罚金人民币三千元。",
      "如不服本判决，可在接到判决书的第二日起十日内，通过本院或者直接向湖南省长沙市中级人民法院提出上诉。",
      "审判长王某",
      "二〇一八年六月一日",
    ].join("\n");
    const one = [
      "湖南省长沙市中级人民法院",
      "刑事判决书",
      "（2018）湘01刑终800号",
      "原公诉机关长沙市天心区人民检察院。",
      "上诉人（原审被告人）李小河，男，1985年2月2日出生。",
      "原审被告人张大山，男，1980年1月1日出生。",
      "长沙市天心区人民法院审理长沙市天心区人民检察院指控原审被告人张大山、李小河犯盗窃罪一案，于2018年6月1日作出（2018）湘0103刑初500号刑事判决。宣判后，原审被告人李小河不服，提出上诉。本院依法组成合议庭审理了本案。",
      "经审理查明的事实与原判相同。",
      "本院认为，上诉人李小河有自首情节，原判对其量刑不当。依照《中华人民共和国刑事诉讼法》第二百三十六条第一款第（二）项之规定，判决如下：",
      "一、维持长沙市天心区人民法院（2018）湘0103刑初500号刑事判决第一项，即被告人张大山犯盗窃罪，判处有期徒刑一年，并处罚金人民币五千元。",
      "二、撤销长沙市天心区人民法院（2018）湘0103刑初500号刑事判决第二项对被告人李小河的量刑部分。",
      "三、上诉人李小河犯盗窃罪，判处有期徒刑六个月，并处罚金人民币三千元。",
      "本判决为终审判决。",
      "二〇一八年九月一日",
    ].join("\n");
    const summary = await index(alias, "reindex", { two, one, ...filler });
    expect(summary.reversals).toMatchObject({ reversed: 0, inPart: 1, failed: [] });
    const record = await stored(alias, "two");
    expect(record.status).toBe("effective");
    expect(record.indexedStatus).toBe("effective");
    expect(record.reversal?.by).toEqual([
      expect.objectContaining({ caseNumber: "（2018）湘01刑终800号", defendants: ["李小河"] }),
    ]);
    // Found by default, flagged, its outcome the sentence that stands (张大山's).
    const found = (await similarIds(alias, false)).find((c) => c.id === record.id);
    expect(found?.status).toBe("effective");
    expect(found?.flags).toEqual([
      "（2018）湘01刑终800号已改判被告人李小河部分，该部分不得作为类案援引，其余部分生效",
    ]);
    expect(found?.why.outcome).toBe("有期徒刑 1 年，罚金 5000 元");
  });

  it("a retrial upserted later, whose history tells the first judgment was sent back, marks it", async () => {
    const alias = `${prefix}told`;
    const judgment = (number: string, history: string, date: string) =>
      [
        "湖南省长沙市天心区人民法院",
        "刑事判决书",
        number,
        "公诉机关长沙市天心区人民检察院。",
        "被告人张大山，男，1980年1月1日出生。",
        history,
        `经审理查明，${facts}`,
        "本院认为，被告人张大山以非法占有为目的，秘密窃取他人财物，数额较大，其行为已构成盗窃罪。依照《中华人民共和国刑法》第二百六十四条之规定，判决如下：",
        "被告人张大山犯盗窃罪，判处有期徒刑一年，并处罚金人民币五千元。",
        "审判长王某",
        date,
      ].join("\n");
    const earlier = judgment(
      "（2018）湘0103刑初600号",
      "长沙市天心区人民检察院以长天检刑诉〔2018〕600号起诉书指控被告人张大山犯盗窃罪，于2018年5月1日向本院提起公诉。本院依法组成合议庭，公开开庭审理了本案。",
      "二〇一八年六月一日",
    );
    const retrial = judgment(
      "（2019）湘0103刑初30号",
      "长沙市天心区人民检察院指控被告人张大山犯盗窃罪一案，本院于2018年6月1日作出（2018）湘0103刑初600号刑事判决。宣判后，被告人张大山不服，提出上诉。长沙市中级人民法院于2018年10月8日作出（2018）湘01刑终900号刑事裁定，撤销原判，发回重审。本院依法另行组成合议庭，公开开庭审理了本案。",
      "二〇一九年三月一日",
    );
    await index(alias, "reindex", { earlier, ...filler });
    expect((await stored(alias, "earlier")).status).toBe("effective");
    const summary = await index(alias, "upsert", { retrial });
    expect(summary.reversals).toMatchObject({ reversed: 1, failed: [] });
    const record = await stored(alias, "earlier");
    expect(record.indexedStatus).toBe("reversed");
    expect(record.reversal?.by).toEqual([
      expect.objectContaining({
        caseNumber: "（2019）湘0103刑初30号",
        cites: "（2018）湘0103刑初600号",
        result: "remanded",
        clause: expect.stringContaining("撤销原判，发回重审"),
      }),
    ]);
    expect((await stored(alias, "retrial")).status).toBe("effective");
  });
});
