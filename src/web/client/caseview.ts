/// <reference lib="dom" />
/**
 * A judgment's full structured record in a modal dialog (Esc closes it, focus returns to where it
 * was): header fields, parties, statutes, outcome, the text by section, and its related cases with
 * the chain of instances (一审 → 二审 → 再审) read from the case numbers.
 */
import type { z } from "zod";
import type { RelatedResponse } from "../../api/routes/related/schema.ts";
import { penaltyTermText, probationText } from "../../judgment/numerals.ts";
import { provisionText } from "../../judgment/provisions.ts";
import type { JudgmentRecord } from "../../judgment/record.ts";
import { call } from "./api.ts";
import type { Context } from "./context.ts";
import { errorBox, formatDate, h } from "./dom.ts";

const SECTION_TITLES: Array<[keyof JudgmentRecord["sections"], string]> = [
  ["history", "审理经过"],
  ["claims", "诉称 / 指控"],
  ["defence", "辩称"],
  ["facts", "经审理查明"],
  ["reasoning", "本院认为"],
  ["legalBasis", "法律依据"],
  ["disposition", "裁判结果"],
];

/**
 * An authoritative write-up's parts under its own headings: its reasoning is the 裁判理由 or the
 * commentary (评析) of the editors or the judge who wrote it up, not a court's 本院认为.
 */
const WRITE_UP_TITLES: Partial<Record<keyof JudgmentRecord["sections"], string>> = {
  facts: "基本案情",
  reasoning: "裁判理由 / 评析",
  legalBasis: "相关法条",
};

/** How a text's reasoning is headed: a write-up's (documentType 案例) is no court's 本院认为. */
export function reasoningTitle(documentType: string | undefined): string {
  return documentType === "案例" ? (WRITE_UP_TITLES.reasoning ?? "") : "本院认为";
}

type RelatedCase = z.infer<typeof RelatedResponse>["cases"][number];

/** A parsed provision as the case view lists it: 《刑法》第二百六十四条第一款 (src/judgment/provisions.ts). */
function statuteText(s: JudgmentRecord["statutes"][number]): string {
  return provisionText({ ...s, law: s.law.replace(/^中华人民共和国/, "") });
}

/** The outcome in a line per defendant (with their own grounds) and one for a civil ruling. */
export function outcomeLines(
  r: JudgmentRecord,
  labels: {
    dispositions: Record<string, string>;
    administrative: Record<string, string>;
    appeals: Record<string, string>;
  },
): string[] {
  const out: string[] = [];
  for (const s of r.outcome.criminal ?? []) {
    // Terms as the judgment states them (有期徒刑 2 年 6 个月), as the result cards say them.
    const term = penaltyTermText(s.penalty, s.months);
    const probation = probationText(s.probationMonths);
    const fine = s.fine !== undefined ? `，罚金 ${s.fine} 元` : "";
    // Of several defendants, each one's own grounds (src/judgment/grounds.ts).
    const grounds = s.grounds?.length ? `（${s.grounds.join("、")}）` : "";
    out.push(
      `${s.defendant}${grounds}：${s.charges.join("、")}，${s.penalty ?? ""}${term}${probation}${fine}`,
    );
  }
  const civil = r.outcome.civil;
  if (civil) {
    const awarded =
      civil.totalAwarded !== undefined ? `，判决金额 ${civil.totalAwarded.toLocaleString("en-US")} 元` : "";
    out.push(`民事裁判：${labels.dispositions[civil.disposition] ?? "其他"}${awarded}`);
  }
  const administrative = r.outcome.administrative?.dispositions ?? [];
  if (administrative.length > 0)
    out.push(`行政裁判：${administrative.map((d) => labels.administrative[d] ?? d).join("，")}`);
  // An appeal that upheld the judgment below carries the outcome it upheld, criminal, civil or
  // administrative (src/judgment/parse.ts): said to be upheld, not the appeal's own; one withdrawn
  // carries the ruling it left in force (as the result cards say it: src/retrieval/similar.ts reviewPrefix).
  const appeal = r.outcome.appeal;
  if (out.length === 0 || (appeal !== "affirmed" && appeal !== "withdrawn")) return out;
  return [`${labels.appeals[appeal] ?? appeal}${appeal === "withdrawn" ? "，原判生效" : ""}`, ...out];
}

function dl(rows: Array<[string, string | Node]>): HTMLDListElement {
  return h("dl", { class: "facts" }, ...rows.flatMap(([k, v]) => [h("dt", {}, k), h("dd", {}, v)]));
}

/** Earlier instances, this case, later instances — by date within each side. */
function instanceChain(
  record: JudgmentRecord,
  related: RelatedCase[],
  open: (id: string) => void,
): HTMLElement {
  const byDate = (a: RelatedCase, b: RelatedCase) =>
    (a.decisionDate ?? "").localeCompare(b.decisionDate ?? "");
  const earlier = related.filter((c) => c.relations.some((r) => r.relation === "前审")).sort(byDate);
  const later = related.filter((c) => c.relations.some((r) => r.relation === "后审")).sort(byDate);
  if (earlier.length === 0 && later.length === 0 && record.priorCaseNumbers.length === 0)
    return h("p", { class: "muted" }, "未发现前审或后审案件。");
  const item = (c: RelatedCase, label: string) =>
    h(
      "li",
      {},
      h("span", { class: "tag" }, label),
      " ",
      h(
        "button",
        { type: "button", class: "link", onclick: () => open(c.id) },
        c.caseNumber ?? c.title ?? c.id,
      ),
      ` ${c.court ?? ""} ${c.procedure ?? ""} ${formatDate(c.decisionDate)}`,
    );
  const found = new Set(earlier.flatMap((c) => (c.caseNumber ? [c.caseNumber] : [])));
  const missing = record.priorCaseNumbers.filter((n) => !found.has(n));
  return h(
    "ol",
    { class: "chain", "aria-label": "审级链" },
    ...earlier.map((c) => item(c, "前审")),
    ...missing.map((n) => h("li", {}, h("span", { class: "tag" }, "前审"), ` ${n}（未收录）`)),
    h(
      "li",
      { class: "self" },
      h("span", { class: "tag" }, "本案"),
      ` ${record.caseNumber?.raw ?? record.id} ${record.procedure ?? ""} ${formatDate(record.decisionDate)}`,
    ),
    ...later.map((c) => item(c, "后审")),
  );
}

function otherRelated(
  related: RelatedCase[],
  open: (id: string) => void,
  tiers: Record<string, string>,
): HTMLElement {
  const others = related.filter((c) =>
    c.relations.some(
      (r) =>
        r.relation === "同一案件" ||
        r.relation === "同一当事人" ||
        r.relation === "同名当事人" ||
        r.relation === "系列案件" ||
        r.relation === "引用裁判" ||
        r.relation === "引用本案" ||
        r.relation === "同案人另案",
    ),
  );
  if (others.length === 0)
    return h(
      "p",
      { class: "muted" },
      "未发现同一案件、同一当事人、同名当事人、引用裁判、引用本案、同案人另案或系列案件。",
    );
  return h(
    "ul",
    { class: "related" },
    ...others.map((c) =>
      h(
        "li",
        {},
        h(
          "button",
          { type: "button", class: "link", onclick: () => open(c.id) },
          c.caseNumber ?? c.title ?? c.id,
        ),
        ` ${c.tier && c.tier !== "ordinary" ? `${tiers[c.tier] ?? c.tier} ` : ""}${c.court ?? ""} ${formatDate(c.decisionDate)}：`,
        c.relations
          .map(
            (r) =>
              `${r.relation}${r.party ? `（${r.party}）` : ""}${(r.relation === "引用裁判" || r.relation === "引用本案") && r.caseNumber ? `（${r.caseNumber}）` : ""}${r.seriesSize ? `（系列 ${r.seriesSize} 件）` : ""}`,
          )
          .join("；"),
      ),
    ),
  );
}

async function caseBody(ctx: Context, id: string, open: (id: string) => void): Promise<HTMLElement[]> {
  const record = await call<JudgmentRecord & { repealedLaws?: string }>(`/cases/${encodeURIComponent(id)}`);
  let related: RelatedCase[] = [];
  let relatedProblem: string | undefined;
  try {
    related = (await call<z.infer<typeof RelatedResponse>>("/related", { caseId: id, size: 50 })).cases;
  } catch (error) {
    relatedProblem = error instanceof Error ? error.message : String(error);
  }
  const L = ctx.labels;
  const flagged = record.status !== "effective";
  const header = dl([
    ["案号", record.caseNumber?.raw ?? "—"],
    [
      "法院",
      `${record.court ?? "—"}（${record.courtLevel ? (L.courtLevels[record.courtLevel] ?? record.courtLevel) : "层级不详"}）`,
    ],
    ["文书类型 / 程序", `${record.documentType ?? "—"} / ${record.procedure ?? "—"}`],
    ["裁判日期", formatDate(record.decisionDate)],
    ...(record.releaseDate ? [["发布日期", formatDate(record.releaseDate)] as [string, string]] : []),
    ["生效状态", h("span", { class: flagged ? "flag" : "" }, L.statuses[record.status] ?? record.status)],
    [
      "案例层级",
      `${L.tiers[record.tier] ?? record.tier}${record.authorityNumber ? `（${record.authorityNumber}）` : ""}`,
    ],
    [
      "审判委员会讨论",
      record.committeeDiscussed === undefined ? "未载明" : record.committeeDiscussed ? "是" : "否",
    ],
    ["罪名 / 案由", [...record.charges, ...record.causes].join("、") || "—"],
    ["适用法条", record.statutes.map(statuteText).join("、") || "—"],
    ["当事人", record.parties.map((p) => `${p.name}（${p.role}）`).join("、") || "—"],
    ["裁判结果（结构化）", outcomeLines(record, L).join("；") || "—"],
  ]);
  const writeUp = record.documentType === "案例";
  const sections = SECTION_TITLES.filter(([key]) => record.sections[key]).map(([key, title]) =>
    h(
      "section",
      { class: "doc-section" },
      h("h3", {}, (writeUp && WRITE_UP_TITLES[key]) || title),
      h("p", { class: "prose" }, record.sections[key] ?? ""),
    ),
  );
  if (sections.length === 0 && record.text)
    sections.push(h("section", {}, h("h3", {}, "全文"), h("p", { class: "prose" }, record.text)));
  return [
    h("h2", { id: "case-dialog-title" }, record.title ?? record.caseNumber?.raw ?? record.id),
    flagged
      ? h(
          "p",
          { class: "flag" },
          `注意：本案${L.statuses[record.status] ?? record.status}，不得作为类案援引。`,
        )
      : null,
    record.repealedLaws ? h("p", { class: "flag" }, `注意：本案${record.repealedLaws}。`) : null,
    record.keyHoldings
      ? h(
          "section",
          {},
          h("h3", {}, record.keyHoldingsKind === "question" ? "主要问题" : "裁判要点"),
          h("p", { class: "prose" }, record.keyHoldings),
        )
      : null,
    header,
    h(
      "section",
      { class: "related-cases" },
      h("h3", {}, "审级关系"),
      relatedProblem ? errorBox(relatedProblem) : instanceChain(record, related, open),
    ),
    h(
      "section",
      {},
      h("h3", {}, "其他关联案件"),
      relatedProblem ? null : otherRelated(related, open, L.tiers),
    ),
    ...sections,
  ].filter((x): x is HTMLElement => x !== null);
}

/** Opens the case `id` in the dialog (reusing it when already open: links inside it replace the content). */
export async function openCase(ctx: Context, id: string): Promise<void> {
  let dialog = document.getElementById("case-dialog") as HTMLDialogElement | null;
  if (!dialog) {
    const content = h("div", { class: "dialog-content" });
    dialog = h(
      "dialog",
      { id: "case-dialog", "aria-labelledby": "case-dialog-title" },
      h(
        "form",
        { method: "dialog", class: "dialog-bar" },
        h("button", { type: "submit", class: "close", "aria-label": "关闭案件详情" }, "关闭"),
      ),
      content,
    );
    dialog.addEventListener("close", () => dialog?.remove());
    document.body.append(dialog);
    dialog.showModal();
  }
  const content = dialog.querySelector(".dialog-content") as HTMLElement;
  content.replaceChildren(h("p", { class: "loading" }, "正在读取案件…"));
  try {
    content.replaceChildren(...(await caseBody(ctx, id, (other) => void openCase(ctx, other))));
  } catch (error) {
    content.replaceChildren(errorBox(error instanceof Error ? error.message : String(error)));
  }
  dialog.scrollTop = 0;
}
