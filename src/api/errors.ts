/**
 * Error rendering at the HTTP edge: every error becomes `{error:{code,message,details}}`, with the
 * HTTP status decided here and only here.
 */
import type { ErrorRequestHandler, RequestHandler } from "express";
import { LeianError } from "../errors.ts";

const STATUS: Record<string, number> = {
  invalid_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  empty_scope: 422,
  payload_too_large: 413,
  rate_limited: 429,
  engine_error: 502,
  engine_unavailable: 503,
  not_ready: 503,
};

export const notFound: RequestHandler = (req, _res, next) => {
  next(new LeianError("not_found", `未找到接口：${req.method} ${req.path}`));
};

export const renderError: ErrorRequestHandler = (err, req, res, _next) => {
  let error: LeianError;
  if (err instanceof LeianError) error = err;
  else if ((err as { type?: string }).type === "entity.too.large") {
    error = new LeianError("payload_too_large", "请求体过大，请缩短文本后重试");
  } else if ((err as { type?: string }).type === "entity.parse.failed") {
    error = new LeianError("invalid_request", "请求体不是合法的 JSON", {
      details: [{ path: "", message: "JSON 解析失败" }],
    });
  } else {
    req.log?.error({ err }, "unhandled error");
    error = new LeianError("internal_error", "服务器内部错误，请稍后重试或联系技术处");
  }
  const status = STATUS[error.code] ?? 500;
  res
    .status(status)
    .json({ error: { code: error.code, message: error.message, details: error.details ?? null } });
};
