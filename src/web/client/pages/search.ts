/// <reference lib="dom" />
/**
 * Keyword search (关键词检索): words, "phrases" and -exclusions over chosen parts of judgments, the
 * same filters as similar-case retrieval, facets that add a filter when chosen, highlighted
 * fragments, and deep pagination through the API's search_after cursor ("加载更多").
 */
import type { z } from "zod";
import type { SearchHit, SearchResponse } from "../../../api/routes/search/schema.ts";
import type { CaseFilters } from "../../../retrieval/types.ts";
import { call } from "../api.ts";
import { openCase, reasoningTitle } from "../caseview.ts";
import type { Context } from "../context.ts";
import { checkboxes, field, formatDate, h, highlighted, input, select, splitList, status } from "../dom.ts";
import { splitNames, splitStatutes } from "../lists.ts";
import { showError } from "./judge.ts";

type Response = z.infer<typeof SearchResponse>;

/**
 * The filter values the search could not read, said above the results ("" for none): an unknown
 * charge, cause or court is matched as typed and finds nothing, or only what names it so — an empty
 * or thin list had read as if there were no such cases.
 */
export function unreadFilters(
  q: Pick<Response["query"], "unrecognisedCharges" | "unrecognisedCauses" | "unrecognisedCourts">,
): string {
  const parts: string[] = [];
  if (q.unrecognisedCharges?.length) parts.push(`罪名“${q.unrecognisedCharges.join("”“")}”不在现行罪名表中`);
  if (q.unrecognisedCauses?.length)
    parts.push(`案由“${q.unrecognisedCauses.join("”“")}”不在民事、行政案件案由规定中`);
  if (q.unrecognisedCourts?.length) parts.push(`案例库中未找到法院“${q.unrecognisedCourts.join("”“")}”`);
  return parts.length > 0 ? `筛选条件中，${parts.join("；")}，已按原文匹配，请核对。` : "";
}
type Hit = z.infer<typeof SearchHit>;

/** Facet → the filter it sets (year sets a date range). */
const FACET_FILTERS: Record<string, keyof CaseFilters> = {
  category: "category",
  charges: "charges",
  causes: "causes",
  courtLevel: "courtLevels",
  province: "provinces",
  procedure: "procedures",
  documentType: "documentTypes",
  tier: "tiers",
};

const PART_LABELS: Record<string, string> = {
  text: "全文",
  facts: "事实",
  reasoning: "本院认为",
  disposition: "裁判结果",
};

const state = {
  q: "",
  parts: [] as string[],
  sort: "relevance",
  size: "20",
  filters: {} as Record<string, string[]>,
  dateFrom: "",
  dateTo: "",
  hits: [] as Hit[],
  first: undefined as Response | undefined,
  next: null as string | null,
};

/** POST /api/v1/search's field paths in the words of this form (dom.ts fieldPathLabel). */
const FORM_LABELS: Record<string, string> = {
  q: "关键词",
  parts: "检索范围",
  sort: "排序",
  size: "每页",
  cursor: "下一页",
  "filters.charges": "罪名",
  "filters.causes": "案由",
  "filters.statutes": "法条",
  "filters.courts": "法院",
  "filters.provinces": "省份",
  "filters.dateFrom": "裁判日期（起）",
  "filters.dateTo": "裁判日期（止）",
  "filters.category": "案件类别",
  "filters.courtLevels": "法院层级",
  "filters.tiers": "案例层级",
};

function filters(): CaseFilters {
  const out: Record<string, unknown> = {};
  for (const [key, values] of Object.entries(state.filters)) if (values.length > 0) out[key] = values;
  if (state.dateFrom) out.dateFrom = state.dateFrom;
  if (state.dateTo) out.dateTo = state.dateTo;
  return out as CaseFilters;
}

function request(cursor?: string) {
  return {
    ...(state.q.trim() ? { q: state.q.trim() } : {}),
    ...(state.parts.length > 0 ? { parts: state.parts } : {}),
    filters: filters(),
    sort: state.sort,
    size: Number(state.size),
    ...(cursor ? { cursor } : {}),
  };
}

function hitCard(ctx: Context, hit: Hit, index: number): HTMLElement {
  const level = hit.courtLevel ? (ctx.labels.courtLevels[hit.courtLevel] ?? hit.courtLevel) : "层级不详";
  const fragments = Object.entries(hit.highlights).flatMap(([part, list]) =>
    list.map((f) =>
      h(
        "p",
        { class: "excerpt" },
        // A write-up's reasoning is headed as its own (裁判理由 / 评析), not a court's 本院认为.
        h(
          "strong",
          {},
          `${part === "reasoning" ? reasoningTitle(hit.documentType) : (PART_LABELS[part] ?? part)}：`,
        ),
        ...highlighted(f),
      ),
    ),
  );
  return h(
    "li",
    { class: "hit", "data-case-id": hit.id, "data-case-number": hit.caseNumber ?? "" },
    h(
      "h3",
      {},
      `${index}. `,
      h(
        "button",
        { type: "button", class: "link", onclick: () => void openCase(ctx, hit.id) },
        hit.title ?? hit.caseNumber ?? hit.id,
      ),
    ),
    h(
      "p",
      { class: "meta" },
      [
        hit.caseNumber,
        hit.court,
        level,
        formatDate(hit.decisionDate),
        hit.tier ? ctx.labels.tiers[hit.tier] : undefined,
      ]
        .filter(Boolean)
        .join(" · "),
      hit.status && hit.status !== "effective"
        ? h("span", { class: "flag" }, ` ${ctx.labels.statuses[hit.status] ?? hit.status}`)
        : null,
    ),
    ...fragments,
  );
}

function facetPanel(ctx: Context, res: Response, rerun: () => void): HTMLElement {
  const groups = Object.entries(res.facets ?? {})
    .filter(([, buckets]) => buckets.length > 0)
    .map(([name, buckets]) => {
      const key = FACET_FILTERS[name];
      const label = ctx.labels.facets[name] ?? name;
      if (name === "year") {
        const list = h(
          "ul",
          { class: "years" },
          ...buckets.slice(0, 12).map((b) =>
            h(
              "li",
              {},
              h(
                "button",
                {
                  type: "button",
                  class: "link",
                  onclick: () => {
                    state.dateFrom = `${b.value}-01-01`;
                    state.dateTo = `${b.value}-12-31`;
                    rerun();
                  },
                },
                `${b.value}年（${b.count}）`,
              ),
            ),
          ),
        );
        return h("fieldset", { class: "checks" }, h("legend", {}, label), list);
      }
      const name2 = (v: string) =>
        name === "tier"
          ? (ctx.labels.tiers[v] ?? v)
          : name === "courtLevel"
            ? (ctx.labels.courtLevels[v] ?? v)
            : v;
      const box = checkboxes(
        label,
        buckets.map((b) => [b.value, `${name2(b.value)}（${b.count}）`]),
        key ? (state.filters[key] ?? []) : [],
      );
      box.el.addEventListener("change", () => {
        if (key) state.filters[key] = box.values();
        rerun();
      });
      return box.el;
    });
  return h("aside", { class: "facets", "aria-label": "分面筛选" }, h("h2", {}, "分面"), ...groups);
}

function render(ctx: Context, main: HTMLElement, runNow: boolean): void {
  const q = input({ type: "search", name: "q" });
  q.value = state.q;
  q.addEventListener("input", () => {
    state.q = q.value;
  });
  const parts = checkboxes(
    "检索范围",
    ctx.labels.parts.map((p) => [p, p]),
    state.parts,
  );
  parts.el.addEventListener("change", () => {
    state.parts = parts.values();
  });
  const sort = select(
    [
      ["relevance", "相关度"],
      ["date", "裁判日期（新到旧）"],
      ["date_asc", "裁判日期（旧到新）"],
    ],
    { name: "sort" },
  );
  sort.value = state.sort;
  sort.addEventListener("change", () => {
    state.sort = sort.value;
  });
  const size = select(
    ["10", "20", "50", "100"].map((n) => [n, `${n} 件`]),
    { name: "size" },
  );
  size.value = state.size;
  size.addEventListener("change", () => {
    state.size = size.value;
  });
  const listInput = (
    key: keyof CaseFilters,
    label: string,
    hint?: string,
    split: (text: string) => string[] = splitList,
  ) => {
    const el = input({ name: key });
    el.value = (state.filters[key] ?? []).join("、");
    el.addEventListener("input", () => {
      state.filters[key] = split(el.value);
    });
    return field(label, el, hint);
  };
  const dateInput = (key: "dateFrom" | "dateTo", label: string) => {
    const el = input({ type: "date", name: key });
    el.value = state[key];
    el.addEventListener("input", () => {
      state[key] = el.value;
    });
    return field(label, el);
  };
  const category = checkboxes(
    "案件类别",
    ctx.labels.categories.map((c) => [c, c]),
    state.filters.category ?? [],
  );
  category.el.addEventListener("change", () => {
    state.filters.category = category.values();
  });
  const levels = checkboxes(
    "法院层级",
    Object.entries(ctx.labels.courtLevels),
    state.filters.courtLevels ?? [],
  );
  levels.el.addEventListener("change", () => {
    state.filters.courtLevels = levels.values();
  });
  const tiers = checkboxes(
    "案例层级",
    ctx.labels.tierOrder.map((t) => [t, ctx.labels.tiers[t] ?? t]),
    state.filters.tiers ?? [],
  );
  tiers.el.addEventListener("change", () => {
    state.filters.tiers = tiers.values();
  });

  const results = h("div", { id: "search-results" });
  const problems = h("div");
  const form = h(
    "form",
    { class: "card", role: "search", "aria-labelledby": "search-title" },
    h("h1", { id: "search-title", class: "page-title" }, "关键词检索"),
    field(
      "关键词",
      q,
      '空格分隔的词语均须出现；"…" 为短语，按原文逐字匹配（含“的”等虚词）；前加 - 为排除（减号紧贴该词）；以 OR 或 | 连接的词出现其一即可，如：盗窃|抢夺 "入户" -未遂',
    ),
    h("div", { class: "row" }, parts.el, field("排序", sort), field("每页", size)),
    h(
      "details",
      { class: "filters", open: Object.keys(filters()).length > 0 },
      h("summary", {}, "过滤条件"),
      h(
        "div",
        { class: "row" },
        listInput("charges", "罪名", undefined, splitNames),
        listInput("causes", "案由", undefined, splitNames),
        listInput("statutes", "法条", "如 刑法#133", splitStatutes),
      ),
      h(
        "div",
        { class: "row" },
        listInput("courts", "法院"),
        listInput("provinces", "省份"),
        dateInput("dateFrom", "裁判日期（起）"),
        dateInput("dateTo", "裁判日期（止）"),
      ),
      category.el,
      levels.el,
      tiers.el,
    ),
    h("div", { class: "actions" }, h("button", { type: "submit", class: "primary" }, "检索")),
    problems,
  );

  const draw = () => {
    const res = state.first;
    if (!res) {
      results.replaceChildren();
      return;
    }
    const more = state.next
      ? h(
          "button",
          {
            type: "button",
            class: "more",
            onclick: async () => {
              try {
                const page = await call<Response>("/search", request(state.next ?? undefined));
                state.hits.push(...page.hits);
                state.next = page.nextCursor;
                draw();
                status(`已显示 ${state.hits.length} 件`);
                const items = results.querySelectorAll<HTMLElement>("li.hit button");
                items[state.hits.length - page.hits.length]?.focus();
              } catch (error) {
                showError(problems, error, FORM_LABELS);
              }
            },
          },
          "加载更多",
        )
      : h("p", { class: "muted" }, "已显示全部结果。");
    results.replaceChildren(
      h(
        "div",
        { class: "with-facets" },
        facetPanel(ctx, res, () => render(ctx, main, true)),
        h(
          "section",
          { "aria-labelledby": "hits-title" },
          h(
            "h2",
            { id: "hits-title", tabindex: "-1" },
            `共 ${res.total.value}${res.total.relation === "gte" ? "+" : ""} 件，已显示 ${state.hits.length} 件`,
          ),
          unreadFilters(res.query) ? h("p", { class: "flag", role: "status" }, unreadFilters(res.query)) : [],
          h("ol", { class: "hits" }, ...state.hits.map((hit, i) => hitCard(ctx, hit, i + 1))),
          more,
        ),
      ),
    );
  };

  const run = async () => {
    problems.replaceChildren();
    status("正在检索…");
    try {
      const res = await call<Response>("/search", request());
      state.first = res;
      state.hits = [...res.hits];
      state.next = res.nextCursor;
      draw();
      status(`共 ${res.total.value} 件`);
      (document.getElementById("hits-title") as HTMLElement | null)?.focus();
    } catch (error) {
      showError(problems, error, FORM_LABELS);
    }
  };
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void run();
  });
  main.replaceChildren(form, results);
  if (runNow) void run();
  else draw();
}

export function searchPage(ctx: Context, main: HTMLElement): void {
  render(ctx, main, false);
}
