import { termText } from "../../judgment/numerals.ts";
import {
  ADMINISTRATIVE_DISPOSITION_LABELS,
  APPEAL_LABELS,
  CIVIL_DISPOSITION_LABELS,
} from "../../judgment/outcome-labels.ts";
import { escapeHtml, SANS, SERIF } from "../../reports/render/html.ts";
import { committeeLabel, courtLevelLabel, formatDate } from "../../reports/render/sections.ts";
import type { EvidenceCase, OutcomeDistribution } from "../model.ts";
import {
  type Bar,
  barChart,
  type ChartText,
  formatNumber,
  formatShare,
  frequencies,
  type StripMark,
  stripPlot,
} from "./charts.ts";

export { committeeLabel, courtLevelLabel, escapeHtml };

export const NONE = "—";

/** Page CSS: A4 print, local CJK fonts, readable on a 1366×768 screen, charts styled by class. */
export const CSS = `
@page {
  size: A4;
  margin: 22mm 18mm 20mm 20mm;
  @bottom-center { content: "第 " counter(page) " 页 共 " counter(pages) " 页"; font-family: ${SERIF}; font-size: 9pt; }
}
* { box-sizing: border-box; }
html { font-family: ${SERIF}; font-size: 12pt; line-height: 1.75; color: #000; background: #fff; }
body { margin: 0 auto; max-width: 172mm; }
@media screen { body { padding: 12mm 16px; } }
h1 { font-family: ${SANS}; font-size: 20pt; font-weight: bold; text-align: center; letter-spacing: 0.2em; margin: 0 0 4mm; }
.subtitle { text-align: center; margin: 0 0 8mm; }
.subtitle p { margin: 0; }
h2 { font-family: ${SANS}; font-size: 14pt; font-weight: bold; margin: 7mm 0 3mm; break-after: avoid; page-break-after: avoid; }
h3 { font-family: ${SANS}; font-size: 12pt; font-weight: bold; margin: 5mm 0 2mm; break-after: avoid; page-break-after: avoid; }
p { margin: 0 0 2mm; text-align: justify; text-justify: inter-ideograph; orphans: 2; widows: 2; }
p.note { font-size: 10.5pt; }
p.lead { font-weight: bold; }
.warning { color: #b00000; font-weight: bold; }
.notice { color: #8a5a00; font-weight: bold; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; margin: 0 0 4mm; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th, td { border: 0.5pt solid #000; padding: 1.2mm 1.5mm; vertical-align: top; text-align: left; word-break: break-all; overflow-wrap: anywhere; }
th { font-family: ${SANS}; font-weight: bold; background: #eee; text-align: center; vertical-align: middle; }
caption { caption-side: top; text-align: left; font-family: ${SANS}; font-size: 10pt; font-weight: bold; padding: 0 0 1mm; }
table.compact { font-size: 9pt; line-height: 1.45; }
table.fields th { width: 26%; text-align: left; background: #f4f4f4; }
table.fields td { word-break: normal; }
table.data td, table.data th { text-align: center; }
table.data td.flagged, table.data td.proposed { font-weight: bold; color: #b00000; }
tbody th { text-align: left; }
article.finding { border-left: 2pt solid #b00000; padding: 0 0 0 4mm; margin: 0 0 6mm; break-inside: avoid; page-break-inside: avoid; }
article.finding h3 { margin-top: 0; }
.badge { display: inline-block; border: 0.5pt solid #000; padding: 0 1.5mm; font-family: ${SANS}; font-size: 9pt; font-weight: normal; margin-left: 2mm; }
section.cluster { margin: 0 0 8mm; }
figure { margin: 2mm 0 4mm; break-inside: avoid; page-break-inside: avoid; }
figcaption { font-family: ${SANS}; font-size: 10pt; font-weight: bold; margin: 0 0 1mm; }
svg.chart { display: block; width: 100%; height: auto; max-width: 170mm; font-family: ${SANS}; }
svg.chart text { font-size: 11px; fill: #000; }
svg.chart .axis, svg.chart .tick, svg.chart .grid { stroke: #000; stroke-width: 0.8; }
svg.chart .grid { stroke: #ccc; }
svg.chart .band { fill: #dde6f0; }
svg.chart .median { stroke: #1f4e79; stroke-width: 2; stroke-dasharray: 4 2; }
svg.chart .dot { fill: #5a5a5a; }
svg.chart .guide { stroke: #b00000; stroke-width: 1; stroke-dasharray: 2 2; }
svg.chart .proposed .guide { stroke: #1a6b1a; }
svg.chart .flagged-shape, svg.chart circle.flagged { fill: #b00000; }
svg.chart .proposed-shape, svg.chart circle.proposed { fill: #1a6b1a; }
svg.chart .mark-label { font-weight: bold; }
svg.chart .flagged .mark-label, svg.chart .bar-note { fill: #b00000; }
svg.chart .proposed .mark-label, svg.chart .proposed .bar-note { fill: #1a6b1a; }
svg.chart .bar { fill: #8c9db0; }
svg.chart .bar.flagged { fill: #b00000; }
svg.chart .bar.proposed { fill: #1a6b1a; }
svg.chart .legend { font-size: 10px; fill: #333; }
p.nodata { border: 0.5pt dashed #888; padding: 3mm; text-align: center; color: #555; }
footer.sources { margin-top: 10mm; border-top: 0.5pt solid #000; padding-top: 3mm; font-size: 9.5pt; }
footer.sources p { margin-bottom: 1mm; }
@media print {
  body { max-width: none; }
  svg.chart { max-width: 100%; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`.trim();

/** The document frame shared by both pages. */
export function page(opts: {
  title: string;
  description: string;
  created?: string;
  header: string;
  body: string;
  footer: string[];
}): string {
  return [
    "<!DOCTYPE html>",
    '<html lang="zh-CN">',
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(opts.title)}</title>`,
    '<meta name="generator" content="Leian">',
    `<meta name="description" content="${escapeHtml(opts.description)}">`,
    ...(opts.created ? [`<meta name="dcterms.created" content="${escapeHtml(opts.created)}">`] : []),
    `<style>\n${CSS}\n</style>`,
    "</head>",
    "<body>",
    `<header>\n${opts.header}\n</header>`,
    "<main>",
    opts.body,
    "</main>",
    '<footer class="sources">',
    opts.footer.map((line) => `<p>${escapeHtml(line)}</p>`).join("\n"),
    "</footer>",
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

// ---- labels -----------------------------------------------------------------------------------

/** Labels of the numbers behind a finding; unknown keys are shown as written. */
export const NUMBER_LABELS: Record<string, string> = {
  months: "本案刑期（月）",
  clusterMedian: "类案组刑期中位数（月）",
  median: "中位数（月）",
  clusterMad: "类案组刑期绝对中位差（MAD，月）",
  mad: "绝对中位差（MAD，月）",
  monthsMedian: "类案组刑期中位数（月）",
  monthsMad: "类案组刑期绝对中位差（MAD，月）",
  monthsP10: "类案组刑期第 10 百分位（月）",
  monthsP90: "类案组刑期第 90 百分位（月）",
  monthsRobustCv: "刑期稳健变异系数",
  kindDispersion: "未采用最常见结果的案件占比",
  forPlaintiff: "支持原告诉讼请求的案件数",
  againstPlaintiff: "驳回诉讼请求或判决维持的案件数",
  administrativeSplit: "行政裁判分歧度（少数一方占比 ÷ 50%）",
  robustZ: "稳健 z 值",
  z: "稳健 z 值",
  p10: "第 10 百分位（月）",
  p90: "第 90 百分位（月）",
  dispersion: "离散度",
  threshold: "离散度阈值",
  dispersionThreshold: "离散度阈值",
  majorityShare: "多数结果占比",
  majority: "多数结果占比",
  ownShare: "本案结果在类案组中的占比",
  caseShare: "本案结果在类案组中的占比",
  share: "本案结果占比",
  size: "类案组案件数",
  clusterSize: "类案组案件数",
  percentile: "本案刑期在类案组中的百分位",
  fine: "本案罚金（元）",
  fineMedian: "类案组罚金中位数（元）",
  probationShare: "缓刑比例",
  awardedRatio: "判赔比例",
  awardedRatioMedian: "判赔比例中位数",
  factSimilarity: "事实相似度（相对类案组典型水平）",
  factPeerSimilarity: "本案与最相近类案的事实相似度",
  factTypicalSimilarity: "类案组典型事实相似度",
};

/** Keys whose value is a share 0–1, shown as a percentage. */
const SHARE_KEYS = new Set([
  "majorityShare",
  "majority",
  "caseShare",
  "ownShare",
  "kindDispersion",
  "share",
  "probationShare",
  "awardedRatio",
  "awardedRatioMedian",
]);

export function numberLabel(key: string): string {
  return NUMBER_LABELS[key] ?? key;
}

export function numberValue(key: string, value: number): string {
  return SHARE_KEYS.has(key) ? formatShare(value) : formatNumber(value);
}

/** Keys in a fixed, meaningful order: known labels first (in NUMBER_LABELS order), then the rest sorted. */
export function orderedNumbers(numbers: Record<string, number>): Array<[string, number]> {
  const known = Object.keys(NUMBER_LABELS);
  return Object.entries(numbers).sort(([a], [b]) => {
    const ia = known.indexOf(a);
    const ib = known.indexOf(b);
    if (ia !== -1 || ib !== -1) return (ia === -1 ? 1e9 : ia) - (ib === -1 ? 1e9 : ib);
    return a < b ? -1 : a > b ? 1 : 0;
  });
}

/**
 * The outcome of a case in one line, its terms as a judgment states them (termText), as the similar
 * cases' cards say it: "拘役 3 个月 15 日，缓刑 6 个月，罚金 3000 元" or the civil/appeal disposition.
 */
export function outcomeLabel(c: EvidenceCase): string {
  const parts: string[] = [];
  if (c.penalty) parts.push(c.months !== undefined ? `${c.penalty} ${termText(c.months)}` : c.penalty);
  else if (c.months !== undefined) parts.push(termText(c.months));
  if (c.probationMonths !== undefined && c.probationMonths > 0)
    parts.push(`缓刑 ${termText(c.probationMonths)}`);
  if (c.fine !== undefined) parts.push(`罚金 ${formatNumber(c.fine)} 元`);
  if (c.civilDisposition) parts.push(CIVIL_DISPOSITION_LABELS[c.civilDisposition] ?? c.civilDisposition);
  for (const k of c.administrative ?? []) parts.push(ADMINISTRATIVE_DISPOSITION_LABELS[k] ?? k);
  if (c.appeal) parts.push(APPEAL_LABELS[c.appeal] ?? c.appeal);
  return parts.length > 0 ? parts.join("，") : NONE;
}

/** How a case is named in charts and headings: its 案号, else its id. */
export function caseName(c: EvidenceCase): string {
  return c.caseNumber ?? c.id;
}

export function fieldsTable(rows: Array<[string, string]>, cls = "fields"): string {
  return `<table class="${cls}"><tbody>\n${rows
    .map(
      ([label, value]) => `<tr><th scope="row">${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`,
    )
    .join("\n")}\n</tbody></table>`;
}

export function caseRows(c: EvidenceCase): Array<[string, string]> {
  return [
    ["案号", c.caseNumber ?? `（未载明，编号 ${c.id}）`],
    ["审理法院", c.court ?? NONE],
    ["法院层级", courtLevelLabel(c.courtLevel)],
    ["裁判日期", formatDate(c.decisionDate)],
    ["审判委员会讨论", committeeLabel(c.committeeDiscussed)],
    ["裁判结果", outcomeLabel(c)],
  ];
}

// ---- charts with their data tables --------------------------------------------------------------

/** A case (or a proposed outcome) to highlight on a cluster's charts. */
export interface Highlight {
  label: string;
  kind: "flagged" | "proposed";
  months?: number;
  /** The category to highlight on a share chart (penalty kind, disposition or appeal key). */
  category?: string;
}

export type ShareKind = "penalty" | "disposition" | "administrative" | "appeal";

const SHARE_TITLES: Record<ShareKind, string> = {
  penalty: "主刑种类分布",
  disposition: "裁判结果分布",
  // Of the cases ruling on the act sued; one may pronounce several rulings (撤销 and 责令重新作出).
  administrative: "行政裁判结果分布（占载明裁判的类案之比，可兼有多项）",
  appeal: "二审结果分布",
};

function shareLabel(kind: ShareKind, key: string): string {
  if (kind === "disposition") return CIVIL_DISPOSITION_LABELS[key] ?? key;
  if (kind === "administrative") return ADMINISTRATIVE_DISPOSITION_LABELS[key] ?? key;
  if (kind === "appeal") return APPEAL_LABELS[key] ?? key;
  return key;
}

export function sharesOf(dist: OutcomeDistribution, kind: ShareKind): Record<string, number> | undefined {
  return kind === "penalty"
    ? dist.penaltyShares
    : kind === "disposition"
      ? dist.dispositionShares
      : kind === "administrative"
        ? dist.administrativeShares
        : dist.appealShares;
}

/** The category of a case on a share chart of the given kind. */
export function categoryOf(c: EvidenceCase, kind: ShareKind): string | undefined {
  if (kind === "administrative") return c.administrative?.[0];
  return kind === "penalty" ? c.penalty : kind === "disposition" ? c.civilDisposition : c.appeal;
}

function markWord(kind: Highlight["kind"]): string {
  return kind === "flagged" ? "被标记案件" : "拟判结果";
}

/** What a mark is, said once: 被标记案件（2019）…号, 拟判结果为拘役 5 个月 (its chart label says 拟判：…). */
function markName(m: Pick<StripMark, "kind" | "label">): string {
  return m.kind === "proposed" ? m.label.replace(/^拟判：/, "") : m.label;
}

/**
 * Who reads a figure: the research office reads the p10–p90 band as P10–P90 (its report explains
 * it above the charts); a judge reads it as 八成类案, the words of the deviation reason.
 */
export type Reader = "judge" | "research";

const BAND_WORDS: Record<Reader, { legend: string; row: string; desc: (range: string) => string }> = {
  research: {
    legend: "P10–P90",
    row: "P10–P90（月）",
    desc: (range) => `第 10 至第 90 百分位为 ${range} 个月`,
  },
  judge: { legend: "八成类案", row: "八成类案的刑期（月）", desc: (range) => `八成在 ${range} 个月之间` },
};

/** A figure: the months strip plot with median and p10–p90 band, highlights marked, and its data. */
export function monthsFigure(
  id: string,
  subject: string,
  dist: OutcomeDistribution,
  highlights: readonly Highlight[],
  reader: Reader,
): string {
  const band = BAND_WORDS[reader];
  const months = dist.months;
  const marks: StripMark[] = highlights
    .filter((h) => h.months !== undefined)
    .map((h) => ({ value: h.months as number, label: h.label, kind: h.kind }));
  // Months of one kind (the cluster's most common term: src/audit/outcomes.ts), named.
  const title = `${subject}：${dist.monthsKind ?? ""}刑期分布（月）`;
  const marked = marks
    .map((m) =>
      m.kind === "proposed"
        ? `拟判结果为${markName(m)}`
        : `${markWord(m.kind)}${markName(m)}为${termText(m.value)}`,
    )
    .join("；");
  const desc = months
    ? `共 ${months.values.length} 件判处${dist.monthsKind ?? "有刑期刑罚"}的案件，中位数 ${formatNumber(months.median)} 个月，` +
      band.desc(`${formatNumber(months.p10)}–${formatNumber(months.p90)}`) +
      (marked ? `；${marked}。` : "。")
    : "无刑期数据。";
  const chart = stripPlot({
    id,
    title,
    desc,
    values: months?.values ?? [],
    median: months?.median,
    p10: months?.p10,
    p90: months?.p90,
    bandLabel: band.legend,
    marks: months && months.values.length > 0 ? marks : [],
    axisLabel: "刑期（月）",
  });
  return `<figure class="chart-figure" data-chart="months" aria-describedby="${escapeHtml(id)}-data">\n<figcaption>${escapeHtml(title)}</figcaption>\n${chart}\n${monthsTable(id, dist, marks, band.row, reader)}\n</figure>`;
}

function monthsTable(
  id: string,
  dist: OutcomeDistribution,
  marks: readonly StripMark[],
  bandRow: string,
  reader: Reader,
): string {
  const months = dist.months;
  const freq = frequencies(months?.values ?? []);
  const rows: string[] = [];
  const perRow = 12;
  for (let i = 0; i < freq.length; i += perRow) {
    const chunk = freq.slice(i, i + perRow);
    const pad = perRow - chunk.length;
    const cell = (f: { value: number }, text: string) => {
      const m = marks.find((mk) => mk.value === f.value);
      return m ? `<td class="${m.kind}">${text}</td>` : `<td>${text}</td>`;
    };
    const filler = "<td></td>".repeat(pad);
    rows.push(
      `<tr><th scope="row">刑期（月）</th>${chunk.map((f) => cell(f, formatNumber(f.value))).join("")}${filler}</tr>`,
      `<tr><th scope="row">案件数</th>${chunk.map((f) => cell(f, String(f.count))).join("")}${filler}</tr>`,
    );
  }
  const stats: Array<[string, string]> = months
    ? [
        ["有刑期案件数", String(months.values.length)],
        ["中位数（月）", formatNumber(months.median)],
        // The research office's measure of spread; a judge reads the spread as the 八成 band below.
        ...(reader === "research"
          ? [["绝对中位差（MAD，月）", formatNumber(months.mad)] as [string, string]]
          : []),
        [bandRow, `${formatNumber(months.p10)}–${formatNumber(months.p90)}`],
      ]
    : [["有刑期案件数", "0（无数据）"]];
  if (dist.probationShare !== undefined) stats.push(["缓刑比例", formatShare(dist.probationShare)]);
  if (dist.fineMedian !== undefined) stats.push(["罚金中位数（元）", formatNumber(dist.fineMedian)]);
  const markLines = marks.map(
    (m) =>
      `<tr><th scope="row">${markWord(m.kind)}</th><td>${escapeHtml(markName(m))}${m.kind === "proposed" ? "" : `：${termText(m.value)}`}</td></tr>`,
  );
  const freqTable =
    rows.length > 0
      ? `<table class="data compact" id="${escapeHtml(id)}-data"><caption>图表数据：各刑期的案件数${marks.length > 0 ? "（加粗为被标记值）" : ""}</caption><colgroup><col style="width:16%">${'<col style="width:7%">'.repeat(perRow)}</colgroup><tbody>\n${rows.join("\n")}\n</tbody></table>`
      : `<p class="nodata" id="${escapeHtml(id)}-data">图表数据：无数据</p>`;
  const statsTable = `<table class="fields compact"><tbody>\n${stats
    .map(([l, v]) => `<tr><th scope="row">${escapeHtml(l)}</th><td>${escapeHtml(v)}</td></tr>`)
    .concat(markLines)
    .join("\n")}\n</tbody></table>`;
  return `${freqTable}\n${statsTable}`;
}

/** A figure: shares of penalty kinds, dispositions or appeal outcomes, highlights marked, and its data. */
export function sharesFigure(
  id: string,
  subject: string,
  kind: ShareKind,
  dist: OutcomeDistribution,
  highlights: readonly Highlight[],
): string {
  const shares = sharesOf(dist, kind) ?? {};
  const entries = Object.entries(shares).sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0));
  // A highlighted category absent from the cluster still gets a (zero) bar: that is the point.
  for (const h of highlights)
    if (h.category !== undefined && !(h.category in shares) && entries.length > 0)
      entries.push([h.category, 0]);
  const noteOf = (key: string) => {
    const hs = highlights.filter((h) => h.category === key);
    return hs.length > 0 ? hs : undefined;
  };
  const bars: Bar[] = entries.map(([key, share]) => {
    const hs = noteOf(key);
    return {
      label: shareLabel(kind, key),
      share,
      highlight: hs ? (hs.some((h) => h.kind === "flagged") ? "flagged" : "proposed") : undefined,
      note: hs ? `← ${hs.map((h) => h.label).join("、")}` : undefined,
    };
  });
  const title = `${subject}：${SHARE_TITLES[kind]}`;
  const marked = bars
    .filter((b) => b.note)
    .map((b) => `${b.note?.slice(2)}属于“${b.label}”（占 ${formatShare(b.share)}）`)
    .join("；");
  const desc =
    `共 ${dist.size} 件，` +
    bars.map((b) => `${b.label}占 ${formatShare(b.share)}`).join("，") +
    (marked ? `；${marked}。` : "。");
  const text: ChartText = { id, title, desc };
  const chart = barChart({ ...text, bars });
  const table =
    bars.length > 0
      ? `<table class="data compact" id="${escapeHtml(id)}-data"><caption>图表数据：${escapeHtml(SHARE_TITLES[kind])}</caption><colgroup><col style="width:40%"><col style="width:20%"><col style="width:40%"></colgroup><thead><tr><th scope="col">结果</th><th scope="col">占比</th><th scope="col">标记</th></tr></thead><tbody>\n${bars
          .map(
            (b) =>
              `<tr><th scope="row">${escapeHtml(b.label)}</th>` +
              `<td${b.highlight ? ` class="${b.highlight}"` : ""}>${formatShare(b.share)}</td>` +
              `<td${b.highlight ? ` class="${b.highlight}"` : ""}>${b.note ? escapeHtml(b.note.slice(2)) : ""}</td></tr>`,
          )
          .join("\n")}\n</tbody></table>`
      : `<p class="nodata" id="${escapeHtml(id)}-data">图表数据：无数据</p>`;
  return `<figure class="chart-figure" data-chart="${kind}" aria-describedby="${escapeHtml(id)}-data">\n<figcaption>${escapeHtml(title)}</figcaption>\n${chart}\n${table}\n</figure>`;
}
