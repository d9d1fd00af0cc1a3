/// <reference lib="dom" />
/**
 * Deviation check (拟判结果偏离预警): a proposed outcome placed among the outcomes of its similar
 * cases — the verdict and its reason first, then the distribution chart (drawn by the server, the
 * same as the printable page) and the cases compared, each openable.
 */
import type { DeviationResult } from "../../../audit/model.ts";
import { termText } from "../../../judgment/numerals.ts";
import { call } from "../api.ts";
import { openCase } from "../caseview.ts";
import type { Context } from "../context.ts";
import { chargesAndCauses, field, formatDate, h, input, select, status, textarea } from "../dom.ts";
import { splitNames, splitStatutes } from "../lists.ts";
import { CASE_LABELS, showError } from "./judge.ts";

const form = {
  facts: "",
  charges: "",
  statutes: "",
  penalty: "",
  months: "",
  probationMonths: "",
  fine: "",
  civilDisposition: "",
  administrativeDisposition: "",
};

/** POST /api/v1/deviation's field paths in the words of this form (dom.ts fieldPathLabel). */
const FORM_LABELS: Record<string, string> = {
  ...CASE_LABELS,
  proposed: "拟判结果",
  "proposed.penalty": "主刑",
  "proposed.months": "刑期（月）",
  "proposed.probationMonths": "缓刑（月）",
  "proposed.fine": "罚金（元）",
  "proposed.civilDisposition": "民事裁判结果",
  "proposed.administrativeDisposition": "行政裁判结果",
};

/** The form's values as a POST /api/v1/deviation body: optional fields only when filled. */
export function deviationRequest(values: typeof form) {
  const { charges, causes } = chargesAndCauses(splitNames(values.charges));
  const statutes = splitStatutes(values.statutes);
  const num = (v: string) => (v.trim() === "" ? undefined : Number(v));
  const proposed: Record<string, unknown> = {};
  if (values.penalty) proposed.penalty = values.penalty;
  if (num(values.months) !== undefined) proposed.months = num(values.months);
  if (num(values.probationMonths) !== undefined) proposed.probationMonths = num(values.probationMonths);
  if (num(values.fine) !== undefined) proposed.fine = num(values.fine);
  if (values.civilDisposition) proposed.civilDisposition = values.civilDisposition;
  if (values.administrativeDisposition) proposed.administrativeDisposition = values.administrativeDisposition;
  return {
    facts: values.facts,
    ...(charges.length > 0 ? { charges } : {}),
    ...(causes.length > 0 ? { causes } : {}),
    ...(statutes.length > 0 ? { statutes } : {}),
    proposed,
  };
}

function verdict(ctx: Context, result: DeviationResult & { figures?: string[] }): HTMLElement {
  const figures = h("div", { class: "figures" });
  // Server-rendered by src/audit/render (escaped text, inline SVG, no scripts).
  figures.innerHTML = (result.figures ?? []).join("\n");
  const level = ctx.labels.deviationLevels[result.level] ?? result.level;
  return h(
    "section",
    { class: "card deviation", "aria-labelledby": "verdict-title" },
    h("h2", { id: "verdict-title", tabindex: "-1" }, "预警结论"),
    h(
      "p",
      { class: `verdict ${result.level}`, id: "verdict", "data-level": result.level },
      `${level}${result.suggestJudgesMeeting ? "：建议提交专业法官会议讨论" : ""}`,
    ),
    h("p", { id: "verdict-reason" }, result.reason),
    h(
      "p",
      { class: "meta" },
      `比较的类案 ${result.comparedTo.size} 件`,
      result.percentile !== undefined ? ` · 拟判结果重于 ${result.percentile.toFixed(1)}% 的类案` : "",
    ),
    h("h3", {}, "类案裁判分布"),
    figures,
    h("h3", {}, `比较的类案（${result.similarCases.length} 件）`),
    h(
      "table",
      { class: "compact" },
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          ...["案号", "法院", "裁判日期", "刑罚", "刑期", "缓刑"].map((t) => h("th", { scope: "col" }, t)),
        ),
      ),
      h(
        "tbody",
        {},
        ...result.similarCases.map((c) =>
          h(
            "tr",
            {},
            h(
              "td",
              {},
              h(
                "button",
                { type: "button", class: "link", onclick: () => void openCase(ctx, c.id) },
                c.caseNumber ?? c.id,
              ),
            ),
            h("td", {}, c.court ?? "—"),
            h("td", {}, formatDate(c.decisionDate)),
            h(
              "td",
              {},
              c.penalty ??
                (c.civilDisposition
                  ? (ctx.labels.dispositions[c.civilDisposition] ?? c.civilDisposition)
                  : c.administrative?.length
                    ? c.administrative.map((k) => ctx.labels.administrative[k] ?? k).join("，")
                    : "—"),
            ),
            // As a judgment states them (有期徒刑 2 年 6 个月, 拘役 3 个月 15 日), not in months.
            h("td", {}, c.months !== undefined ? termText(c.months) : "—"),
            h("td", {}, c.probationMonths ? termText(c.probationMonths) : "—"),
          ),
        ),
      ),
    ),
  );
}

export function deviationPage(ctx: Context, main: HTMLElement): void {
  const bind = <T extends HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(
    el: T,
    key: keyof typeof form,
  ): T => {
    el.value = form[key];
    el.addEventListener("input", () => {
      form[key] = el.value;
    });
    el.addEventListener("change", () => {
      form[key] = el.value;
    });
    return el;
  };
  const out = h("div", { id: "deviation-output" });
  const problems = h("div");
  const el = h(
    "form",
    { class: "card", "aria-labelledby": "deviation-title" },
    h("h1", { id: "deviation-title", class: "page-title" }, ctx.labels.titles.deviation),
    h(
      "p",
      {},
      "将拟判结果与相似案件的裁判结果比较：明显偏离时提示“与类案裁判可能冲突”或“可能形成新的裁判标准”，并提示是否提交专业法官会议。",
    ),
    field("基本事实", bind(textarea({ name: "facts", rows: 5, required: true }), "facts")),
    field("罪名 / 案由", bind(input({ name: "charges" }), "charges")),
    field(
      "适用法条",
      bind(input({ name: "statutes" }), "statutes"),
      "选填，多个以顿号分隔，如 刑法#133 或 《道路交通安全法》第九十条；行政案件据此仅与适用同一法律的类案比较",
    ),
    h(
      "fieldset",
      { class: "proposed" },
      h("legend", {}, "拟判结果"),
      h(
        "div",
        { class: "row" },
        field(
          "主刑",
          bind(
            select(
              ctx.labels.penalties.map((p) => [p, p]),
              { name: "penalty" },
              "（不适用）",
            ),
            "penalty",
          ),
        ),
        field(
          "刑期（月）",
          bind(input({ type: "number", name: "months", min: "0", max: "300", step: "1" }), "months"),
        ),
        field(
          "缓刑（月）",
          bind(
            input({ type: "number", name: "probationMonths", min: "0", max: "60", step: "1" }),
            "probationMonths",
          ),
        ),
        field("罚金（元）", bind(input({ type: "number", name: "fine", min: "0", step: "100" }), "fine")),
        field(
          "民事裁判结果",
          bind(
            select(
              ctx.labels.proposedDispositions.map((d) => [d, ctx.labels.dispositions[d] ?? d]),
              { name: "civilDisposition" },
              "（不适用）",
            ),
            "civilDisposition",
          ),
        ),
        field(
          "行政裁判结果",
          bind(
            select(
              ctx.labels.proposedAdministrative.map((d) => [d, ctx.labels.administrative[d] ?? d]),
              { name: "administrativeDisposition" },
              "（不适用）",
            ),
            "administrativeDisposition",
          ),
        ),
      ),
    ),
    h("div", { class: "actions" }, h("button", { type: "submit", class: "primary" }, "检查偏离")),
    problems,
  );
  el.addEventListener("submit", async (event) => {
    event.preventDefault();
    problems.replaceChildren();
    status("正在比较类案…");
    try {
      const result = await call<DeviationResult & { figures?: string[] }>(
        "/deviation?figures=true",
        deviationRequest(form),
      );
      out.replaceChildren(verdict(ctx, result));
      status(`偏离预警：${ctx.labels.deviationLevels[result.level] ?? result.level}`);
      (document.getElementById("verdict-title") as HTMLElement | null)?.focus();
    } catch (error) {
      showError(problems, error, FORM_LABELS);
    }
  });
  main.replaceChildren(el, out);
}
