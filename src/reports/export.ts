/**
 * Report exports: JSON here; HTML and DOCX through the renderers in ./render/ (html.ts exports
 * renderHtml, docx.ts renderDocx), loaded on first use so that the service runs, and answers 501
 * for that format, while a renderer is not yet installed.
 */
import { canonicalJson, type RetrievalReport } from "./model.ts";

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

type Renderers = {
  html: (report: RetrievalReport) => string;
  docx: (report: RetrievalReport) => Promise<Buffer>;
};

const RENDERER_FILES = {
  html: ["./render/html.ts", "renderHtml"],
  docx: ["./render/docx.ts", "renderDocx"],
} as const;

/** The renderer of `format`, or undefined while its module is not installed. */
export async function loadRenderer<F extends keyof Renderers>(format: F): Promise<Renderers[F] | undefined> {
  const [file, name] = RENDERER_FILES[format];
  const url = new URL(file, import.meta.url);
  try {
    const mod = (await import(url.href)) as Record<string, unknown>;
    const fn = mod[name];
    return typeof fn === "function" ? (fn as Renderers[F]) : undefined;
  } catch (error) {
    const e = error as { code?: string; message?: string };
    // Only the renderer module itself missing means "not installed"; any other failure is a bug.
    if (e.code === "ERR_MODULE_NOT_FOUND" && e.message?.includes(url.pathname)) return undefined;
    throw error;
  }
}
