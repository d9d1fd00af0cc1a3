/**
 * The readable result of a deviation check (拟判结果偏离预警): the warning level and its reason first,
 * the proposed outcome placed on the distribution of similar cases (the audit report's chart code),
 * then the similar cases. Self-contained, printable, deterministic.
 *
 * DeviationResult does not repeat the proposed outcome, so its value for the chart comes from the
 * optional `proposed` (the request's `proposed` object); without it the label is shown in text only.
 */
import { formatDate } from "../../reports/render/sections.ts";
import type { DeviationRequest, DeviationResult, EvidenceCase } from "../model.ts";
import { formatNumber } from "./charts.ts";
import {
  caseName,
  committeeLabel,
  courtLevelLabel,
  escapeHtml,
  fieldsTable,
  type Highlight,
  monthsFigure,
  NONE,
  outcomeLabel,
  page,
  type ShareKind,
  sharesFigure,
  sharesOf,
} from "./common.ts";

export const DEVIATION_TITLE = "拟判结果类案偏离预警";

export const LEVEL_LABELS: Record<DeviationResult["level"], string> = {
  none: "未见明显偏离",
  notice: "提示",
  warning: "预警",
};

function levelClass(level: DeviationResult["level"]): string {
  return level === "warning" ? "warning" : level === "notice" ? "notice" : "";
}

function similarTable(cases: readonly EvidenceCase[]): string {
  if (cases.length === 0) return '<p class="nodata">未检索到类案。</p>';
  const rows = cases
    .map(
      (c, i) =>
        `<tr><td>${i + 1}</td><td>${escapeHtml(c.caseNumber ?? c.id)}</td><td>${escapeHtml(c.court ?? NONE)}</td>` +
        `<td>${escapeHtml(courtLevelLabel(c.courtLevel))}</td><td>${escapeHtml(formatDate(c.decisionDate))}</td>` +
        `<td>${escapeHtml(committeeLabel(c.committeeDiscussed))}</td><td>${escapeHtml(outcomeLabel(c))}</td></tr>`,
    )
    .join("\n");
  return (
    '<table class="compact" id="similar-cases"><colgroup><col style="width:5%"><col style="width:21%"><col style="width:20%"><col style="width:13%"><col style="width:13%"><col style="width:9%"><col style="width:19%"></colgroup>' +
    '<thead><tr><th scope="col">序号</th><th scope="col">案号</th><th scope="col">审理法院</th><th scope="col">法院层级</th><th scope="col">裁判日期</th><th scope="col">审委会讨论</th><th scope="col">裁判结果</th></tr></thead>' +
    `<tbody>\n${rows}\n</tbody></table>`
  );
}

/**
 * The deviation charts as HTML figures (inline SVG with their data tables): the proposed outcome on
 * the months distribution and on the share of its category. The page below and the workbench
 * (POST /api/v1/deviation?figures=true) show the same figures.
 */
export function deviationFigures(
  result: DeviationResult,
  proposedLabel: string,
  proposed?: DeviationRequest["proposed"],
): string[] {
  const dist = result.comparedTo;
  const label = `拟判：${proposedLabel}`;
  const figures: string[] = [];
  if (dist.months || proposed?.months !== undefined) {
    const hs: Highlight[] =
      proposed?.months !== undefined ? [{ label, kind: "proposed", months: proposed.months }] : [];
    figures.push(monthsFigure("deviation-months", "类案", dist, hs, "judge"));
  }
  const shareKinds: Array<[ShareKind, string | undefined]> = [
    ["penalty", proposed?.penalty],
    ["disposition", proposed?.civilDisposition],
    ["administrative", proposed?.administrativeDisposition],
    ["appeal", undefined],
  ];
  for (const [kind, category] of shareKinds) {
    if (!sharesOf(dist, kind)) continue;
    // The penalty shares add little when months are charted and all cases share one kind.
    const shares = sharesOf(dist, kind) ?? {};
    if (kind === "penalty" && dist.months && Object.keys(shares).length <= 1 && category === undefined)
      continue;
    const hs: Highlight[] = category !== undefined ? [{ label: "拟判", kind: "proposed", category }] : [];
    figures.push(sharesFigure(`deviation-${kind}`, "类案", kind, dist, hs));
  }
  if (figures.length === 0) figures.push(monthsFigure("deviation-months", "类案", dist, [], "judge"));
  return figures;
}

/** How a proposed outcome is named: 拘役 5 个月，罚金 5000 元. */
export function proposedOutcomeLabel(proposed: DeviationRequest["proposed"]): string {
  const { administrativeDisposition: ruling, ...rest } = proposed;
  return outcomeLabel({ id: "proposed", ...rest, ...(ruling ? { administrative: [ruling] } : {}) });
}

export function renderDeviationHtml(
  result: DeviationResult,
  proposedLabel: string,
  proposed?: DeviationRequest["proposed"],
): string {
  const dist = result.comparedTo;
  const label = `拟判：${proposedLabel}`;
  const figures = deviationFigures(result, proposedLabel, proposed);

  const cls = levelClass(result.level);
  const levelLine = `${LEVEL_LABELS[result.level]}${result.suggestJudgesMeeting ? "：建议提交专业法官会议讨论" : ""}`;
  const facts: Array<[string, string]> = [
    ["拟判结果", proposedLabel],
    [
      "在类案中的位置",
      result.percentile !== undefined ? `高于 ${formatNumber(result.percentile, 1)}% 的类案` : NONE,
    ],
    ["比较的类案数", `${dist.size} 件`],
    ["是否建议提交专业法官会议", result.suggestJudgesMeeting ? "是" : "否"],
  ];
  const body = [
    `<section id="verdict">`,
    `<h2>一、预警结论</h2>`,
    `<p class="lead${cls ? ` ${cls}` : ""}" id="level" data-level="${result.level}">${escapeHtml(levelLine)}</p>`,
    `<p class="lead" id="reason">${escapeHtml(result.reason)}</p>`,
    fieldsTable(facts),
    "</section>",
    `<section id="distribution">\n<h2>二、类案裁判分布</h2>`,
    '<p class="note">灰点为各类案，阴影为八成类案的刑期区间（最轻和最重的各一成除外），虚线为中位数，绿色三角为拟判结果；条形图中绿色为拟判结果所属类别。</p>',
    ...figures,
    "</section>",
    `<section id="similar">\n<h2>三、比较的类案（${result.similarCases.length} 件）</h2>`,
    similarTable(result.similarCases),
    "</section>",
  ].join("\n");
  const named = result.similarCases.map(caseName);
  return page({
    title: DEVIATION_TITLE,
    description: `${DEVIATION_TITLE}：${proposedLabel}`,
    header: `<h1>${DEVIATION_TITLE}</h1>\n<div class="subtitle"><p>${escapeHtml(label)}</p></div>`,
    body,
    footer: [
      "本页由系统依据相似案件的裁判结果统计生成，供承办法官参考；类案由法官确认，是否提交专业法官会议依有关规定决定。",
      ...(named.length > 0 ? [`比较案件：${named.join("、")}。`] : []),
    ],
  });
}
