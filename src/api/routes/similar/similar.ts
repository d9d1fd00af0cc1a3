/**
 * POST /api/v1/similar: validates the pending case and calls the similar-case retrieval
 * (src/retrieval/similar.ts), the same function the evaluation and reports use.
 */
import { Router } from "express";
import { similarCases } from "../../../retrieval/similar.ts";
import type { AppDeps } from "../../app.ts";
import { CASEWORK_ROLES, currentUser, requireRole } from "../../auth.ts";
import { engineCall } from "../../engine.ts";
import { parseRequest } from "../../validate.ts";
import { SimilarRequest, type SimilarResponse } from "./schema.ts";

export function similarRoutes(deps: AppDeps): Router {
  const router = Router();
  router.post("/similar", requireRole(...CASEWORK_ROLES), async (req, res) => {
    const parsed = parseRequest(SimilarRequest, req.body);
    // The judge's court, unless the request names another: the token's (each token is a court's).
    // An empty court ("") is no court named: the token's, as when the field is left out.
    const pending = { ...parsed, court: parsed.court || currentUser(res).court };
    const result = await engineCall("类案检索", () =>
      similarCases(deps.es, deps.settings.aliases.judgments, pending),
    );
    const body: SimilarResponse = { groups: result.groups, query: result.query, tookMs: result.tookMs };
    res.json(body);
  });
  return router;
}
