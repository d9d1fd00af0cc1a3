/**
 * POST /api/v1/related: validates and calls src/retrieval/related.ts.
 */
import { Router } from "express";
import { relatedCases } from "../../../retrieval/related.ts";
import type { AppDeps } from "../../app.ts";
import { CASEWORK_ROLES, requireRole } from "../../auth.ts";
import { parseRequest } from "../../validate.ts";
import { RelatedRequest } from "./schema.ts";

export function relatedRoutes(deps: AppDeps): Router {
  const router = Router();
  router.post("/related", requireRole(...CASEWORK_ROLES), async (req, res) => {
    const request = parseRequest(RelatedRequest, req.body);
    res.json(await relatedCases(deps.es, deps.settings.aliases.judgments, request));
  });
  return router;
}
