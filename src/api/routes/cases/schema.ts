/**
 * GET /api/v1/cases/:id: the full structured record of one judgment.
 */
import { z } from "zod";

export const CaseParams = z
  .object({ id: z.string().min(1).max(64, "案件 id 过长（上限 64 字符）").describe("文书 id") })
  .meta({ id: "CaseParams" });

/** The JudgmentRecord (src/judgment/record.ts) as indexed; documented loosely here, defined there. */
export const CaseRecord = z
  .looseObject({
    id: z.string(),
    title: z.string().optional(),
    caseNumber: z.object({ raw: z.string() }).loose().optional(),
    court: z.string().optional(),
    courtLevel: z.string().optional(),
    decisionDate: z.string().optional(),
    status: z.string(),
    tier: z.string(),
    sections: z.record(z.string(), z.string()),
    parties: z.array(z.object({ name: z.string(), role: z.string(), kind: z.string() })),
    charges: z.array(z.string()),
    causes: z.array(z.string()),
    text: z.string(),
    repealedLaws: z
      .string()
      .optional()
      .describe("本案所适用的法律已废止或被取代时的提示（同类案检索结果与检索报告），参照时应对照现行法律"),
  })
  .meta({ id: "CaseRecord", description: "结构化裁判文书（JudgmentRecord）" });
