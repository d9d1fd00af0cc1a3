/**
 * POST /api/v1/related: related cases (关联案件) of a case or of a set of parties.
 */
import { z } from "zod";
import { Tier } from "../../../judgment/record.ts";
import { RELATIONS } from "../../../retrieval/related.ts";

export const RelatedRequest = z
  .object({
    caseId: z.string().min(1).max(64).optional().describe("案件 id（GET /cases/{id} 的 id）"),
    caseNumbers: z
      .array(
        z
          .string()
          .trim()
          .min(1)
          .max(80, "案号过长（上限 80 字）")
          // A year and 号: （2019）京0108民初100号, 2016苏01刑终80号 — not any text.
          .regex(/[0-9０-９]{4}.*号$/, "不是案号：应含年份并以“号”结尾，如 （2019）京0108民初100号"),
      )
      .max(20)
      .optional()
      .describe("案号，如 （2019）京0108民初100号"),
    parties: z
      .array(z.string().trim().min(2, "当事人名称至少 2 个字").max(100, "当事人名称过长（上限 100 字）"))
      .max(20, "当事人最多 20 个")
      .optional()
      .describe("当事人名称；机构名称另做去除“有限公司”等通用词后的模糊匹配"),
    size: z.number().int().min(1).max(100, "最多返回 100 件").default(50),
    includeIneffective: z.boolean().default(true).describe("是否包含已撤回、被改判、未生效的案件（带状态）"),
  })
  .strict()
  // An empty caseId is caseId's own error (min 1): one message, not two.
  .refine((r) => r.caseId !== undefined || (r.caseNumbers?.length ?? 0) > 0 || (r.parties?.length ?? 0) > 0, {
    message: "请至少提供案件 id、案号或当事人之一",
    path: ["caseId"],
  })
  .meta({ id: "RelatedRequest" });
export type RelatedRequest = z.infer<typeof RelatedRequest>;

const Evidence = z
  .object({
    relation: z
      .enum(RELATIONS)
      .describe(
        "同一当事人：机构名称相同或近似；自然人须另有可以确认为同一人的信息：两份文书写明的出生年月一致（见 born），两案共有两名以上同名当事人（或同为被告单位的单位），或两案为同一案件、前后审；仅以当事人名称查询时，为所查询的两名以上自然人同见于该案；同名当事人：仅自然人姓名相同，未见可以确认为同一人的信息，可能是不同的人，排在最后，由法官判断；以案件或案号查询时，自然人姓名只在其所在省份内关联，仅以当事人名称查询时不限地域，故只查询一名自然人时所得均为同名当事人；同一案件：与本案案号相同、法院与当事人相符的另一份文书，即本案的另一刊载版本（如指导性案例、公报案例、《人民司法》案例）；引用裁判：本案事实或理由部分引用的其他裁判（如同案人另案判决、前科判决），并非前后审级；引用本案：引用本案案号的其他裁判（如同案人另案判决、再犯时引用本案的前科判决）；同案人另案：本案事实中写明另案处理的同案人作为被告人、且其文书提及本案被告人的裁判",
      ),
    party: z.string().optional(),
    matchedName: z.string().optional(),
    match: z.enum(["exact", "fuzzy"]).optional(),
    born: z.string().optional().describe("两份文书写明且一致的出生年月（YYYY-MM）：据此认定为同一人"),
    caseNumber: z.string().optional(),
    side: z.string().optional(),
    court: z.string().optional(),
    window: z.object({ from: z.string(), to: z.string() }).optional(),
    seriesSize: z.number().int().optional(),
    counterparties: z.array(z.string()).optional(),
  })
  .meta({ id: "RelationEvidence", description: "关联关系及其依据（哪个当事人、哪个案号、日期窗口）" });

export const RelatedResponse = z
  .object({
    anchor: z.object({
      id: z.string().optional(),
      caseNumbers: z.array(z.string()),
      priorCaseNumbers: z.array(z.string()),
      citedCaseNumbers: z.array(z.string()).optional().describe("本案事实或理由部分引用的其他裁判案号"),
      accomplices: z.array(z.string()).optional().describe("本案事实中写明另案处理的同案人"),
      parties: z.array(
        z.object({
          name: z.string(),
          role: z.string(),
          kind: z.string(),
          born: z.string().optional().describe("出生年月（YYYY-MM），文书写明时：同名者据此区分"),
        }),
      ),
      court: z.string().optional(),
      decisionDate: z.string().optional(),
      province: z.string().optional().describe("基准案件法院所在省份：自然人姓名仅在本省范围内关联"),
      unmatchedCaseNumbers: z
        .array(z.string())
        .optional()
        .describe("所给案号中案例库未收录的（如未公开或尚未审结的案件、案号输入有误），据其无法查找当事人"),
    }),
    cases: z.array(
      z.object({
        id: z.string(),
        title: z.string().optional(),
        caseNumber: z.string().optional(),
        court: z.string().optional(),
        courtLevel: z.string().optional(),
        procedure: z.string().optional(),
        decisionDate: z.string().optional(),
        status: z.string().optional(),
        tier: Tier.optional().describe("案例层级：指导性案例、典型/公报案例、参考性案例、普通裁判"),
        relations: z.array(Evidence),
      }),
    ),
  })
  .meta({ id: "RelatedResponse" });
