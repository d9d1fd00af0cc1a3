/**
 * Liveness and readiness. /healthz: the process is up. /readyz: Elasticsearch answers and the
 * judgments alias exists, so searches can be served.
 */
import { Router } from "express";
import { clusterReady } from "../../../search/client.ts";
import type { AppDeps } from "../../app.ts";

export function healthRoutes(deps: AppDeps): Router {
  const router = Router();
  router.get("/healthz", (_req, res) => {
    res.json({ status: "ok", version: deps.version });
  });
  router.get("/readyz", async (_req, res) => {
    const engine = await clusterReady(deps.es);
    let alias = false;
    if (engine.ok) {
      alias = await deps.es.indices.existsAlias({ name: deps.settings.aliases.judgments }).catch(() => false);
    }
    const ready = engine.ok && alias;
    res.status(ready ? 200 : 503).json({
      status: ready ? "ready" : "not_ready",
      elasticsearch: engine.ok ? engine.status : `unreachable: ${engine.error ?? "unknown"}`,
      judgmentsAlias: alias ? deps.settings.aliases.judgments : null,
    });
  });
  return router;
}
