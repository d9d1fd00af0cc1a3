/**
 * Liveness and readiness. /healthz: the process is up. /readyz: Elasticsearch answers and the
 * judgments alias exists, so searches can be served; it also says whether the index behind the
 * alias was built with the current mapping (an older one still serves, with less).
 */
import { Router } from "express";
import { clusterReady } from "../../../search/client.ts";
import { aliasTargets } from "../../../search/indices.ts";
import { judgmentsIndicesCurrent } from "../../../search/mappings.ts";
import type { AppDeps } from "../../app.ts";

export function healthRoutes(deps: AppDeps): Router {
  const router = Router();
  router.get("/healthz", (_req, res) => {
    res.json({ status: "ok", version: deps.version });
  });
  router.get("/readyz", async (_req, res) => {
    const engine = await clusterReady(deps.es);
    const indices = engine.ok
      ? (await aliasTargets(deps.es, deps.settings.aliases.judgments).catch(() => [])).sort()
      : [];
    const alias = indices.length > 0;
    // Extra information only: an older index still serves, and a failed check is no reason to
    // take the service out of rotation.
    const current = alias
      ? await judgmentsIndicesCurrent(deps.es, indices).catch(() => undefined)
      : undefined;
    const ready = engine.ok && alias;
    res.status(ready ? 200 : 503).json({
      status: ready ? "ready" : "not_ready",
      elasticsearch: engine.ok ? engine.status : `unreachable: ${engine.error ?? "unknown"}`,
      judgmentsAlias: alias ? deps.settings.aliases.judgments : null,
      ...(current !== undefined
        ? {
            judgmentsIndices: indices,
            judgmentsIndexCurrent: current,
            ...(current
              ? {}
              : {
                  action:
                    "索引由旧版映射建立，请运行 indexer reindex 重建（重建期间检索不受影响，但全文高亮等功能需重建后才有）",
                }),
          }
        : {}),
    });
  });
  return router;
}
