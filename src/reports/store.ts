/**
 * Persistence of retrieval reports and their audit events, behind two aliases (mappings/reports.v1.json,
 * mappings/report-events.v1.json), each created on first use. Reports are written once (op_type
 * create) and never updated: an amendment is a new document.
 */
import { errors } from "@elastic/elasticsearch";
import { LeianError } from "../errors.ts";
import type { Client } from "../search/client.ts";
import { ensureAliasedIndex } from "../search/indices.ts";
import { CURRENT_VERSIONS, loadIndexDefinition } from "../search/mappings.ts";
import type { RetrievalReport } from "./model.ts";

/** What the reports index holds besides the report itself: the fields lists and access filter on. */
export interface StoredReport {
  id: string;
  seriesId: string;
  version: number;
  previousVersion?: string;
  kind: string;
  caseNumber: string;
  /** The searcher's court: judges see their court's reports. */
  court: string;
  pendingCourt: string;
  author: string;
  authorRole: string;
  createdAt: string;
  sha256: string;
  report: RetrievalReport;
}

export type ReportAction = "create" | "read" | "verify" | "export" | "rerun" | "list";

/** One audit event: who, when, what. */
export interface ReportEvent {
  at: string;
  action: ReportAction;
  allowed: boolean;
  user: string;
  court: string;
  role: string;
  reportId?: string;
  seriesId?: string;
  version?: number;
  caseNumber?: string;
  format?: string;
  query?: Record<string, unknown>;
}

export interface ReportAliases {
  reports: string;
  events: string;
}

/** The audit-events alias that goes with a reports alias. */
export function eventsAlias(reportsAlias: string): string {
  return `${reportsAlias}-events`;
}

export interface ReportListQuery {
  caseNumber?: string | undefined;
  author?: string | undefined;
  /** Restricts to one court (judges). */
  court?: string | undefined;
  size: number;
}

export interface ReportStore {
  save(report: RetrievalReport, pendingCourt?: string): Promise<void>;
  /** The stored document, or undefined. */
  get(id: string): Promise<StoredReport | undefined>;
  /** The newest version number of the series `report` belongs to. */
  latestVersion(report: Pick<RetrievalReport, "seriesId" | "version">): Promise<number>;
  list(query: ReportListQuery): Promise<Omit<StoredReport, "report">[]>;
  record(event: ReportEvent): Promise<void>;
}

/** The document `_id` of a report version: unique per series and version. */
export function reportDocumentId(report: Pick<RetrievalReport, "seriesId" | "version">): string {
  return `${report.seriesId}.v${report.version}`;
}

export function toStoredReport(report: RetrievalReport): StoredReport {
  return {
    id: report.id,
    seriesId: report.seriesId,
    version: report.version,
    ...(report.previousVersion ? { previousVersion: report.previousVersion } : {}),
    kind: report.kind,
    caseNumber: report.pendingCase.caseNumber,
    court: report.searcher.court,
    pendingCourt: report.pendingCase.court,
    author: report.searcher.user,
    authorRole: report.searcher.role,
    createdAt: report.createdAt,
    sha256: report.sha256,
    report,
  };
}

/** A store on `client` with its own first-use memo (no module-level state). */
export function createReportStore(client: Client, aliases: ReportAliases): ReportStore {
  let ready: Promise<void> | undefined;
  const ensure = () => {
    ready ??= Promise.all([
      ensureAliasedIndex(client, aliases.reports, loadIndexDefinition("reports", CURRENT_VERSIONS.reports)),
      ensureAliasedIndex(
        client,
        aliases.events,
        loadIndexDefinition("report-events", CURRENT_VERSIONS["report-events"]),
      ),
    ]).then(
      () => undefined,
      (error) => {
        ready = undefined;
        throw error;
      },
    );
    return ready;
  };
  return {
    async save(report) {
      await ensure();
      try {
        await client.index({
          index: aliases.reports,
          id: reportDocumentId(report),
          op_type: "create",
          document: toStoredReport(report),
        });
      } catch (error) {
        if (error instanceof errors.ResponseError && error.statusCode === 409) {
          throw new LeianError("conflict", `该报告第 ${report.version} 版已存在，请基于最新版本修订`, {
            cause: error,
            details: [{ path: "amends", message: "已有更新的版本" }],
          });
        }
        throw error;
      }
    },
    async get(id) {
      await ensure();
      // A realtime get by document id: a report just filed is readable at once.
      const res = await client.get<StoredReport>({ index: aliases.reports, id }, { ignore: [404] });
      return res.found ? res._source : undefined;
    },
    async latestVersion(report) {
      await ensure();
      // Versions are numbered without gaps (create-only ids <series>.v<n>): walk forward with
      // realtime existence checks instead of a search that might not see the newest yet.
      let latest = report.version;
      while (
        await client.exists({
          index: aliases.reports,
          id: reportDocumentId({ seriesId: report.seriesId, version: latest + 1 }),
        })
      ) {
        latest++;
      }
      return latest;
    },
    async list(query) {
      await ensure();
      // Reports are few and listing is rare: a refresh makes a report filed a moment ago appear.
      await client.indices.refresh({ index: aliases.reports });
      const filter = [
        ...(query.caseNumber ? [{ term: { caseNumber: query.caseNumber } }] : []),
        ...(query.author ? [{ term: { author: query.author } }] : []),
        ...(query.court ? [{ term: { court: query.court } }] : []),
      ];
      const res = await client.search<Omit<StoredReport, "report">>({
        index: aliases.reports,
        size: query.size,
        query: { bool: { filter } },
        _source: { excludes: ["report"] },
        sort: [{ createdAt: { order: "desc" } }, { id: { order: "asc" } }],
      });
      return res.hits.hits.flatMap((h) => (h._source ? [h._source] : []));
    },
    async record(event) {
      await ensure();
      await client.index({ index: aliases.events, document: event });
    },
  };
}
