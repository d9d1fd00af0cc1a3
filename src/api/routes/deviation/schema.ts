/**
 * POST /api/v1/deviation: a proposed outcome checked against its similar cases (偏离预警).
 */
import { z } from "zod";
import { DeviationRequest as DeviationRequestModel, DeviationResult } from "../../../audit/model.ts";

export const DeviationRequest = DeviationRequestModel.meta({
  id: "DeviationRequest",
  description: "待决案件事实、罪名或案由、拟判结果（主刑、刑期、缓刑、罚金或民事裁判结果）",
});
export const DeviationResponse = DeviationResult.meta({
  id: "DeviationResult",
  description: "拟判结果在类案中的百分位、比较所用分布与类案、预警级别与理由、是否建议提交专业法官会议",
});

export const DeviationQuery = z
  .object({
    figures: z
      .enum(["true", "false"], "figures 只能是 true 或 false")
      .optional()
      .describe("为 true 时另返回 figures：拟判结果在类案分布中的位置图（HTML 片段）"),
  })
  .strict();

export const DeviationWithFigures = DeviationResult.extend({
  figures: z.array(z.string()).optional().describe("HTML <figure> 片段：内联 SVG 图表及其数据表"),
}).meta({ id: "DeviationResultWithFigures" });
