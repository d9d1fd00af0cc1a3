/**
 * Error rendering at the HTTP edge: every error becomes `{error:{code,message,details}}`, with the
 * HTTP status decided here and only here.
 */
import { type Server, STATUS_CODES } from "node:http";
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
  request_timeout: 408,
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
 * What was wrong with a request Node's HTTP parser refused, by llhttp's error code: only the part
 * the client has to fix (a raw 盗窃 in an HTTP/1.1 request's URL had been told 请求须为 HTTP/1.1 too).
 */
const UNPARSABLE: Record<string, [code: string, message: string]> = {
  HPE_HEADER_OVERFLOW: [
    "headers_too_large",
    "请求头或网址过长（合计不得超过 16 KB）：检索条件请放在 POST 请求体中",
  ],
  HPE_INVALID_URL: [
    "invalid_request",
    "请求无法解析：网址中的中文等非 ASCII 字符须经 % 编码（encodeURIComponent）",
  ],
  // A raw space ends the URL, and the parser then expects the protocol: GET /a b HTTP/1.1.
  HPE_INVALID_CONSTANT: [
    "invalid_request",
    "请求无法解析：网址中的空格等字符须经 % 编码（encodeURIComponent）",
  ],
  // No HTTP at all (a TLS handshake, a lowercase or made-up method), or another version.
  HPE_INVALID_METHOD: [
    "invalid_request",
    "请求无法解析：不是 HTTP/1.1 请求（请求方法应为大写的 GET、POST 等；HTTPS 请经反向代理转为 HTTP/1.1）",
  ],
  HPE_INVALID_VERSION: ["invalid_request", "请求无法解析：本服务只接受 HTTP/1.1 请求"],
  HPE_PAUSED_H2_UPGRADE: [
    "invalid_request",
    "请求无法解析：本服务只接受 HTTP/1.1 请求，HTTP/2 请求请经反向代理转为 HTTP/1.1",
  ],
  // Node's default answer too: the request was not all sent in time (server.requestTimeout).
  ERR_HTTP_REQUEST_TIMEOUT: ["request_timeout", "请求超时：请求未能在规定时间内发送完毕，请重试"],
};
/** A header or body framing the parser refused (Ho st:, Content-Length: x, a bad chunk). */
const MALFORMED = "请求无法解析：请求头或请求体的格式不正确，请检查客户端发送的请求";

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
    const [code, message] = UNPARSABLE[err.code ?? ""] ?? ["invalid_request", MALFORMED];
    const status = STATUS[code] ?? 400;
    const body = JSON.stringify({ error: { code, message, details: null } });
    socket.end(
      `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? "Bad Request"}\r\n` +
        `Content-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        `Connection: close\r\n\r\n${body}`,
    );
  });
}
