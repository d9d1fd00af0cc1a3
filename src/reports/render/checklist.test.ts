/**
 * Checklist (issue 7, item 5): each item of "Report contents" in ../shared/docs/domain.md (rule 5,
 * with rules 7 and 8 for conflicting results and submitted cases, rule 9 for related cases) is
 * present in the report's JSON, in the HTML export and in the DOCX export (read back with mammoth).
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import mammoth from "mammoth";
import { beforeAll, describe, expect, it } from "vitest";
import { CASE_USE_LABELS, type RetrievalReport, TRIGGER_LABELS } from "../model.ts";
import { renderDocx } from "./docx.ts";
import { fixtureReport } from "./fixture.ts";
import { renderHtml } from "./html.ts";
import { EXCERPT_MARK, groupDigits, METHOD_LABELS, SECTION_HEADINGS } from "./sections.ts";
import { htmlText } from "./testing.ts";

interface Item {
  /** The term as domain.md words it. */
  item: string;
  /** The JSON holds it (non-empty fields). */
  json: (r: RetrievalReport) => boolean;
  /** Text both exports must show. */
  shown: (r: RetrievalReport) => string[];
}

const cases = (r: RetrievalReport) => r.tiers.flatMap((t) => t.cases);

const CHECKLIST: Item[] = [
  {
    item: "检索主体",
    json: (r) => r.searcher.user !== "" && r.searcher.court !== "" && r.searcher.role !== "",
    shown: (r) => [
      SECTION_HEADINGS.subject,
      "检索人",
      r.searcher.user,
      r.searcher.court,
      TRIGGER_LABELS[r.trigger],
    ],
  },
  {
    item: "时间",
    json: (r) => !Number.isNaN(Date.parse(r.createdAt)),
    shown: () => ["检索时间", "2025年3月1日 16:30:15（北京时间）"],
  },
  {
    item: "平台与数据快照",
    json: (r) =>
      r.platform.service !== "" &&
      r.platform.index !== "" &&
      r.platform.documents > 0 &&
      r.platform.dictionaryVersion !== "",
    shown: (r) => [
      SECTION_HEADINGS.platform,
      r.platform.service,
      r.platform.version,
      r.platform.alias,
      r.platform.index,
      `${groupDigits(r.platform.documents)} 篇`,
      r.platform.dictionaryVersion,
    ],
  },
  {
    item: "检索方法与检索式",
    json: (r) => r.queries.length > 0 && r.queries.every((q) => typeof q.hits === "number"),
    shown: (r) => [
      SECTION_HEADINGS.methods,
      ...r.queries.map((q) => METHOD_LABELS[q.method]),
      ...r.queries.map((q) => `${groupDigits(q.hits)} 件`),
      "检索词：入户盗窃 自首 退赔 缓刑",
      "法条：《刑法》第二百六十四条、《刑法》第六十七条",
    ],
  },
  {
    item: "各层级结果",
    json: (r) => r.tiers.length === 4 && r.tiers.every((t) => t.cases.length > 0),
    shown: (r) => [
      SECTION_HEADINGS.results,
      ...r.tiers.map((t) => t.label),
      ...cases(r).map((c) => c.caseNumber ?? c.id),
    ],
  },
  {
    item: "裁判要点",
    json: (r) => cases(r).every((c) => (c.keyHolding ?? "") !== "" && c.keyHoldingSource !== undefined),
    shown: (r) => ["裁判要点", EXCERPT_MARK, ...cases(r).map((c) => c.keyHolding ?? "")],
  },
  {
    item: "待决案件争议焦点",
    json: (r) => r.pendingCase.disputedIssues.length > 0,
    shown: (r) => [SECTION_HEADINGS.issues, ...r.pendingCase.disputedIssues],
  },
  {
    item: "参照/参考/不予参照 及理由",
    json: (r) => {
      const uses = new Set(cases(r).map((c) => c.use));
      return (
        uses.has("follow") &&
        uses.has("consider") &&
        uses.has("not_used") &&
        cases(r).every((c) => c.use === undefined || (c.useReason ?? "") !== "")
      );
    },
    shown: (r) => [
      "适用情况及理由",
      ...Object.values(CASE_USE_LABELS),
      ...cases(r).flatMap((c) => (c.useReason ? [`理由：${c.useReason}`] : [])),
    ],
  },
  {
    item: "相反结果",
    json: (r) =>
      r.divergence.length > 0 &&
      r.divergence.every(
        (d) =>
          d.cases.length >= 2 &&
          d.cases.every(
            (c) =>
              c.courtLevel !== undefined &&
              c.decisionDate !== undefined &&
              c.committeeDiscussed !== undefined,
          ),
      ),
    shown: (r) => [
      SECTION_HEADINGS.divergence,
      ...r.divergence.map((d) => d.summary),
      ...r.divergence.flatMap((d) => d.cases.map((c) => c.outcome ?? "")),
      "是否经审委会讨论",
      "高级人民法院",
      "2022年9月30日",
    ],
  },
  {
    item: "当事人提交案例及回应",
    json: (r) => r.submittedCases.length > 0 && r.submittedCases.every((s) => s.response !== ""),
    shown: (r) => [
      SECTION_HEADINGS.submitted,
      ...r.submittedCases.flatMap((s) => [s.submittedBy, s.citation, s.response]),
    ],
  },
  {
    item: "关联案件",
    json: (r) => r.related.length > 0 && r.related.every((c) => c.relations.length > 0),
    shown: (r) => [
      SECTION_HEADINGS.related,
      ...r.related.map((c) => c.caseNumber ?? c.id),
      "同一当事人",
      "系列案件",
    ],
  },
];

const DOMAIN = path.resolve(import.meta.dirname, "../../../../shared/docs/domain.md");

let html: string;
let docx: string;
beforeAll(async () => {
  html = htmlText(renderHtml(fixtureReport));
  docx = (await mammoth.extractRawText({ buffer: await renderDocx(fixtureReport) })).value;
});

describe("report contents checklist (domain.md rule 5, with rules 7–9)", () => {
  it.skipIf(!existsSync(DOMAIN))("covers every item rule 5 names", () => {
    const rule5 =
      /\*\*Report contents\*\*([\s\S]*?)\n\d+\. \*\*/.exec(readFileSync(DOMAIN, "utf8"))?.[1] ?? "";
    for (const term of ["检索主体", "裁判要点", "待决案件争议焦点", "参照", "参考"])
      expect(rule5).toContain(term);
    for (const words of [
      "who searched",
      "when",
      "platform and data",
      "methods and queries",
      "results per tier",
      "cut the other way",
    ])
      expect(rule5.replace(/\s+/g, " ")).toContain(words);
  });

  for (const entry of CHECKLIST) {
    describe(entry.item, () => {
      it("is in the JSON", () => {
        expect(entry.json(fixtureReport)).toBe(true);
      });
      it("is in the HTML", () => {
        for (const s of entry.shown(fixtureReport)) expect(html, `${entry.item}: ${s}`).toContain(s);
      });
      it("is in the DOCX", () => {
        for (const s of entry.shown(fixtureReport)) expect(docx, `${entry.item}: ${s}`).toContain(s);
      });
    });
  }
});
