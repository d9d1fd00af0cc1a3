/**
 * POST /api/v1/similar: validates the pending case and calls the similar-case retrieval
 * (src/retrieval/similar.ts, injected as `deps.similarCases` until it lands).
 */
import { Router } from "express";
import { LeianError } from "../../../errors.ts";
import type { AppDeps } from "../../app.ts";
import { CASEWORK_ROLES, requireRole } from "../../auth.ts";
import { parseRequest } from "../../validate.ts";
import { SimilarRequest } from "./schema.ts";

export function similarRoutes(deps: AppDeps): Router {
  const router = Router();
  router.post("/similar", requireRole(...CASEWORK_ROLES), async (req, res) => {
    const pending = parseRequest(SimilarRequest, req.body);
    if (!deps.similarCases) throw new LeianError("not_ready", "类案推送功能尚未启用");
    res.json(await deps.similarCases(deps.es, deps.settings.aliases.judgments, pending));
  });
  return router;
}
