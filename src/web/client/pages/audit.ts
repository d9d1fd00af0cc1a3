/// <reference lib="dom" />
/**
 * The research office's audit of inconsistent rulings (类案不同判审查): define a scope, run it (or
 * open an earlier audit), read the findings ranked by severity, browse the flagged clusters with
 * their outcome distributions (the HTML report's own SVG charts, fetched per cluster), list every
 * cluster (those found consistent and those not assessed too) and drill into the judgments behind
 * each finding.
 */
import type { z } from "zod";
import type { AuditSummary } from "../../../api/routes/audits/schema.ts";
import type { Audit, AuditCluster, AuditFinding } from "../../../audit/model.ts";
import { statuteKeyText } from "../../../judgment/provisions.ts";
import { call } from "../api.ts";
import { openCase } from "../caseview.ts";
import type { Context } from "../context.ts";
import { field, formatInstant, h, input, select, splitList, status } from "../dom.ts";
import { splitNames } from "../lists.ts";
import { showError } from "./judge.ts";

type Summary = z.infer<typeof AuditSummary>;

/** Clusters whose charts load at once; the rest on request (each chart is one small request). */
const CHARTS_AT_ONCE = 8;

const scope = {
  charges: "",
  causes: "",
  courts: "",
  provinces: "",
  category: "",
  dateFrom: "",
  dateTo: "",
  dispersionThreshold: "0.5",
  outlierZ: "3.5",
  majority: "0.8",
  minClusterSize: "5",
};

/** POST /api/v1/audits' field paths in the words of this form (dom.ts fieldPathLabel). */
const FORM_LABELS: Record<string, string> = {
  "scope.charges": "罪名",
  "scope.causes": "案由",
  "scope.category": "案件类别",
  "scope.courts": "法院",
  "scope.provinces": "省份",
  "scope.dateFrom": "裁判日期（起）",
  "scope.dateTo": "裁判日期（止）",
  dispersionThreshold: "类案组离散度阈值",
  outlierZ: "个案稳健 z 值阈值",
  majority: "多数结果比例",
  minClusterSize: "最小类案组规模",
};

function auditRequest() {
  const list = (s: string) => (splitList(s).length > 0 ? splitList(s) : undefined);
  const names = (s: string) => (splitNames(s).length > 0 ? splitNames(s) : undefined);
  return {
    scope: {
      ...(names(scope.charges) ? { charges: names(scope.charges) } : {}),
      ...(names(scope.causes) ? { causes: names(scope.causes) } : {}),
      ...(list(scope.courts) ? { courts: list(scope.courts) } : {}),
      ...(list(scope.provinces) ? { provinces: list(scope.provinces) } : {}),
      ...(scope.category ? { category: scope.category } : {}),
      ...(scope.dateFrom ? { dateFrom: scope.dateFrom } : {}),
      ...(scope.dateTo ? { dateTo: scope.dateTo } : {}),
    },
    dispersionThreshold: Number(scope.dispersionThreshold),
    outlierZ: Number(scope.outlierZ),
    majority: Number(scope.majority),
    minClusterSize: Number(scope.minClusterSize),
  };
}

/** In-page anchors of the flagged clusters, by rank: `#cluster-1`… */
type Anchors = Map<string, string>;

async function loadFigures(auditId: string, cluster: AuditCluster, target: HTMLElement): Promise<void> {
  target.replaceChildren(h("p", { class: "loading" }, "正在绘制分布图…"));
  try {
    const { figures } = await call<{ figures: string[] }>(
      `/audits/${encodeURIComponent(auditId)}/figures?cluster=${encodeURIComponent(cluster.id)}`,
    );
    // Server-rendered by src/audit/render (escaped text, inline SVG, no scripts): the same figures as the printed report.
    target.innerHTML = figures.join("\n");
  } catch (error) {
    showError(target, error);
  }
}

function findingItem(
  ctx: Context,
  f: AuditFinding,
  clusters: Map<string, AuditCluster>,
  anchors: Anchors,
): HTMLElement {
  const cluster = clusters.get(f.clusterId);
  return h(
    "li",
    { class: "finding", "data-kind": f.kind, "data-case-id": f.case?.id ?? "" },
    h("span", { class: "tag" }, ctx.labels.findingKinds[f.kind] ?? f.kind),
    h("span", { class: "severity" }, `严重程度 ${f.severity.toFixed(2)}`),
    h("p", {}, f.summary),
    h(
      "p",
      { class: "finding-links" },
      f.case
        ? h(
            "button",
            { type: "button", class: "link", onclick: () => void openCase(ctx, f.case?.id ?? "") },
            `查看裁判文书 ${f.case.caseNumber ?? f.case.id}`,
          )
        : null,
      cluster
        ? h(
            "a",
            { href: `#${anchors.get(cluster.id)}`, class: "cluster-link", onclick: jump },
            `所属类案组：${cluster.label}`,
          )
        : null,
    ),
  );
}

/** In-page jumps without touching the router's hash. */
function jump(event: Event): void {
  const href = (event.currentTarget as HTMLAnchorElement).getAttribute("href") ?? "";
  const target = document.getElementById(href.slice(1));
  if (!target) return;
  event.preventDefault();
  target.scrollIntoView();
  target.focus();
}

function clusterSection(
  ctx: Context,
  audit: Audit,
  cluster: AuditCluster,
  findings: AuditFinding[],
  index: number,
  id = `cluster-${index + 1}`,
  chartNow = index < CHARTS_AT_ONCE,
): HTMLElement {
  const figures = h("div", { class: "figures" });
  if (chartNow) void loadFigures(audit.id, cluster, figures);
  else
    figures.append(
      h(
        "button",
        { type: "button", onclick: () => void loadFigures(audit.id, cluster, figures) },
        `显示“${cluster.label}”的分布图`,
      ),
    );
  const numbers = new Map(findings.filter((f) => f.case).map((f) => [f.case?.id ?? "", f.case?.caseNumber]));
  const cases = h(
    "details",
    { class: "cluster-cases" },
    h("summary", {}, `本组案件（${cluster.caseIds.length} 件）`),
    h(
      "ul",
      { class: "inline-list" },
      ...cluster.caseIds.slice(0, 200).map((id) =>
        h(
          "li",
          {},
          h(
            "button",
            {
              type: "button",
              class: `link${numbers.has(id) ? " flagged" : ""}`,
              onclick: () => void openCase(ctx, id),
            },
            numbers.get(id) ?? id,
          ),
        ),
      ),
    ),
    cluster.caseIds.length > 200 ? h("p", { class: "muted" }, `仅列出前 200 件。`) : null,
  );
  return h(
    "section",
    { class: "cluster", id, tabindex: "-1", "data-cluster": cluster.id, "aria-labelledby": `${id}-title` },
    h("h3", { id: `${id}-title` }, `${index + 1}. ${cluster.label}`),
    h(
      "p",
      { class: "meta" },
      `${cluster.distribution.size} 件 · 离散度 ${cluster.dispersion.toFixed(2)} · 法条 ${cluster.statutes.map(statuteKeyText).join("、") || "—"} · 审查发现 ${findings.length} 项`,
    ),
    figures,
    cases,
  );
}

/** How the audit weighed a cluster, in the words of the page (src/audit/outcomes.ts assessCluster). */
function assessment(audit: Audit, cluster: AuditCluster, findings: number): string {
  if (cluster.notAssessed) return "未评估（见表下说明）";
  if (cluster.distribution.size < audit.request.minClusterSize)
    return `未评估（不足最小类案组规模 ${audit.request.minClusterSize} 件）`;
  return findings > 0 ? `有审查发现 ${findings} 项` : "未发现超过阈值的裁判分歧";
}

/**
 * Every cluster of the audit, flagged or not, with its size, dispersion and assessment: the clusters
 * found consistent and those not assessed are 类案 a researcher reads too. Collapsed at first; a
 * flagged cluster links to its section above, another shows its charts and cases below the table.
 */
function allClusters(ctx: Context, audit: Audit, anchors: Anchors): HTMLElement {
  const shown = h("div", { class: "cluster-shown" });
  const rows = audit.clusters.map((cluster, i) => {
    const findings = audit.findings.filter((f) => f.clusterId === cluster.id);
    const anchor = anchors.get(cluster.id);
    const show = () => {
      const section = clusterSection(ctx, audit, cluster, findings, i, `all-cluster-${i + 1}`, true);
      shown.replaceChildren(section);
      section.scrollIntoView();
      section.focus();
    };
    return h(
      "tr",
      { "data-cluster": cluster.id },
      h("th", { scope: "row" }, cluster.label),
      h("td", {}, String(cluster.distribution.size)),
      h("td", {}, cluster.dispersion.toFixed(2)),
      h("td", {}, assessment(audit, cluster, findings.length)),
      h(
        "td",
        {},
        anchor
          ? h("a", { href: `#${anchor}`, class: "cluster-link", onclick: jump }, `转到“${cluster.label}”`)
          : h("button", { type: "button", class: "link", onclick: show }, `查看“${cluster.label}”`),
      ),
    );
  });
  // A cluster listed but not assessed says why (src/audit/cluster.ts CAUSE_ONLY_NOT_ASSESSED).
  const reasons = [...new Set(audit.clusters.flatMap((c) => (c.notAssessed ? [c.notAssessed] : [])))];
  return h(
    "details",
    { class: "all-clusters" },
    h("summary", {}, `全部类案组（${audit.clusters.length} 个，含未发现分歧与未评估的类案组）`),
    h(
      "table",
      {},
      h("caption", {}, "全部类案组（按案件数从多到少）"),
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          ...["类案组", "案件数", "离散度", "评估结果", "操作"].map((t) => h("th", { scope: "col" }, t)),
        ),
      ),
      h("tbody", {}, ...rows),
    ),
    ...reasons.map((r) => h("p", { class: "muted" }, `未评估：${r}`)),
    shown,
  );
}

function auditView(ctx: Context, audit: Audit): HTMLElement {
  const clusters = new Map(audit.clusters.map((c) => [c.id, c]));
  const flaggedIds: string[] = [];
  for (const f of audit.findings)
    if (clusters.has(f.clusterId) && !flaggedIds.includes(f.clusterId)) flaggedIds.push(f.clusterId);
  const anchors: Anchors = new Map(flaggedIds.map((id, i) => [id, `cluster-${i + 1}`]));
  const byKind = Object.entries(ctx.labels.findingKinds).map(
    ([kind, label]) => `${label} ${audit.findings.filter((f) => f.kind === kind).length} 项`,
  );
  const top = audit.findings.slice(0, 50);
  return h(
    "section",
    { class: "card audit", "data-audit-id": audit.id, "aria-labelledby": "audit-title" },
    h("h2", { id: "audit-title", tabindex: "-1" }, `${ctx.labels.titles.audit}：${audit.id}`),
    h(
      "p",
      { class: "summary" },
      `审查 ${audit.casesExamined} 件案件，形成 ${audit.clusters.length} 个类案组，其中 ${flaggedIds.length} 个有审查发现，共 ${audit.findings.length} 项（${byKind.join("，")}）。数据快照 ${audit.snapshot.index}（${audit.snapshot.documents} 篇），${formatInstant(audit.createdAt)}。`,
    ),
    h(
      "h3",
      {},
      `审查发现（按严重程度排序${audit.findings.length > top.length ? `，前 ${top.length} 项` : ""}）`,
    ),
    top.length > 0
      ? h("ol", { class: "findings" }, ...top.map((f) => findingItem(ctx, f, clusters, anchors)))
      : h("p", { class: "muted" }, "未发现超过阈值的裁判分歧。"),
    h("h3", {}, `被标记的类案组（${flaggedIds.length} 个）`),
    ...flaggedIds.map((id, i) =>
      clusterSection(
        ctx,
        audit,
        clusters.get(id) as AuditCluster,
        audit.findings.filter((f) => f.clusterId === id),
        i,
      ),
    ),
    allClusters(ctx, audit, anchors),
  );
}

async function earlierAudits(ctx: Context, target: HTMLElement, show: (id: string) => void): Promise<void> {
  try {
    const { audits } = await call<{ audits: Summary[] }>("/audits?size=20");
    if (audits.length === 0) {
      target.replaceChildren(h("p", { class: "muted" }, "尚无审查记录。"));
      return;
    }
    target.replaceChildren(
      h(
        "table",
        { class: "audits" },
        h("caption", {}, "既往审查（新到旧）"),
        h(
          "thead",
          {},
          h(
            "tr",
            {},
            ...["审查编号", "时间", "范围", "案件数", "发现", "操作"].map((t) =>
              h("th", { scope: "col" }, t),
            ),
          ),
        ),
        h(
          "tbody",
          {},
          ...audits.map((a) =>
            h(
              "tr",
              {},
              h("td", {}, a.id),
              h("td", {}, formatInstant(a.createdAt)),
              h(
                "td",
                {},
                [...(a.scope.charges ?? []), ...(a.scope.causes ?? []), ...(a.scope.courts ?? [])].join(
                  "、",
                ) || "全部",
              ),
              h("td", {}, String(a.casesExamined)),
              h("td", {}, String(a.findingCount)),
              h(
                "td",
                {},
                h("button", { type: "button", class: "link", onclick: () => show(a.id) }, `打开 ${a.id}`),
              ),
            ),
          ),
        ),
      ),
    );
  } catch (error) {
    showError(target, error);
  }
  void ctx;
}

export async function auditPage(ctx: Context, main: HTMLElement, params: string[]): Promise<void> {
  const out = h("div", { id: "audit-output" });
  const problems = h("div");
  const show = async (id: string) => {
    status("正在读取审查结果…");
    try {
      const audit = await call<Audit>(`/audits/${encodeURIComponent(id)}`);
      out.replaceChildren(auditView(ctx, audit));
      status(`审查 ${audit.id}：${audit.findings.length} 项发现`);
      (document.getElementById("audit-title") as HTMLElement | null)?.focus();
    } catch (error) {
      showError(problems, error, FORM_LABELS);
    }
  };
  const text = (
    key: keyof typeof scope,
    label: string,
    attrs: Record<string, string> = {},
    hint?: string,
  ) => {
    const el = input({ name: key, ...attrs });
    el.value = scope[key];
    el.addEventListener("input", () => {
      scope[key] = el.value;
    });
    return field(label, el, hint);
  };
  const category = select(
    ctx.labels.categories.map((c) => [c, c]),
    { name: "category" },
    "不限",
  );
  category.value = scope.category;
  category.addEventListener("change", () => {
    scope.category = category.value;
  });
  const canRun = ctx.session.role === "research";
  const form = h(
    "form",
    { class: "card", "aria-labelledby": "audit-form-title" },
    h("h1", { id: "audit-form-title", class: "page-title" }, ctx.labels.titles.audit),
    h(
      "p",
      {},
      "在审查范围内将案件按罪名/案由、主要法条与量刑情节聚类，找出裁判结果离散的类案组与偏离所在组的个案。",
    ),
    h(
      "div",
      { class: "row" },
      text("charges", "罪名", {}, "多个以顿号分隔"),
      text("causes", "案由"),
      field("案件类别", category),
    ),
    h(
      "div",
      { class: "row" },
      text("courts", "法院"),
      text("provinces", "省份"),
      text("dateFrom", "裁判日期（起）", { type: "date" }),
      text("dateTo", "裁判日期（止）", { type: "date" }),
    ),
    h(
      "details",
      { class: "filters" },
      h("summary", {}, "判断标准"),
      h(
        "div",
        { class: "row" },
        text("dispersionThreshold", "类案组离散度阈值", { type: "number", step: "0.1", min: "0" }),
        text("outlierZ", "个案稳健 z 值阈值", { type: "number", step: "0.5", min: "1" }),
        text("majority", "多数结果比例", { type: "number", step: "0.05", min: "0.5", max: "1" }),
        text("minClusterSize", "最小类案组规模", { type: "number", step: "1", min: "3" }),
      ),
    ),
    canRun
      ? h("div", { class: "actions" }, h("button", { type: "submit", class: "primary" }, "运行审查"))
      : h("p", { class: "muted" }, "技术处可查看既往审查，运行审查需研究室权限。"),
    problems,
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    problems.replaceChildren();
    const button = form.querySelector("button[type=submit]") as HTMLButtonElement;
    button.disabled = true;
    status("正在运行审查，案件较多时需要数十秒…");
    try {
      const audit = await call<Audit>("/audits", auditRequest());
      history.replaceState(null, "", `#/audit/${encodeURIComponent(audit.id)}`);
      out.replaceChildren(auditView(ctx, audit));
      status(`审查完成：${audit.findings.length} 项发现`);
      (document.getElementById("audit-title") as HTMLElement | null)?.focus();
      await earlierAudits(ctx, list, (id) => void show(id));
    } catch (error) {
      showError(problems, error, FORM_LABELS);
    } finally {
      button.disabled = false;
    }
  });
  const list = h("div", { class: "card", id: "earlier-audits" });
  main.replaceChildren(form, out, list);
  await earlierAudits(ctx, list, (id) => void show(id));
  if (params[0]) await show(params[0]);
}
