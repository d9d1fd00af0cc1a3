/**
 * POST /api/v1/search: validates and runs the keyword search (src/retrieval/keyword.ts).
 */
import { Router } from "express";
import { keywordSearch } from "../../../retrieval/keyword.ts";
import type { AppDeps } from "../../app.ts";
import { READER_ROLES, requireRole } from "../../auth.ts";
import { engineCall } from "../../engine.ts";
import { parseRequest } from "../../validate.ts";
import { SearchRequest } from "./schema.ts";

export function searchRoutes(deps: AppDeps): Router {
  const router = Router();
  router.post("/search", requireRole(...READER_ROLES), async (req, res) => {
    const request = parseRequest(SearchRequest, req.body);
    const { page } = await engineCall("关键词检索", () =>
      keywordSearch(deps.es, deps.settings.aliases.judgments, request),
    );
    res.json(page);
  });
  return router;
}
