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
  })
  .meta({ id: "CaseRecord", description: "结构化裁判文书（JudgmentRecord）" });
