/**
 * Report exports: the bytes and headers of each format. JSON is written here; HTML and DOCX come
 * from the renderers in ./render/.
 */
import { canonicalJson, type RetrievalReport } from "./model.ts";
import { renderDocx } from "./render/docx.ts";
import { renderHtml } from "./render/html.ts";

export type ExportFormat = "json" | "html" | "docx";

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  json: "application/json; charset=utf-8",
  html: "text/html; charset=utf-8",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
};

/** The JSON export: canonical key order, the stored hash last; the same version gives the same bytes. */
export function reportJson(report: RetrievalReport): string {
  const body = JSON.parse(canonicalJson(report)) as Record<string, unknown>;
  body.sha256 = report.sha256;
  return `${JSON.stringify(body, null, 2)}\n`;
}

/** `类案检索报告_（2024）京0108刑初123号_第1版.docx`: characters file systems refuse are replaced. */
export function exportFilename(report: RetrievalReport, format: ExportFormat): string {
  const title = report.kind === "related" ? "关联案件检索报告" : "类案检索报告";
  const caseNumber = report.pendingCase.caseNumber.replace(/[\\/:*?"<>|\s]+/g, "_");
  return `${title}_${caseNumber}_第${report.version}版.${format}`;
}

/** The export of `report` in `format`: the same version always gives the same content. */
export async function exportReport(report: RetrievalReport, format: ExportFormat): Promise<string | Buffer> {
  if (format === "html") return renderHtml(report);
  if (format === "docx") return renderDocx(report);
  return reportJson(report);
}
