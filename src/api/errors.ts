/**
 * Error rendering at the HTTP edge: every error becomes `{error:{code,message,details}}`, with the
 * HTTP status decided here and only here.
 */
import type { Server } from "node:http";
import type { Duplex } from "node:stream";
import type { ErrorRequestHandler, RequestHandler } from "express";
import { LeianError } from "../errors.ts";

const STATUS: Record<string, number> = {
  invalid_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  empty_scope: 422,
  payload_too_large: 413,
  unsupported_media_type: 415,
  headers_too_large: 431,
  rate_limited: 429,
  engine_error: 502,
  engine_unavailable: 503,
  not_ready: 503,
};

/**
 * 405 for a documented path asked with a method it does not answer (GET /api/v1/search), with
 * `Allow`: the routes as the OpenAPI document lists them (`/api/v1/cases/{id}`), so the two agree.
 */
export function methodNotAllowed(paths: Record<string, Record<string, unknown>>): RequestHandler {
  const routes = Object.entries(paths).map(([path, ops]) => ({
    pattern: new RegExp(`^${path.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{[^}]+\}/g, "[^/]+")}$`),
    methods: Object.keys(ops).map((m) => m.toUpperCase()),
  }));
  return (req, res, next) => {
    const route = routes.find((r) => r.pattern.test(`${req.baseUrl}${req.path}`));
    if (!route || route.methods.includes(req.method)) return next();
    res.setHeader("Allow", route.methods.join(", "));
    next(
      new LeianError(
        "method_not_allowed",
        `接口 ${req.baseUrl}${req.path} 不支持 ${req.method}，请使用 ${route.methods.join("、")}`,
        {
          details: { allowed: route.methods },
        },
      ),
    );
  };
}

export const notFound: RequestHandler = (req, _res, next) => {
  next(new LeianError("not_found", `未找到接口：${req.method} ${req.path}`));
};

/** What the body parser (express.json) refuses, by its error `type`, in words a client can act on. */
const BODY_ERRORS: Record<string, [code: string, message: string]> = {
  "entity.too.large": ["payload_too_large", "请求体过大，请缩短文本后重试"],
  // Also a body that is JSON but no object (null, "x"): express.json's strict mode refuses it alike.
  "entity.parse.failed": ["invalid_request", "请求体须为合法的 JSON 对象"],
  "charset.unsupported": ["unsupported_media_type", "请求体字符集不受支持，请以 UTF-8 编码发送 JSON"],
  "encoding.unsupported": [
    "unsupported_media_type",
    "不支持该内容编码（Content-Encoding），请发送未压缩或 gzip、deflate、br 压缩的请求体",
  ],
  "request.aborted": ["invalid_request", "请求体未传输完整，请重试"],
  "request.size.invalid": ["invalid_request", "请求体长度与 Content-Length 不符，请重试"],
};

/** An error body parsing raised with a client status of its own (a zlib error on corrupt data). */
function isClientBodyError(err: unknown): boolean {
  const e = err as { status?: unknown; expose?: unknown };
  return typeof e.status === "number" && e.status >= 400 && e.status < 500 && e.expose === true;
}

export const renderError: ErrorRequestHandler = (err, req, res, _next) => {
  let error: LeianError;
  const body = BODY_ERRORS[(err as { type?: string }).type ?? ""];
  if (err instanceof LeianError) error = err;
  else if (body) {
    error = new LeianError(body[0], body[1], { details: [{ path: "", message: body[1] }] });
  } else if (isClientBodyError(err)) {
    // A body the parser could not decode — corrupt gzip/deflate/br data: http-errors marks it 4xx.
    const message = "请求体无法解码（压缩数据损坏或编码不符），请检查后重发";
    error = new LeianError("invalid_request", message, { details: [{ path: "", message }] });
  } else if (err instanceof URIError) {
    // The router could not decode a path parameter (/cases/%ZZ): the client's fault, not ours.
    const message = "请求路径含无法解码的 % 编码，请检查案件或报告编号";
    error = new LeianError("invalid_request", message, { details: [{ path: "params", message }] });
  } else {
    req.log?.error({ err }, "unhandled error");
    error = new LeianError("internal_error", "服务器内部错误，请稍后重试或联系技术处");
  }
  const status = STATUS[error.code] ?? 500;
  // An engine failure reaches here already translated: its cause (what Elasticsearch said) is what
  // an operator needs in the log; the client gets the Chinese message only.
  if (status >= 500 && err instanceof LeianError) {
    req.log?.error({ err: error, cause: error.cause }, `${error.code}: ${error.message}`);
  }
  res
    .status(status)
    .json({ error: { code: error.code, message: error.message, details: error.details ?? null } });
};

/**
 * Requests Node's HTTP parser refuses before express sees them — headers or a URL over 16 KB, raw
 * non-ASCII bytes in the URL, no HTTP at all — get the error shape too: Node's own answer is a bare
 * 400/431 with no body, which a client cannot tell from a broken proxy.
 */
export function answerUnparsableRequests(server: Server): void {
  server.on("clientError", (err: Error & { code?: string }, socket: Duplex) => {
    if (err.code === "ECONNRESET" || !socket.writable) {
      socket.destroy();
      return;
    }
    const tooLarge = err.code === "HPE_HEADER_OVERFLOW";
    const code = tooLarge ? "headers_too_large" : "invalid_request";
    const message = tooLarge
      ? "请求头或网址过长（合计不得超过 16 KB）：检索条件请放在 POST 请求体中"
      : "请求无法解析：网址中的中文等非 ASCII 字符须经 % 编码（encodeURIComponent），请求须为 HTTP/1.1";
    const status = STATUS[code] ?? 400;
    const body = JSON.stringify({ error: { code, message, details: null } });
    socket.end(
      `HTTP/1.1 ${status} ${tooLarge ? "Request Header Fields Too Large" : "Bad Request"}\r\n` +
        `Content-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        `Connection: close\r\n\r\n${body}`,
    );
  });
}
