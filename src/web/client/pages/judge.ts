/// <reference lib="dom" />
/**
 * The judge's flow: describe the pending case (or load it by case number), retrieve similar cases
 * grouped by the SPC tiers with why each matched, narrow them by facets, open a case's record,
 * decide how each selected case is used (参照/参考/不予参照) and why, record the cases the parties
 * submitted with the court's responses, then file the report and see earlier reports of the case.
 *
 * The state lives in this module so that leaving the page (to search, say) and coming back keeps
 * the judge's work until the tab is closed.
 */
import type { z } from "zod";
import type { SearchResponse } from "../../../api/routes/search/schema.ts";
import type { SimilarResponse } from "../../../api/routes/similar/schema.ts";
import { sharedCauseText } from "../../../judgment/causes.ts";
import { sharedChargeText } from "../../../judgment/charges.ts";
import { statuteKeyText } from "../../../judgment/provisions.ts";
import type { JudgmentRecord } from "../../../judgment/record.ts";
import type { ReportRequest, RetrievalReport } from "../../../reports/model.ts";
import type { CaseFilters, SimilarCase } from "../../../retrieval/types.ts";
import { ApiError, call } from "../api.ts";
import { openCase, reasoningTitle } from "../caseview.ts";
import type { Context } from "../context.ts";
import {
  chargesAndCauses,
  checkboxes,
  errorBox,
  field,
  fieldPathLabel,
  formatDate,
  h,
  input,
  isCharge,
  lines,
  markTerms,
  select,
  splitList,
  status,
  textarea,
} from "../dom.ts";
import { splitNames, splitStatutes } from "../lists.ts";
import { earlierReports, reportPanel } from "./reports.ts";

type Use = "follow" | "consider" | "not_used";

interface Choice {
  selected: boolean;
  use: Use;
  reason: string;
}

interface Submitted {
  submittedBy: string;
  citation: string;
  caseId: string;
  response: string;
}

const state = {
  form: {
    caseNumber: "",
    court: "",
    facts: "",
    charges: "",
    statutes: "",
    disputedIssues: "",
    parties: "",
    dateFrom: "",
    dateTo: "",
    courtLevels: [] as string[],
    includeIneffective: false,
    size: "20",
  },
  result: undefined as SimilarResponse | undefined,
  facets: {} as Record<string, string[]>,
  choices: new Map<string, Choice>(),
  submitted: [] as Submitted[],
  trigger: "no_clear_rule",
  triggerNote: "",
  /** Extra keyword searches to run and record in the report, one per line. */
  keywordQueries: "",
  /** Whether the report also runs and records a search for cases applying the listed statutes. */
  statuteQuery: true,
  report: undefined as RetrievalReport | undefined,
};

/** The pending case's fields as the workbench's forms label them (here, and the deviation check's). */
export const CASE_LABELS: Record<string, string> = {
  facts: "基本事实",
  charges: "罪名 / 案由",
  causes: "罪名 / 案由",
  statutes: "适用法条",
  court: "审理法院",
  caseNumber: "案号",
  disputedIssues: "争议焦点",
  parties: "当事人",
};

/**
 * The workbench's API field paths (POST /similar and /reports) in the words of its form, so that an
 * error names what to fix (dom.ts fieldPathLabel).
 */
const FORM_LABELS: Record<string, string> = {
  ...CASE_LABELS,
  // A report's pending case: the same fields under pendingCase.
  ...Object.fromEntries(Object.entries(CASE_LABELS).map(([path, label]) => [`pendingCase.${path}`, label])),
  size: "返回件数",
  "filters.dateFrom": "裁判日期（起）",
  "filters.dateTo": "裁判日期（止）",
  "filters.courtLevels": "法院层级",
  "filters.includeIneffective": "包含已撤回、被改判或未生效的案件",
  trigger: "检索触发情形",
  triggerNote: "检索触发情形的说明",
  queries: "补充关键词检索",
  selections: "选用的类案",
  "selections.use": "选用的类案：适用方式",
  "selections.reason": "选用的类案：理由",
  "submittedCases.submittedBy": "提交案例：提交人",
  "submittedCases.citation": "提交案例：案例（案号或名称）",
  "submittedCases.caseId": "提交案例：案件 id",
  "submittedCases.response": "提交案例：回应",
};

const SCORE_LABELS: Record<string, string> = {
  text: "事实文本",
  charges: "罪名/案由",
  statutes: "法条",
  circumstances: "情节",
  phrases: "事实词组",
  chargeModel: "罪名整体相近",
};

/** Shows an error in `target`, the API's field paths named as `labels` (the page's form) calls them. */
export function showError(target: HTMLElement, error: unknown, labels: Record<string, string> = {}): void {
  const problems =
    error instanceof ApiError
      ? error.problems.map((p) => ({ path: fieldPathLabel(p.path, labels), message: p.message }))
      : [];
  const box = errorBox(error instanceof Error ? error.message : String(error), problems);
  target.replaceChildren(box);
  box.focus();
  status(error instanceof Error ? error.message : String(error), "error");
}

function similarRequest() {
  const f = state.form;
  const { charges, causes } = chargesAndCauses(splitNames(f.charges));
  const filters: CaseFilters = {
    ...(f.dateFrom ? { dateFrom: f.dateFrom } : {}),
    ...(f.dateTo ? { dateTo: f.dateTo } : {}),
    ...(f.courtLevels.length > 0 ? { courtLevels: f.courtLevels as CaseFilters["courtLevels"] } : {}),
    ...(f.includeIneffective ? { includeIneffective: true } : {}),
  };
  return {
    facts: f.facts,
    ...(charges.length > 0 ? { charges } : {}),
    ...(causes.length > 0 ? { causes } : {}),
    ...(splitStatutes(f.statutes).length > 0 ? { statutes: splitStatutes(f.statutes) } : {}),
    ...(f.court.trim() ? { court: f.court.trim() } : {}),
    ...(f.caseNumber.trim() ? { caseNumber: f.caseNumber.trim() } : {}),
    ...(lines(f.disputedIssues).length > 0 ? { disputedIssues: lines(f.disputedIssues) } : {}),
    ...(Object.keys(filters).length > 0 ? { filters } : {}),
    size: Number(f.size),
  };
}

const sameNumber = (a: string | undefined, b: string) =>
  (a ?? "").replace(/\(/g, "（").replace(/\)/g, "）") === b.replace(/\(/g, "（").replace(/\)/g, "）");

/** Fills the form from the latest report of this case number, else from a judgment indexed under it. */
async function loadByCaseNumber(caseNumber: string): Promise<string> {
  const { reports } = await call<{ reports: Array<{ id: string }> }>(
    `/reports?caseNumber=${encodeURIComponent(caseNumber)}&size=1`,
  );
  const latest = reports[0];
  if (latest) {
    const report = await call<RetrievalReport>(`/reports/${encodeURIComponent(latest.id)}`);
    const p = report.pendingCase;
    Object.assign(state.form, {
      caseNumber: p.caseNumber,
      court: p.court,
      facts: p.facts,
      charges: [...(p.charges ?? []), ...(p.causes ?? [])].join("、"),
      statutes: (p.statutes ?? []).join("、"),
      disputedIssues: p.disputedIssues.join("\n"),
      parties: (p.parties ?? []).join("、"),
    });
    state.trigger = report.trigger;
    return `已从既往检索报告 ${report.id} 载入案情`;
  }
  const found = await call<z.infer<typeof SearchResponse>>("/search", {
    // A plain word also matches as a substring of the text (text_chars): the header carries the 案号.
    q: caseNumber.replace(/\s+/g, ""),
    size: 10,
    facets: false,
    highlight: false,
    filters: { includeIneffective: true },
  });
  const hit = found.hits.find((x) => sameNumber(x.caseNumber, caseNumber));
  if (!hit)
    throw new ApiError(404, "not_found", `未找到案号为 ${caseNumber} 的既往报告或裁判文书，请手工填写案情`);
  const record = await call<JudgmentRecord>(`/cases/${encodeURIComponent(hit.id)}`);
  Object.assign(state.form, {
    caseNumber,
    court: record.court ?? state.form.court,
    facts: record.sections.facts ?? record.sections.claims ?? record.text.slice(0, 5000),
    charges: [...record.charges, ...record.causes].join("、"),
    statutes: record.statutes
      .filter((s) => s.article !== undefined)
      .map((s) => `${s.law}#${s.article}`)
      .join("、"),
    parties: record.parties
      .filter((p) => p.role !== "公诉机关")
      .map((p) => p.name)
      .join("、"),
  });
  return `已从裁判文书 ${record.caseNumber?.raw ?? record.id} 载入案情`;
}

function pendingForm(ctx: Context, onSearch: () => void, rerender: () => void): HTMLElement {
  const f = state.form;
  const bind = <T extends HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(
    el: T,
    key: keyof typeof f,
  ): T => {
    el.value = String(f[key]);
    el.addEventListener("input", () => {
      (f as Record<string, unknown>)[key] = el.value;
    });
    return el;
  };
  const caseNumber = bind(
    input({ name: "caseNumber", placeholder: "如 （2025）京0108刑初100号" }),
    "caseNumber",
  );
  const loadMessage = h("div", { class: "inline-message", "aria-live": "polite" });
  const load = h(
    "button",
    {
      type: "button",
      onclick: async () => {
        if (!f.caseNumber.trim()) {
          loadMessage.replaceChildren(errorBox("请先填写案号"));
          return;
        }
        try {
          const message = await loadByCaseNumber(f.caseNumber.trim());
          status(message);
          rerender();
        } catch (error) {
          showError(loadMessage, error, FORM_LABELS);
        }
      },
    },
    "按案号载入",
  );
  const levels = checkboxes("法院层级", Object.entries(ctx.labels.courtLevels), f.courtLevels);
  levels.el.addEventListener("change", () => {
    f.courtLevels = levels.values();
  });
  const ineffective = h("input", { type: "checkbox", checked: f.includeIneffective });
  ineffective.addEventListener("change", () => {
    f.includeIneffective = ineffective.checked;
  });
  const form = h(
    "form",
    { class: "card", "aria-labelledby": "pending-title" },
    h("h2", { id: "pending-title" }, "一、待决案件"),
    h(
      "div",
      { class: "row" },
      field("案号", caseNumber, "填写案号后可从既往报告或已收录文书载入案情"),
      h("div", { class: "field action" }, load),
      field("审理法院", bind(input({ name: "court" }), "court")),
    ),
    loadMessage,
    field("基本事实", bind(textarea({ name: "facts", rows: 6, required: true }), "facts"), "至少 10 个字"),
    h(
      "div",
      { class: "row" },
      field("罪名 / 案由", bind(input({ name: "charges" }), "charges"), "多个以顿号或逗号分隔"),
      field(
        "适用法条",
        bind(input({ name: "statutes" }), "statutes"),
        "如 刑法#133 或 《刑法》第一百三十三条",
      ),
      field("当事人", bind(input({ name: "parties" }), "parties"), "用于关联案件检索"),
    ),
    field("争议焦点", bind(textarea({ name: "disputedIssues", rows: 2 }), "disputedIssues"), "每行一个"),
    h(
      "details",
      { class: "filters" },
      h("summary", {}, "过滤条件"),
      h(
        "div",
        { class: "row" },
        field("裁判日期（起）", bind(input({ type: "date", name: "dateFrom" }), "dateFrom")),
        field("裁判日期（止）", bind(input({ type: "date", name: "dateTo" }), "dateTo")),
        field(
          "返回件数",
          bind(
            select(
              [
                ["10", "10"],
                ["20", "20"],
                ["50", "50"],
                ["100", "100"],
              ],
              { name: "size" },
            ),
            "size",
          ),
        ),
      ),
      levels.el,
      h("label", { class: "check" }, ineffective, "包含已撤回、被改判或未生效的案件（将标注）"),
    ),
    h("div", { class: "actions" }, h("button", { type: "submit", class: "primary" }, "检索类案")),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    onSearch();
  });
  return form;
}

// ---- results ----------------------------------------------------------------------------------

interface FacetDef {
  key: string;
  label: string;
  of: (c: SimilarCase) => string[];
  name: (v: string) => string;
}

function facetDefs(ctx: Context): FacetDef[] {
  return [
    { key: "tier", label: "案例层级", of: (c) => [c.tier], name: (v) => ctx.labels.tiers[v] ?? v },
    {
      key: "courtLevel",
      label: "法院层级",
      of: (c) => (c.courtLevel ? [c.courtLevel] : []),
      name: (v) => ctx.labels.courtLevels[v] ?? v,
    },
    {
      key: "year",
      label: "裁判年份",
      of: (c) => (c.decisionDate ? [c.decisionDate.slice(0, 4)] : []),
      name: (v) => `${v}年`,
    },
    { key: "charge", label: "罪名 / 案由", of: (c) => [...c.charges, ...c.causes], name: (v) => v },
  ];
}

function visible(ctx: Context, c: SimilarCase): boolean {
  return facetDefs(ctx).every((d) => {
    const wanted = state.facets[d.key] ?? [];
    return wanted.length === 0 || d.of(c).some((v) => wanted.includes(v));
  });
}

function facetPanel(ctx: Context, cases: SimilarCase[], redraw: () => void): HTMLElement {
  const groups = facetDefs(ctx).map((d) => {
    const counts = new Map<string, number>();
    for (const c of cases) for (const v of new Set(d.of(c))) counts.set(v, (counts.get(v) ?? 0) + 1);
    const entries = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const box = checkboxes(
      d.label,
      entries.map(([v, n]) => [v, `${d.name(v)}（${n}）`]),
      state.facets[d.key] ?? [],
    );
    box.el.addEventListener("change", () => {
      state.facets[d.key] = box.values();
      redraw();
    });
    return box.el;
  });
  return h("aside", { class: "facets", "aria-label": "分面筛选" }, h("h3", {}, "筛选"), ...groups);
}

/** What the results' summary says of the charges or causes inferred from facts alone ("" for none). */
export function inferredSummary(inferred: readonly string[]): string {
  if (inferred.length === 0) return "";
  const kind = inferred.every(isCharge) ? "罪名" : inferred.some(isCharge) ? "罪名或案由" : "案由";
  return `未填写${kind}，系统推定为：${inferred.join("、")}；`;
}

/**
 * What the search could not read of the judge's entries, said before the results ("" for nothing): a
 * charge or a cause no catalogue names matches no judgment (or only those naming it so), and a court
 * not found leaves the judgments unordered by court — results read as if all had been understood.
 */
export function unrecognisedSummary(
  q: Pick<SimilarResponse["query"], "unrecognisedCharges" | "unrecognisedCauses" | "unrecognisedCourt">,
): string {
  const parts: string[] = [];
  if (q.unrecognisedCharges?.length)
    parts.push(`未能识别罪名“${q.unrecognisedCharges.join("”“")}”（不在现行罪名表中，不与任何案例匹配）`);
  if (q.unrecognisedCauses?.length)
    parts.push(
      `未能识别案由“${q.unrecognisedCauses.join("”“")}”（不在民事、行政案件案由规定中，仅与写明同样案由的案例匹配）`,
    );
  if (q.unrecognisedCourt) parts.push(`案例库中未找到法院“${q.unrecognisedCourt}”，生效裁判未按法院层级排列`);
  return parts.length > 0 ? `${parts.join("；")}。请核对后重新检索。` : "";
}

function whyList(c: SimilarCase): HTMLElement {
  const w = c.why;
  const rows: Array<[string, string[]]> = [
    [
      "共同罪名/案由",
      [
        ...w.sharedCharges.map((x) => sharedChargeText(x, w.sharedChargeDetails?.[x]?.[0])),
        ...w.sharedCauses.map((x) => sharedCauseText(x, w.sharedCauseDetails?.[x])),
      ],
    ],
    ["共同法条", w.sharedStatutes.map(statuteKeyText)],
    ["共同情节", w.sharedCircumstances ?? []],
    ["共同关键事实", w.sharedTerms],
    // Inferred from facts alone, a civil case's are causes (民间借贷纠纷): a charge's name ends in 罪.
    ["推定罪名（待法官确认）", (w.inferredCharges ?? []).filter(isCharge)],
    ["推定案由（待法官确认）", (w.inferredCharges ?? []).filter((x) => !isCharge(x))],
  ];
  const parts = Object.entries(w.scoreParts)
    .filter(([, v]) => v > 0)
    .map(([k, v]) => `${SCORE_LABELS[k] ?? k} ${v.toFixed(2)}`);
  return h(
    "dl",
    { class: "why" },
    ...rows
      .filter(([, values]) => values.length > 0)
      .flatMap(([label, values]) => [h("dt", {}, label), h("dd", {}, values.join("、"))]),
    w.outcome ? [h("dt", {}, "裁判结果"), h("dd", {}, w.outcome)] : [],
    parts.length > 0 ? [h("dt", {}, "得分构成"), h("dd", {}, parts.join(" · "))] : [],
  );
}

function choiceControls(ctx: Context, c: SimilarCase): HTMLElement {
  // A case not in force (reversed, withdrawn…: rule 2) is flagged 不得作为类案援引: only 不予参照 is left.
  const inForce = c.status === "effective";
  const choice = state.choices.get(c.id) ?? {
    selected: false,
    // SPC 2020 类案检索指导意见 §9: a guiding case is to be followed (应当参照) unless superseded.
    use: !inForce ? "not_used" : c.tier === "guiding" ? "follow" : "consider",
    reason: "",
  };
  state.choices.set(c.id, choice);
  const name = c.caseNumber ?? c.id;
  const box = h("input", {
    type: "checkbox",
    checked: choice.selected,
    "aria-describedby": `case-${c.id}-title`,
  });
  // SPC 2020 类案检索指导意见 §9: only a guiding case is followed (参照); any other is 参考 or 不予参照.
  const uses = Object.entries(ctx.labels.uses).filter(([value]) =>
    !inForce ? value === "not_used" : c.tier === "guiding" || value !== "follow",
  );
  const use = select(uses, { "aria-describedby": `case-${c.id}-title` });
  use.value = choice.use;
  const reason = textarea({
    rows: 2,
    "aria-describedby": `case-${c.id}-title`,
    placeholder: `${name} 的适用理由`,
  });
  reason.value = choice.reason;
  const details = h("div", { class: "choice-details" }, field("适用方式", use), field("理由", reason));
  details.hidden = !choice.selected;
  box.addEventListener("change", () => {
    choice.selected = box.checked;
    details.hidden = !box.checked;
    updateSelectionCount();
  });
  use.addEventListener("change", () => {
    choice.use = use.value as Use;
  });
  reason.addEventListener("input", () => {
    choice.reason = reason.value;
  });
  return h("div", { class: "choice" }, h("label", { class: "check" }, box, "选入报告"), details);
}

function caseCard(ctx: Context, c: SimilarCase): HTMLElement {
  // The case's own causes too, where it names a shared cause otherwise: its text writes those.
  const terms = [
    ...c.why.sharedTerms,
    ...c.why.sharedCharges,
    ...Object.values(c.why.sharedChargeDetails ?? {}).flat(),
    ...c.why.sharedCauses,
    ...Object.values(c.why.sharedCauseDetails ?? {}).flat(),
  ];
  const level = c.courtLevel ? (ctx.labels.courtLevels[c.courtLevel] ?? c.courtLevel) : "层级不详";
  const excerpt = (label: string, text: string | undefined) =>
    text ? h("p", { class: "excerpt" }, h("strong", {}, `${label}：`), ...markTerms(text, terms)) : null;
  return h(
    "article",
    {
      class: "case",
      "data-case-id": c.id,
      "data-case-number": c.caseNumber ?? "",
      "aria-labelledby": `case-${c.id}-title`,
    },
    h(
      "h4",
      { id: `case-${c.id}-title` },
      c.caseNumber ?? c.id,
      c.title ? h("span", { class: "title" }, ` ${c.title}`) : null,
    ),
    h(
      "p",
      { class: "meta" },
      `${c.court ?? "法院不详"}${c.courtRelation ? `（${c.courtRelation}）` : ""} · ${level} · ${formatDate(c.decisionDate)} · 审委会讨论：${c.committeeDiscussed === undefined ? "未载明" : c.committeeDiscussed ? "是" : "否"}`,
      c.status !== "effective"
        ? h("span", { class: "flag" }, ` ${ctx.labels.statuses[c.status] ?? c.status}`)
        : null,
      ...c.flags.map((flag) => h("span", { class: "flag" }, ` ${flag}`)),
    ),
    excerpt("裁判要点", c.keyHolding),
    excerpt(reasoningTitle(c.documentType), c.reasoningExcerpt),
    excerpt("裁判结果", c.dispositionExcerpt),
    h("details", { class: "why-box", open: true }, h("summary", {}, "匹配理由"), whyList(c)),
    h(
      "div",
      { class: "case-actions" },
      h("button", { type: "button", onclick: () => void openCase(ctx, c.id) }, "查看全文与关联案件"),
      choiceControls(ctx, c),
    ),
  );
}

function updateSelectionCount(): void {
  const el = document.getElementById("selection-count");
  if (el) el.textContent = `已选 ${[...state.choices.values()].filter((c) => c.selected).length} 件案例`;
}

function resultsSection(ctx: Context): HTMLElement {
  const section = h("section", { class: "card", id: "results", "aria-labelledby": "results-title" });
  const result = state.result;
  if (!result) return section;
  const all = result.groups.flatMap((g) => g.cases);
  const list = h("div", { class: "groups" });
  const redraw = () => {
    list.replaceChildren(
      ...result.groups.map((g) => {
        const shown = g.cases.filter((c) => visible(ctx, c));
        return h(
          "section",
          { class: "tier", "data-tier": g.tier, "aria-labelledby": `tier-${g.tier}` },
          h("h3", { id: `tier-${g.tier}` }, `${g.label}（${shown.length} 件）`),
          shown.length > 0 ? shown.map((c) => caseCard(ctx, c)) : h("p", { class: "muted" }, "无"),
        );
      }),
    );
  };
  redraw();
  const q = result.query;
  const unread = unrecognisedSummary(q);
  section.append(
    h("h2", { id: "results-title", tabindex: "-1" }, "二、类案检索结果"),
    ...(unread ? [h("p", { class: "flag", role: "status" }, unread)] : []),
    h(
      "p",
      { class: "summary" },
      `共 ${all.length} 件，按指导性案例、典型案例、参考性案例、上级及本院案例分组；`,
      inferredSummary(q.inferredCharges),
      `用时 ${Math.round(result.tookMs)} 毫秒。`,
      h("span", { id: "selection-count" }),
    ),
    h("div", { class: "with-facets" }, facetPanel(ctx, all, redraw), list),
  );
  return section;
}

// ---- submitted cases and the report -----------------------------------------------------------

function submittedSection(): HTMLElement {
  const section = h("section", { class: "card", "aria-labelledby": "submitted-title" });
  const rows = h("div", { class: "submitted" });
  const draw = () => {
    rows.replaceChildren(
      ...state.submitted.map((s, i) => {
        const bind = (el: HTMLInputElement | HTMLTextAreaElement, key: keyof Submitted) => {
          el.value = s[key];
          el.addEventListener("input", () => {
            s[key] = el.value;
          });
          return el;
        };
        return h(
          "fieldset",
          { class: "submitted-case" },
          h("legend", {}, `提交案例 ${i + 1}`),
          h(
            "div",
            { class: "row" },
            field("提交人", bind(input({ placeholder: "如 辩护人、公诉机关" }), "submittedBy")),
            field("案例（案号或名称）", bind(input(), "citation")),
            field(
              "案件 id（已收录时）",
              bind(input(), "caseId"),
              "可不填：案例写明指导案例编号或案号的，生成报告时在检索库中查找",
            ),
          ),
          field("回应", bind(textarea({ rows: 2 }), "response")),
          h(
            "button",
            {
              type: "button",
              class: "link",
              onclick: () => {
                state.submitted.splice(i, 1);
                draw();
              },
            },
            `删除提交案例 ${i + 1}`,
          ),
        );
      }),
    );
  };
  draw();
  section.append(
    h("h2", { id: "submitted-title" }, "三、当事人或检察机关提交的案例"),
    h(
      "p",
      { class: "note" },
      "提交的指导性案例或人民法院案例库案例，应在裁判文书说理中回应（类案检索指导意见第十条）。",
    ),
    rows,
    h(
      "button",
      {
        type: "button",
        onclick: () => {
          state.submitted.push({ submittedBy: "", citation: "", caseId: "", response: "" });
          draw();
          (rows.lastElementChild?.querySelector("input") as HTMLInputElement | null)?.focus();
        },
      },
      "添加提交案例",
    ),
  );
  return section;
}

function reportRequest(): ReportRequest {
  const f = state.form;
  const { charges, causes } = chargesAndCauses(splitNames(f.charges));
  const req = similarRequest();
  return {
    kind: "similar",
    trigger: state.trigger as ReportRequest["trigger"],
    ...(state.triggerNote.trim() ? { triggerNote: state.triggerNote.trim() } : {}),
    pendingCase: {
      caseNumber: f.caseNumber.trim(),
      court: f.court.trim(),
      facts: f.facts,
      ...(charges.length > 0 ? { charges } : {}),
      ...(causes.length > 0 ? { causes } : {}),
      ...(splitStatutes(f.statutes).length > 0 ? { statutes: splitStatutes(f.statutes) } : {}),
      ...(splitList(f.parties).length > 0 ? { parties: splitList(f.parties) } : {}),
      disputedIssues: lines(f.disputedIssues),
    },
    queries: extraQueries(req.filters),
    ...(req.filters ? { filters: req.filters } : {}),
    selections: [...state.choices.entries()]
      .filter(([, c]) => c.selected)
      .map(([caseId, c]) => ({
        caseId,
        use: c.use,
        ...(c.reason.trim() ? { reason: c.reason.trim() } : {}),
      })),
    submittedCases: state.submitted.map((s) => ({
      submittedBy: s.submittedBy.trim(),
      citation: s.citation.trim(),
      ...(s.caseId.trim() ? { caseId: s.caseId.trim() } : {}),
      response: s.response.trim(),
    })),
  };
}

/**
 * The searches the report runs and records besides the similar-case search: the judge's keyword
 * searches and, when statutes are listed, the statute-linked search. SPC 2020 类案检索指导意见 §5
 * names keyword, statute-linked and case-linked search as the methods, and §8 asks the report to
 * state the method (see ../shared/docs/domain.md, "Methods"). At most 20 (the API's limit).
 */
function extraQueries(filters: ReportRequest["filters"]): ReportRequest["queries"] {
  const keyword = lines(state.keywordQueries).map((q) => ({
    method: "keyword" as const,
    q,
    ...(filters ? { filters } : {}),
  }));
  const statutes = splitStatutes(state.form.statutes);
  const statute = state.statuteQuery && statutes.length > 0 ? [{ method: "statute" as const, statutes }] : [];
  return [...keyword, ...statute].slice(0, 20);
}

function reportSection(ctx: Context): HTMLElement {
  const trigger = select(Object.entries(ctx.labels.triggers), { name: "trigger" });
  trigger.value = state.trigger;
  trigger.addEventListener("change", () => {
    state.trigger = trigger.value;
  });
  const note = input({ name: "triggerNote" });
  note.value = state.triggerNote;
  note.addEventListener("input", () => {
    state.triggerNote = note.value;
  });
  const keywords = textarea({ name: "keywordQueries", rows: 2 });
  keywords.value = state.keywordQueries;
  keywords.addEventListener("input", () => {
    state.keywordQueries = keywords.value;
  });
  const byStatute = h("input", { type: "checkbox", name: "statuteQuery", checked: state.statuteQuery });
  byStatute.addEventListener("change", () => {
    state.statuteQuery = byStatute.checked;
  });
  const out = h("div", { id: "report-output" });
  const earlier = h("div", { id: "earlier-reports" });
  const refreshEarlier = async () => {
    if (state.form.caseNumber.trim()) await earlierReports(ctx, state.form.caseNumber.trim(), earlier);
  };
  if (state.report) out.replaceChildren(reportPanel(ctx, state.report));
  const form = h(
    "form",
    { class: "card", "aria-labelledby": "report-title" },
    h("h2", { id: "report-title" }, "四、生成检索报告"),
    h("div", { class: "row" }, field("检索触发情形", trigger), field("说明（可选）", note)),
    field(
      "补充关键词检索（记入报告）",
      keywords,
      '每行一个检索式，如：醉酒驾驶 "血液酒精" -撤诉；按上方筛选条件检索，检索式与命中数记入报告',
    ),
    h("label", { class: "check" }, byStatute, "按所列法条检索适用该法条的案件，并记入报告"),
    h("div", { class: "actions" }, h("button", { type: "submit", class: "primary" }, "生成检索报告")),
    out,
    h("h3", {}, "本案既往检索报告"),
    earlier,
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const button = form.querySelector("button[type=submit]") as HTMLButtonElement;
    button.disabled = true;
    status("正在生成检索报告…");
    try {
      state.report = await call<RetrievalReport>("/reports", reportRequest());
      out.replaceChildren(reportPanel(ctx, state.report));
      status(`检索报告已生成：${state.report.id}`);
      await refreshEarlier();
    } catch (error) {
      showError(out, error, FORM_LABELS);
    } finally {
      button.disabled = false;
    }
  });
  void refreshEarlier();
  return form;
}

export function judgePage(ctx: Context, main: HTMLElement): void {
  const render = () => {
    const results = h("div", { id: "results-holder" }, resultsSection(ctx));
    const problems = h("div", { class: "form-errors" });
    const search = async () => {
      problems.replaceChildren();
      status("正在检索类案…");
      results.setAttribute("aria-busy", "true");
      try {
        state.result = await call<SimilarResponse>("/similar", similarRequest());
        state.facets = {};
        results.replaceChildren(resultsSection(ctx));
        updateSelectionCount();
        status(`检索完成：${state.result.groups.reduce((n, g) => n + g.cases.length, 0)} 件类案`);
        (document.getElementById("results-title") as HTMLElement | null)?.focus();
      } catch (error) {
        showError(problems, error, FORM_LABELS);
      } finally {
        results.removeAttribute("aria-busy");
      }
    };
    main.replaceChildren(
      h("h1", { class: "page-title" }, "类案检索"),
      pendingForm(ctx, () => void search(), render),
      problems,
      results,
      submittedSection(),
      reportSection(ctx),
    );
    updateSelectionCount();
  };
  render();
}
