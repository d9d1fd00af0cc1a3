/**
 * POST /api/v1/search: keyword search (关键词检索) over chosen parts of judgments.
 */
import { z } from "zod";
import { CaseFilters } from "../../../retrieval/types.ts";
import { FACETS, PART_NAMES } from "../../../search/queries/keyword.ts";

export const Filters = CaseFilters.meta({
  id: "CaseFilters",
  description: "过滤条件：同一项内多个值为“或”，不同项之间为“且”",
});

export const SearchRequest = z
  .object({
    q: z
      .string()
      .max(500, "检索词过长（上限 500 字）")
      .optional()
      .describe(
        '关键词：空格分隔的词语均须出现；"…" 为短语，按原文逐字匹配（含“的”等虚词）；前加 - 为排除（减号紧贴该词）；以 OR 或 | 连接的词出现其一即可，如：盗窃|抢夺 "入户" -未遂',
      ),
    parts: z
      .array(z.enum(Object.keys(PART_NAMES) as [string, ...string[]]))
      .max(4)
      .optional()
      .describe("检索范围：全文/事实/本院认为/裁判结果（或 text/facts/reasoning/disposition），默认全文"),
    filters: Filters.optional(),
    sort: z
      .enum(["relevance", "date", "date_asc"])
      .default("relevance")
      .describe("相关度、日期从新到旧、日期从旧到新"),
    size: z.number().int().min(1, "每页至少 1 条").max(100, "每页最多 100 条").default(20),
    cursor: z.string().max(2000).optional().describe("上一页返回的 nextCursor"),
    facets: z.boolean().optional().describe("是否返回分面统计；默认仅第一页返回"),
    highlight: z.boolean().default(true),
  })
  .strict()
  .meta({ id: "SearchRequest" });
export type SearchRequest = z.infer<typeof SearchRequest>;

const Bucket = z.object({ value: z.string(), count: z.number().int() });

export const SearchHit = z
  .object({
    id: z.string(),
    score: z.number().nullable(),
    title: z.string().optional(),
    caseNumber: z.string().optional(),
    court: z.string().optional(),
    courtLevel: z.string().optional(),
    province: z.string().optional(),
    category: z.string().optional(),
    procedure: z.string().optional(),
    documentType: z.string().optional(),
    decisionDate: z.string().optional(),
    tier: z.string().optional(),
    status: z.string().optional(),
    committeeDiscussed: z.boolean().optional(),
    charges: z.array(z.string()).optional(),
    causes: z.array(z.string()).optional(),
    statutes: z.array(z.string()).optional(),
    highlights: z
      .record(z.enum(["text", "facts", "reasoning", "disposition"]), z.array(z.string()))
      .describe("命中片段，<em> 标出命中词（已做 HTML 转义）"),
  })
  .meta({ id: "SearchHit" });

export const SearchResponse = z
  .object({
    total: z.object({ value: z.number().int(), relation: z.enum(["eq", "gte"]) }),
    hits: z.array(SearchHit),
    facets: z.record(z.enum(Object.keys(FACETS) as [string, ...string[]]), z.array(Bucket)).optional(),
    nextCursor: z.string().nullable().describe("下一页游标；为 null 表示没有更多结果"),
    query: z
      .object({
        terms: z.array(z.string()),
        words: z
          .array(z.object({ text: z.string(), tokens: z.array(z.string()) }))
          .describe("每个检索词（宽度、大小写已统一）及其切分结果"),
        excludedWords: z.array(z.string()).describe("排除的检索词"),
        phrases: z.array(z.array(z.string())),
        phraseTexts: z.array(z.string()).describe("引号内的短语（宽度、大小写已统一），全文中按原文匹配"),
        excludedTerms: z.array(z.array(z.string())),
        excludedPhrases: z.array(z.array(z.string())),
        excludedPhraseTexts: z.array(z.string()).describe("排除的引号短语"),
        units: z
          .array(z.object({ words: z.array(z.number().int()), phrases: z.array(z.number().int()) }))
          .describe(
            "须同时命中的检索单元（words、phrases 中的序号）；以 OR 或 | 连接的词同属一个单元，命中其一即可",
          ),
        unrecognisedCharges: z
          .array(z.string())
          .optional()
          .describe("筛选条件中无法识别的罪名（按原文匹配，通常无结果），请改用罪名全称，如 危险驾驶罪"),
        unrecognisedCauses: z
          .array(z.string())
          .optional()
          .describe(
            "筛选条件中不在民事、行政案件案由规定中的案由（按原文匹配，通常无结果），请改用规定的案由名称，如 政府信息公开",
          ),
        unrecognisedCourts: z
          .array(z.string())
          .optional()
          .describe("筛选条件中索引里没有的法院名称（按原文匹配，无结果），请检查法院名称"),
      })
      .describe("检索词的切分结果（写入检索报告）"),
  })
  .meta({ id: "SearchResponse" });
