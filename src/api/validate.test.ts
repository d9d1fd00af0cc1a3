import { describe, expect, it } from "vitest";
import { AuditRequest, DeviationRequest } from "../audit/model.ts";
import { LeianError } from "../errors.ts";
import { ReportRequest } from "../reports/model.ts";
import { RelatedRequest } from "./routes/related/schema.ts";
import { ListQuery } from "./routes/reports/schema.ts";
import { SearchRequest } from "./routes/search/schema.ts";
import { SimilarRequest } from "./routes/similar/schema.ts";
import { parseRequest } from "./validate.ts";

/** The details of the 400 parsing `value` with `schema` throws (none when it is accepted). */
function detailsOf(
  schema: Parameters<typeof parseRequest>[0],
  value: unknown,
): { path: string; message: string }[] {
  try {
    parseRequest(schema, value);
  } catch (e) {
    if (e instanceof LeianError) return (e.details ?? []) as { path: string; message: string }[];
    throw e;
  }
  return [];
}

const problems = (value: unknown) => detailsOf(RelatedRequest, value);
const pathsOf = (schema: Parameters<typeof parseRequest>[0], value: unknown) =>
  detailsOf(schema, value).map((d) => d.path);
const messages = (value: unknown) => detailsOf(SearchRequest, value).map((d) => d.message);

describe("parseRequest", () => {
  it("names an unknown field by its own path, in Chinese", () => {
    expect(problems({ caseId: "a", caseNumber: "（2019）京0108民初100号" })).toEqual([
      { path: "caseNumber", message: "不支持的字段：caseNumber" },
    ]);
  });

  it("refuses text that is no case number, at its index", () => {
    const [problem] = problems({ caseNumbers: ["（2019）京0108民初100号", "abc"] });
    expect(problem?.path).toBe("caseNumbers.1");
    expect(problem?.message).toMatch(/不是案号/);
    expect(problems({ caseNumbers: ["2016苏01刑终80号", "（２０１４）乳刑初字第７０９号"] })).toEqual([]);
  });
});

describe("limits the engine and the stores need, as 400s on the field", () => {
  it("refuses an enum filter of more values than exist (65,537 tiers had reached the engine: 502)", () => {
    expect(pathsOf(SearchRequest, { q: "盗窃", filters: { tiers: Array(11).fill("guiding") } })).toEqual([
      "filters.tiers",
    ]);
    expect(pathsOf(SearchRequest, { q: "盗窃", filters: { category: Array(11).fill("刑事") } })).toEqual([
      "filters.category",
    ]);
  });

  it("refuses a dispersion threshold of 0 (findings' severity divides by it) and an amends id no report has", () => {
    expect(pathsOf(AuditRequest, { scope: { charges: ["盗窃罪"] }, dispersionThreshold: 0 })).toEqual([
      "dispersionThreshold",
    ]);
    expect(
      pathsOf(ReportRequest, {
        trigger: "no_clear_rule",
        pendingCase: {
          caseNumber: "（2026）京0101刑初1号",
          court: "北京市东城区人民法院",
          facts: "被告人秘密窃取他人财物，价值五千元。",
          charges: ["盗窃罪"],
          disputedIssues: ["量刑"],
        },
        amends: "\ud800",
      }),
    ).toEqual(["amends"]);
  });
});

describe("zod's own messages, in Chinese", () => {
  it("names types and lengths in Chinese, never object/string/undefined (review14-fuzz)", () => {
    expect(messages(undefined)).toEqual(["缺少请求内容（应为 JSON 对象）"]);
    expect(messages({ q: "盗窃", highlight: "x", size: 1.5 }).sort()).toEqual(
      ["应为整数，收到的是小数", "应为布尔值（true 或 false），收到的是文本"].sort(),
    );
    expect(messages({ q: "盗窃", filters: { documentTypes: [""] } })).toEqual(["不能为空"]);
    // A nested object left out is that field, not the whole request.
    expect(messages({ q: "盗窃", filters: null })).toEqual(["应为对象（{…}），收到的是null"]);
    expect(detailsOf(DeviationRequest, { facts: "被告人秘密窃取他人财物，价值五千元。" })).toEqual([
      { path: "proposed", message: "缺少此项（应为对象（{…}））" },
    ]);
    for (const value of [undefined, { q: 1 }, { q: "盗窃", size: "abc" }, { q: "盗窃", filters: [] }])
      for (const message of messages(value))
        expect(message).not.toMatch(/object|string|number|undefined|NaN|array/);
  });
});

describe("blank charges, causes, statutes and courts", () => {
  const pendingCase = {
    caseNumber: "（2026）京0101刑初1号",
    court: "北京市东城区人民法院",
    facts: "被告人秘密窃取他人财物，价值五千元。",
    disputedIssues: ["量刑"],
  };
  const facts = pendingCase.facts;

  it('refuses a blank entry as a 400 on its path, naming the field (it had filtered on "" and 纠纷)', () => {
    expect(detailsOf(SearchRequest, { q: "盗窃", filters: { causes: ["合同", " "] } })).toEqual([
      { path: "filters.causes.1", message: "案由不能为空" },
    ]);
    expect(
      detailsOf(SearchRequest, { filters: { charges: ["\u3000"], courts: ["\t"], provinces: [" "] } }),
    ).toEqual([
      { path: "filters.charges.0", message: "罪名不能为空" },
      { path: "filters.courts.0", message: "法院名称不能为空" },
      { path: "filters.provinces.0", message: "省份不能为空" },
    ]);
    expect(detailsOf(SimilarRequest, { facts, charges: [" "], causes: [""], statutes: ["  "] })).toEqual([
      { path: "charges.0", message: "罪名不能为空" },
      { path: "causes.0", message: "案由不能为空" },
      { path: "statutes.0", message: "法条不能为空" },
    ]);
    expect(detailsOf(DeviationRequest, { facts, causes: [" "], proposed: {} })).toEqual([
      { path: "causes.0", message: "案由不能为空" },
    ]);
    expect(detailsOf(AuditRequest, { scope: { charges: [" "], courts: [" "] } })).toEqual([
      { path: "scope.charges.0", message: "罪名不能为空" },
      { path: "scope.courts.0", message: "法院名称不能为空" },
    ]);
    expect(
      detailsOf(ReportRequest, {
        trigger: "no_clear_rule",
        pendingCase: { ...pendingCase, court: " ", causes: [" "] },
      }),
    ).toEqual([
      { path: "pendingCase.court", message: "审理法院不能为空" },
      { path: "pendingCase.causes.0", message: "案由不能为空" },
    ]);
  });

  it("hands the handler each name trimmed, a blank court of the pending case as none", () => {
    const parsed = parseRequest(SimilarRequest, {
      facts,
      charges: [" 盗窃罪 "],
      causes: ["合同\n"],
      statutes: [" 刑法#264 "],
      court: " ",
      filters: { courts: [" 北京市东城区人民法院"] },
    });
    expect(parsed).toMatchObject({
      charges: ["盗窃罪"],
      causes: ["合同"],
      statutes: ["刑法#264"],
      court: "",
      filters: { courts: ["北京市东城区人民法院"] },
    });
  });
});

describe("statutes typed with words that name none", () => {
  it("refuses an entry read only in part, on its path, naming the words not read (盗窃、刑法第264条)", () => {
    const facts = "被告人秘密窃取他人财物，价值五千元。";
    const message =
      "未能识别法条中的“盗窃”：每项只写法条，如 刑法#264 或《刑法》第二百六十四条，多个法条以顿号分隔";
    // It had been read as 刑法#264 alone.
    expect(detailsOf(SimilarRequest, { facts, statutes: ["刑法#67", "盗窃、刑法第264条"] })).toEqual([
      { path: "statutes.1", message },
    ]);
    expect(detailsOf(SearchRequest, { q: "盗窃", filters: { statutes: ["刑法第264条、盗窃"] } })).toEqual([
      { path: "filters.statutes.0", message },
    ]);
    expect(detailsOf(SearchRequest, { filters: { statutes: ["依照《刑法》第二百六十四条之规定"] } })).toEqual(
      [],
    );
  });
});

describe("formats, named so a judge can correct them", () => {
  it("says a date's format, with an example, instead of zod's 无效ISO日期", () => {
    const dateMessage = (dateFrom: string) =>
      detailsOf(SearchRequest, { q: "盗窃", filters: { dateFrom } }).map((d) => `${d.path}：${d.message}`);
    for (const written of ["2020/01/01", "2020-1-1", "20200101", "2020-01-01T00:00:00Z"])
      expect(dateMessage(written), written).toEqual([
        "filters.dateFrom：日期格式应为 YYYY-MM-DD，如 2020-01-01",
      ]);
    // The right shape but no such day: said so, not that the format is wrong.
    expect(dateMessage("2021-02-29")).toEqual(["filters.dateFrom：2021-02-29 不是实际存在的日期"]);
    expect(detailsOf(AuditRequest, { scope: { charges: ["盗窃罪"], dateTo: "2020.12.31" } })).toEqual([
      { path: "scope.dateTo", message: "日期格式应为 YYYY-MM-DD，如 2020-01-01" },
    ]);
  });

  it("names the query methods a report takes, not zod's 无效输入", () => {
    const pendingCase = {
      caseNumber: "（2026）京0101刑初1号",
      court: "北京市东城区人民法院",
      facts: "被告人秘密窃取他人财物，价值五千元。",
      charges: ["盗窃罪"],
      disputedIssues: ["量刑"],
    };
    expect(
      detailsOf(ReportRequest, { trigger: "no_clear_rule", pendingCase, queries: [{ method: "fulltext" }] }),
    ).toEqual([{ path: "queries.0.method", message: "应为以下之一：keyword、statute、case" }]);
    expect(
      detailsOf(ReportRequest, { trigger: "no_clear_rule", pendingCase, queries: [{ q: "盗窃" }] }),
    ).toEqual([{ path: "queries.0.method", message: "缺少此项（应为以下之一：keyword、statute、case）" }]);
  });
});

describe("400s that stay readable", () => {
  it("lists at most 50 issues, then says how many more (60,000 unknown keys made a 3.4 MB answer)", () => {
    const body = Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`k${i}`, 1]));
    const details = detailsOf(SearchRequest, { q: "盗窃", ...body });
    expect(details).toHaveLength(51);
    expect(details.at(-1)).toEqual({ path: "", message: "另有 150 处问题未列出" });
  });

  it("refuses an audit scope ending before it starts, on scope.dateTo", () => {
    expect(
      pathsOf(AuditRequest, { scope: { charges: ["盗窃罪"], dateFrom: "2020-01-01", dateTo: "2019-01-01" } }),
    ).toEqual(["scope.dateTo"]);
  });
});

describe("whole numbers in a URL's query", () => {
  it("takes decimal digits only, within the range, and the fallback when absent", () => {
    expect(parseRequest(ListQuery, {}, "query").size).toBe(50);
    expect(parseRequest(ListQuery, { size: "20" }, "query").size).toBe(20);
    for (const size of ["0x10", "1e1", " 20", "", "-1", "2.5", "0", "201"]) {
      expect(() => parseRequest(ListQuery, { size }, "query"), size).toThrow(/query\.size/);
    }
  });
});
