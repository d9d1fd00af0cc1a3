/**
 * POST /api/v1/search: validates, builds the query (src/search/queries/keyword.ts), shapes the page.
 */
import { Router } from "express";
import type { JudgmentDocument } from "../../../search/documents.ts";
import { buildKeywordSearch, readKeywordResponse } from "../../../search/queries/keyword.ts";
import type { AppDeps } from "../../app.ts";
import { READER_ROLES, requireRole } from "../../auth.ts";
import { engineCall } from "../../engine.ts";
import { parseRequest } from "../../validate.ts";
import { SearchRequest } from "./schema.ts";

export function searchRoutes(deps: AppDeps): Router {
  const router = Router();
  router.post("/search", requireRole(...READER_ROLES), async (req, res) => {
    const request = parseRequest(SearchRequest, req.body);
    const body = buildKeywordSearch(request);
    const result = await engineCall("关键词检索", () =>
      deps.es.search<Partial<JudgmentDocument>>({ index: deps.settings.aliases.judgments, ...body }),
    );
    res.json(readKeywordResponse(request, result));
  });
  return router;
}
