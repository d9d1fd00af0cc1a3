/**
 * GET /api/v1/cases/:id: the stored JudgmentRecord (withdrawn and reversed ones too, with their
 * status, so a filed report that cited them can still be checked), and beside it the notice a judge
 * reads in /similar and in reports when the case applied a law since repealed or superseded.
 */
import { Router } from "express";
import { LeianError } from "../../../errors.ts";
import { repealedLawNotice } from "../../../judgment/statutes.ts";
import { type JudgmentDocument, statuteKey } from "../../../search/documents.ts";
import type { AppDeps } from "../../app.ts";
import { READER_ROLES, requireRole } from "../../auth.ts";
import { engineCall } from "../../engine.ts";
import { parseRequest } from "../../validate.ts";
import { CaseParams } from "./schema.ts";

export function casesRoutes(deps: AppDeps): Router {
  const router = Router();
  router.get("/cases/:id", requireRole(...READER_ROLES), async (req, res) => {
    const { id } = parseRequest(CaseParams, req.params, "params");
    // A term query rather than GET by _id: an alias may span indices during a reindex.
    const result = await engineCall("读取案件", () =>
      deps.es.search<Pick<JudgmentDocument, "record">>({
        index: deps.settings.aliases.judgments,
        size: 1,
        query: { term: { id } },
        _source: ["record"],
      }),
    );
    const record = result.hits.hits[0]?._source?.record;
    if (!record)
      throw new LeianError("not_found", `未找到案件：${id}`, {
        details: [{ path: "params.id", message: "不存在该案件" }],
      });
    const repealedLaws = repealedLawNotice(record.statutes.map(statuteKey), record.decisionDate);
    res.json(repealedLaws ? { ...record, repealedLaws } : record);
  });
  return router;
}
