/**
 * createApp(deps): the HTTP layer, with every dependency passed in (no module-level singletons).
 */
import { randomUUID } from "node:crypto";
import express, { type Express, type RequestHandler, Router } from "express";
import helmet from "helmet";
import type { Logger } from "pino";
import { pinoHttp } from "pino-http";
import type { Settings } from "../config/settings.ts";
import { LeianError } from "../errors.ts";
import type { Client } from "../search/client.ts";
import { workbenchRoutes } from "../web/serve.ts";
import { authenticate, currentUser, limitFailedSignIns, rateLimitPerToken } from "./auth.ts";
import { firstDuplicateKey } from "./duplicate-keys.ts";
import { methodNotAllowed, notFound, renderError } from "./errors.ts";
import { openApiDocument } from "./openapi.ts";
import { auditsRoutes } from "./routes/audits/audits.ts";
import { casesRoutes } from "./routes/cases/cases.ts";
import { deviationRoutes } from "./routes/deviation/deviation.ts";
import { healthRoutes } from "./routes/health/health.ts";
import { relatedRoutes } from "./routes/related/related.ts";
import { reportsRoutes } from "./routes/reports/reports.ts";
import { searchRoutes } from "./routes/search/search.ts";
import { similarRoutes } from "./routes/similar/similar.ts";
import { engineTiming } from "./timing.ts";

export interface AppDeps {
  settings: Settings;
  es: Client;
  logger: Logger;
  version: string;
}

export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", false);
  app.use(engineTiming(deps.es));
  app.use(helmet());
  app.use(
    pinoHttp({
      logger: deps.logger,
      // Every request's log line names the user the token belongs to (reports need who searched).
      customProps: (_req, res) => {
        const user = (res as express.Response).locals?.user as { user: string; court: string } | undefined;
        return user ? { user: user.user, court: user.court } : {};
      },
      // Never a credential in the log: whoever reads it (operators, a log shipper) could act as any
      // judge with a bearer token copied from it. The user the token belongs to is logged instead.
      serializers: { req: withoutCredentials },
      genReqId: (req, res) => {
        const incoming = req.headers["x-request-id"];
        const id = typeof incoming === "string" && /^[\w.-]{1,128}$/.test(incoming) ? incoming : randomUUID();
        res.setHeader("x-request-id", id);
        return id;
      },
    }),
  );
  app.use(healthRoutes(deps));
  app.use("/api/v1", apiRoutes(deps));
  app.use(workbenchRoutes());
  app.use(notFound);
  app.use(renderError);
  return app;
}

/** Request headers that carry credentials, logged as `[redacted]`. */
const CREDENTIAL_HEADERS = ["authorization", "proxy-authorization", "cookie", "x-api-key"];

function withoutCredentials(req: { headers?: Record<string, unknown> }): unknown {
  if (!req.headers) return req;
  const headers = { ...req.headers };
  for (const name of CREDENTIAL_HEADERS) if (name in headers) headers[name] = "[redacted]";
  return { ...req, headers };
}

/**
 * A request body must be JSON (README "API": JSON in UTF-8, else 415). express.json passes other
 * media types by, unread, and the route then validated an absent body: a form or text/plain body was
 * answered "缺少请求内容" (400) rather than told to send JSON.
 */
const jsonBodiesOnly: RequestHandler = (req, _res, next) => {
  const length = Number(req.headers["content-length"] ?? 0);
  const hasBody = length > 0 || req.headers["transfer-encoding"] !== undefined;
  if (!hasBody || req.is(["application/json", "application/*+json"])) return next();
  const message = `请求体须为 JSON（Content-Type: application/json，UTF-8 编码），收到的是 ${req.headers["content-type"] ?? "未标明类型的内容"}`;
  next(new LeianError("unsupported_media_type", message, { details: [{ path: "", message }] }));
};

/** A body naming a field twice is refused with its path (src/api/duplicate-keys.ts), before parsing. */
function refuseDuplicateKeys(_req: unknown, _res: unknown, body: Buffer): void {
  const path = firstDuplicateKey(body.toString("utf8"));
  if (path === undefined) return;
  const message = `字段 ${path} 出现了不止一次，请只保留一个`;
  throw new LeianError("invalid_request", `请求参数有误：${message}`, { details: [{ path, message }] });
}

/** Everything under /api/v1: the OpenAPI document is public, the rest needs a token. */
function apiRoutes(deps: AppDeps): Router {
  const api = Router();
  const document = openApiDocument(deps.version);
  api.get("/openapi.json", (_req, res) => {
    res.json(document);
  });
  api.use(limitFailedSignIns());
  api.use(authenticate(deps.settings.tokens, deps.settings.http.identityHeader));
  api.use(rateLimitPerToken(deps.settings.http.rateLimitPerMinute));
  // Bodies are read only for a signed-in user within the rate limit: an anonymous or throttled
  // request is answered 401/429 without its (up to 1 MB) body being decompressed and parsed.
  api.use(express.json({ limit: "1mb", verify: refuseDuplicateKeys }));
  api.use(jsonBodiesOnly);
  api.get("/me", (_req, res) => {
    res.json(currentUser(res));
  });
  api.use(searchRoutes(deps));
  api.use(casesRoutes(deps));
  api.use(relatedRoutes(deps));
  api.use(similarRoutes(deps));
  api.use(reportsRoutes(deps));
  api.use(auditsRoutes(deps));
  api.use(deviationRoutes(deps));
  api.use(methodNotAllowed((document as { paths: Record<string, Record<string, unknown>> }).paths));
  return api;
}
