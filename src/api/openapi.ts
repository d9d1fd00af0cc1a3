/**
 * The OpenAPI 3.1 document, generated from the same zod schemas that validate requests, so the
 * document cannot drift from what the service accepts.
 */
import { OpenAPIRegistry, OpenApiGeneratorV31 } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import {
  AuditFormatQuery,
  AuditListQuery,
  AuditListResponse,
  AuditParams,
  AuditResponse,
  CreateAuditRequest,
  FiguresQuery,
  FiguresResponse,
} from "./routes/audits/schema.ts";
import { CaseParams, CaseRecord } from "./routes/cases/schema.ts";
import { DeviationQuery, DeviationRequest, DeviationWithFigures } from "./routes/deviation/schema.ts";
import { RelatedRequest, RelatedResponse } from "./routes/related/schema.ts";
import {
  CreateReportRequest,
  ExportQuery,
  ListQuery,
  ListResponse,
  ReportParams,
  ReportResponse,
  RerunResponse,
  VerifyResponse,
} from "./routes/reports/schema.ts";
import { SearchRequest, SearchResponse } from "./routes/search/schema.ts";
import { SimilarRequest, SimilarResponse } from "./routes/similar/schema.ts";

export const ErrorBody = z
  .object({
    error: z.object({
      code: z.string().describe("稳定的错误码，如 invalid_request、unauthorized、rate_limited"),
      message: z.string().describe("中文错误说明"),
      details: z
        .union([
          z.array(
            z
              .object({
                path: z.string().describe("出错字段的路径，如 filters.dateFrom；空串为整个请求体"),
                message: z.string(),
              })
              .passthrough(),
          ),
          z.record(z.string(), z.unknown()),
        ])
        .nullable()
        .describe(
          "400 为 [{path, message}]（最多 50 项，另计未列出的）；其他 4xx 为其依据（如 403 的角色）；5xx 为 null",
        ),
    }),
  })
  .meta({ id: "Error" });

const Me = z
  .object({ user: z.string(), court: z.string(), role: z.enum(["judge", "research", "admin"]) })
  .meta({ id: "User" });

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});

const ERRORS = {
  400: json(ErrorBody, "请求参数有误（details 给出字段路径）"),
  401: json(ErrorBody, "缺少或无效的访问令牌"),
  403: json(ErrorBody, "角色无权使用此功能"),
  413: json(ErrorBody, "请求体过大"),
  415: json(ErrorBody, "请求体字符集或内容编码不受支持（请以 UTF-8 发送 JSON）"),
  429: json(ErrorBody, "请求过于频繁，或登录失败次数过多"),
  500: json(ErrorBody, "服务器内部错误"),
  502: json(ErrorBody, "检索引擎执行出错"),
  503: json(ErrorBody, "检索引擎或案例库暂不可用"),
};

/** Builds the document (once per app). */
export function openApiDocument(version: string): object {
  const registry = new OpenAPIRegistry();
  registry.registerComponent("securitySchemes", "bearer", {
    type: "http",
    scheme: "bearer",
    description: "技术处发放的访问令牌；服务端仅保存其 SHA-256",
  });
  registry.registerPath({
    method: "get",
    path: "/api/v1/me",
    summary: "当前令牌对应的用户",
    responses: { 200: json(Me, "用户、法院、角色"), 401: ERRORS[401] },
  });
  registry.registerPath({
    method: "post",
    path: "/api/v1/search",
    summary: "关键词检索",
    request: { body: { required: true, content: { "application/json": { schema: SearchRequest } } } },
    responses: {
      200: json(SearchResponse, "一页结果、总数、分面统计、下一页游标"),
      ...ERRORS,
    },
  });
  registry.registerPath({
    method: "get",
    path: "/api/v1/cases/{id}",
    summary: "案件完整结构化信息",
    request: { params: CaseParams },
    responses: {
      200: json(CaseRecord, "JudgmentRecord"),
      404: json(ErrorBody, "不存在该案件"),
      ...ERRORS,
    },
  });
  registry.registerPath({
    method: "post",
    path: "/api/v1/related",
    summary:
      "关联案件：同一案件（另行刊载）、同一当事人、前审/后审、引用裁判/引用本案、同案人另案、系列案件、同名当事人（法官、研究室）",
    request: { body: { required: true, content: { "application/json": { schema: RelatedRequest } } } },
    responses: {
      200: json(RelatedResponse, "关联案件及关联依据"),
      404: json(ErrorBody, "不存在该案件"),
      ...ERRORS,
    },
  });
  registry.registerPath({
    method: "post",
    path: "/api/v1/similar",
    summary: "类案推送（法官、研究室）",
    request: { body: { required: true, content: { "application/json": { schema: SimilarRequest } } } },
    responses: { 200: json(SimilarResponse, "分层级的类案及匹配理由"), ...ERRORS },
  });
  const NOT_FOUND = { 404: json(ErrorBody, "不存在该报告") };
  registry.registerPath({
    method: "post",
    path: "/api/v1/reports",
    summary: "生成检索报告（法官、研究室）；amends 指向被修订报告时生成其新版本",
    request: { body: { required: true, content: { "application/json": { schema: CreateReportRequest } } } },
    responses: {
      201: json(ReportResponse, "已保存的检索报告"),
      ...NOT_FOUND,
      409: json(ErrorBody, "被修订的不是最新版本"),
      ...ERRORS,
    },
  });
  registry.registerPath({
    method: "get",
    path: "/api/v1/reports",
    summary: "检索报告列表（法官仅见本院报告），按生成时间倒序",
    request: { query: ListQuery },
    responses: { 200: json(ListResponse, "报告摘要"), ...ERRORS },
  });
  registry.registerPath({
    method: "get",
    path: "/api/v1/reports/{id}",
    summary: "读取检索报告（记入审计）",
    request: { params: ReportParams },
    responses: { 200: json(ReportResponse, "检索报告"), ...NOT_FOUND, ...ERRORS },
  });
  registry.registerPath({
    method: "get",
    path: "/api/v1/reports/{id}/verify",
    summary: "校验报告是否在存储后被改动（SHA-256）",
    request: { params: ReportParams },
    responses: { 200: json(VerifyResponse, "校验结果"), ...NOT_FOUND, ...ERRORS },
  });
  registry.registerPath({
    method: "get",
    path: "/api/v1/reports/{id}/export",
    summary: "导出检索报告：json、html（A4 打印）、docx（Word）",
    request: { params: ReportParams, query: ExportQuery },
    responses: {
      200: {
        description: "报告文件（Content-Disposition 含案号）",
        content: {
          "application/json": { schema: ReportResponse },
          "text/html": { schema: { type: "string" } },
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document": {
            schema: { type: "string", format: "binary" },
          },
        },
      },
      ...NOT_FOUND,
      ...ERRORS,
    },
  });
  registry.registerPath({
    method: "post",
    path: "/api/v1/reports/{id}/rerun",
    summary: "按报告记录的检索式在当前索引上重新检索，列出新增、减少、不变的案件（法官、研究室）",
    request: { params: ReportParams },
    responses: { 200: json(RerunResponse, "每个检索式的变化"), ...NOT_FOUND, ...ERRORS },
  });
  registry.registerPath({
    method: "post",
    path: "/api/v1/audits",
    summary: "类案不同判审计：按范围聚类、计算裁判结果分布，报告离散的类案组与偏离的案件（研究室）",
    request: { body: { required: true, content: { "application/json": { schema: CreateAuditRequest } } } },
    responses: {
      201: json(AuditResponse, "已保存的审计结果"),
      422: json(ErrorBody, "审计范围内没有符合条件的生效裁判"),
      ...ERRORS,
    },
  });
  registry.registerPath({
    method: "get",
    path: "/api/v1/audits",
    summary: "审计列表，按生成时间倒序（研究室、技术处）",
    request: { query: AuditListQuery },
    responses: { 200: json(AuditListResponse, "审计摘要"), ...ERRORS },
  });
  registry.registerPath({
    method: "get",
    path: "/api/v1/audits/{id}",
    summary: "读取审计结果（研究室、技术处）",
    request: { params: AuditParams, query: AuditFormatQuery },
    responses: {
      200: {
        description: "审计结果（format=html 时为含图表的 HTML 报告）",
        content: {
          "application/json": { schema: AuditResponse },
          "text/html": { schema: { type: "string" } },
        },
      },
      404: json(ErrorBody, "不存在该审计"),
      ...ERRORS,
    },
  });
  registry.registerPath({
    method: "post",
    path: "/api/v1/deviation",
    summary: "偏离预警：拟判结果与类案裁判结果比较（法官、研究室）",
    request: {
      query: DeviationQuery,
      body: { required: true, content: { "application/json": { schema: DeviationRequest } } },
    },
    responses: {
      200: json(DeviationWithFigures, "百分位、比较分布、预警级别与理由（figures=true 时附图）"),
      ...ERRORS,
    },
  });
  registry.registerPath({
    method: "get",
    path: "/api/v1/audits/{id}/figures",
    summary: "一个类案组的裁判结果分布图（研究室、技术处）",
    request: { params: AuditParams, query: FiguresQuery },
    responses: {
      200: json(FiguresResponse, "该组的图表（HTML 片段，内联 SVG）"),
      404: json(ErrorBody, "不存在该审计或类案组"),
      ...ERRORS,
    },
  });
  const generator = new OpenApiGeneratorV31(registry.definitions);
  return generator.generateDocument({
    openapi: "3.1.0",
    info: {
      title: "类案检索 Leian API",
      version,
      description: "所有 /api/v1 接口（本文档除外）均需 Bearer 令牌",
    },
    servers: [{ url: "/" }],
    security: [{ bearer: [] }],
  });
}
