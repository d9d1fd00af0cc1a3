/**
 * /api/v1/audits: run and store an audit (研究室 only), list audits and read one (研究室, 技术处).
 */
import { Router } from "express";
import { runAudit, unknownChargeProblems } from "../../../audit/engine.ts";
import { clusterCharts, renderAuditHtml } from "../../../audit/render/html.ts";
import { createAuditStore } from "../../../audit/store.ts";
import { LeianError } from "../../../errors.ts";
import type { AppDeps } from "../../app.ts";
import { currentUser, requireRole } from "../../auth.ts";
import { engineCall } from "../../engine.ts";
import { parseRequest } from "../../validate.ts";
import { AuditFormatQuery, AuditListQuery, AuditParams, CreateAuditRequest, FiguresQuery } from "./schema.ts";

export function auditsRoutes(deps: AppDeps): Router {
  const router = Router();
  const store = createAuditStore(deps.es, deps.settings.aliases.audits);

  router.post("/audits", requireRole("research"), async (req, res) => {
    const request = parseRequest(CreateAuditRequest, req.body);
    const unknown = unknownChargeProblems(request.scope.charges, "scope.charges");
    if (unknown.length > 0) {
      throw new LeianError("invalid_request", `请求参数有误：${unknown[0]?.path}：${unknown[0]?.message}`, {
        details: unknown,
      });
    }
    const { user, court, role } = currentUser(res);
    const audit = await engineCall("类案不同判审计", () =>
      runAudit(deps.es, deps.settings.aliases.judgments, request, { requestedBy: { user, court, role } }),
    );
    await engineCall("保存审计结果", () => store.save(audit));
    res.status(201).location(`/api/v1/audits/${audit.id}`).json(audit);
  });

  router.get("/audits", requireRole("research", "admin"), async (req, res) => {
    const query = parseRequest(AuditListQuery, req.query, "query");
    const audits = await engineCall("审计列表", () => store.list(query));
    res.json({ audits });
  });

  router.get("/audits/:id", requireRole("research", "admin"), async (req, res) => {
    const { id } = parseRequest(AuditParams, req.params, "params");
    const { format } = parseRequest(AuditFormatQuery, req.query, "query");
    const audit = await engineCall("读取审计结果", () => store.get(id));
    if (!audit) {
      throw new LeianError("not_found", `未找到审计结果：${id}`, {
        details: [{ path: "params.id", message: "不存在该审计" }],
      });
    }
    if (format === "html") res.type("text/html; charset=utf-8").send(renderAuditHtml(audit));
    else res.json(audit);
  });

  // One cluster's charts, for the workbench's drill-down: the HTML report's figures, not redrawn.
  router.get("/audits/:id/figures", requireRole("research", "admin"), async (req, res) => {
    const { id } = parseRequest(AuditParams, req.params, "params");
    const { cluster: clusterId } = parseRequest(FiguresQuery, req.query, "query");
    const audit = await engineCall("读取审计结果", () => store.get(id));
    if (!audit) {
      throw new LeianError("not_found", `未找到审计结果：${id}`, {
        details: [{ path: "params.id", message: "不存在该审计" }],
      });
    }
    const cluster = audit.clusters.find((c) => c.id === clusterId);
    if (!cluster) {
      throw new LeianError("not_found", `该审计中没有类案组：${clusterId}`, {
        details: [{ path: "query.cluster", message: "不存在该类案组" }],
      });
    }
    const findings = audit.findings.filter((f) => f.clusterId === clusterId);
    res.json({ clusterId, figures: clusterCharts(cluster, findings) });
  });

  return router;
}
