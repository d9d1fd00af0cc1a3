/**
 * POST /api/v1/similar: similar cases (类案) of a pending case, grouped by the SPC tiers.
 */
import { z } from "zod";
import { PendingCase, SimilarCase } from "../../../retrieval/types.ts";
import { Filters } from "../search/schema.ts";

export const SimilarRequest = PendingCase.extend({ filters: Filters.optional() }).strict().meta({
  id: "PendingCase",
  description: "待决案件：基本事实必填，罪名/案由、法条、法院、案号、争议焦点可选",
});
export type SimilarRequest = z.infer<typeof SimilarRequest>;

export const SimilarResponseCase = SimilarCase.meta({ id: "SimilarCase" });
export const SimilarResponse = z.looseObject({}).meta({
  id: "SimilarResponse",
  description: "按指导性案例 → 典型/公报案例 → 本省参考性案例 → 上级及本院案例分组的类案，每件附匹配理由",
});
