import { describe, expect, it } from "vitest";
import { emptyRecord } from "../judgment/record.ts";
import type { Client } from "../search/client.ts";
import { type ResultCard, toJudgmentDocument } from "../search/documents.ts";
import { readBinary } from "../search/hits.ts";
import {
  everyStatuteFilters,
  extraParameters,
  foundByQueries,
  runQuery,
  toReportCase,
  unrecognisedFilters,
  unrecognisedPending,
} from "./build.ts";
import { ReportRequest } from "./model.ts";
import { keyHoldingCell, matchReasonLines, QUESTION_MARK } from "./render/sections.ts";

describe("toReportCase", () => {
  it("quotes a case's holding, or else its reasoning, as its result card does", () => {
    const reasoning = `本院认为，被告人醉酒驾驶机动车，其行为已构成危险驾驶罪。${"经查".repeat(200)}`;
    const holdings = `醉酒驾驶机动车的，依法以危险驾驶罪定罪处罚。${"裁判要点".repeat(100)}`;
    const plain = emptyRecord({
      id: "c1",
      source: "test",
      tier: "ordinary",
      text: reasoning,
      sections: { reasoning },
    });
    for (const record of [plain, { ...plain, id: "c2", keyHoldings: holdings }]) {
      const doc = toJudgmentDocument(record);
      const card = readBinary<ResultCard>(
        { _index: "i", fields: { card: [doc.card] } },
        "card",
      ) as ResultCard;
      const reported = toReportCase(doc, undefined);
      if (record.keyHoldings) {
        expect(reported).toMatchObject({ keyHolding: card.holdingExcerpt, keyHoldingSource: "holding" });
      } else {
        expect(reported).toMatchObject({
          keyHolding: card.reasoningExcerpt,
          keyHoldingSource: "reasoning_excerpt",
        });
      }
      expect(reported.keyHolding).toMatch(/…$/);
    }
    // A write-up's question in place of a holding is reported as one (review15-reports).
    const question = toReportCase(
      toJudgmentDocument({
        ...plain,
        id: "c3",
        keyHoldings: "如何认定以贩养吸的被告人贩卖毒品数量？",
        keyHoldingsKind: "question",
      }),
      undefined,
    );
    expect(question).toMatchObject({ keyHoldingSource: "question" });
    expect(keyHoldingCell(question).lines[0]).toBe(QUESTION_MARK);
  });

  it("places the case's court relative to the judge's when both codes are known", () => {
    const doc = { id: "c", courtCode: "湘01" };
    expect(toReportCase(doc, undefined, { code: "湘0103" }).courtRelation).toBe("上一级法院");
    expect(toReportCase(doc, undefined, {})).not.toHaveProperty("courtRelation");
  });

  it("places a pre-2016 judgment by its court's name: its one-character code is no province's", () => {
    // 云 of （2015）云刑初字 is a county court's own abbreviation: not 本省高级人民法院 for a 昆明 judge.
    const doc = {
      id: "c",
      courtCode: "云",
      caseNumber: "（2015）云刑初字第9801号",
      court: "云南省云龙县人民法院",
    };
    expect(toReportCase(doc, undefined, { code: "云0102" }).courtRelation).toBe("本省其他法院");
  });

  it("places a write-up printed without its number by the names the index gives the court one level up", () => {
    const doc = { id: "w", court: "南京市中级人民法院", tier: "typical" as const };
    const judge = { code: "苏0102", superiorNames: ["江苏省南京市中级人民法院"] };
    expect(toReportCase(doc, undefined, judge).courtRelation).toBe("上一级法院");
  });

  it("says which laws a case applied have since been repealed, from its indexed statutes", () => {
    const record = {
      ...emptyRecord({ id: "c4", source: "test", tier: "guiding", text: "" }),
      statutes: [
        { law: "中华人民共和国合同法", article: 107 },
        { law: "中华人民共和国民事诉讼法", article: 170 },
      ],
    };
    expect(toReportCase(toJudgmentDocument(record), undefined).repealedLaws).toBe(
      "所适用的《合同法》已于2021年1月1日废止（《民法典》第一千二百六十条），参照时应对照现行法律",
    );
    expect(toReportCase({ id: "c5", statutes: ["民法典#577"] }, undefined)).not.toHaveProperty(
      "repealedLaws",
    );
  });

  it("shows and compares the sentences that stand when a later instance changed one defendant's", () => {
    const record = {
      ...emptyRecord({ id: "c3", source: "test", tier: "ordinary", text: "" }),
      charges: ["盗窃罪"],
      reversal: {
        previousStatus: "effective" as const,
        by: [
          {
            id: "appeal",
            caseNumber: "（2018）湘01刑终800号",
            result: "amended" as const,
            cites: "（2018）湘0103刑初500号",
            clause: "二、撤销…第二项对被告人李小河的量刑部分",
            defendants: ["李小河"],
          },
        ],
      },
      outcome: {
        criminal: [
          { defendant: "张大山", charges: ["盗窃罪"], penalty: "有期徒刑" as const, months: 12 },
          { defendant: "李小河", charges: ["盗窃罪"], penalty: "有期徒刑" as const, months: 18 },
        ],
      },
    };
    const doc = toJudgmentDocument(record);
    const reported = toReportCase({ ...doc, record }, undefined, {}, ["盗窃罪"]);
    expect(reported.status).toBe("生效");
    // 张大山's 12 months, not 李小河's quashed 18 as the most severe; the change said.
    expect(reported.outcome).toBe(
      "有期徒刑 1 年；（2018）湘01刑终800号已改判被告人李小河部分，该部分不得作为类案援引，其余部分生效",
    );
    expect(reported.facts.sentences?.map((x) => x.defendant)).toEqual(["张大山"]);
    // The result card shows the same sentence.
    const card = readBinary<ResultCard>({ _index: "i", fields: { card: [doc.card] } }, "card");
    expect(card?.principal?.months).toBe(12);
    expect(card?.changedInPart).toEqual([{ defendants: ["李小河"], caseNumber: "（2018）湘01刑终800号" }]);
  });
});

describe("foundByQueries", () => {
  it("names the keyword and statute queries that found a case, for a case no similar run explains", () => {
    const q = (
      method: "similar" | "keyword" | "statute",
      parameters: Record<string, unknown>,
      ids: string[],
    ) => ({
      method,
      parameters,
      request: {},
      hits: ids.length,
      resultIds: ids,
    });
    const found = foundByQueries([
      q("similar", { facts: "…" }, ["a"]),
      q("keyword", { q: "盗窃 入户" }, ["a", "b"]),
      q("statute", { statutes: ["刑法#264"] }, ["b"]),
    ]);
    expect(found.get("a")).toEqual(["关键词检索：“盗窃 入户”"]);
    expect(found.get("b")).toEqual(["关键词检索：“盗窃 入户”", "法条关联检索：《刑法》第二百六十四条"]);
    expect(matchReasonLines({ id: "b", tier: "ordinary", status: "生效", foundBy: found.get("b") })).toEqual([
      "关键词检索：“盗窃 入户”命中（未经类案比对）",
      "法条关联检索：《刑法》第二百六十四条命中（未经类案比对）",
    ]);
  });
});

describe("statute-linked search", () => {
  const request = ReportRequest.parse({
    trigger: "no_clear_rule",
    pendingCase: {
      caseNumber: "（2025）浙0106刑初1号",
      court: "某区人民法院",
      facts: "被告人张某入户窃得现金五千元。",
      disputedIssues: ["是否构成累犯"],
    },
  });

  it("needs each of several articles, recorded so; one article or a report filed before as it was", async () => {
    const two = extraParameters({ method: "statute", statutes: ["刑法#264", "《刑法》第六十五条"] }, request);
    expect(two).toMatchObject({ everyStatute: true });
    expect(everyStatuteFilters(two)).toEqual([
      { term: { statutes: "刑法#264" } },
      { term: { statutes: "刑法#65" } },
    ]);
    const one = extraParameters({ method: "statute", statutes: ["刑法#264"] }, request);
    expect(one).not.toHaveProperty("everyStatute");
    expect(everyStatuteFilters({ method: "statute", statutes: ["刑法#264", "刑法#65"] })).toEqual([]);

    // The search sent: every article a filter beside the query, which finds any of them.
    const sent: { query?: unknown }[] = [];
    const client = {
      search: async (req: { query?: unknown }) => {
        sent.push(req);
        return { hits: { total: { value: 0, relation: "eq" }, hits: [] } };
      },
    } as unknown as Client;
    const run = await runQuery({ client, alias: "a", version: "0" }, "statute", two);
    const query = (run.recorded.request as { query?: unknown }).query;
    expect(query).toEqual({
      bool: {
        must: [expect.objectContaining({ bool: expect.anything() })],
        filter: [{ term: { statutes: "刑法#264" } }, { term: { statutes: "刑法#65" } }],
      },
    });
    expect(sent[0]?.query).toEqual(query);
    const before = await runQuery({ client, alias: "a", version: "0" }, "statute", {
      method: "statute",
      statutes: ["刑法#264", "刑法#65"],
    });
    expect(JSON.stringify(before.recorded.request)).not.toContain('"term":{"statutes"');
  });
});

describe("unrecognisedFilters", () => {
  const parameters = {
    method: "keyword",
    q: "盗窃",
    filters: { courts: ["某某市中级人民法院", "火星区人民法院", "火星区人民法院"], charges: ["醉驾"] },
    reportFilters: { courts: ["某某县人民法院"], causes: ["民间借贷", "信息公开"], charges: ["盗窃罪"] },
  };

  it("says back what the search could not read, at its path in the report request, in Chinese", () => {
    const said = {
      unrecognisedCourts: ["火星区人民法院"],
      unrecognisedCharges: ["醉驾"],
      unrecognisedCauses: ["信息公开"],
    };
    expect(unrecognisedFilters(parameters, said, "queries.2")).toEqual([
      {
        path: "queries.2.filters.courts.1",
        value: "火星区人民法院",
        message: "筛选条件中的法院“火星区人民法院”在案例库中未找到（按原文匹配，无结果），请检查法院名称",
      },
      {
        path: "queries.2.filters.courts.2",
        value: "火星区人民法院",
        message: expect.stringContaining("法院"),
      },
      {
        path: "queries.2.filters.charges.0",
        value: "醉驾",
        message:
          "筛选条件中的罪名“醉驾”不在现行罪名表中（按原文匹配，通常无结果），请改用罪名全称，如 危险驾驶罪",
      },
      // The report's own filters the query took (no cause filter of its own): the report's path.
      {
        path: "filters.causes.1",
        value: "信息公开",
        message:
          "报告统一筛选条件中的案由“信息公开”不在民事、行政案件案由规定中（按原文匹配，通常无结果），请改用规定的案由名称",
      },
    ]);
    // Without the query's place in the request: paths among the recorded parameters (re-runs).
    expect(unrecognisedFilters(parameters, said).map((f) => f.path)).toEqual([
      "filters.courts.1",
      "filters.courts.2",
      "filters.charges.0",
      "reportFilters.causes.1",
    ]);
  });

  it("names a court of the report's filters when the query has none of its own, and nothing when all were read", () => {
    const { courts: _own, ...rest } = parameters.filters;
    const unread = unrecognisedFilters(
      { ...parameters, filters: rest },
      { unrecognisedCourts: ["某某县人民法院"] },
      "queries.0",
    );
    expect(unread).toEqual([
      {
        path: "filters.courts.0",
        value: "某某县人民法院",
        message:
          "报告统一筛选条件中的法院“某某县人民法院”在案例库中未找到（按原文匹配，无结果），请检查法院名称",
      },
    ]);
    expect(unrecognisedFilters(parameters, {}, "queries.0")).toEqual([]);
  });
});

describe("unrecognisedPending", () => {
  it("says back the pending case's court, charges and causes the similar-case search could not read, at their paths", () => {
    const pending = {
      court: "火星区人民法院",
      charges: ["盗窃罪", "偷东西罪"],
      causes: ["民间借贷", "民间借代"],
    };
    const said = {
      unrecognisedCourt: "火星区人民法院",
      unrecognisedCharges: ["偷东西罪"],
      unrecognisedCauses: ["民间借代纠纷"],
    };
    expect(unrecognisedPending(pending, said)).toEqual([
      {
        path: "pendingCase.court",
        value: "火星区人民法院",
        message:
          "待决案件的审理法院“火星区人民法院”在案例库中未找到，类案未按与本院的层级关系排序，请检查法院名称",
      },
      {
        path: "pendingCase.charges.1",
        value: "偷东西罪",
        message:
          "待决案件中的罪名“偷东西罪”不在现行罪名表中（按原文匹配，通常无结果），请改用罪名全称，如 危险驾驶罪",
      },
      {
        path: "pendingCase.causes.1",
        value: "民间借代",
        message: expect.stringContaining("待决案件中的案由“民间借代”"),
      },
    ]);
    expect(unrecognisedPending(pending, {})).toEqual([]);
  });
});
