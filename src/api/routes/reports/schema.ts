/**
 * /api/v1/reports: retrieval reports (类案检索报告). The request and report schemas are the
 * contract in src/reports/model.ts; these add the path, query and response shapes.
 */
import { z } from "zod";
import { RecordedQuery, ReportRequest, RetrievalReport } from "../../../reports/model.ts";
import { queryInteger } from "../../validate.ts";

export const CreateReportRequest = ReportRequest.meta({
  id: "ReportRequest",
  description:
    "待决案件、检索触发情形、附加检索式、对案例的参照/参考/不予参照选择及理由、当事人提交案例及回应；amends 为被修订报告的 id",
});
export const ReportResponse = RetrievalReport.meta({
  id: "RetrievalReport",
  description: "检索报告（不可变；sha256 为其余字段规范 JSON 的 SHA-256）",
});

export const ReportParams = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}\.v[1-9][0-9]{0,5}$/, "报告编号格式不正确"),
});

export const ExportQuery = z.object({
  format: z.enum(["json", "html", "docx"], "导出格式只能是 json、html 或 docx").default("json"),
});

export const ListQuery = z
  .object({
    caseNumber: z.string().min(1).max(80).optional(),
    author: z.string().min(1).max(60).optional(),
    size: queryInteger(1, 200, 50),
  })
  .strict();

export const VerifyResponse = z
  .object({
    id: z.string(),
    valid: z.boolean(),
    storedSha256: z.string(),
    computedSha256: z.string(),
  })
  .meta({ id: "ReportVerification", description: "valid 为 false 表示报告在存储后被改动" });

const IdSet = z.object({ count: z.number().int(), ids: z.array(z.string()) });
export const RerunResponse = z
  .object({
    id: z.string(),
    reportCreatedAt: z.string(),
    rerunAt: z.string(),
    platform: RetrievalReport.shape.platform,
    queries: z.array(
      z.object({
        method: RecordedQuery.shape.method,
        parameters: z.record(z.string(), z.unknown()),
        hitsThen: z.number().int(),
        hitsNow: z.number().int(),
        added: IdSet,
        removed: IdSet,
        unchanged: IdSet,
      }),
    ),
  })
  .meta({ id: "ReportRerun", description: "按报告记录的检索式在当前索引上重新检索，与报告时的结果比较" });

export const ReportSummary = z.object({
  id: z.string(),
  seriesId: z.string(),
  version: z.number().int(),
  previousVersion: z.string().optional(),
  kind: z.string(),
  caseNumber: z.string(),
  court: z.string(),
  pendingCourt: z.string(),
  author: z.string(),
  authorRole: z.string(),
  createdAt: z.string(),
  sha256: z.string(),
});
export const ListResponse = z
  .object({ reports: z.array(ReportSummary) })
  .meta({ id: "ReportList", description: "报告列表，按生成时间倒序" });
