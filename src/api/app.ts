/**
 * createApp(deps): the HTTP layer, with every dependency passed in (no module-level singletons).
 */
import { randomUUID } from "node:crypto";
import express, { type Express } from "express";
import helmet from "helmet";
import type { Logger } from "pino";
import { pinoHttp } from "pino-http";
import type { Settings } from "../config/settings.ts";
import type { Client } from "../search/client.ts";
import { notFound, renderError } from "./errors.ts";
import { healthRoutes } from "./routes/health/health.ts";

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
  app.use(helmet());
  app.use(
    pinoHttp({
      logger: deps.logger,
      genReqId: (req, res) => {
        const incoming = req.headers["x-request-id"];
        const id = typeof incoming === "string" && /^[\w.-]{1,128}$/.test(incoming) ? incoming : randomUUID();
        res.setHeader("x-request-id", id);
        return id;
      },
    }),
  );
  app.use(express.json({ limit: "1mb" }));
  app.use(healthRoutes(deps));
  app.use(notFound);
  app.use(renderError);
  return app;
}
