/**
 * POST /api/v1/deviation (法官、研究室): whether a proposed outcome departs from its similar cases.
 */
import { Router } from "express";
import { proposedProblems, requestProblems, runDeviation } from "../../../audit/deviation.ts";
import { unknownChargeProblems } from "../../../audit/engine.ts";
import { deviationFigures, proposedOutcomeLabel } from "../../../audit/render/deviation.ts";
import { LeianError } from "../../../errors.ts";
import type { AppDeps } from "../../app.ts";
import { CASEWORK_ROLES, requireRole } from "../../auth.ts";
import { engineCall } from "../../engine.ts";
import { parseRequest } from "../../validate.ts";
import { DeviationQuery, DeviationRequest } from "./schema.ts";

export function deviationRoutes(deps: AppDeps): Router {
  const router = Router();
  router.post("/deviation", requireRole(...CASEWORK_ROLES), async (req, res) => {
    const request = parseRequest(DeviationRequest, req.body);
    const { figures } = parseRequest(DeviationQuery, req.query, "query");
    const problems = [
      ...unknownChargeProblems(request.charges, "charges"),
      ...proposedProblems(request.proposed),
      ...requestProblems(request),
    ];
    if (problems.length > 0) {
      throw new LeianError("invalid_request", `请求参数有误：${problems[0]?.path}：${problems[0]?.message}`, {
        details: problems,
      });
    }
    const result = await engineCall("偏离预警", () =>
      runDeviation(deps.es, deps.settings.aliases.judgments, request),
    );
    if (figures === "true") {
      res.json({
        ...result,
        figures: deviationFigures(result, proposedOutcomeLabel(request.proposed), request.proposed),
      });
    } else res.json(result);
  });
  return router;
}
