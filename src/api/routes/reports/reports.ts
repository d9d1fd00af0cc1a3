/**
 * /api/v1/reports: create (and amend), read, verify, export, re-run and list retrieval reports.
 * Every action on a report, allowed or refused, is written to the audit events before the answer
 * is sent: if the audit cannot be written, the report is not served.
 */
import { type Response, Router } from "express";
import { LeianError } from "../../../errors.ts";
import {
  canReadReport,
  listingCourt,
  REPORT_AUTHOR_ROLES,
  REPORT_READER_ROLES,
} from "../../../reports/access.ts";
import {
  buildReport,
  platformSnapshot,
  type ReportDeps,
  rerunReport,
  sha256Of,
} from "../../../reports/build.ts";
import { CONTENT_TYPES, exportFilename, exportReport } from "../../../reports/export.ts";
import type { RetrievalReport } from "../../../reports/model.ts";
import {
  createReportStore,
  eventsAlias,
  type ReportAction,
  type ReportEvent,
  type StoredReport,
} from "../../../reports/store.ts";
import type { AppDeps } from "../../app.ts";
import { type ApiUser, currentUser, requireRole } from "../../auth.ts";
import { engineCall } from "../../engine.ts";
import { parseRequest } from "../../validate.ts";
import { CreateReportRequest, ExportQuery, ListQuery, ReportParams } from "./schema.ts";

export function reportsRoutes(deps: AppDeps): Router {
  const router = Router();
  const reportsAlias = deps.settings.aliases.reports;
  const store = createReportStore(deps.es, { reports: reportsAlias, events: eventsAlias(reportsAlias) });
  const reportDeps: ReportDeps = {
    client: deps.es,
    alias: deps.settings.aliases.judgments,
    version: deps.version,
  };

  const audit = (
    user: ApiUser,
    action: ReportAction,
    allowed: boolean,
    stored?: Pick<StoredReport, "id" | "seriesId" | "version" | "caseNumber">,
    extra: Pick<ReportEvent, "format" | "query"> = {},
  ) =>
    engineCall("写入审计记录", () =>
      store.record({
        at: new Date().toISOString(),
        action,
        allowed,
        user: user.user,
        court: user.court,
        role: user.role,
        ...(stored
          ? {
              reportId: stored.id,
              seriesId: stored.seriesId,
              version: stored.version,
              caseNumber: stored.caseNumber,
            }
          : {}),
        ...extra,
      }),
    );

  /** The stored report `id` if the user may see it; a refusal is audited, then 403. */
  const load = async (res: Response, id: string, action: ReportAction, path = "params.id") => {
    const user = currentUser(res);
    const stored = await engineCall("读取检索报告", () => store.get(id));
    if (!stored)
      throw new LeianError("not_found", `未找到检索报告：${id}`, {
        details: [{ path, message: "不存在该报告" }],
      });
    if (!canReadReport(user, stored.court)) {
      await audit(user, action, false, stored);
      throw new LeianError("forbidden", "无权查看其他法院的检索报告", {
        details: { court: user.court, reportCourt: stored.court },
      });
    }
    return { user, stored };
  };

  router.post("/reports", requireRole(...REPORT_AUTHOR_ROLES), async (req, res) => {
    const request = parseRequest(CreateReportRequest, req.body);
    const user = currentUser(res);
    let previous: RetrievalReport | undefined;
    if (request.amends) {
      const { stored } = await load(res, request.amends, "create", "amends");
      const latest = await engineCall("读取检索报告", () => store.latestVersion(stored));
      if (stored.version !== latest) {
        throw new LeianError("conflict", `只能修订最新版本（当前最新为第 ${latest} 版）`, {
          details: [{ path: "amends", message: "不是最新版本" }],
        });
      }
      previous = stored.report;
    }
    const report = await engineCall("生成检索报告", () =>
      buildReport(reportDeps, user, request, previous ? { previous } : {}),
    );
    await engineCall("保存检索报告", () => store.save(report));
    await audit(user, "create", true, { ...report, caseNumber: report.pendingCase.caseNumber });
    res.status(201).location(`/api/v1/reports/${report.id}`).json(report);
  });

  router.get("/reports", requireRole(...REPORT_READER_ROLES), async (req, res) => {
    const query = parseRequest(ListQuery, req.query, "query");
    const user = currentUser(res);
    const reports = await engineCall("检索报告列表", () =>
      store.list({ ...query, court: listingCourt(user) }),
    );
    await audit(user, "list", true, undefined, { query: { ...query } });
    res.json({ reports });
  });

  router.get("/reports/:id", requireRole(...REPORT_READER_ROLES), async (req, res) => {
    const { id } = parseRequest(ReportParams, req.params, "params");
    const { user, stored } = await load(res, id, "read");
    await audit(user, "read", true, stored);
    res.json(stored.report);
  });

  router.get("/reports/:id/verify", requireRole(...REPORT_READER_ROLES), async (req, res) => {
    const { id } = parseRequest(ReportParams, req.params, "params");
    const { user, stored } = await load(res, id, "verify");
    const computedSha256 = sha256Of(stored.report);
    const storedSha256 = stored.report.sha256;
    await audit(user, "verify", true, stored);
    res.json({
      id,
      valid: computedSha256 === storedSha256 && stored.sha256 === storedSha256,
      storedSha256,
      computedSha256,
    });
  });

  router.get("/reports/:id/export", requireRole(...REPORT_READER_ROLES), async (req, res) => {
    const { id } = parseRequest(ReportParams, req.params, "params");
    const { format } = parseRequest(ExportQuery, req.query, "query");
    const { user, stored } = await load(res, id, "export");
    const report = stored.report;
    const body = await exportReport(report, format);
    await audit(user, "export", true, stored, { format });
    res.status(200).type(CONTENT_TYPES[format]).attachment(exportFilename(report, format)).send(body);
  });

  router.post("/reports/:id/rerun", requireRole(...REPORT_AUTHOR_ROLES), async (req, res) => {
    const { id } = parseRequest(ReportParams, req.params, "params");
    const { user, stored } = await load(res, id, "rerun");
    const [queries, platform] = await engineCall("重新检索", () =>
      Promise.all([rerunReport(reportDeps, stored.report), platformSnapshot(reportDeps)]),
    );
    await audit(user, "rerun", true, stored);
    res.json({ id, reportCreatedAt: stored.createdAt, rerunAt: new Date().toISOString(), platform, queries });
  });

  return router;
}
