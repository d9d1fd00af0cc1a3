/**
 * POST /api/v1/similar: similar cases (类案) of a pending case, grouped by the SPC tiers.
 */
import { z } from "zod";
import { Tier } from "../../../judgment/record.ts";
import { PendingCase, SimilarCase } from "../../../retrieval/types.ts";
import { Filters } from "../search/schema.ts";

export const SimilarRequest = PendingCase.extend({ filters: Filters.optional() }).strict().meta({
  id: "PendingCase",
  description: "待决案件：基本事实必填，罪名/案由、法条、法院、案号、争议焦点可选",
});
export type SimilarRequest = z.infer<typeof SimilarRequest>;
export type SimilarResponse = z.infer<typeof SimilarResponse>;

export const SimilarResponseCase = SimilarCase.meta({ id: "SimilarCase" });
export const SimilarResponse = z
  .object({
    groups: z.array(
      z.object({
        tier: Tier,
        label: z.string().meta({ description: "层级名称，如 指导性案例" }),
        cases: z.array(SimilarResponseCase),
      }),
    ),
    query: z.object({
      factTokens: z.number().int(),
      court: z.string().optional().meta({
        description: "本院：请求所填法院，缺省为令牌所属法院；以待决案件案号识别本院时缺省（见 courtCode）",
      }),
      courtCode: z
        .string()
        .optional()
        .meta({ description: "本院法院代字（如 京0108）；未能识别时缺省，不按法院层级排序" }),
      unrecognisedCourt: z.string().optional().meta({
        description:
          "所填法院名称未在案例库中找到（名称有误，或该院裁判尚未收录）：案例未按法院层级排序，请核对",
      }),
      charges: z.array(z.string()).meta({ description: "所填罪名或案由（规范名称）" }),
      unrecognisedCharges: z.array(z.string()).optional().meta({
        description: "所填罪名中未能识别者（不在现行罪名表中），不会与任何裁判文书的罪名匹配，请核对",
      }),
      unrecognisedCauses: z.array(z.string()).optional().meta({
        description:
          "所填案由中未能识别者（不在民事、行政案件案由规定中），仅与写明同样案由的裁判文书匹配，通常无结果，请核对",
      }),
      inferredCharges: z.array(z.string()).meta({ description: "未填写罪名/案由时，依最相似案件推定的罪名" }),
      modelCharges: z
        .array(z.string())
        .optional()
        .meta({ description: "未填写罪名/案由时，案件事实最接近其裁判文书总体的罪名/案由（前三）" }),
      circumstances: z
        .array(z.string())
        .meta({ description: "从待决案件事实中识别的法定、酌定情节，如 自首、入户" }),
      statutes: z.array(z.string()),
      window: z.number().int(),
      candidates: z.number().int(),
    }),
    tookMs: z.number(),
  })
  .meta({
    id: "SimilarResponse",
    description:
      "按指导性案例 → 典型/公报案例 → 本省参考性案例 → 生效裁判分组的类案，每件附匹配理由；识别本院时，生效裁判依次为最高人民法院、本省高级人民法院、上一级法院及本院、其他法院的裁判",
  });
