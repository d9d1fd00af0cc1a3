/**
 * The readable audit report (类案不同判审查报告): one self-contained HTML document in Chinese — no
 * scripts, no external resources, printable on A4 and readable at 1366×768 — that a researcher
 * reads without the API. Scope and snapshot, a summary, the findings ranked by severity with their
 * evidence, and per flagged cluster a chart of its outcome distribution with the flagged cases
 * marked, each chart followed by its data table.
 *
 * Pure and deterministic: no clock; the same audit always gives the same bytes.
 */
import { statuteKeyText } from "../../judgment/provisions.ts";
import { chineseOrdinal, formatDate, formatInstant, groupDigits } from "../../reports/render/sections.ts";
import type { Audit, AuditCluster, AuditFinding } from "../model.ts";
import { formatNumber } from "./charts.ts";
import {
  caseName,
  caseRows,
  categoryOf,
  escapeHtml,
  fieldsTable,
  type Highlight,
  monthsFigure,
  NONE,
  numberLabel,
  numberValue,
  orderedNumbers,
  page,
  type ShareKind,
  sharesFigure,
  sharesOf,
} from "./common.ts";

export const AUDIT_TITLE = "类案不同判审查报告";

export const FINDING_KIND_LABELS: Record<AuditFinding["kind"], string> = {
  outlier_months: "个案刑期偏离类案",
  against_majority: "个案结果背离多数",
  dispersed_cluster: "类案组裁判离散",
};

const ROLE_LABELS: Record<string, string> = {
  judge: "法官",
  research: "研究室",
  admin: "管理员",
  clerk: "法官助理",
};

export const AUDIT_SECTION_HEADINGS = {
  scope: "一、审查范围",
  snapshot: "二、数据与执行",
  summary: "三、审查概要",
  findings: "四、审查发现（按严重程度排序）",
  clusters: "五、被标记类案组的裁判分布",
  others: "六、其他类案组",
} as const;

function list(values: readonly string[] | undefined, empty = "不限"): string {
  return values && values.length > 0 ? values.join("、") : empty;
}

function durationLabel(ms: number): string {
  if (ms < 1000) return `${formatNumber(ms, 0)} 毫秒`;
  const s = ms / 1000;
  if (s < 60) return `${formatNumber(s, 1)} 秒`;
  return `${Math.floor(s / 60)} 分 ${formatNumber(s % 60, 0)} 秒`;
}

/**
 * Findings in report order: severity descending, then kind, then case (or cluster) id — the same
 * order as the engine's ranking, so the report and the JSON list findings alike.
 */
export function rankFindings(findings: readonly AuditFinding[]): AuditFinding[] {
  return [...findings].sort(
    (a, b) =>
      b.severity - a.severity ||
      a.kind.localeCompare(b.kind) ||
      (a.case?.id ?? a.clusterId).localeCompare(b.case?.id ?? b.clusterId),
  );
}

/** A stable, HTML-safe anchor for a cluster id. */
export function clusterAnchor(id: string): string {
  return `cluster-${id.replace(/[^A-Za-z0-9_-]/g, (ch) => `_${ch.codePointAt(0)?.toString(16)}`)}`;
}

function scopeSection(audit: Audit): string {
  const { scope, ...params } = audit.request;
  const dates =
    scope.dateFrom || scope.dateTo
      ? `${scope.dateFrom ? formatDate(scope.dateFrom) : "不限"} 至 ${scope.dateTo ? formatDate(scope.dateTo) : "不限"}`
      : "不限";
  return [
    `<section id="scope">\n<h2>${AUDIT_SECTION_HEADINGS.scope}</h2>`,
    fieldsTable([
      ["罪名", list(scope.charges)],
      ["案由", list(scope.causes)],
      ["案件类别", scope.category ?? "不限"],
      ["法院", list(scope.courts)],
      ["省份", list(scope.provinces)],
      ["裁判日期", dates],
      [
        "判断标准",
        `类案组离散度超过 ${formatNumber(params.dispersionThreshold)}；个案刑期稳健 z 值绝对值超过 ${formatNumber(params.outlierZ)}；` +
          `个案结果与占比不低于 ${formatNumber(params.majority * 100, 1)}% 的多数结果不一致；类案组至少 ${params.minClusterSize} 件；最多审查 ${groupDigits(params.maxCases)} 件`,
      ],
    ]),
    "</section>",
  ].join("\n");
}

function snapshotSection(audit: Audit): string {
  const by = audit.requestedBy;
  return [
    `<section id="snapshot">\n<h2>${AUDIT_SECTION_HEADINGS.snapshot}</h2>`,
    fieldsTable([
      ["审查编号", audit.id],
      ["数据快照（索引）", audit.snapshot.index],
      ["索引文书数", `${groupDigits(audit.snapshot.documents)} 篇`],
      ["审查案件数", `${groupDigits(audit.casesExamined)} 件`],
      ["类案组数", `${audit.clusters.length} 个`],
      ["用时", durationLabel(audit.durationMs)],
      ["申请人", `${by.user}（${by.court}，${ROLE_LABELS[by.role] ?? by.role}）`],
      ["审查时间", formatInstant(audit.createdAt)],
    ]),
    "</section>",
  ].join("\n");
}

function summarySection(audit: Audit, flagged: readonly AuditCluster[]): string {
  const counts = (Object.keys(FINDING_KIND_LABELS) as Array<AuditFinding["kind"]>).map(
    (kind) => [kind, audit.findings.filter((f) => f.kind === kind).length] as const,
  );
  const lead =
    audit.findings.length === 0
      ? `在 ${audit.clusters.length} 个类案组中未发现超过阈值的裁判分歧。`
      : `共审查 ${groupDigits(audit.casesExamined)} 件案件，形成 ${audit.clusters.length} 个类案组；` +
        `其中 ${flagged.length} 个类案组有审查发现，共 ${audit.findings.length} 项。`;
  const rows = counts
    .map(([kind, n]) => `<tr><th scope="row">${escapeHtml(FINDING_KIND_LABELS[kind])}</th><td>${n}</td></tr>`)
    .join("\n");
  return [
    `<section id="summary">\n<h2>${AUDIT_SECTION_HEADINGS.summary}</h2>`,
    `<p class="lead">${escapeHtml(lead)}</p>`,
    `<table class="data compact" id="findings-by-kind"><caption>审查发现按类型统计</caption><colgroup><col style="width:60%"><col style="width:40%"></colgroup><thead><tr><th scope="col">类型</th><th scope="col">项数</th></tr></thead><tbody>\n${rows}\n<tr><th scope="row">合计</th><td>${audit.findings.length}</td></tr>\n</tbody></table>`,
    "</section>",
  ].join("\n");
}

function findingArticle(f: AuditFinding, index: number, clusters: Map<string, AuditCluster>): string {
  const cluster = clusters.get(f.clusterId);
  const clusterLine = cluster
    ? `所属类案组：<a href="#${clusterAnchor(cluster.id)}">${escapeHtml(cluster.label)}</a>（${cluster.distribution.size} 件，离散度 ${formatNumber(cluster.dispersion)}）`
    : `所属类案组：${escapeHtml(f.clusterId)}`;
  const numbers = orderedNumbers(f.numbers);
  const numbersTable =
    numbers.length > 0
      ? `<table class="fields compact"><caption>数据依据</caption><tbody>\n${numbers
          .map(
            ([k, v]) =>
              `<tr><th scope="row">${escapeHtml(numberLabel(k))}</th><td>${escapeHtml(numberValue(k, v))}</td></tr>`,
          )
          .join("\n")}\n</tbody></table>`
      : "";
  const heading = f.case
    ? `${FINDING_KIND_LABELS[f.kind]}：${caseName(f.case)}`
    : FINDING_KIND_LABELS[f.kind];
  return [
    `<article class="finding" id="finding-${index}" data-kind="${f.kind}">`,
    `<h3>${index}. ${escapeHtml(heading)}<span class="badge">严重程度 ${escapeHtml(formatNumber(f.severity))}</span></h3>`,
    `<p class="lead">${escapeHtml(f.summary)}</p>`,
    `<p class="note">${clusterLine}</p>`,
    f.case ? fieldsTable(caseRows(f.case), "fields compact") : "",
    numbersTable,
    "</article>",
  ]
    .filter((s) => s !== "")
    .join("\n");
}

/**
 * The share chart a finding against the majority refers to: the dimension (penalty kind,
 * disposition, administrative rulings, appeal result) whose top share is the finding's majority
 * share and whose top category is not the case's own; else the first dimension the case has a
 * category in.
 */
export function shareKindOf(f: AuditFinding, cluster: AuditCluster): ShareKind | undefined {
  const kinds: ShareKind[] = ["penalty", "disposition", "administrative", "appeal"];
  const present = kinds.filter(
    (k) =>
      sharesOf(cluster.distribution, k) !== undefined && (!f.case || categoryOf(f.case, k) !== undefined),
  );
  const majority = f.numbers.majorityShare;
  const matching = present.find((k) => {
    const entries = Object.entries(sharesOf(cluster.distribution, k) ?? {});
    const top = entries.reduce<[string, number] | undefined>(
      (best, e) => (!best || e[1] > best[1] ? e : best),
      undefined,
    );
    return (
      top !== undefined &&
      (majority === undefined || Math.abs(top[1] - majority) < 1e-9) &&
      (!f.case || categoryOf(f.case, k) !== top[0])
    );
  });
  return matching ?? present[0];
}

/** The charts of one flagged cluster: months when its findings concern months, shares for majorities. */
export function clusterCharts(cluster: AuditCluster, findings: readonly AuditFinding[]): string[] {
  const dist = cluster.distribution;
  const base = clusterAnchor(cluster.id);
  const figures: string[] = [];
  const monthsFindings = findings.filter((f) => f.kind !== "against_majority");
  const majorityFindings = findings.filter((f) => f.kind === "against_majority");
  const wantsMonths =
    monthsFindings.length > 0 && (dist.months !== undefined || !shareKindsPresent(cluster).length);
  if (wantsMonths) {
    const highlights: Highlight[] = monthsFindings
      .filter((f) => f.case?.months !== undefined)
      .map((f) => ({
        label: caseName(f.case as NonNullable<AuditFinding["case"]>),
        kind: "flagged",
        months: f.case?.months,
      }));
    figures.push(monthsFigure(`${base}-months`, cluster.label, dist, highlights, "research"));
  }
  const byKind = new Map<ShareKind, Highlight[]>();
  for (const f of majorityFindings) {
    const kind = shareKindOf(f, cluster);
    if (!kind) continue;
    const hs = byKind.get(kind) ?? [];
    if (f.case) hs.push({ label: caseName(f.case), kind: "flagged", category: categoryOf(f.case, kind) });
    byKind.set(kind, hs);
  }
  // A dispersed cluster without months still gets its outcome shares.
  if (figures.length === 0 && byKind.size === 0) {
    const kind = shareKindsPresent(cluster)[0];
    if (kind) byKind.set(kind, []);
    else figures.push(monthsFigure(`${base}-months`, cluster.label, dist, [], "research"));
  }
  for (const [kind, hs] of byKind)
    figures.push(sharesFigure(`${base}-${kind}`, cluster.label, kind, dist, hs));
  return figures;
}

function shareKindsPresent(cluster: AuditCluster): ShareKind[] {
  return (["disposition", "administrative", "appeal", "penalty"] as const).filter(
    (k) => sharesOf(cluster.distribution, k) !== undefined,
  );
}

function clusterSection(cluster: AuditCluster, findings: readonly AuditFinding[], index: number): string {
  const facts = fieldsTable(
    [
      ["罪名/案由", list(cluster.charges, NONE)],
      ["适用法条", list(cluster.statutes.map(statuteKeyText), NONE)],
      ["案件数", `${cluster.distribution.size} 件`],
      ["离散度", formatNumber(cluster.dispersion)],
      [
        "审查发现",
        findings
          .map((f) =>
            f.case ? `${FINDING_KIND_LABELS[f.kind]}（${caseName(f.case)}）` : FINDING_KIND_LABELS[f.kind],
          )
          .join("；"),
      ],
    ],
    "fields compact",
  );
  return [
    `<section class="cluster" id="${clusterAnchor(cluster.id)}" data-cluster="${escapeHtml(cluster.id)}">`,
    `<h3>${chineseOrdinal(index)}、${escapeHtml(cluster.label)}</h3>`,
    facts,
    ...clusterCharts(cluster, findings),
    "</section>",
  ].join("\n");
}

function othersSection(others: readonly AuditCluster[]): string {
  if (others.length === 0) return "";
  const rows = others
    .map(
      (c) =>
        `<tr><td>${escapeHtml(c.label)}</td><td>${c.distribution.size}</td><td>${formatNumber(c.dispersion)}${c.notAssessed ? "（未评估）" : ""}</td></tr>`,
    )
    .join("\n");
  // A cluster listed but not assessed says why (src/audit/cluster.ts CAUSE_ONLY_NOT_ASSESSED).
  const notAssessed = others
    .filter((c) => c.notAssessed)
    .map((c) => `<p class="note">${escapeHtml(c.label)}未评估：${escapeHtml(c.notAssessed ?? "")}</p>`);
  return [
    `<section id="others">\n<h2>${AUDIT_SECTION_HEADINGS.others}</h2>`,
    `<p class="note">以下类案组未发现超过阈值的裁判分歧${notAssessed.length > 0 ? "或未作评估" : ""}，仅列出规模与离散度。</p>`,
    `<table class="compact"><colgroup><col style="width:60%"><col style="width:20%"><col style="width:20%"></colgroup><thead><tr><th scope="col">类案组</th><th scope="col">案件数</th><th scope="col">离散度</th></tr></thead><tbody>\n${rows}\n</tbody></table>`,
    ...notAssessed,
    "</section>",
  ].join("\n");
}

export function renderAuditHtml(audit: Audit): string {
  const ranked = rankFindings(audit.findings);
  const clusters = new Map(audit.clusters.map((c) => [c.id, c]));
  // Flagged clusters in the order of their most severe finding.
  const flaggedIds: string[] = [];
  for (const f of ranked)
    if (clusters.has(f.clusterId) && !flaggedIds.includes(f.clusterId)) flaggedIds.push(f.clusterId);
  const flagged = flaggedIds.map((id) => clusters.get(id) as AuditCluster);
  const others = audit.clusters.filter((c) => !flaggedIds.includes(c.id));

  const findings =
    ranked.length > 0
      ? ranked.map((f, i) => findingArticle(f, i + 1, clusters)).join("\n")
      : '<p class="note">未发现超过阈值的裁判分歧。</p>';
  const scope = audit.request.scope;
  const subject = [...(scope.charges ?? []), ...(scope.causes ?? [])].join("、");

  const body = [
    scopeSection(audit),
    snapshotSection(audit),
    summarySection(audit, flagged),
    `<section id="findings">\n<h2>${AUDIT_SECTION_HEADINGS.findings}</h2>\n${findings}\n</section>`,
    flagged.length > 0
      ? `<section id="clusters">\n<h2>${AUDIT_SECTION_HEADINGS.clusters}</h2>\n<p class="note">每个图中，灰点为类案组内各案件，阴影为第 10 至第 90 百分位区间，虚线为中位数，红色菱形为被标记案件；条形图中红色为被标记案件所属结果。每图下附数据表。</p>\n${flagged
          .map((c, i) =>
            clusterSection(
              c,
              ranked.filter((f) => f.clusterId === c.id),
              i + 1,
            ),
          )
          .join("\n")}\n</section>`
      : "",
    othersSection(others),
  ]
    .filter((s) => s !== "")
    .join("\n");

  return page({
    title: `${AUDIT_TITLE}（${audit.id}）`,
    description: `${AUDIT_TITLE}：${subject || "全部案件"}`,
    created: audit.createdAt,
    header: `<h1>${AUDIT_TITLE}</h1>\n<div class="subtitle"><p>${escapeHtml(subject || "全部案件")}</p><p>审查编号 ${escapeHtml(audit.id)}</p></div>`,
    body,
    footer: [
      `数据来源：索引 ${audit.snapshot.index}（${groupDigits(audit.snapshot.documents)} 篇裁判文书），审查时间 ${formatInstant(audit.createdAt)}。`,
      "本报告由系统依据公开裁判文书自动聚类与统计生成，仅供研究室审查参考；是否属于类案、是否构成类案不同判，由审查人员阅读裁判文书后判断。",
      "稳健 z 值以类案组刑期的中位数和绝对中位差（MAD）计算，不受个别极端值影响；离散度衡量类案组裁判结果的分散程度。",
    ],
  });
}
