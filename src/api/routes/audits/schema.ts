/**
 * /api/v1/audits: audits of inconsistent rulings (类案不同判). The request and audit schemas are the
 * contract in src/audit/model.ts; these add the path, query and list shapes.
 */
import { z } from "zod";
import { Audit, AuditRequest, AuditScope } from "../../../audit/model.ts";
import { queryInteger } from "../../validate.ts";

export const CreateAuditRequest = AuditRequest.meta({
  id: "AuditRequest",
  description: "审计范围（罪名/案由、法院、日期、案件类别）与阈值：离散度、稳健 z、多数比例、最小类案组规模",
});
export const AuditResponse = Audit.meta({
  id: "Audit",
  description: "审计结果：类案组及其裁判结果分布、按严重程度排序的发现（含案件、类案组与数字证据）",
});

export const AuditParams = z.object({
  id: z.string().regex(/^audit-[0-9]{14}-[0-9a-f]{6}$/, "审计编号格式不正确"),
});

export const AuditFormatQuery = z.object({
  format: z.enum(["json", "html"], "格式只能是 json 或 html").default("json"),
});

export const AuditListQuery = z.object({ size: queryInteger(1, 200, 50) }).strict();

export const AuditSummary = z.object({
  id: z.string(),
  createdAt: z.string(),
  requestedBy: Audit.shape.requestedBy,
  scope: AuditScope,
  snapshot: Audit.shape.snapshot,
  casesExamined: z.number().int(),
  clusterCount: z.number().int(),
  findingCount: z.number().int(),
  durationMs: z.number(),
});
export const AuditListResponse = z
  .object({ audits: z.array(AuditSummary) })
  .meta({ id: "AuditList", description: "审计列表，按生成时间倒序" });

export const FiguresQuery = z
  .object({ cluster: z.string().min(1, "请指定类案组（cluster）").max(300) })
  .strict();

export const FiguresResponse = z
  .object({
    clusterId: z.string(),
    figures: z
      .array(z.string())
      .describe("HTML <figure> 片段：内联 SVG 图表及其数据表，与 HTML 审计报告相同"),
  })
  .meta({ id: "AuditClusterFigures", description: "一个类案组的裁判结果分布图（标出该组的审查发现）" });
