/// <reference lib="dom" />
/**
 * Filed reports: the panel shown after filing (preview of the HTML export, DOCX/HTML downloads,
 * verification of the stored SHA-256) and the list of a case number's reports with each one's
 * verification status. Judges see their own court's reports (the API enforces it).
 */

import type { z } from "zod";
import type { ReportSummary } from "../../../api/routes/reports/schema.ts";
import type { RetrievalReport } from "../../../reports/model.ts";
import { call, file, saveBlob } from "../api.ts";
import type { Context } from "../context.ts";
import { errorBox, field, formatInstant, h, input, status } from "../dom.ts";

type Summary = z.infer<typeof ReportSummary>;

interface Verification {
  id: string;
  valid: boolean;
  storedSha256: string;
}

async function download(id: string, format: "docx" | "html"): Promise<void> {
  const { blob, filename } = await file(`/reports/${encodeURIComponent(id)}/export?format=${format}`);
  saveBlob(blob, filename);
  status(`已下载 ${filename}`);
}

function verificationBadge(v: Verification): HTMLElement {
  return h(
    "span",
    { class: v.valid ? "ok" : "flag", "data-valid": String(v.valid) },
    v.valid ? "校验通过：内容与存档一致" : "校验失败：存储后被改动",
  );
}

/** A filed report: identity, downloads, verification and a preview of its HTML export. */
export function reportPanel(
  _ctx: Context,
  report: Pick<RetrievalReport, "id" | "version" | "sha256" | "createdAt">,
): HTMLElement {
  const preview = h("div", { class: "preview" });
  const verified = h("span", { class: "verify", "aria-live": "polite" });
  const problems = h("div");
  const guard = (action: () => Promise<void>) => async () => {
    problems.replaceChildren();
    try {
      await action();
    } catch (error) {
      problems.replaceChildren(errorBox(error instanceof Error ? error.message : String(error)));
    }
  };
  const id = encodeURIComponent(report.id);
  return h(
    "section",
    { class: "report-panel", "data-report-id": report.id, "aria-label": `检索报告 ${report.id}` },
    h(
      "p",
      { class: "lead" },
      `检索报告 ${report.id}（第 ${report.version} 版），生成于 ${formatInstant(report.createdAt)}`,
    ),
    h("p", { class: "hash" }, `SHA-256：${report.sha256}`),
    h(
      "div",
      { class: "actions" },
      h(
        "button",
        {
          type: "button",
          onclick: guard(async () => {
            const html = await (await file(`/reports/${id}/export?format=html`)).text();
            // A sandboxed frame without scripts: the report's own print layout, isolated from this page.
            const frame = h("iframe", {
              title: `检索报告 ${report.id} 预览`,
              sandbox: "",
              class: "preview-frame",
            });
            frame.srcdoc = html;
            preview.replaceChildren(frame);
          }),
        },
        "预览报告",
      ),
      h("button", { type: "button", onclick: guard(() => download(report.id, "docx")) }, "下载 DOCX"),
      h("button", { type: "button", onclick: guard(() => download(report.id, "html")) }, "下载 HTML"),
      h(
        "button",
        {
          type: "button",
          onclick: guard(async () => {
            verified.replaceChildren(verificationBadge(await call<Verification>(`/reports/${id}/verify`)));
          }),
        },
        "校验报告",
      ),
      verified,
    ),
    problems,
    preview,
  );
}

/** The reports filed for `caseNumber` (newest first), each verified, into `target`. */
export async function earlierReports(ctx: Context, caseNumber: string, target: HTMLElement): Promise<void> {
  target.replaceChildren(h("p", { class: "loading" }, "正在读取既往报告…"));
  try {
    const { reports } = await call<{ reports: Summary[] }>(
      `/reports?caseNumber=${encodeURIComponent(caseNumber)}`,
    );
    if (reports.length === 0) {
      target.replaceChildren(h("p", { class: "muted" }, `案号 ${caseNumber} 尚无检索报告。`));
      return;
    }
    const checks = await Promise.all(
      reports.map((r) =>
        call<Verification>(`/reports/${encodeURIComponent(r.id)}/verify`).catch(() => undefined),
      ),
    );
    const holder = h("div");
    target.replaceChildren(
      h(
        "table",
        { class: "reports" },
        h("caption", {}, `案号 ${caseNumber} 的检索报告（${reports.length} 份，新到旧）`),
        h(
          "thead",
          {},
          h(
            "tr",
            {},
            ...["报告编号", "版本", "生成时间", "检索人", "校验", "操作"].map((t) =>
              h("th", { scope: "col" }, t),
            ),
          ),
        ),
        h(
          "tbody",
          {},
          ...reports.map((r, i) => {
            const check = checks[i];
            return h(
              "tr",
              { "data-report-id": r.id },
              h("td", {}, r.id),
              h("td", {}, `第 ${r.version} 版`),
              h("td", {}, formatInstant(r.createdAt)),
              h("td", {}, `${r.author}（${r.court}）`),
              h("td", {}, check ? verificationBadge(check) : "无法校验"),
              h(
                "td",
                {},
                h(
                  "button",
                  {
                    type: "button",
                    class: "link",
                    onclick: () => holder.replaceChildren(reportPanel(ctx, { ...r })),
                  },
                  `打开 ${r.id}`,
                ),
              ),
            );
          }),
        ),
      ),
      holder,
    );
  } catch (error) {
    target.replaceChildren(errorBox(error instanceof Error ? error.message : String(error)));
  }
}

export function reportsPage(ctx: Context, main: HTMLElement): void {
  const caseNumber = input({ name: "caseNumber", required: true });
  const out = h("div", { id: "reports-output" });
  const form = h(
    "form",
    { class: "card", "aria-labelledby": "reports-title" },
    h("h1", { id: "reports-title", class: "page-title" }, "检索报告"),
    h("p", {}, "按案号查看已归档的检索报告、校验其完整性并下载。"),
    h(
      "div",
      { class: "row" },
      field("案号", caseNumber),
      h("div", { class: "field action" }, h("button", { type: "submit", class: "primary" }, "查询")),
    ),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void earlierReports(ctx, caseNumber.value.trim(), out);
  });
  main.replaceChildren(form, out);
  caseNumber.focus();
}
