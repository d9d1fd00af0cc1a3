import { beforeAll, describe, expect, it, vi } from "vitest";
import { SimilarResponse } from "../../src/api/routes/similar/schema.ts";
import { runDeviation } from "../../src/audit/deviation.ts";
import { parseCaseNumber } from "../../src/judgment/case-number.ts";
import type { CaseNumber, JudgmentRecord } from "../../src/judgment/record.ts";
import { keywordSearch } from "../../src/retrieval/keyword.ts";
import { DEFAULT_WEIGHTS, similarCases } from "../../src/retrieval/similar.ts";
import { MatchReason, SimilarCase } from "../../src/retrieval/types.ts";
import {
  buildChargeModel,
  chargeModelOf,
  MODEL_TTL_MS,
  storeChargeModel,
} from "../../src/search/charge-model.ts";
import { decodeBinary, type ResultCard, toJudgmentDocument } from "../../src/search/documents.ts";
import { aliasTargets } from "../../src/search/indices.ts";
import { CURRENT_VERSIONS } from "../../src/search/mappings.ts";
import { rememberedTermStatistics, termStatistics } from "../../src/search/term-stats.ts";
import { segment } from "../../src/text/segment.ts";
import { indexedApi, record } from "./api-fixtures.ts";
import { beforeV7, judgmentsIndex, testClient } from "./helpers.ts";

const ONLINE =
  "原告在被告经营的网络店铺购买手机一部，支付货款五千元，收货后发现手机系翻新机，原告请求被告退还货款并三倍赔偿。";
const DRUNK =
  "被告人醉酒后驾驶小型轿车在城市道路上行驶，被执勤民警查获，经鉴定其血液中乙醇含量为180毫克/100毫升。";
const THEFT = "被告人趁被害人不备，在超市内盗窃他人手机一部，经鉴定价值人民币3000元，后被当场抓获。";

function drunk(id: string, over: Partial<JudgmentRecord> = {}): JudgmentRecord {
  return record({
    id,
    title: `${id} 危险驾驶一案`,
    category: "刑事",
    charges: ["危险驾驶罪"],
    statutes: [{ law: "中华人民共和国刑法", article: 133 }],
    sections: {
      facts: DRUNK,
      reasoning: "本院认为，被告人在道路上醉酒驾驶机动车，其行为已构成危险驾驶罪。",
      disposition: "被告人犯危险驾驶罪，判处拘役二个月，并处罚金人民币三千元。",
    },
    outcome: {
      criminal: [{ defendant: "甲", charges: ["危险驾驶罪"], penalty: "拘役", months: 2, fine: 3000 }],
    },
    court: "湖南省长沙市天心区人民法院",
    courtLevel: "基层",
    decisionDate: "2019-05-01",
    text: DRUNK,
    ...over,
  });
}

describe("POST /api/v1/similar against a real Elasticsearch", () => {
  const { client, prefix, alias, api } = indexedApi("apisimilar", [
    drunk("ordinary-old"),
    drunk("ordinary-recent", { decisionDate: "2025-03-01" }),
    drunk("guiding", {
      tier: "guiding",
      keyHoldings: "醉酒驾驶机动车的，依法以危险驾驶罪定罪处罚。",
      decisionDate: "2013-12-01",
    }),
    drunk("gazette", { tier: "typical", decisionDate: "2016-01-01" }),
    drunk("withdrawn", { status: "withdrawn" }),
    drunk("reversed", { status: "reversed" }),
    drunk("superseded", { tier: "typical", status: "superseded" }),
    record({
      id: "civil-with-charges",
      title: "某保险公司诉某运输公司追偿权纠纷案",
      category: "民事",
      causes: ["追偿权纠纷"],
      // A civil suit after a conviction: the crime is named, the case is civil.
      charges: ["交通肇事罪"],
      sections: { facts: `${DRUNK}原告请求被告偿还垫付的赔偿款。` },
      text: DRUNK,
      decisionDate: "2021-02-01",
    }),
    record({
      id: "civil",
      title: "张某诉李某机动车交通事故责任纠纷案",
      category: "民事",
      causes: ["机动车交通事故责任纠纷"],
      // Decided under a law since repealed (民法典 §1260): said to the judge.
      statutes: [
        { law: "中华人民共和国侵权责任法", article: 48 },
        { law: "中华人民共和国道路交通安全法", article: 76 },
      ],
      sections: { facts: `${DRUNK}原告请求被告赔偿车辆损失。` },
      text: DRUNK,
      decisionDate: "2021-01-01",
    }),
    record({
      id: "civil-online",
      title: "王某诉某电子商务公司网络购物合同纠纷案",
      category: "民事",
      // A cause the catalogue of src/judgment/causes.ts does not list.
      causes: ["网络购物合同纠纷"],
      sections: { facts: ONLINE },
      text: ONLINE,
      decisionDate: "2021-03-01",
    }),
    record({
      id: "theft",
      title: "盗窃一案",
      charges: ["盗窃罪"],
      statutes: [{ law: "中华人民共和国刑法", article: 264 }],
      sections: { facts: THEFT },
      text: THEFT,
      decisionDate: "2020-01-01",
    }),
  ]);

  it("groups similar cases by SPC tier, recent first, each with why it matched and excerpts", async () => {
    const res = await api.call("/api/v1/similar", {
      body: {
        facts: DRUNK,
        charges: ["危险驾驶"],
        statutes: ["《中华人民共和国刑法》第一百三十三条"],
        size: 10,
      },
    });
    expect(res.status).toBe(200);
    // The OpenAPI document describes every field the response has (it is generated from these schemas).
    expect(Object.keys(res.body).sort()).toEqual(Object.keys(SimilarResponse.shape).sort());
    expect(Object.keys(SimilarResponse.shape.query.shape)).toEqual(
      expect.arrayContaining(Object.keys(res.body.query)),
    );
    for (const c of res.body.groups.flatMap((g: { cases: unknown[] }) => g.cases)) {
      expect(Object.keys(SimilarCase.shape)).toEqual(expect.arrayContaining(Object.keys(c)));
      expect(Object.keys(MatchReason.shape)).toEqual(expect.arrayContaining(Object.keys(c.why)));
    }
    // The engine's share of the request is reported for operators and the benchmark.
    const timing = /engine;dur=([\d.]+), app;dur=([\d.]+)/.exec(res.headers.get("server-timing") ?? "");
    expect(Number(timing?.[1])).toBeGreaterThan(0);
    expect(Number(timing?.[1])).toBeLessThanOrEqual(Number(timing?.[2]));
    const groups = res.body.groups as {
      tier: string;
      label: string;
      cases: { id: string; why: Record<string, unknown> }[];
    }[];
    expect(groups.map((g) => g.tier)).toEqual(["guiding", "typical", "ordinary"]);
    expect(groups[0]?.label).toBe("指导性案例");
    expect(groups[2]?.cases.slice(0, 2).map((c) => c.id)).toEqual(["ordinary-recent", "ordinary-old"]);
    const ids = groups.flatMap((g) => g.cases.map((c) => c.id));
    expect(ids).not.toContain("withdrawn");
    expect(ids).not.toContain("reversed");
    const first = groups[2]?.cases[0] as unknown as {
      why: {
        sharedCharges: string[];
        sharedStatutes: string[];
        sharedCircumstances: string[];
        sharedTerms: string[];
        outcome: string;
        scoreParts: Record<string, number>;
      };
      reasoningExcerpt: string;
      dispositionExcerpt: string;
      courtLevel: string;
      decisionDate: string;
    };
    expect(first.why.sharedCharges).toEqual(["危险驾驶罪"]);
    expect(first.why.sharedStatutes).toEqual(["刑法#133"]);
    // Key shared terms come from the pending facts, never units or numbers on their own.
    expect(first.why.sharedTerms.length).toBeGreaterThanOrEqual(5);
    for (const term of first.why.sharedTerms) expect(segment(DRUNK)).toContain(term);
    expect(first.why.sharedTerms).not.toContain("毫克");
    expect(first.why.sharedTerms).not.toContain("180");
    expect(first.why.outcome).toBe("拘役 2 个月，罚金 3000 元");
    expect(Object.keys(first.why.scoreParts)).toEqual([
      "text",
      "charges",
      "statutes",
      "circumstances",
      "phrases",
    ]);
    expect(first.why.sharedCircumstances).toContain("醉酒");
    // Same facts: the best text and phrase scores, each normalised to the best candidate.
    expect(first.why.scoreParts.text).toBeLessThanOrEqual(1);
    expect(first.why.scoreParts.phrases).toBeGreaterThan(0);
    expect(first.reasoningExcerpt).toMatch(/^本院认为/);
    expect(first.dispositionExcerpt).toMatch(/拘役二个月/);
    expect(first).toMatchObject({ courtLevel: "基层", decisionDate: "2025-03-01" });
    expect(groups[0]?.cases[0]).toMatchObject({ keyHolding: expect.stringMatching(/醉酒驾驶/) });
    // The theft case shares no conduct: if it appears at all, it ranks below every drunk-driving case.
    const ordinary = groups[2]?.cases.map((c) => c.id) ?? [];
    expect([-1, ordinary.length - 1]).toContain(ordinary.indexOf("theft"));
  });

  it("infers the charge from the facts when the judge gives none, and says so", async () => {
    const res = await api.call("/api/v1/similar", { body: { facts: DRUNK } });
    expect(res.status).toBe(200);
    expect(res.body.query.inferredCharges).toEqual(["危险驾驶罪"]);
    const c = res.body.groups.at(-1).cases[0];
    expect(c.why.inferredCharges).toEqual(["危险驾驶罪"]);
    // The judge gave no charge: nothing is shown as shared with the judge's charges.
    expect(c.why.sharedCharges).toEqual([]);
  });

  it("finds cases by the facts' words the index holds, however many words it does not", async () => {
    // 36 words no judgment here contains (a pending case's places, names, brands…): the highest idf
    // of all, they had filled every key-term place and the window came back empty.
    const unknown =
      "苹果 香蕉 橘子 葡萄 西瓜 芒果 菠萝 草莓 樱桃 柠檬 桃子 梨子 石榴 荔枝 龙眼 椰子 猕猴桃 山楂 柿子 枇杷 杨梅 甘蔗 哈密瓜 榴莲 木瓜 火龙果 蓝莓 无花果 橄榄 杏子 李子 枣子 桑葚 柚子 金桔 番石榴";
    const res = await api.call("/api/v1/similar", { body: { facts: `${DRUNK}车内有${unknown}。` } });
    expect(res.status).toBe(200);
    expect(res.body.query.candidates).toBeGreaterThan(0);
    const ids = res.body.groups.flatMap((g: { cases: { id: string }[] }) => g.cases.map((c) => c.id));
    expect(ids).toContain("ordinary-recent");
    const shared = res.body.groups[0].cases[0].why.sharedTerms as string[];
    expect(shared.length).toBeGreaterThan(0);
    expect(shared.some((t) => unknown.includes(t))).toBe(false);
  });

  it("shows reversed and withdrawn judgments only when asked, flagged", async () => {
    const res = await api.call("/api/v1/similar", {
      body: { facts: DRUNK, filters: { includeIneffective: true } },
    });
    const all = res.body.groups.flatMap((g: { cases: unknown[] }) => g.cases) as {
      id: string;
      flags: string[];
    }[];
    expect(all.find((c) => c.id === "reversed")?.flags).toEqual(["已被上级法院改判或发回，不得作为类案援引"]);
    expect(all.find((c) => c.id === "withdrawn")?.flags).toEqual(["已撤回，不得作为类案援引"]);
    expect(all.find((c) => c.id === "superseded")?.flags).toEqual([
      "编者注明本案例所涉规则已不再适用，不得作为类案援引",
    ]);
    // By default, effective cases only.
    const effective = await api.call("/api/v1/similar", { body: { facts: DRUNK } });
    const ids = effective.body.groups.flatMap((g: { cases: { id: string }[] }) => g.cases.map((c) => c.id));
    expect(ids).not.toContain("superseded");
    expect(ids).toContain("ordinary-recent");
  });

  it("answers a civil case (causes, no charge) with no criminal judgment, however many words they share", async () => {
    const res = await api.call("/api/v1/similar", {
      body: { facts: DRUNK, causes: ["机动车交通事故责任纠纷"] },
    });
    expect(res.status).toBe(200);
    const ids = res.body.groups.flatMap((g: { cases: { id: string }[] }) => g.cases.map((c) => c.id));
    expect(ids).toContain("civil");
    // A civil case is civil whatever crime it names.
    expect(ids).toContain("civil-with-charges");
    expect(ids.filter((id: string) => !id.startsWith("civil"))).toEqual([]);
    const flagsOf = (id: string) =>
      res.body.groups
        .flatMap((g: { cases: { id: string; flags: string[] }[] }) => g.cases)
        .find((c: { id: string }) => c.id === id)?.flags;
    expect(flagsOf("civil")).toEqual([
      "所适用的《侵权责任法》已于2021年1月1日废止（《民法典》第一千二百六十条），参照时应对照现行法律",
    ]);
    expect(flagsOf("civil-with-charges")).toEqual([]);
    // No criminal circumstance is shared with a suit (醉酒, 机动车, a claim's 赔偿: the Criminal Law's).
    const shared = res.body.groups.flatMap((g: { cases: { why: { sharedCircumstances: string[] } }[] }) =>
      g.cases.flatMap((c) => c.why.sharedCircumstances),
    );
    expect(shared).toEqual([]);
    // Without a cause, facts told as a suit (原告/被告, no 被告人) are a civil case too (review15-search).
    const untold = await api.call("/api/v1/similar", {
      body: { facts: "原告张某驾驶的轿车被被告李某醉酒驾驶的车辆追尾，原告请求被告赔偿车辆损失及误工费。" },
    });
    expect(untold.status).toBe(200);
    const untoldIds = untold.body.groups.flatMap((g: { cases: { id: string }[] }) =>
      g.cases.map((c) => c.id),
    );
    expect(untoldIds).toContain("civil");
    expect(untoldIds.filter((id: string) => !id.startsWith("civil"))).toEqual([]);
    // With a category chosen, the judge's choice stands.
    const chosen = await api.call("/api/v1/similar", {
      body: { facts: DRUNK, causes: ["机动车交通事故责任纠纷"], filters: { category: ["刑事"] } },
    });
    expect(
      chosen.body.groups.flatMap((g: { cases: { id: string }[] }) => g.cases.map((c) => c.id)),
    ).toContain("ordinary-recent");
  });

  it("matches a cause typed without its 纠纷 as the filters do, listed or not", async () => {
    const res = await api.call("/api/v1/similar", { body: { facts: ONLINE, causes: ["网络购物合同"] } });
    expect(res.status).toBe(200);
    const cases = res.body.groups.flatMap(
      (g: { cases: { id: string; why: { sharedCauses: string[] } }[] }) => g.cases,
    );
    expect(cases.find((c: { id: string }) => c.id === "civil-online")?.why.sharedCauses).toEqual([
      "网络购物合同纠纷",
    ]);
  });

  it("answers bad input with a 400 naming the field", async () => {
    const res = await api.call("/api/v1/similar", {
      body: { facts: DRUNK, size: 1000, filters: { dateFrom: "2020-13-01" } },
    });
    expect(res.status).toBe(400);
    const paths = res.body.error.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(expect.arrayContaining(["size", "filters.dateFrom"]));
    // A statute that names none would be searched and echoed as if it had been applied.
    const statute = await api.call("/api/v1/similar", {
      body: { facts: DRUNK, statutes: ["刑法#264", "第133条"] },
    });
    expect(statute.status).toBe(400);
    expect(statute.body.error.details[0].path).toBe("statutes.1");
  });

  it("shows a guiding case of the charge even when the requested number of cases rank above it", async () => {
    const res = await api.call("/api/v1/similar", {
      body: { facts: DRUNK, charges: ["危险驾驶罪"], size: 1 },
    });
    expect(res.status).toBe(200);
    const ids = res.body.groups.flatMap((g: { cases: { id: string }[] }) => g.cases.map((c) => c.id));
    expect(ids).toContain("guiding");
    expect(res.body.groups[0].tier).toBe("guiding");
    // The one case asked for (the gazette case, first by score and id), plus the guiding case.
    expect(ids).toEqual(["guiding", "gazette"]);
    // Not for charges the system inferred: a guess does not bring in a guiding case.
    const inferred = await api.call("/api/v1/similar", { body: { facts: DRUNK, size: 1 } });
    expect(inferred.body.groups.flatMap((g: { cases: unknown[] }) => g.cases)).toHaveLength(1);
  });

  it("reads circumstances from the facts, not from the disputed issues that ask about them", async () => {
    const res = await api.call("/api/v1/similar", {
      body: { facts: DRUNK, disputedIssues: ["被告人是否构成自首", "是否应当认定入户"] },
    });
    expect(res.status).toBe(200);
    expect(res.body.query.circumstances).toContain("醉酒");
    expect(res.body.query.circumstances).not.toContain("自首");
    expect(res.body.query.circumstances).not.toContain("入户");
  });

  it("lists as shared facts (why.sharedTerms) only words of the facts, not of the disputed issues", async () => {
    const facts = "被告人醉酒后驾驶小型轿车在城市道路上行驶。";
    const res = await api.call("/api/v1/similar", {
      body: { facts, charges: ["危险驾驶罪"], disputedIssues: ["被执勤民警查获后如实供述是否构成自首"] },
    });
    expect(res.status).toBe(200);
    const cases = res.body.groups.flatMap((g: { cases: SimilarCase[] }) => g.cases) as SimilarCase[];
    const first = cases.find((c) => c.id === "ordinary-recent");
    // The results' facts hold 执勤民警查获 too, but the pending case states it only as a question.
    expect(first?.why.sharedTerms).toEqual(expect.arrayContaining(["轿车", "行驶"]));
    for (const issueWord of ["执勤", "民警", "查获"]) expect(first?.why.sharedTerms).not.toContain(issueWord);
    for (const c of cases) for (const term of c.why.sharedTerms) expect(segment(facts), c.id).toContain(term);
  });

  it("reads charges and statutes as judges write them", async () => {
    const res = await api.call("/api/v1/similar", {
      body: { facts: DRUNK, charges: ["危险驾驶罪（未遂） "], statutes: ["刑法 第 133 条之一"] },
    });
    expect(res.status).toBe(200);
    expect(res.body.query).toMatchObject({ charges: ["危险驾驶罪"], statutes: ["刑法#133-1"] });
    expect(res.body.query.unrecognisedCharges).toBeUndefined();
    const unknown = await api.call("/api/v1/similar", {
      body: { facts: DRUNK, charges: ["醉驾罪", "危险驾驶罪"] },
    });
    expect(unknown.body.query.unrecognisedCharges).toEqual(["醉驾罪"]);
    const first = res.body.groups.at(-1).cases[0];
    expect(first.why.sharedCharges).toEqual(["危险驾驶罪"]);
  });

  it("still answers from indices built before mappings v5, with what each holds, until they are rebuilt", async () => {
    const { card, ranking, ...v3 } = beforeV7(toJudgmentDocument(drunk("old-1")));
    expect(ranking).toBeDefined();
    const excerpts = JSON.parse(Buffer.from(card, "base64").toString("utf8")) as ResultCard;
    expect(excerpts.reasoningExcerpt).toMatch(/^本院认为/);
    // v4 held the excerpts as keywords of their own, v3 none; both every other field as a doc value
    // of its own.
    const v4 = {
      ...v3,
      reasoningExcerpt: excerpts.reasoningExcerpt,
      dispositionExcerpt: excerpts.dispositionExcerpt,
    };
    for (const [version, document] of [
      [3, v3],
      [4, v4],
    ] as const) {
      const oldAlias = `${prefix}old${version}`;
      const index = `${prefix}old-v${version}`;
      await judgmentsIndex(client, { index, alias: oldAlias, version, documents: { "old-1": document } });
      const [oldCase] = (
        await similarCases(client, oldAlias, { facts: DRUNK, charges: ["危险驾驶罪"], size: 20 })
      ).cases;
      expect(oldCase).toMatchObject({
        id: "old-1",
        title: v3.title,
        courtLevel: "基层",
        why: { sharedCharges: ["危险驾驶罪"], outcome: "拘役 2 个月，罚金 3000 元" },
      });
      expect(oldCase?.why.sharedTerms.length).toBeGreaterThanOrEqual(5);
      expect(oldCase?.reasoningExcerpt).toBe(version === 4 ? excerpts.reasoningExcerpt : undefined);
      // Keyword search reads the hits' stored records there.
      const { page } = await keywordSearch(client, oldAlias, { q: "醉酒 驾驶", size: 5 });
      expect(page.hits).toEqual([
        expect.objectContaining({
          id: "old-1",
          title: v3.title,
          charges: ["危险驾驶罪"],
          courtLevel: "基层",
        }),
      ]);
    }
  });

  it("answers over an alias pointing at indices of two mapping versions, counting statistics over both", async () => {
    const twoAlias = `${prefix}two`;
    // two-a as this version indexes it; two-b in an index of mappings v4 (excerpts as fields, no
    // binary doc values).
    for (const [name, version] of [
      ["a", CURRENT_VERSIONS.judgments],
      ["b", 4],
    ] as const) {
      const index = `${prefix}two-${name}`;
      const { card, ranking, citedCaseNumbers, facts_chars, reasoning_chars, disposition_chars, ...older } =
        toJudgmentDocument(drunk(`two-${name}`));
      const { reasoningExcerpt, dispositionExcerpt } = decodeBinary<ResultCard>(card);
      const document =
        version === 4
          ? { ...older, reasoningExcerpt, dispositionExcerpt }
          : { ...older, card, ranking, citedCaseNumbers, facts_chars, reasoning_chars, disposition_chars };
      await judgmentsIndex(client, {
        index,
        alias: twoAlias,
        version,
        documents: { [`two-${name}`]: document },
      });
    }
    const stats = await termStatistics(client, twoAlias, "facts_seg", segment(DRUNK));
    expect(stats.docCount).toBe(2);
    // Every fact term is in both judgments' facts.
    expect(new Set(stats.df.values())).toEqual(new Set([2]));
    const result = await similarCases(client, twoAlias, { facts: DRUNK, size: 20 });
    expect(result.cases.map((c) => c.id).sort()).toEqual(["two-a", "two-b"]);
    for (const c of result.cases) {
      expect(c).toMatchObject({
        title: `${c.id} 危险驾驶一案`,
        courtLevel: "基层",
        reasoningExcerpt: expect.stringMatching(/^本院认为/),
        why: { inferredCharges: ["危险驾驶罪"], outcome: "拘役 2 个月，罚金 3000 元" },
      });
    }
    const { page } = await keywordSearch(client, twoAlias, { q: "醉酒 驾驶", size: 5 });
    expect(page.hits.map((h) => [h.id, h.title, h.charges]).sort()).toEqual([
      ["two-a", "two-a 危险驾驶一案", ["危险驾驶罪"]],
      ["two-b", "two-b 危险驾驶一案", ["危险驾驶罪"]],
    ]);
  });

  it("asks the engine for a term's frequency only once within a minute, whatever requests repeat it", async () => {
    const asked: string[][] = [];
    const watched = new Proxy(client, {
      get(target, prop, receiver) {
        if (prop === "termvectors")
          return (body: Parameters<typeof target.termvectors>[0]) => {
            asked.push(String(Object.values(body.doc ?? {})[0]).split(" "));
            return target.termvectors(body);
          };
        return Reflect.get(target, prop, receiver);
      },
    });
    const [a = "", b = ""] = segment(DRUNK);
    const first = await rememberedTermStatistics(watched, alias, "facts_seg", [a, b]);
    const again = await rememberedTermStatistics(watched, alias, "facts_seg", [b, a, "不存在的词"]);
    // The second call asked only for the term not asked before; a term the index lacks is remembered too.
    expect(asked).toEqual([[a, b], ["不存在的词"]]);
    expect(first.df.get(a)).toBeGreaterThan(0);
    expect(again.df.get(a)).toBe(first.df.get(a));
    expect(again.df.get("不存在的词") ?? 0).toBe(0);
    await rememberedTermStatistics(watched, alias, "facts_seg", ["不存在的词", a]);
    expect(asked).toHaveLength(2);
    // Another field is another memory.
    await rememberedTermStatistics(watched, alias, "text_seg", [a]);
    expect(asked).toHaveLength(3);
  });

  it("reads no stored field on a current index, and gives the order only when explanations are off", async () => {
    const sent: Record<string, unknown>[] = [];
    const watched = new Proxy(client, {
      get(target, prop, receiver) {
        if (prop === "search")
          return (body: Record<string, unknown>) => {
            sent.push(body);
            return target.search(body);
          };
        return Reflect.get(target, prop, receiver);
      },
    });
    const result = await similarCases(watched, alias, { facts: DRUNK, charges: ["危险驾驶罪"], size: 20 });
    expect(result.cases[0]?.reasoningExcerpt).toMatch(/^本院认为/);
    // The reference cases of the judge's charge (their ids), the window and the top cases' details.
    expect(sent).toHaveLength(3);
    for (const body of sent) expect(body.stored_fields).toBe("_none_");
    const theft = result.cases.find((c) => c.id === "theft");
    if (theft) expect(theft.why.scoreParts.phrases).toBe(0);

    sent.length = 0;
    // Without the judge's charges no reference cases are looked up: the window alone.
    const bare = await similarCases(watched, alias, { facts: DRUNK, size: 20 }, { explain: false });
    expect(sent).toHaveLength(1);
    expect(bare.cases.map((c) => c.id)).toContain("ordinary-recent");
    expect(bare.cases[0]?.title).toBeUndefined();
  });
});

// SPC 2020 §4: guiding cases first, then typical and gazette cases and the provinces' reference cases,
// then other judgments. A write-up's short facts share fewer words than the judgments of its charge.
describe("POST /api/v1/similar finds reference cases however many judgments outscore them", () => {
  // More judgments than the window (100), each sharing every word of the pending facts, and a
  // typical case that writes the same conduct in fewer of them.
  const { client, alias } = indexedApi("apireference", [
    ...Array.from({ length: 120 }, (_, i) => drunk(`ordinary-${String(i).padStart(3, "0")}`)),
    drunk("typical", {
      tier: "typical",
      title: "刑事审判参考 醉酒驾驶机动车案",
      sections: {
        facts: "被告人醉酒驾驶轿车，血液中乙醇含量为180毫克/100毫升。",
        reasoning: "醉酒驾驶机动车的，构成危险驾驶罪。",
      },
      text: "被告人醉酒驾驶轿车，血液中乙醇含量为180毫克/100毫升。",
    }),
  ]);

  it("shows a typical case of the judge's charge beside the best judgments, in its tier", async () => {
    const result = await similarCases(client, alias, { facts: DRUNK, charges: ["危险驾驶罪"], size: 10 });
    expect(result.groups.map((g) => g.tier)).toEqual(["typical", "ordinary"]);
    expect(result.groups[0]?.cases.map((c) => c.id)).toEqual(["typical"]);
    expect(result.groups[1]?.cases).toHaveLength(10);
    // It ranks below the ten asked for: it is shown beyond them, as its tier is searched first.
    expect(result.cases.find((c) => c.id === "typical")?.score).toBeLessThan(
      result.groups[1]?.cases[9]?.score ?? 0,
    );
    // Not for a charge the system inferred, nor when the judge chose the tiers.
    const inferred = await similarCases(client, alias, { facts: DRUNK, size: 10 });
    expect(inferred.cases.map((c) => c.id)).not.toContain("typical");
    const ordinary = await similarCases(client, alias, {
      facts: DRUNK,
      charges: ["危险驾驶罪"],
      size: 10,
      filters: { tiers: ["ordinary"] },
    });
    expect(ordinary.cases.map((c) => c.id)).not.toContain("typical");
  });

  it("the deviation check reads every similar case, the reference cases beyond its window too", async () => {
    // 50 cases asked for and a typical case beyond them: it had refused with a 400 on maxCases.
    const result = await runDeviation(client, alias, {
      facts: DRUNK,
      charges: ["危险驾驶罪"],
      proposed: { penalty: "拘役", months: 2 },
    });
    expect(result.similarCases.map((c) => c.id)).toContain("typical");
    expect(result.similarCases.length).toBeGreaterThan(50);
  });
});

// A deviation check on an offence sentenced by amount compares the pending case's band only.
describe("deviation check within the pending case's amount band", () => {
  const theft = (id: string, amount: string, months: number) => {
    const facts = `被告人${id}趁被害人家中无人，撬门入户窃取现金${amount}元。`;
    return record({
      id,
      title: `${id}盗窃一案`,
      charges: ["盗窃罪"],
      statutes: [{ law: "中华人民共和国刑法", article: 264 }],
      sections: {
        facts,
        reasoning: "本院认为，被告人以非法占有为目的，入户盗窃他人财物，其行为已构成盗窃罪。",
        disposition: `被告人${id}犯盗窃罪，判处有期徒刑${months}个月。`,
      },
      outcome: { criminal: [{ defendant: id, charges: ["盗窃罪"], penalty: "有期徒刑", months }] },
      decisionDate: "2019-05-01",
      text: facts,
    });
  };

  const { client, alias } = indexedApi("apiband", [
    ...Array.from({ length: 6 }, (_, i) => theft(`甲${i}`, "5000", 8 + (i % 3))),
    ...Array.from({ length: 8 }, (_, i) => theft(`乙${i}`, "500000", 120 + i * 6)),
  ]);

  it("compares a 5,500-yuan 入户盗窃 with the thefts of its band, not the 数额特别巨大 ones", async () => {
    const result = await runDeviation(client, alias, {
      facts: "被告人李某趁被害人家中无人，撬门入户窃取现金5500元。",
      charges: ["盗窃罪"],
      proposed: { penalty: "有期徒刑", months: 10 },
    });
    expect(result.comparedTo.months?.values).toEqual([8, 8, 9, 9, 10, 10]);
    // Sentences, not parentheses stacked after the verdict.
    expect(result.reason).toMatch(
      /^拟判有期徒刑 10 个月[^（]*。.*。仅比较与本案同一量刑情形（3千-1万）的 6 件类案。$/,
    );
    expect(result.reason).not.toContain("）（");
    expect(result.level).not.toBe("warning");
  });
});

// SPC 2020 §4: after guiding, typical and provincial reference cases, the scope is the SPC's
// judgments, the province's high court's, then the court one level up and the judge's own.
describe("POST /api/v1/similar places each case's court relative to the judge's", () => {
  const courts: [id: string, court: string, code: string][] = [
    ["other-province", "北京市海淀区人民法院", "京0108"],
    ["same-province", "湖南省长沙市岳麓区人民法院", "湘0104"],
    ["own", "湖南省长沙市天心区人民法院", "湘0103"],
    ["superior", "湖南省长沙市中级人民法院", "湘01"],
    ["high", "湖南省高级人民法院", "湘"],
    ["spc", "最高人民法院", "最高法"],
  ];

  const { api } = indexedApi("apicourts", [
    ...courts.map(([id, court, code], i) =>
      drunk(id, {
        court,
        caseNumber: parseCaseNumber(
          `（2024）${code}刑${code.length > 3 ? "初" : "终"}${i + 1}号`,
        ) as CaseNumber,
        decisionDate: "2024-06-01",
      }),
    ),
    // Two courts named 朝阳区人民法院 (北京, 长春); withdrawn, so never among the results.
    ...(
      [
        ["cy-beijing", "北京市朝阳区人民法院", "京0105"],
        ["cy-changchun", "吉林省长春市朝阳区人民法院", "吉0104"],
        // One court indexed under two spellings.
        ["qh-short", "南京市秦淮区人民法院", "苏0104"],
        ["qh-full", "江苏省南京市秦淮区人民法院", "苏0104"],
        ["mh-state", "中华人民共和国上海市闵行区人民法院", "沪0112"],
        ["mh-short", "上海市闵行区人民法院", "沪0112"],
        ["wy-short-province", "内蒙古五原县人民法院", "内0822"],
      ] as const
    ).map(([id, court, code]) =>
      drunk(id, {
        court,
        caseNumber: parseCaseNumber(`（2023）${code}刑初7号`) as CaseNumber,
        decisionDate: "2023-06-01",
        status: "withdrawn",
      }),
    ),
    // A court renamed (开县 → 开州区, 2016): its older numbers bear the old code.
    drunk("kz-old", {
      court: "重庆市开州区人民法院",
      caseNumber: parseCaseNumber("（2016）渝0234刑初3号") as CaseNumber,
      decisionDate: "2016-06-01",
      status: "withdrawn",
    }),
    drunk("kz-new", {
      court: "重庆市开州区人民法院",
      caseNumber: parseCaseNumber("（2022）渝0154刑初3号") as CaseNumber,
      decisionDate: "2022-06-01",
      status: "withdrawn",
    }),
    // The judge's own court before 2016: a code of its own (天), placed by the court's name.
    drunk("own-2014", {
      court: "湖南省长沙市天心区人民法院",
      caseNumber: parseCaseNumber("（2014）天刑初字第5号") as CaseNumber,
      decisionDate: "2014-06-01",
    }),
  ]);

  const ordinary = async (body: Record<string, unknown>) => {
    const res = await api.call("/api/v1/similar", {
      body: { facts: DRUNK, charges: ["危险驾驶罪"], ...body },
    });
    expect(res.status).toBe(200);
    const group = res.body.groups.find((g: { tier: string }) => g.tier === "ordinary");
    return { query: res.body.query, label: group.label as string, cases: group.cases as SimilarCaseBody[] };
  };

  it("orders judgments by the scope and names each court's relation, the judge's court given by name", async () => {
    const { query, label, cases } = await ordinary({ court: "湖南省长沙市天心区人民法院" });
    expect(query).toMatchObject({ court: "湖南省长沙市天心区人民法院", courtCode: "湘0103" });
    // Named without its province, as judges often write it.
    expect((await ordinary({ court: "长沙市天心区人民法院" })).query.courtCode).toBe("湘0103");
    expect(label).toContain("上一级法院及本院");
    const relation = Object.fromEntries(cases.map((c) => [c.id, c.courtRelation]));
    expect(relation).toEqual({
      spc: "最高人民法院",
      high: "本省高级人民法院",
      superior: "上一级法院",
      own: "本院",
      "own-2014": "本院",
      "same-province": "本省其他法院",
      "other-province": "外省法院",
    });
    expect(cases.slice(0, 2).map((c) => c.id)).toEqual(["spc", "high"]);
    expect(new Set(cases.slice(2, 4).map((c) => c.id))).toEqual(new Set(["superior", "own"]));
    // Its own court's older judgment next, within item 4 of the scope but not of the last three years.
    expect(cases[4]?.id).toBe("own-2014");
    expect(new Set(cases.slice(5).map((c) => c.id))).toEqual(new Set(["same-province", "other-province"]));
  });

  it("refuses a court name two courts bear, naming both, instead of guessing", async () => {
    const res = await api.call("/api/v1/similar", {
      body: { facts: DRUNK, charges: ["危险驾驶罪"], court: "朝阳区人民法院" },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details).toEqual([
      {
        path: "court",
        message:
          "法院名称“朝阳区人民法院”不唯一（北京市朝阳区人民法院、吉林省长春市朝阳区人民法院），请写明省、市全称",
      },
    ]);
    // A bare 人民法院 ends every basic court's name: at most five are named.
    const bare = await api.call("/api/v1/similar", {
      body: { facts: DRUNK, charges: ["危险驾驶罪"], court: "人民法院" },
    });
    expect(bare.status).toBe(400);
    const listed = /^法院名称“人民法院”不唯一（([^）]+)），/.exec(bare.body.error.details[0].message)?.[1];
    expect(listed?.split("、").length).toBe(5);
    // One court under two spellings is one court, however it is written.
    for (const court of ["秦淮区人民法院", "南京市秦淮区人民法院", "江苏省南京市秦淮区人民法院"])
      expect((await ordinary({ court })).query.courtCode).toBe("苏0104");
    // The state's name, or a province written short, before the court's.
    expect((await ordinary({ court: "闵行区人民法院" })).query.courtCode).toBe("沪0112");
    expect((await ordinary({ court: "五原县人民法院" })).query.courtCode).toBe("内0822");
    // A renamed court is known by its newest code.
    expect((await ordinary({ court: "开州区人民法院" })).query.courtCode).toBe("渝0154");
    // A name no indexed court bears is said back: the cases are not placed by court.
    const unknown = await ordinary({ court: "火星市人民法院" });
    expect(unknown.query.unrecognisedCourt).toBe("火星市人民法院");
    expect(unknown.query.courtCode).toBeUndefined();
    expect((await ordinary({ court: "北京市朝阳区人民法院" })).query.unrecognisedCourt).toBeUndefined();
    // Written in full, each is its own court.
    expect((await ordinary({ court: "北京市朝阳区人民法院" })).query.courtCode).toBe("京0105");
    expect((await ordinary({ court: "长春市朝阳区人民法院" })).query.courtCode).toBe("吉0104");
  });

  it("takes the judge's court from the pending case number, else from the token", async () => {
    const byNumber = await ordinary({ caseNumber: "（2025）京0108刑初99号" });
    expect(byNumber.query.courtCode).toBe("京0108");
    // The case number names 本院: the token's court is not echoed beside it as a second 本院.
    expect(byNumber.query.court).toBeUndefined();
    expect(byNumber.cases.find((c) => c.id === "other-province")?.courtRelation).toBe("本院");
    expect(byNumber.cases.find((c) => c.id === "own")?.courtRelation).toBe("外省法院");
    // The test judge's token belongs to 北京市海淀区人民法院 (api-fixtures.ts).
    const byToken = await ordinary({});
    expect(byToken.query).toMatchObject({ court: "北京市海淀区人民法院", courtCode: "京0108" });
    // A court the index does not know: no code, no placing, and the label says so.
    const unknown = await ordinary({ court: "某某市人民法院" });
    expect(unknown.query.courtCode).toBeUndefined();
    expect(unknown.label).toContain("未能识别本院");
    expect(unknown.cases.every((c) => c.courtRelation === undefined)).toBe(true);
  });
});

type SimilarCaseBody = { id: string; courtRelation?: string };

describe("facts-only retrieval weighs the index's charge model", () => {
  const FIGHT = "双方各自纠集多人，持棍棒在广场上聚众斗殴，致一人轻微伤，扰乱社会秩序。";
  const fight = (id: string) =>
    record({
      id,
      charges: ["聚众斗殴罪"],
      sections: { facts: FIGHT },
      text: FIGHT,
      decisionDate: "2020-01-01",
    });

  const { client, alias, api } = indexedApi("apimodel", [
    drunk("drunk-1"),
    drunk("drunk-2"),
    drunk("drunk-3"),
    fight("fight-1"),
    fight("fight-2"),
    fight("fight-3"),
  ]);
  beforeAll(async () => {
    const [index] = await aliasTargets(client, alias);
    const model = await buildChargeModel(client, index as string);
    expect(model.documents).toBe(6);
    expect(Object.keys(model.centroids).sort()).toEqual(["危险驾驶罪", "聚众斗殴罪"]);
    await storeChargeModel(client, alias, model);
  });

  it("names the charges the facts come closest to and scores each case by its charge's closeness", async () => {
    const res = await api.call("/api/v1/similar", { body: { facts: DRUNK } });
    expect(res.status).toBe(200);
    expect(res.body.query.modelCharges[0]).toBe("危险驾驶罪");
    const cases = res.body.groups.flatMap((g: { cases: unknown[] }) => g.cases) as {
      id: string;
      why: { scoreParts: Record<string, number> };
    }[];
    const part = (id: string) => cases.find((c) => c.id === id)?.why.scoreParts.chargeModel;
    expect(part("drunk-1")).toBe(DEFAULT_WEIGHTS.chargeModel);
    // With the judge's charges given, the model is not consulted.
    const given = await api.call("/api/v1/similar", { body: { facts: DRUNK, charges: ["危险驾驶罪"] } });
    expect(given.body.query.modelCharges).toBeUndefined();
    expect(given.body.groups[0].cases[0].why.scoreParts).not.toHaveProperty("chargeModel");
  });

  it("reads the model once for concurrent first requests, and again after a failed read", async () => {
    const fresh = testClient();
    const reads: string[] = [];
    fresh.diagnostic.on("request", (_err, event) => {
      const path = event?.meta.request.params.path ?? "";
      if (path.includes("-models/")) reads.push(path);
    });
    try {
      const models = await Promise.all(Array.from({ length: 5 }, () => chargeModelOf(fresh, alias)));
      expect(reads).toHaveLength(1);
      expect(models.every((m) => m === models[0] && m?.centroids.危险驾驶罪 !== undefined)).toBe(true);
      await chargeModelOf(fresh, alias);
      expect(reads).toHaveLength(1);
      // Kept MODEL_TTL_MS, then read again: an upsert rebuilds the live index's model in place.
      const later = Date.now() + MODEL_TTL_MS + 1;
      const clock = vi.spyOn(Date, "now").mockReturnValue(later);
      try {
        expect((await chargeModelOf(fresh, alias))?.centroids.危险驾驶罪).toBeDefined();
        expect(reads).toHaveLength(2);
      } finally {
        clock.mockRestore();
      }
    } finally {
      await fresh.close();
    }
    // A failed read (the models index closed) is not remembered: once it opens, the model is read.
    const other = testClient();
    await client.indices.close({ index: `${alias}-models` });
    try {
      await expect(chargeModelOf(other, alias)).rejects.toThrow();
      await client.indices.open({ index: `${alias}-models`, wait_for_active_shards: 1 });
      expect((await chargeModelOf(other, alias))?.centroids.危险驾驶罪).toBeDefined();
    } finally {
      await client.indices.open({ index: `${alias}-models` });
      await other.close();
    }
  });
});
