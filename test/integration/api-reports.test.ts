import mammoth from "mammoth";
import { describe, expect, it } from "vitest";
import { parseCaseNumber } from "../../src/judgment/case-number.ts";
import type { JudgmentRecord } from "../../src/judgment/record.ts";
import { toJudgmentDocument } from "../../src/search/documents.ts";
import { indexedApi, record, sha, TOKENS } from "./api-fixtures.ts";

const DRUNK =
  "被告人醉酒后驾驶小型轿车在城市道路上行驶，被执勤民警查获，经鉴定其血液中乙醇含量为180毫克/100毫升。";
const OTHER_JUDGE = "judge-token-other-court";
const CASE_NUMBER = "（2025）京0108刑初100号";

function drunk(
  id: string,
  over: Partial<JudgmentRecord> = {},
  months = 2,
  penalty: "拘役" | "有期徒刑" = "拘役",
) {
  return record({
    id,
    title: `${id} 危险驾驶一案`,
    charges: ["危险驾驶罪"],
    statutes: [{ law: "中华人民共和国刑法", article: 133 }],
    sections: {
      facts: DRUNK,
      reasoning: "本院认为，被告人在道路上醉酒驾驶机动车，其行为已构成危险驾驶罪。",
      disposition: `被告人犯危险驾驶罪，判处${penalty}${months}个月。`,
    },
    outcome: { criminal: [{ defendant: "甲", charges: ["危险驾驶罪"], penalty, months }] },
    court: "北京市海淀区人民法院",
    courtLevel: "基层",
    decisionDate: "2023-05-01",
    text: DRUNK,
    ...over,
  });
}

function reportRequest(over: Record<string, unknown> = {}) {
  return {
    trigger: "no_clear_rule",
    pendingCase: {
      caseNumber: CASE_NUMBER,
      court: "北京市海淀区人民法院",
      facts: DRUNK,
      charges: ["危险驾驶"],
      statutes: ["《中华人民共和国刑法》第一百三十三条"],
      parties: ["北京某某运输有限公司"],
      disputedIssues: ["血液酒精含量刚过标准时能否免予刑事处罚"],
    },
    queries: [
      // jieba cuts the facts' 醉酒后驾驶 as 醉|酒后驾驶: within 事实, 驾驶 is found (in 酒后驾驶), 醉酒 is not.
      { method: "keyword", q: "驾驶 轿车", parts: ["事实"] },
      { method: "statute", statutes: ["刑法#133"] },
      { method: "case", caseId: "ordinary-a" },
    ],
    selections: [{ caseId: "ordinary-a", use: "consider", reason: "情节相近，量刑可资参考" }],
    submittedCases: [
      {
        submittedBy: "辩护人",
        citation: "指导案例（醉驾）",
        caseId: "guiding",
        response: "已在裁判理由中回应",
      },
    ],
    ...over,
  };
}

describe("/api/v1/reports against a real Elasticsearch", () => {
  const { client, prefix, alias, api } = indexedApi(
    "apireports",
    [
      drunk("guiding", {
        tier: "guiding",
        keyHoldings: "醉酒驾驶机动车的，依法以危险驾驶罪定罪处罚。",
        decisionDate: "2013-12-01",
        authorityNumber: "指导性案例32号",
      }),
      drunk("ordinary-a", { committeeDiscussed: true }),
      drunk(
        "ordinary-b",
        { decisionDate: "2024-02-01", caseNumber: parseCaseNumber("（2023）京0108刑初952号") },
        6,
      ),
      drunk("ordinary-c", { decisionDate: "2022-02-01", courtLevel: "中级" }, 8, "有期徒刑"),
    ],
    {
      tokens: [{ sha256: sha(OTHER_JUDGE), user: "赵法官", court: "上海市浦东新区人民法院", role: "judge" }],
    },
  );
  const reportsAlias = `${prefix}reports`;
  const eventsAlias = `${reportsAlias}-events`;
  // biome-ignore lint/suspicious/noExplicitAny: response bodies are read loosely
  let first: any;
  // biome-ignore lint/suspicious/noExplicitAny: response bodies are read loosely
  let second: any;

  const events = async (reportId: string) => {
    await client.indices.refresh({ index: eventsAlias });
    const res = await client.search<{ action: string; allowed: boolean; user: string; format?: string }>({
      index: eventsAlias,
      size: 100,
      query: { term: { reportId } },
    });
    return res.hits.hits.map(
      (h) => h._source as { action: string; allowed: boolean; user: string; format?: string },
    );
  };

  it("creates a report with every query recorded, tiers, uses, divergence, snapshot and hash", async () => {
    const res = await api.call("/api/v1/reports", { body: reportRequest() });
    expect(res.status).toBe(201);
    first = res.body;
    expect(res.headers.get("location")).toBe(`/api/v1/reports/${first.id}`);
    expect(first.id).toMatch(/^[A-Za-z0-9_-]{16,}\.v1$/);
    expect(first).toMatchObject({
      version: 1,
      seriesId: first.id.replace(/\.v1$/, ""),
      kind: "similar",
      trigger: "no_clear_rule",
    });
    expect(first.searcher).toEqual({ user: "张法官", court: "北京市海淀区人民法院", role: "judge" });
    expect(first.platform).toMatchObject({ alias, index: `${prefix}v1`, documents: 4, version: "test" });
    expect(first.platform.dictionaryVersion).toBeTruthy();
    expect(first.queries.map((q: { method: string }) => q.method)).toEqual([
      "similar",
      "keyword",
      "statute",
      "case",
      "case",
    ]);
    for (const q of first.queries) {
      expect(q.request).toBeTruthy();
      expect(q.hits).toBe(q.method === "case" ? q.resultIds.length : q.hits);
    }
    expect(first.queries[0].resultIds).toEqual(
      expect.arrayContaining(["guiding", "ordinary-a", "ordinary-b"]),
    );
    expect(first.queries[2].hits).toBe(4);
    // The keyword query ran over the part asked for, and the record says so.
    expect(JSON.stringify(first.queries[1].request)).toContain("facts_seg");
    expect(JSON.stringify(first.queries[1].request)).not.toContain("text_chars");
    const tiers = Object.fromEntries(
      first.tiers.map((t: { tier: string; cases: unknown[] }) => [t.tier, t.cases]),
    );
    expect(first.tiers.map((t: { tier: string }) => t.tier)).toEqual([
      "guiding",
      "typical",
      "provincial",
      "ordinary",
    ]);
    expect(tiers.guiding[0]).toMatchObject({
      id: "guiding",
      keyHoldingSource: "holding",
      keyHolding: "醉酒驾驶机动车的，依法以危险驾驶罪定罪处罚。",
      status: "生效",
    });
    // Unselected, a guiding case waits for the judge to say whether it is a 类案 (review15-reports).
    expect(tiers.guiding[0].use).toBeUndefined();
    const a = tiers.ordinary.find((c: { id: string }) => c.id === "ordinary-a");
    expect(a).toMatchObject({
      use: "consider",
      useReason: "情节相近，量刑可资参考",
      keyHoldingSource: "reasoning_excerpt",
      committeeDiscussed: true,
      outcome: "拘役 2 个月",
    });
    expect(a.why.sharedCharges).toEqual(["危险驾驶罪"]);
    // Recent first within a tier (2024 before 2023 before 2022 before …).
    expect(tiers.ordinary[0].id).toBe("ordinary-b");
    expect(first.submittedCases[0]).toMatchObject({ tier: "guiding", answerInReasoning: true });
    const kinds = first.divergence.map((d: { kind: string }) => d.kind);
    expect(kinds).toEqual(expect.arrayContaining(["penalty_kind", "prison_term"]));
    const term = first.divergence.find((d: { kind: string }) => d.kind === "prison_term");
    expect(term.cases.map((c: { id: string }) => c.id)).toEqual([expect.any(String), "ordinary-b"]);
    expect(term.cases[0]).toHaveProperty("courtLevel");
    expect(term.cases[0]).toHaveProperty("decisionDate");
    expect(first.related).toEqual([]);
    expect(first.relatedNote).toBeTruthy();
    expect(first.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("reads and verifies the stored report, auditing each action", async () => {
    const read = await api.call(`/api/v1/reports/${first.id}`);
    expect(read.status).toBe(200);
    expect(read.body).toEqual(first);
    const verify = await api.call(`/api/v1/reports/${first.id}/verify`);
    expect(verify.body).toEqual({
      id: first.id,
      valid: true,
      storedSha256: first.sha256,
      computedSha256: first.sha256,
    });
    const exported = await fetch(`${api.url}/api/v1/reports/${first.id}/export?format=json`, {
      headers: { authorization: `Bearer ${TOKENS.judge}` },
    });
    expect(exported.status).toBe(200);
    expect(exported.headers.get("content-type")).toBe("application/json; charset=utf-8");
    const disposition = exported.headers.get("content-disposition") ?? "";
    expect(decodeURIComponent(disposition)).toContain(`类案检索报告_${CASE_NUMBER}_第1版.json`);
    const bytes = await exported.text();
    expect(JSON.parse(bytes)).toEqual(first);
    const again = await fetch(`${api.url}/api/v1/reports/${first.id}/export?format=json`, {
      headers: { authorization: `Bearer ${TOKENS.judge}` },
    });
    expect(await again.text()).toBe(bytes);
    const html = await fetch(`${api.url}/api/v1/reports/${first.id}/export?format=html`, {
      headers: { authorization: `Bearer ${TOKENS.judge}` },
    });
    expect(html.status).toBe(200);
    expect(html.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(decodeURIComponent(html.headers.get("content-disposition") ?? "")).toContain(
      `${CASE_NUMBER}_第1版.html`,
    );
    expect(await html.text()).toContain(CASE_NUMBER);
    const docx = await fetch(`${api.url}/api/v1/reports/${first.id}/export?format=docx`, {
      headers: { authorization: `Bearer ${TOKENS.judge}` },
    });
    expect(docx.status).toBe(200);
    expect(docx.headers.get("content-type")).toBe(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    );
    expect(decodeURIComponent(docx.headers.get("content-disposition") ?? "")).toContain(
      `${CASE_NUMBER}_第1版.docx`,
    );
    // A DOCX is a ZIP container.
    expect(
      Buffer.from(await docx.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe("PK");
    const bad = await api.call(`/api/v1/reports/${first.id}/export?format=pdf`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].path).toBe("query.format");

    const log = await events(first.id);
    const actions = log.map((e) => e.action);
    expect(actions.filter((x) => x === "create")).toHaveLength(1);
    expect(actions.filter((x) => x === "read")).toHaveLength(1);
    expect(actions.filter((x) => x === "verify")).toHaveLength(1);
    expect(log.filter((e) => e.action === "export" && e.format === "json")).toHaveLength(2);
    expect(log.filter((e) => e.action === "export").map((e) => e.format)).toEqual(
      expect.arrayContaining(["html", "docx"]),
    );
    expect(log.every((e) => e.user === "张法官" && e.allowed)).toBe(true);
  });

  it("amends as a new version linked to the previous one; only the latest can be amended", async () => {
    const res = await api.call("/api/v1/reports", {
      body: reportRequest({ amends: first.id, triggerNote: "补充检索后修订" }),
    });
    expect(res.status).toBe(201);
    second = res.body;
    expect(second).toMatchObject({ version: 2, seriesId: first.seriesId, previousVersion: first.id });
    expect(second.id).toBe(`${first.seriesId}.v2`);
    expect(second.id).not.toBe(first.id);
    // The first version is unchanged.
    expect((await api.call(`/api/v1/reports/${first.id}/verify`)).body.valid).toBe(true);
    const stale = await api.call("/api/v1/reports", { body: reportRequest({ amends: first.id }) });
    expect(stale.status).toBe(409);
    expect(stale.body.error.details[0].path).toBe("amends");
  });

  it("lists by case number and by author, newest first", async () => {
    const byCase = await api.call(`/api/v1/reports?caseNumber=${encodeURIComponent(CASE_NUMBER)}`);
    expect(byCase.status).toBe(200);
    expect(byCase.body.reports.map((r: { id: string }) => r.id)).toEqual([second.id, first.id]);
    expect(byCase.body.reports[0]).toMatchObject({ version: 2, author: "张法官", caseNumber: CASE_NUMBER });
    expect(byCase.body.reports[0].report).toBeUndefined();
    const byAuthor = await api.call(`/api/v1/reports?author=${encodeURIComponent("张法官")}`);
    expect(byAuthor.body.reports).toHaveLength(2);
    const nobody = await api.call(`/api/v1/reports?author=${encodeURIComponent("无此人")}`);
    expect(nobody.body.reports).toEqual([]);
  });

  it("detects a report changed in Elasticsearch after it was stored", async () => {
    const found = await client.search<{ report: { pendingCase: { facts: string } } }>({
      index: reportsAlias,
      query: { term: { id: first.id } },
    });
    const hit = found.hits.hits[0];
    const doc = hit?._source as { report: { pendingCase: { facts: string } } };
    doc.report.pendingCase.facts = `${doc.report.pendingCase.facts}（事后篡改）`;
    await client.index({
      index: hit?._index as string,
      id: hit?._id as string,
      document: doc,
      refresh: true,
    });
    const verify = await api.call(`/api/v1/reports/${first.id}/verify`);
    expect(verify.status).toBe(200);
    expect(verify.body.valid).toBe(false);
    expect(verify.body.storedSha256).toBe(first.sha256);
    expect(verify.body.computedSha256).not.toBe(first.sha256);
  });

  it("requires a reason for not following a guiding case (400 with the field path)", async () => {
    const res = await api.call("/api/v1/reports", {
      body: reportRequest({ selections: [{ caseId: "guiding", use: "not_used" }] }),
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("invalid_request");
    expect(res.body.error.details).toEqual([
      expect.objectContaining({
        path: "selections.0.reason",
        message: expect.stringContaining("指导性案例"),
      }),
    ]);
    const unknown = await api.call("/api/v1/reports", {
      body: reportRequest({
        queries: [
          { method: "keyword", q: "醉酒" },
          { method: "case", caseId: "no-such-case" },
        ],
      }),
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details[0].path).toBe("queries.1.caseId");
    // A reversed date range would record a query with no results in the report: refused.
    const reversed = await api.call("/api/v1/reports", {
      body: reportRequest({
        queries: [
          { method: "keyword", q: "醉酒", filters: { dateFrom: "2024-01-02", dateTo: "2024-01-01" } },
        ],
      }),
    });
    expect(reversed.status).toBe(400);
    expect(reversed.body.error.details[0].path).toBe("queries.0.filters.dateTo");
    // A statute search naming no statute it can read would list arbitrary judgments: refused.
    const unreadable = await api.call("/api/v1/reports", {
      body: reportRequest({ queries: [{ method: "statute", statutes: ["刑法#264条"] }] }),
    });
    expect(unreadable.status).toBe(400);
    expect(unreadable.body.error.details[0].path).toBe("queries.0.statutes.0");
    // A misspelt response to a submitted case is refused, not dropped.
    const misspeltResponse = await api.call("/api/v1/reports", {
      body: reportRequest({
        submittedCases: [
          { submittedBy: "辩护人", citation: "指导案例（醉驾）", resp: "已回应", response: "已回应" },
        ],
      }),
    });
    expect(misspeltResponse.status).toBe(400);
    expect(misspeltResponse.body.error.details[0].path).toBe("submittedCases.0.resp");
    // A misspelt field of a query is refused, not dropped: the report would record a search not run.
    const misspelt = await api.call("/api/v1/reports", {
      body: reportRequest({ queries: [{ method: "keyword", q: "醉酒", part: ["事实"] }] }),
    });
    expect(misspelt.status).toBe(400);
    expect(misspelt.body.error.details[0].path).toBe("queries.0.part");
    // The similar-case search refuses facts with nothing to compare by under the report's own field.
    const numbersOnly = await api.call("/api/v1/reports", {
      body: reportRequest({
        pendingCase: {
          ...reportRequest().pendingCase,
          facts: "1234567890 5000元",
          disputedIssues: ["5000元"],
        },
      }),
    });
    expect(numbersOnly.status).toBe(400);
    expect(numbersOnly.body.error.details[0].path).toBe("pendingCase.facts");
    const ok = await api.call("/api/v1/reports", {
      body: reportRequest({
        pendingCase: { ...reportRequest().pendingCase, caseNumber: "（2025）京0108刑初101号" },
        selections: [{ caseId: "guiding", use: "not_used", reason: "已被新的司法解释取代" }],
      }),
    });
    expect(ok.status).toBe(201);
    expect(ok.body.tiers[0].cases[0]).toMatchObject({ use: "not_used", useReason: "已被新的司法解释取代" });
  });

  it("refuses 参照 for a case that is not a guiding case (400 naming selections.N.use)", async () => {
    const res = await api.call("/api/v1/reports", {
      body: reportRequest({ selections: [{ caseId: "ordinary-a", use: "follow" }] }),
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("invalid_request");
    expect(res.body.error.details).toEqual([
      {
        path: "selections.0.use",
        message: expect.stringMatching(/不是指导性案例[\s\S]*请改为“参考”或“不予参照”/),
      },
    ]);
  });

  it("finds submitted cases by the guiding-case or case number cited, and notes the duty to answer", async () => {
    const res = await api.call("/api/v1/reports", {
      body: reportRequest({
        pendingCase: { ...reportRequest().pendingCase, caseNumber: "（2025）京0108刑初102号" },
        submittedCases: [
          { submittedBy: "公诉机关", citation: "指导案例32号", response: "不属于类案" },
          { submittedBy: "辩护人", citation: "(2023)京0108刑初952号 王某危险驾驶案", response: "已作参考" },
          { submittedBy: "被告人", citation: "网络报道中的醉驾案例", response: "已当庭口头回应" },
        ],
      }),
    });
    expect(res.status).toBe(201);
    const [byAuthority, byNumber, unknown] = res.body.submittedCases;
    expect(byAuthority).toMatchObject({
      caseId: "guiding",
      resolvedBy: "authorityNumber",
      tier: "guiding",
      answerInReasoning: true,
      authorityNumber: "指导性案例32号",
      status: "生效",
    });
    expect(byNumber).toMatchObject({
      caseId: "ordinary-b",
      resolvedBy: "caseNumber",
      tier: "ordinary",
      answerInReasoning: false,
      caseNumber: "（2023）京0108刑初952号",
    });
    expect(unknown.caseId).toBeUndefined();
    const exported = async (format: string) =>
      fetch(`${api.url}/api/v1/reports/${res.body.id}/export?format=${format}`, {
        headers: { authorization: `Bearer ${TOKENS.judge}` },
      });
    const html = await (await exported("html")).text();
    const docx = (
      await mammoth.extractRawText({ buffer: Buffer.from(await (await exported("docx")).arrayBuffer()) })
    ).value;
    for (const text of [html, docx]) {
      const submitted = text.slice(text.indexOf("六、"), text.indexOf("七、"));
      expect(submitted.split("（系指导性案例，应在裁判理由中回应是否参照并说明理由）")).toHaveLength(2);
      expect(submitted.split("未在检索库中收录")).toHaveLength(2);
      expect(submitted).toContain("（2023）京0108刑初952号");
      // The recorded queries in Chinese, not their keys.
      expect(text).toContain("用途：关联案件检索");
      expect(text).not.toMatch(/method：|purpose：|reportFilters：/);
    }
    // A caseId the index does not hold is refused, not reported as 已收录.
    const missing = await api.call("/api/v1/reports", {
      body: reportRequest({
        submittedCases: [
          { submittedBy: "辩护人", citation: "某案", caseId: "no-such-case", response: "已回应" },
        ],
      }),
    });
    expect(missing.status).toBe(400);
    expect(missing.body.error.details[0].path).toBe("submittedCases.0.caseId");
  });

  it("refuses other roles and other courts (403), audits refusals, filters judges' listings", async () => {
    const admin = await api.call("/api/v1/reports", { body: reportRequest(), token: TOKENS.admin });
    expect(admin.status).toBe(403);
    expect(admin.body.error.code).toBe("forbidden");
    expect((await api.call(`/api/v1/reports/${second.id}`, { token: TOKENS.admin })).status).toBe(200);
    expect(
      (await api.call(`/api/v1/reports/${second.id}/rerun`, { method: "POST", token: TOKENS.admin })).status,
    ).toBe(403);

    for (const path of ["", "/verify", "/export?format=json"]) {
      const res = await api.call(`/api/v1/reports/${second.id}${path}`, { token: OTHER_JUDGE });
      expect(res.status).toBe(403);
      expect(res.body.error.message).toContain("其他法院");
    }
    const amendOther = await api.call("/api/v1/reports", {
      body: reportRequest({ amends: second.id }),
      token: OTHER_JUDGE,
    });
    expect(amendOther.status).toBe(403);
    const refused = (await events(second.id)).filter((e) => !e.allowed);
    expect(refused.map((e) => e.action).sort()).toEqual(["create", "export", "read", "verify"]);
    expect(refused.every((e) => e.user === "赵法官")).toBe(true);

    const research = await api.call("/api/v1/reports", {
      body: reportRequest({
        pendingCase: { ...reportRequest().pendingCase, caseNumber: "（2025）京01刑终9号" },
      }),
      token: TOKENS.research,
    });
    expect(research.status).toBe(201);
    const judgeList = await api.call("/api/v1/reports");
    expect(judgeList.body.reports.map((r: { id: string }) => r.id)).not.toContain(research.body.id);
    expect(judgeList.body.reports.every((r: { court: string }) => r.court === "北京市海淀区人民法院")).toBe(
      true,
    );
    const researchList = await api.call("/api/v1/reports", { token: TOKENS.research });
    expect(researchList.body.reports[0].id).toBe(research.body.id);
    expect(researchList.body.reports.length).toBeGreaterThan(judgeList.body.reports.length);
    expect((await api.call("/api/v1/reports", { token: OTHER_JUDGE })).body.reports).toEqual([]);
    expect((await api.call(`/api/v1/reports/${research.body.id}`)).status).toBe(403);
    expect((await api.call(`/api/v1/reports/${research.body.id}`, { token: null })).status).toBe(401);
  });

  it("re-runs the recorded queries and reports a newly indexed matching judgment as added", async () => {
    const fresh = drunk("ordinary-new", { decisionDate: "2025-01-15" });
    await client.index({
      index: `${prefix}v1`,
      id: fresh.id,
      document: toJudgmentDocument(fresh),
      refresh: true,
    });
    const res = await api.call(`/api/v1/reports/${second.id}/rerun`, { method: "POST" });
    expect(res.status).toBe(200);
    expect(res.body.platform.documents).toBe(5);
    const [similar, keyword, statute] = res.body.queries;
    for (const q of [similar, keyword, statute]) {
      expect(q.added.ids).toEqual(["ordinary-new"]);
      expect(q.added.count).toBe(1);
      expect(q.removed.count).toBe(0);
      expect(q.unchanged.ids).toEqual(expect.arrayContaining(["guiding", "ordinary-a"]));
    }
    expect(statute.hitsNow).toBe(statute.hitsThen + 1);
    expect((await events(second.id)).some((e) => e.action === "rerun" && e.allowed)).toBe(true);
  });

  it("says back, with its field path and where the searches are listed, a filter court the index does not hold", async () => {
    const unknown = "火星市某某区人民法院";
    const res = await api.call("/api/v1/reports", {
      body: reportRequest({
        pendingCase: { ...reportRequest().pendingCase, caseNumber: "（2025）京0108刑初101号" },
        filters: { courts: [unknown] },
        queries: [
          // The query's own court filter (one indexed, one not) replaces the report's for it.
          { method: "keyword", q: "驾驶", filters: { courts: ["北京市海淀区人民法院", unknown] } },
          { method: "statute", statutes: ["刑法#133"] },
        ],
        selections: [],
      }),
    });
    expect(res.status).toBe(201);
    const [, keyword, statute] = res.body.queries;
    expect(keyword.hits).toBeGreaterThan(0);
    expect(keyword.unrecognisedFilters).toEqual([
      {
        path: "queries.0.filters.courts.1",
        value: unknown,
        message: `筛选条件中的法院“${unknown}”在案例库中未找到（按原文匹配，无结果），请检查法院名称`,
      },
    ]);
    // The report's court filter alone: nothing found, and the judge is told why.
    expect(statute.hits).toBe(0);
    expect(statute.unrecognisedFilters).toEqual([
      {
        path: "filters.courts.0",
        value: unknown,
        message: `报告统一筛选条件中的法院“${unknown}”在案例库中未找到（按原文匹配，无结果），请检查法院名称`,
      },
    ]);
    const html = await fetch(`${api.url}/api/v1/reports/${res.body.id}/export?format=html`, {
      headers: { authorization: `Bearer ${TOKENS.judge}` },
    });
    expect(html.status).toBe(200);
    const text = await html.text();
    expect(text).toContain(`第 2 次检索（关键词检索）：筛选条件中的法院“${unknown}”在案例库中未找到`);
    expect(text).toContain(
      `第 3 次检索（法条关联检索）：报告统一筛选条件中的法院“${unknown}”在案例库中未找到`,
    );
    // The similar-case search read the pending case's court and charge: nothing to say.
    expect(res.body.queries[0].unrecognisedFilters).toBeUndefined();
  });

  it("says back a pending case's court and charge the similar-case search could not read", async () => {
    const pending = reportRequest().pendingCase;
    const res = await api.call("/api/v1/reports", {
      body: reportRequest({
        // A court no indexed judgment names, and a number that tells no court (its code comes first).
        pendingCase: {
          ...pending,
          caseNumber: "尚未立案",
          court: "火星市某某区人民法院",
          charges: ["危险驾驶", "喝酒开车罪"],
        },
        queries: [],
        selections: [],
      }),
    });
    expect(res.status).toBe(201);
    expect(res.body.queries[0].method).toBe("similar");
    expect(res.body.queries[0].unrecognisedFilters.map((f: { path: string }) => f.path)).toEqual([
      "pendingCase.court",
      "pendingCase.charges.1",
    ]);
    const html = await fetch(`${api.url}/api/v1/reports/${res.body.id}/export?format=html`, {
      headers: { authorization: `Bearer ${TOKENS.judge}` },
    });
    expect(await html.text()).toContain(
      "第 1 次检索（类案检索）：待决案件的审理法院“火星市某某区人民法院”在案例库中未找到",
    );
  });
});
