import mammoth from "mammoth";
import { beforeAll, describe, expect, it } from "vitest";
import { CASE_USE_LABELS, RetrievalReport, TRIGGER_LABELS } from "../model.ts";
import { fixZipTimestamps, renderDocx } from "./docx.ts";
import { fixtureReport } from "./fixture.ts";
import { escapeHtml, renderHtml } from "./html.ts";
import {
  ANSWER_IN_REASONING,
  EXCERPT_MARK,
  PARAMETER_LABELS,
  recencyNote,
  SECTION_HEADINGS,
  unrecognisedFilterNotes,
} from "./sections.ts";
import { htmlText, unzip } from "./testing.ts";

const report = fixtureReport;
const allCases = report.tiers.flatMap((t) => t.cases);
let html: string;
let docx: Buffer;
let docxText: string;

beforeAll(async () => {
  html = renderHtml(report);
  docx = await renderDocx(report);
  docxText = (await mammoth.extractRawText({ buffer: docx })).value;
});

const SECTION_ORDER = Object.values(SECTION_HEADINGS);

describe("fixture", () => {
  it("is a valid RetrievalReport", () => {
    expect(() => RetrievalReport.parse(report)).not.toThrow();
  });
});

describe("renderHtml", () => {
  it("is a complete, self-contained Chinese A4 document", () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="zh-CN">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toMatch(/@page \{\s*size: A4;/);
    expect(html).toContain('@bottom-center { content: "第 " counter(page) " 页');
    expect(html).toContain('"Noto Serif CJK SC", "Source Han Serif SC"');
    expect(html).toContain('"SimSun"');
    expect(html).toContain("thead { display: table-header-group; }");
    expect(html).toContain("text-align: justify");
    expect(html).toContain("text-indent: 2em");
    // no scripts, no external resources
    expect(html).not.toMatch(/<script|<link|@import|https?:\/\/|url\(/i);
  });

  it("has the title, 案号 and 法院, and every section in order", () => {
    expect(html).toContain("<h1>类案检索报告</h1>");
    expect(html).toContain(`案号：${report.pendingCase.caseNumber}`);
    expect(html).toContain(`法院：${report.pendingCase.court}`);
    const positions = SECTION_ORDER.map((h) => html.indexOf(`<h2>${h}</h2>`));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(html.indexOf('<footer class="sources">')).toBeGreaterThan(positions.at(-1) ?? 0);
    expect(html).toContain("裁判文书来源：");
    expect(html).toContain("平台版本：");
    expect(html).toContain("检索人（签名）");
  });

  it("shows searcher, time, trigger, ids and the SHA-256", () => {
    const text = htmlText(html);
    for (const s of [
      report.searcher.user,
      report.searcher.court,
      "法官",
      "2025年3月1日 16:30:15（北京时间）",
      TRIGGER_LABELS[report.trigger],
      report.id,
      report.seriesId,
      `第 ${report.version} 版`,
      report.sha256,
    ])
      expect(text).toContain(s);
  });

  it("shows the platform and every query with its method, parameters and hit count", () => {
    const text = htmlText(html);
    for (const s of [
      report.platform.service,
      report.platform.version,
      report.platform.alias,
      report.platform.index,
      "1,284,337 篇",
      report.platform.dictionaryVersion,
    ])
      expect(text).toContain(s);
    for (const label of ["类案检索", "关键词检索", "法条关联检索", "案例关联检索"])
      expect(text).toContain(label);
    expect(text).toContain("检索词：入户盗窃 自首 退赔 缓刑");
    expect(text).toContain("法条：《刑法》第二百六十四条、《刑法》第六十七条");
    expect(text).toContain("筛选条件·法院：长春市中级人民法院、长春市朝阳区人民法院");
    expect(text).toContain("关联案例：o-2023-0091");
    for (const n of ["3,412 件", "286 件", "57 件", "3 件"]) expect(text).toContain(n);
  });

  it("numbers the disputed issues", () => {
    expect(html).toContain('<ol class="issues">');
    for (const issue of report.pendingCase.disputedIssues)
      expect(html).toContain(`<li>${escapeHtml(issue)}</li>`);
  });

  it("has one table per tier, in SPC order, with the required columns", () => {
    const section = html.slice(html.indexOf("<h2>五、检索结果</h2>"), html.indexOf("<h2>六、"));
    const tables = section.match(/<table class="compact">[\s\S]*?<\/table>/g) ?? [];
    expect(tables).toHaveLength(4);
    const labels = [
      "指导性案例",
      "典型案例（最高人民法院公报、刑事审判参考；最高人民检察院检察指导性案例）",
      "高级人民法院参考性案例",
      "生效裁判",
    ];
    const headingPositions = labels.map((l, i) => section.indexOf(`<h3>（${"一二三四"[i]}）${l}`));
    expect(headingPositions.every((p) => p > 0)).toBe(true);
    expect([...headingPositions].sort((a, b) => a - b)).toEqual(headingPositions);
    for (const table of tables)
      for (const col of [
        "案号",
        "法院",
        "审级",
        "裁判日期",
        "生效状态",
        "是否经审委会讨论",
        "裁判要点",
        "匹配理由",
        "裁判结果",
        "适用情况及理由",
      ])
        expect(table).toContain(`<th scope="col">${col}</th>`);
    report.tiers.forEach((tier, i) => {
      for (const c of tier.cases) expect(tables[i]).toContain(escapeHtml(c.caseNumber ?? c.id));
    });
  });

  it("marks excerpts, flags ineffective cases and shows use with reasons", () => {
    const text = htmlText(html);
    expect(text).toContain(EXCERPT_MARK);
    // The note says whose reasoning it is: a judgment's 本院认为, a write-up's 裁判理由 or 评析.
    expect(text).toContain("裁判文书为“本院认为”，案例为裁判理由或评析");
    expect(text).toContain("已撤回");
    expect(text).toContain("已被改判或发回");
    expect(html).toMatch(/<td class="warning"><p>已撤回<\/p><p>不得作为类案援引<\/p><\/td>/);
    expect(text).toContain("共同罪名：盗窃罪");
    expect(text).toContain("共同情节：入户、自首、退赔、谅解");
    for (const c of allCases.filter((c) => c.use)) {
      expect(text).toContain(CASE_USE_LABELS[c.use ?? "follow"]);
      expect(text).toContain(`理由：${c.useReason}`);
    }
    expect(text).toContain("未选定");
  });

  it("says which listed case applied a repealed law, in its status cell and below the tables", async () => {
    const notice =
      "所适用的《合同法》已于2021年1月1日废止（《民法典》第一千二百六十条），参照时应对照现行法律";
    const [first] = allCases.filter((c) => c.status === "effective");
    if (!first) throw new Error("the fixture has an effective case");
    const withRepeal = RetrievalReport.parse({
      ...report,
      tiers: report.tiers.map((t) => ({
        ...t,
        cases: t.cases.map((c) => (c.id === first.id ? { ...c, repealedLaws: notice } : c)),
      })),
    });
    const out = renderHtml(withRepeal);
    expect(out).toContain(`<td class="warning"><p>生效</p><p>${escapeHtml(notice)}</p></td>`);
    expect(htmlText(out)).toContain(`注意：${first.caseNumber ?? first.title ?? first.id}${notice}。`);
    expect(htmlText(html)).not.toContain("参照时应对照现行法律");
    const text = (await mammoth.extractRawText({ buffer: await renderDocx(withRepeal) })).value;
    expect(text).toContain(notice);
  });

  it("shows submitted cases, divergence side by side and related cases", () => {
    const text = htmlText(html);
    for (const s of report.submittedCases) {
      expect(text).toContain(s.submittedBy);
      expect(text).toContain(s.citation);
      expect(text).toContain(s.response);
    }
    const div = html.slice(html.indexOf("<h2>七、"), html.indexOf("<h2>八、"));
    expect(div).toContain('<th scope="col">案例一</th><th scope="col">案例二</th>');
    for (const row of ["审级", "裁判日期", "是否经审委会讨论"])
      expect(div).toContain(`<th scope="row"><p>${row}</p></th>`);
    expect(div).toContain("<td><p>高级人民法院</p></td><td><p>中级人民法院</p></td>");
    const related = htmlText(html.slice(html.indexOf("<h2>八、")));
    expect(related).toContain("（2024）吉0104刑初1201号");
    expect(related).toContain("同一当事人（当事人：张某某；匹配方式：完全一致）");
    expect(related).toContain("前审（案号：（2024）吉0104民初5号）");
  });

  it("names the pending case's number a later instance or a citing judgment cites as such, not as its own", () => {
    const later = renderHtml({
      ...report,
      related: [
        {
          id: "o-2025-0090",
          caseNumber: "（2025）吉01刑终90号",
          court: "长春市中级人民法院",
          status: "effective",
          relations: [
            { relation: "后审", caseNumber: "（2024）吉0104刑初1201号" },
            { relation: "引用本案", caseNumber: "（2024）吉0104刑初1201号" },
          ],
        },
      ],
    });
    const text = htmlText(later.slice(later.indexOf("<h2>八、")));
    expect(text).toContain("后审（所引本案案号：（2024）吉0104刑初1201号）");
    expect(text).toContain("引用本案（所引本案案号：（2024）吉0104刑初1201号）");
  });

  it("says how many of the cases outside the guiding tier are of the last three years (SPC 2020 §4)", () => {
    const text = htmlText(html.slice(html.indexOf("<h2>五、"), html.indexOf("<h2>六、")));
    // Created 2025-03-01: of six non-guiding cases, four were decided since 2022-03-01.
    expect(text).toContain("除指导性案例外列出的 6 件案例中，近三年（2022年3月1日以后）作出的 4 件");
    expect(docxText).toContain("近三年（2022年3月1日以后）作出的 4 件");
    // None recent, and a write-up without a date: a warning, the undated counted apart.
    const old = {
      ...report,
      createdAt: "2030-03-01T08:30:15.000Z",
      tiers: report.tiers.map((t) =>
        t.tier === "typical" ? { ...t, cases: t.cases.map(({ decisionDate: _, ...c }) => c) } : t,
      ),
    };
    expect(recencyNote(old)).toEqual({
      kind: "paragraph",
      tone: "warning",
      text: expect.stringContaining("近三年（2027年3月1日以后）作出的 0 件，1 件未载明裁判日期"),
    });
    // Guiding cases alone: nothing to say.
    expect(
      recencyNote({ ...report, tiers: report.tiers.filter((t) => t.tier === "guiding") }),
    ).toBeUndefined();
  });

  it("escapes text", () => {
    expect(html).toContain("&lt;需合议庭讨论&gt;");
    expect(html).toContain("挂钩 &amp; 以何比例");
    expect(html).toContain("&lt;3次以上&gt;");
    expect(html).not.toContain("<需合议庭讨论>");
    expect(escapeHtml(`<a href="x">&'`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&#39;");
  });

  it("is deterministic, also for a report read back from canonical (sorted-key) JSON", () => {
    expect(renderHtml(report)).toBe(html);
    const sortedKeys = JSON.parse(
      JSON.stringify(report, (_k, v) =>
        v && typeof v === "object" && !Array.isArray(v)
          ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
          : v,
      ),
    );
    expect(renderHtml(sortedKeys)).toBe(html);
  });

  it("warns, under the queries' table, of a query's filter values the search could not read", () => {
    const message = "筛选条件中的法院“火星区人民法院”在案例库中未找到（按原文匹配，无结果），请检查法院名称";
    const queries = report.queries.map((q, i) =>
      i === 1
        ? {
            ...q,
            unrecognisedFilters: [{ path: "queries.0.filters.courts.0", value: "火星区人民法院", message }],
          }
        : q,
    );
    const warned = renderHtml({ ...report, queries });
    const note = `第 2 次检索（关键词检索）：${message}。`;
    expect(warned).toContain(`<p class="warning">${escapeHtml(note)}</p>`);
    // In the methods section, after its table.
    const methods = warned.slice(
      warned.indexOf('<section id="methods">'),
      warned.indexOf('<section id="issues">'),
    );
    expect(methods.indexOf(escapeHtml(note))).toBeGreaterThan(methods.indexOf("</table>"));
    expect(unrecognisedFilterNotes(report.queries)).toEqual([]);
    expect(html).not.toContain("未找到（按原文匹配");
  });

  it("handles a report with empty optional sections", () => {
    const empty = renderHtml({
      ...report,
      queries: [],
      submittedCases: [],
      divergence: [],
      related: [],
      tiers: [],
    });
    for (const s of [
      "本报告未记录检索式。",
      "本层级未检索到类案。",
      "当事人及公诉机关未提交案例。",
      "未发现关联案件。",
    ])
      expect(empty).toContain(s);
  });
});

describe("no raw keys or enum values in either export", () => {
  // What build.ts stores that is not Chinese: parameter keys, methods, purposes, parts, tiers, uses,
  // statuses, triggers, roles.
  const RAW =
    /\b(method|purpose|reportFilters|parts|keyword|statute|similar|related|facts|reasoning|disposition|guiding|typical|provincial|ordinary|follow|consider|not_used|effective|withdrawn|reversed|not_effective|judges_meeting|no_clear_rule|ordered|judge|research|admin)\b/;
  const texts = (): [format: string, text: string][] => [
    ["HTML", htmlText(html)],
    ["DOCX", docxText],
  ];

  it("shows the recorded queries' parameters in Chinese (method, purpose, parts, report filters)", () => {
    for (const [format, text] of texts()) {
      expect(text, format).not.toMatch(/[A-Za-z_]+：/);
      expect(text, format).not.toMatch(RAW);
      expect(text, format).toContain("用途：关联案件检索");
      expect(text, format).toContain("检索范围：事实、本院认为");
      expect(text, format).toContain("报告统一筛选条件·案件类别：刑事");
      expect(text, format).toContain(
        "筛选条件·案例层级：指导性案例、典型案例（最高人民法院公报、刑事审判参考；最高人民检察院检察指导性案例）",
      );
    }
  });

  it("writes statute keys (刑法#264) as provisions: 《刑法》第二百六十四条", () => {
    for (const [format, text] of texts()) {
      expect(text, format).not.toMatch(/#\d/);
      expect(text, format).toContain("共同法条：《刑法》第二百六十四条、《刑法》第六十七条");
      expect(text, format).toContain("法条：《刑法》第二百六十四条、《刑法》第六十七条");
    }
  });

  it("labels every parameter a report request can record", async () => {
    const { ReportPendingCase, ReportQuery } = await import("../model.ts");
    const { CaseFilters } = await import("../../retrieval/types.ts");
    const keys = [
      ...Object.keys(ReportPendingCase.shape),
      ...ReportQuery.options.flatMap((o) => Object.keys(o.shape)),
      ...Object.keys(CaseFilters.shape),
      // similarParameters (build.ts) and the related-case search add these.
      "size",
      "caseNumbers",
      "purpose",
      "reportFilters",
    ].filter((k) => k !== "method");
    for (const key of keys) expect(PARAMETER_LABELS[key], key).toMatch(/^[^A-Za-z]+$/);
  });

  it("names a submitted guiding case's duty to answer it in the reasoning (指导意见第十条)", () => {
    const guiding = report.submittedCases.filter((s) => s.answerInReasoning);
    expect(guiding.length).toBeGreaterThan(0);
    for (const [format, text] of texts()) {
      for (const s of guiding) expect(text, format).toContain(s.response);
      expect(text.split(ANSWER_IN_REASONING).length - 1, format).toBe(guiding.length);
      expect(text, format).toContain("第十条");
      // A case found by the number its citation names is shown as found, not as missing.
      expect(text, format).toContain("已收录：（2012）浦刑初字第6776号（指导性案例32号）");
      expect(text, format).toContain("依所引案例编号在检索库中查得");
    }
    const section = htmlText(html.slice(html.indexOf("<h2>六、"), html.indexOf("<h2>七、")));
    expect(section.match(/未在检索库中收录/g)).toHaveLength(1);
  });

  it("asks for the case's name, or its court and number, where a citation names several cases", () => {
    const ambiguous = {
      submittedBy: "辩护人 张某甲",
      citation: "刑事审判参考第993号",
      ambiguousMatches: 2,
      response: "待核对所引案例后回应。",
    };
    const text = htmlText(renderHtml({ ...report, submittedCases: [...report.submittedCases, ambiguous] }));
    expect(text).toContain(
      "检索库中有 2 件不同的裁判使用所引案号或案例编号，未能确定所指案件，请注明案例名称，或写明作出裁判的法院及案号，以便区分",
    );
    expect(text).not.toContain("注明文书编号");
  });
});

describe("renderDocx", () => {
  it("opens and contains the title, every section, the tier tables' case numbers and the footer notes", () => {
    expect(docx.subarray(0, 2).toString()).toBe("PK");
    expect(docxText).toContain("类案检索报告");
    expect(docxText).toContain(report.pendingCase.caseNumber);
    const positions = SECTION_ORDER.map((h) => docxText.indexOf(h));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    for (const c of allCases) expect(docxText).toContain(c.caseNumber ?? c.id);
    for (const tier of report.tiers) expect(docxText).toContain(tier.label);
    expect(docxText).toContain("裁判文书来源：");
    expect(docxText).toContain("平台版本：");
    expect(docxText).toContain("检索人（签名）");
    expect(docxText).toContain("<需合议庭讨论>");
  });

  it("has a page-number footer, repeated header rows and fixed document properties", () => {
    const entries = unzip(docx);
    const document = entries.get("word/document.xml") ?? "";
    expect(document).toContain("<w:tblHeader");
    const footer = [...entries.entries()].find(([name]) => name.startsWith("word/footer"))?.[1] ?? "";
    expect(footer).toContain("PAGE");
    expect(footer).toContain("NUMPAGES");
    const core = entries.get("docProps/core.xml") ?? "";
    expect(core).toContain("<dc:creator>Leian</dc:creator>");
    expect(core).toContain(`<dc:title>类案检索报告 ${report.pendingCase.caseNumber}</dc:title>`);
    expect(core).toContain(
      '<dcterms:created xsi:type="dcterms:W3CDTF">2025-03-01T08:30:15Z</dcterms:created>',
    );
    expect(core).toContain(
      '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-03-01T08:30:15Z</dcterms:modified>',
    );
  });

  it("stays well-formed XML when a report's text holds characters XML forbids (a BEL, U+FFFE)", async () => {
    const odd = {
      ...report,
      pendingCase: {
        ...report.pendingCase,
        caseNumber: "（2025）吉0104刑初\u0007118号",
        facts: "事实\uFFFE与\uD800理由",
      },
    };
    const entries = unzip(await renderDocx(odd));
    for (const name of ["docProps/core.xml", "word/document.xml"]) {
      const xml = entries.get(name) ?? "";
      expect(
        [...xml].filter((ch) => ch === "\u0007" || ch === "\uFFFE" || ch === "\uD800"),
        name,
      ).toEqual([]);
    }
    expect(entries.get("docProps/core.xml")).toContain("（2025）吉0104刑初118号");
  });

  it("is byte-identical across renders, also seconds apart", async () => {
    await new Promise((r) => setTimeout(r, 2100)); // the zip format stores times at 2-second resolution
    const again = await renderDocx(report);
    expect(again.equals(docx)).toBe(true);
  });

  it("stamps every zip entry with the report's time", () => {
    const stamped = fixZipTimestamps(docx, "2030-06-15T00:00:00Z");
    expect(stamped.length).toBe(docx.length);
    expect(stamped.equals(docx)).toBe(false);
    expect(fixZipTimestamps(stamped, report.createdAt).equals(docx)).toBe(true);
  });
});
