/**
 * HTML export of a retrieval report: one self-contained, print-ready A4 document (no scripts, no
 * external fonts or stylesheets). Content comes from sections.ts; this file only lays it out.
 * Deterministic: the same report always gives the same bytes.
 */
import type { RetrievalReport } from "../model.ts";
import { type Block, buildSections, type Cell, type ReportDocument, type Table } from "./sections.ts";

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);
}

/** Locally installed CJK fonts only: court intranets have no web fonts. */
export const SERIF = `"Noto Serif CJK SC", "Source Han Serif SC", "Source Han Serif CN", "Songti SC", "STSong", "SimSun", "宋体", serif`;
export const SANS = `"Noto Sans CJK SC", "Source Han Sans SC", "Source Han Sans CN", "PingFang SC", "Microsoft YaHei", "SimHei", "黑体", sans-serif`;

const CSS = `
@page {
  size: A4;
  margin: 25mm 20mm 22mm 22mm;
  @bottom-center { content: "第 " counter(page) " 页 共 " counter(pages) " 页"; font-family: ${SERIF}; font-size: 9pt; }
}
* { box-sizing: border-box; }
html { font-family: ${SERIF}; font-size: 12pt; line-height: 1.75; color: #000; background: #fff; }
body { margin: 0 auto; max-width: 170mm; }
@media screen { body { padding: 16mm 0; } }
h1 { font-family: ${SANS}; font-size: 20pt; font-weight: bold; text-align: center; letter-spacing: 0.2em; margin: 0 0 4mm; }
.subtitle { text-align: center; margin: 0 0 8mm; }
.subtitle p { margin: 0; }
h2 { font-family: ${SANS}; font-size: 14pt; font-weight: bold; margin: 7mm 0 3mm; break-after: avoid; page-break-after: avoid; }
h3 { font-family: ${SANS}; font-size: 12pt; font-weight: bold; margin: 4mm 0 2mm; break-after: avoid; page-break-after: avoid; }
p { margin: 0 0 2mm; text-align: justify; text-justify: inter-ideograph; orphans: 2; widows: 2; }
p.indent { text-indent: 2em; }
p.note { font-size: 10.5pt; }
.warning { color: #b00000; font-weight: bold; }
ol.issues { margin: 0 0 3mm; padding-left: 2.5em; }
ol.issues li { text-align: justify; text-justify: inter-ideograph; margin-bottom: 1mm; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; margin: 0 0 4mm; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th, td { border: 0.5pt solid #000; padding: 1.2mm 1.5mm; vertical-align: top; text-align: left; word-break: break-all; overflow-wrap: anywhere; }
th { font-family: ${SANS}; font-weight: bold; background: #eee; text-align: center; vertical-align: middle; }
td p, th p { margin: 0; text-indent: 0; text-align: left; }
table.compact { font-size: 8.5pt; line-height: 1.45; }
table.fields th { width: 28%; text-align: left; background: #f4f4f4; }
table.fields td { word-break: normal; }
tbody th { text-align: left; }
footer.sources { margin-top: 10mm; border-top: 0.5pt solid #000; padding-top: 3mm; font-size: 9.5pt; }
footer.sources p { margin-bottom: 1mm; }
.signature { margin-top: 10mm; width: 60%; margin-left: auto; break-inside: avoid; page-break-inside: avoid; }
.signature p { margin: 0 0 4mm; text-align: left; }
.signature .line { display: inline-block; min-width: 40mm; border-bottom: 0.5pt solid #000; }
`.trim();

function cellContent(cell: Cell): string {
  return cell.lines.map((line) => `<p>${escapeHtml(line)}</p>`).join("");
}

function cellAttrs(cell: Cell): string {
  return cell.tone === "warning" ? ' class="warning"' : "";
}

function renderTable(table: Table): string {
  const cols = table.widths.map((w) => `<col style="width:${w}%">`).join("");
  const head = `<thead><tr>${table.headers.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join("")}</tr></thead>`;
  const body = table.rows
    .map((row) => {
      const cells = row.map((cell, i) =>
        table.rowHeaders && i === 0
          ? `<th scope="row"${cellAttrs(cell)}>${cellContent(cell)}</th>`
          : `<td${cellAttrs(cell)}>${cellContent(cell)}</td>`,
      );
      return `<tr>${cells.join("")}</tr>`;
    })
    .join("\n");
  return `<table${table.compact ? ' class="compact"' : ""}><colgroup>${cols}</colgroup>${head}<tbody>\n${body}\n</tbody></table>`;
}

function renderBlock(block: Block): string {
  switch (block.kind) {
    case "subheading":
      return `<h3>${escapeHtml(block.text)}</h3>`;
    case "paragraph": {
      const classes = [block.indent ? "indent" : "", block.tone ?? ""].filter((c) => c !== "").join(" ");
      return `<p${classes ? ` class="${classes}"` : ""}>${escapeHtml(block.text)}</p>`;
    }
    case "fields":
      return `<table class="fields"><tbody>\n${block.rows
        .map(
          ([label, value]) =>
            `<tr><th scope="row">${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`,
        )
        .join("\n")}\n</tbody></table>`;
    case "numbered":
      return `<ol class="issues">\n${block.items.map((item) => `<li>${escapeHtml(item)}</li>`).join("\n")}\n</ol>`;
    case "table":
      return renderTable(block.table);
  }
}

/** Lays out a built document; exported for tests and for callers that already hold the sections. */
export function layoutHtml(doc: ReportDocument): string {
  const sections = doc.sections
    .map(
      (s) =>
        `<section id="${s.id}">\n<h2>${escapeHtml(s.heading)}</h2>\n${s.blocks.map(renderBlock).join("\n")}\n</section>`,
    )
    .join("\n");
  const signature = doc.signature
    .map(([label, value]) =>
      value === ""
        ? `<p>${escapeHtml(label)}：<span class="line"></span></p>`
        : `<p>${escapeHtml(label)}：${escapeHtml(value)}</p>`,
    )
    .join("\n");
  return [
    "<!DOCTYPE html>",
    '<html lang="zh-CN">',
    "<head>",
    '<meta charset="utf-8">',
    `<title>${escapeHtml(doc.properties.title)}</title>`,
    '<meta name="generator" content="Leian">',
    `<meta name="description" content="${escapeHtml(doc.properties.subject)}">`,
    `<meta name="dcterms.created" content="${escapeHtml(doc.properties.createdAt)}">`,
    `<style>\n${CSS}\n</style>`,
    "</head>",
    "<body>",
    "<header>",
    `<h1>${escapeHtml(doc.title)}</h1>`,
    `<div class="subtitle">${doc.subtitle.map((line) => `<p>${escapeHtml(line)}</p>`).join("")}</div>`,
    "</header>",
    "<main>",
    sections,
    "</main>",
    '<footer class="sources">',
    doc.sourceNotes.map((line) => `<p>${escapeHtml(line)}</p>`).join("\n"),
    "</footer>",
    `<div class="signature">\n${signature}\n</div>`,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

export function renderHtml(report: RetrievalReport): string {
  return layoutHtml(buildSections(report));
}
