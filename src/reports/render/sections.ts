/**
 * The content of an exported retrieval report, decided once for every format: a neutral list of
 * sections made of headings, paragraphs, field lists, numbered lists and tables. html.ts and docx.ts
 * only lay this structure out, so the HTML and the Word document always say the same thing.
 *
 * Pure and deterministic: no clock, no randomness, no locale-dependent formatting. Parameters are
 * listed in a fixed key order, so a report read back from storage (canonical JSON, sorted keys)
 * renders to the same bytes as the report as built.
 */
import { sharedCauseText } from "../../judgment/causes.ts";
import { isChargeName, sharedChargeText } from "../../judgment/charges.ts";
import { statuteKeyText } from "../../judgment/provisions.ts";
import { type CourtLevel, Tier } from "../../judgment/record.ts";
import { recentSince, TIER_LABELS } from "../../retrieval/similar.ts";
import { PART_NAMES } from "../../search/queries/keyword.ts";
import { STATUS_LABELS } from "../analysis.ts";
import {
  CASE_USE_LABELS,
  type RecordedQuery,
  type ReportCase,
  type RetrievalReport,
  TRIGGER_LABELS,
} from "../model.ts";

/** One table cell: its lines (one paragraph each); `warning` for what the judge must not miss. */
export interface Cell {
  lines: string[];
  tone?: "warning";
}

export interface Table {
  headers: string[];
  /** Relative column widths (percent, summing to 100). */
  widths: number[];
  rows: Cell[][];
  /** The first column names the rows (field lists, side-by-side comparisons). */
  rowHeaders?: boolean;
  /** Smaller type for wide result tables. */
  compact?: boolean;
}

export type Block =
  | { kind: "subheading"; text: string }
  | { kind: "paragraph"; text: string; indent?: boolean; tone?: "note" | "warning" }
  | { kind: "fields"; rows: Array<[label: string, value: string]> }
  | { kind: "numbered"; items: string[] }
  | { kind: "table"; table: Table };

export type SectionId =
  | "subject"
  | "platform"
  | "methods"
  | "issues"
  | "results"
  | "submitted"
  | "divergence"
  | "related";

export interface Section {
  id: SectionId;
  heading: string;
  blocks: Block[];
}

export interface ReportDocument {
  /** 类案检索报告 or 关联案件检索报告. */
  title: string;
  /** Lines under the title: 案号, 法院. */
  subtitle: string[];
  sections: Section[];
  /** Footer note on sources and platform version. */
  sourceNotes: string[];
  /** Signature block for the searcher. */
  signature: Array<[label: string, value: string]>;
  /** Document properties (DOCX core properties, HTML meta). */
  properties: { title: string; subject: string; keywords: string; createdAt: string };
}

export const SECTION_HEADINGS: Record<SectionId, string> = {
  subject: "一、检索主体与时间",
  platform: "二、检索平台与数据",
  methods: "三、检索方法与检索式",
  issues: "四、待决案件争议焦点",
  results: "五、检索结果",
  submitted: "六、当事人或公诉机关提交的案例及回应",
  divergence: "七、类案裁判分歧",
  related: "八、关联案件",
};

/** Section 六 of a civil or administrative case's report, which has no prosecutor. */
export const CIVIL_SUBMITTED_HEADING = "六、当事人提交的案例及回应";

export const METHOD_LABELS: Record<RecordedQuery["method"], string> = {
  similar: "类案检索",
  keyword: "关键词检索",
  statute: "法条关联检索",
  case: "案例关联检索",
};

export const COURT_LEVEL_LABELS: Record<CourtLevel, string> = {
  最高: "最高人民法院",
  高级: "高级人民法院",
  中级: "中级人民法院",
  基层: "基层人民法院",
  专门: "专门人民法院",
};

const ROLE_LABELS: Record<string, string> = {
  judge: "法官",
  research: "研究室",
  admin: "管理员",
  clerk: "法官助理",
};

/** Header of the per-tier result tables (rule 5 and rule 7). */
export const RESULT_HEADERS = [
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
];
const RESULT_WIDTHS = [11, 9, 6, 8, 6, 6, 18, 14, 10, 12];

/** Marks a reasoning excerpt standing in for an official 裁判要点. */
export const EXCERPT_MARK = "〔摘自裁判理由，非裁判要点〕";
/** A write-up with no 裁判要旨 (刑事审判参考): the question it answers, which is no holding. */
export const QUESTION_MARK = "〔该案例所涉问题，非裁判要点；其答案见该案例的裁判理由〕";
const NONE = "—";
const CN_NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

export function chineseOrdinal(n: number): string {
  if (n <= 10) return CN_NUMERALS[n - 1] ?? String(n);
  if (n < 20) return `十${CN_NUMERALS[n - 11] ?? ""}`;
  if (n < 100)
    return `${CN_NUMERALS[Math.floor(n / 10) - 1]}十${n % 10 === 0 ? "" : CN_NUMERALS[(n % 10) - 1]}`;
  return String(n);
}

/** "2021-05-12" → "2021年5月12日"; anything else as written. */
export function formatDate(value: string | undefined): string {
  if (!value) return NONE;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : value;
}

/** An ISO instant in Beijing time (UTC+8), computed without the machine's time zone or locale. */
export function formatInstant(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const d = new Date(ms + 8 * 3600_000);
  const pad = (n: number) => String(n).padStart(2, "0");
  return (
    `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ` +
    `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}（北京时间）`
  );
}

/** 1234567 → "1,234,567" without Intl. */
export function groupDigits(n: number): string {
  const s = String(Math.abs(Math.trunc(n)));
  return (n < 0 ? "-" : "") + s.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

export function statusLabel(status: string | undefined): string {
  if (!status) return NONE;
  return STATUS_LABELS[status] ?? status;
}

/** Anything but an effective judgment is flagged (rule 2: never present a reversed ruling as good law). */
export function isIneffective(status: string | undefined): boolean {
  return status !== undefined && status !== "effective" && status !== "生效";
}

/** 是 / 否 / 未载明: whether the adjudication committee discussed a case (rule 7). */
export function committeeLabel(value: boolean | undefined): string {
  return value === undefined ? "未载明" : value ? "是" : "否";
}

export function courtLevelLabel(level: CourtLevel | undefined): string {
  return level ? COURT_LEVEL_LABELS[level] : NONE;
}

function join(values: readonly string[] | undefined, sep = "、"): string {
  return values && values.length > 0 ? values.join(sep) : NONE;
}

// ---- query parameters, readably -------------------------------------------------------------

/**
 * Every key a recorded query's parameters can hold (the similar search's pending case, the extra
 * queries of the request, the related-case search, their filters), in the order they are listed.
 * `method` is not listed: the method has its own column.
 */
export const PARAMETER_LABELS: Record<string, string> = {
  purpose: "用途",
  q: "检索词",
  parts: "检索范围",
  facts: "案件事实",
  charges: "罪名",
  causes: "案由",
  statutes: "法条",
  everyStatute: "须同时适用所列各条",
  caseId: "关联案例",
  caseNumber: "案号",
  caseNumbers: "案号",
  parties: "当事人",
  court: "法院",
  disputedIssues: "争议焦点",
  size: "返回数量",
  filters: "筛选条件",
  category: "案件类别",
  courts: "法院",
  courtLevels: "法院层级",
  provinces: "省份",
  procedures: "审判程序",
  documentTypes: "文书类型",
  tiers: "案例层级",
  dateFrom: "裁判日期起",
  dateTo: "裁判日期止",
  ids: "限定文书",
  includeIneffective: "包含未生效、已撤回或被改判的裁判",
  reportFilters: "报告统一筛选条件",
};
const PARAMETER_ORDER = Object.keys(PARAMETER_LABELS);
/** Parameters not listed: the method, shown in its own column. */
const UNLISTED_PARAMETERS = new Set(["method"]);
/** Parameters holding filters, listed one line per filter. */
const FILTER_PARAMETERS = new Set(["filters", "reportFilters"]);

/** What a recorded search was for (build.ts records the related-case search with `purpose`). */
export const PURPOSE_LABELS: Record<string, string> = {
  related: "关联案件检索（同一当事人、前后审及系列案件）",
};

/** Parts of a judgment searched, in the workbench's words (text → 全文). */
const PART_LABELS: Record<string, string> = Object.fromEntries(
  Object.entries(PART_NAMES)
    .filter(([name]) => !/^[a-z]/.test(name))
    .map(([name, part]) => [part, name]),
);
const FACTS_PREVIEW = 120;

function orderedEntries(record: Record<string, unknown>): Array<[string, unknown]> {
  const rank = (key: string) => {
    const i = PARAMETER_ORDER.indexOf(key);
    return i === -1 ? PARAMETER_ORDER.length : i;
  };
  return Object.entries(record)
    .filter(([, v]) => v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0))
    .sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

function parameterValue(key: string, value: unknown): string {
  if (key === "ids" && Array.isArray(value)) return `${value.length} 篇`;
  if (key === "purpose" && typeof value === "string") return PURPOSE_LABELS[value] ?? value;
  if (key === "parts" && Array.isArray(value))
    return value.map((p) => PART_LABELS[String(p)] ?? String(p)).join("、");
  if (key === "statutes" && Array.isArray(value))
    return value.map((v) => statuteKeyText(String(v))).join("、");
  if (key === "tiers" && Array.isArray(value))
    return value.map((t) => TIER_LABELS[t as Tier] ?? String(t)).join("、");
  if (key === "facts" && typeof value === "string")
    return value.length > FACTS_PREVIEW
      ? `${value.slice(0, FACTS_PREVIEW)}……（全文见“待决案件争议焦点”部分的基本案情）`
      : value;
  if (typeof value === "boolean") return value ? "是" : "否";
  if (Array.isArray(value)) return value.map((v) => (typeof v === "string" ? v : stableJson(v))).join("、");
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  return stableJson(value);
}

function stableJson(value: unknown): string {
  const sort = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sort);
    if (v === null || typeof v !== "object") return v;
    return Object.fromEntries(
      Object.entries(v as Record<string, unknown>)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, x]) => [k, sort(x)]),
    );
  };
  return JSON.stringify(sort(value)) ?? "";
}

/** The parameters of a recorded query as lines "标签：值"; nested filters flattened. */
export function parameterLines(parameters: Record<string, unknown>): string[] {
  const lines: string[] = [];
  for (const [key, value] of orderedEntries(parameters)) {
    if (UNLISTED_PARAMETERS.has(key)) continue;
    const label = PARAMETER_LABELS[key] ?? key;
    if (FILTER_PARAMETERS.has(key) && value && typeof value === "object" && !Array.isArray(value)) {
      for (const [k, v] of orderedEntries(value as Record<string, unknown>))
        lines.push(`${label}·${PARAMETER_LABELS[k] ?? k}：${parameterValue(k, v)}`);
      continue;
    }
    lines.push(`${label}：${parameterValue(key, value)}`);
  }
  return lines.length > 0 ? lines : ["（无参数）"];
}

/**
 * Under the queries' table, a warning for each query whose filters named what the search could not
 * read (an unknown court, charge or cause: build.ts unrecognisedFilters), by its number in the table:
 * matched as typed, such a filter explains a search that found nothing.
 */
export function unrecognisedFilterNotes(queries: readonly RecordedQuery[]): Block[] {
  return queries.flatMap((q, i) =>
    q.unrecognisedFilters?.length
      ? [
          {
            kind: "paragraph" as const,
            tone: "warning" as const,
            text: `第 ${i + 1} 次检索（${METHOD_LABELS[q.method]}）：${q.unrecognisedFilters.map((f) => f.message).join("；")}。`,
          },
        ]
      : [],
  );
}

// ---- cases -----------------------------------------------------------------------------------

/** Why a case matched, in the words of rule 6: shared charges, statutes, circumstances, facts. */
export function matchReasonLines(c: ReportCase): string[] {
  const why = c.why;
  if (!why) return c.foundBy?.length ? [...c.foundBy.map((q) => `${q}命中（未经类案比对）`)] : [NONE];
  const lines: string[] = [];
  if (why.sharedCharges.length > 0)
    lines.push(
      `共同罪名：${why.sharedCharges.map((c) => sharedChargeText(c, why.sharedChargeDetails?.[c]?.[0])).join("、")}`,
    );
  if (why.sharedCauses.length > 0)
    lines.push(
      `共同案由：${why.sharedCauses.map((c) => sharedCauseText(c, why.sharedCauseDetails?.[c])).join("、")}`,
    );
  if (why.sharedStatutes.length > 0)
    lines.push(`共同法条：${why.sharedStatutes.map(statuteKeyText).join("、")}`);
  if (why.sharedCircumstances && why.sharedCircumstances.length > 0)
    lines.push(
      `共同情节：${why.sharedCircumstances.map((t) => t.replace(/^(数额|毒品数量):/, "$1 ")).join("、")}`,
    );
  if (why.sharedTerms.length > 0) lines.push(`共同事实要素：${why.sharedTerms.join("、")}`);
  // Inferred from facts alone, a civil case's are causes (民间借贷纠纷), never 罪名: a charge's name ends in 罪.
  const inferred = why.inferredCharges ?? [];
  const charges = inferred.filter(isChargeName);
  const causes = inferred.filter((x) => !isChargeName(x));
  if (charges.length > 0) lines.push(`推断罪名：${charges.join("、")}（系统依事实推断，待法官确认）`);
  if (causes.length > 0) lines.push(`推断案由：${causes.join("、")}（系统依事实推断，待法官确认）`);
  return lines.length > 0 ? lines : [NONE];
}

export function keyHoldingCell(c: ReportCase): Cell {
  if (!c.keyHolding) return { lines: [NONE] };
  if (c.keyHoldingSource === "reasoning_excerpt") return { lines: [EXCERPT_MARK, c.keyHolding] };
  if (c.keyHoldingSource === "question") return { lines: [QUESTION_MARK, c.keyHolding] };
  return { lines: [c.keyHolding] };
}

export function useCell(c: ReportCase): Cell {
  // A guiding case has no default (analysis.ts applySelections): the judge says whether it is a 类案.
  if (!c.use)
    return {
      lines: [
        c.tier === "guiding" && c.status === STATUS_LABELS.effective
          ? "未选定（请判断与本案是否属于类案——基本案情、争议焦点、法律适用问题相类似；属于类案的指导性案例应当参照，《关于统一法律适用加强类案检索的指导意见（试行）》第九条）"
          : "未选定",
      ],
    };
  const label = CASE_USE_LABELS[c.use];
  return { lines: c.useReason ? [label, `理由：${c.useReason}`] : [label] };
}

function statusCell(c: ReportCase): Cell {
  const label = statusLabel(c.status);
  if (isIneffective(c.status)) return { lines: [label, "不得作为类案援引"], tone: "warning" };
  return c.repealedLaws ? { lines: [label, c.repealedLaws], tone: "warning" } : { lines: [label] };
}

function resultRow(c: ReportCase): Cell[] {
  return [
    { lines: c.title ? [c.caseNumber ?? "（无案号）", c.title] : [c.caseNumber ?? "（无案号）"] },
    { lines: c.courtRelation ? [c.court ?? NONE, `（${c.courtRelation}）`] : [c.court ?? NONE] },
    { lines: [courtLevelLabel(c.courtLevel)] },
    { lines: [formatDate(c.decisionDate)] },
    statusCell(c),
    { lines: [committeeLabel(c.committeeDiscussed)] },
    keyHoldingCell(c),
    { lines: matchReasonLines(c) },
    { lines: [c.outcome ?? c.why?.outcome ?? NONE] },
    useCell(c),
  ];
}

/** The report's tiers in the SPC order, every tier present (empty when nothing was found). */
export function orderedTiers(
  report: RetrievalReport,
): Array<{ tier: Tier; label: string; cases: ReportCase[] }> {
  return Tier.options.map((tier) => {
    const found = report.tiers.find((t) => t.tier === tier);
    return { tier, label: found?.label || TIER_LABELS[tier], cases: found?.cases ?? [] };
  });
}

function allCases(report: RetrievalReport): ReportCase[] {
  return report.tiers.flatMap((t) => t.cases);
}

/**
 * How many of the cases outside the guiding tier were decided in the last three years before the
 * report (SPC 2020 类案检索指导意见 §4: 除指导性案例以外，优先检索近三年的案例或者案件), and how many give
 * no date: the tables put them first, but a list of older cases alone had said nothing of it, and
 * whoever reads the report cannot tell from its tables that no recent case was found.
 */
export function recencyNote(report: RetrievalReport): Block | undefined {
  const listed = report.tiers.filter((t) => t.tier !== "guiding").flatMap((t) => t.cases);
  if (listed.length === 0) return undefined;
  const since = recentSince(new Date(report.createdAt));
  const recent = listed.filter((c) => c.decisionDate !== undefined && c.decisionDate >= since).length;
  const undated = listed.filter((c) => c.decisionDate === undefined).length;
  const unknown = undated > 0 ? `，${undated} 件未载明裁判日期` : "";
  return {
    kind: "paragraph",
    ...(recent === 0 ? { tone: "warning" as const } : { indent: true }),
    text:
      `除指导性案例外列出的 ${listed.length} 件案例中，近三年（${formatDate(since)}以后）作出的 ${recent} 件${unknown}` +
      `（《最高人民法院关于统一法律适用加强类案检索的指导意见（试行）》第四条：除指导性案例以外，优先检索近三年的案例或者案件）。`,
  };
}

// ---- submitted cases -------------------------------------------------------------------------

/** The note a submitted guiding case's response carries (SPC 2020 类案检索指导意见 第十条). */
export const ANSWER_IN_REASONING = "（系指导性案例，应在裁判理由中回应是否参照并说明理由）";
const ANSWER_IN_REASONING_RULE =
  "公诉机关、案件当事人及其辩护人、诉讼代理人等提交指导性案例作为控（诉）辩理由的，应当在裁判文书说理中回应是否参照并说明理由；提交其他类案作为控（诉）辩理由的，可以通过释明等方式予以回应（《最高人民法院关于统一法律适用加强类案检索的指导意见（试行）》第十条）。";

const RESOLVED_BY_LABELS: Record<string, string> = {
  authorityNumber: "依所引案例编号在检索库中查得",
  caseNumber: "依所引案号在检索库中查得",
};

/** What the index holds of a submitted case: the case found (in the results or on its own), else why not. */
function submittedInIndex(
  s: RetrievalReport["submittedCases"][number],
  found: ReportCase | undefined,
): string[] {
  if (!s.caseId) {
    return s.ambiguousMatches
      ? [
          `检索库中有 ${s.ambiguousMatches} 件不同的裁判使用所引案号或案例编号，未能确定所指案件，请注明案例名称，或写明作出裁判的法院及案号，以便区分`,
        ]
      : ["未在检索库中收录"];
  }
  const caseNumber = found?.caseNumber ?? s.caseNumber;
  const court = found?.court ?? s.court;
  const tier = found?.tier ?? s.tier;
  const status = found?.status ?? s.status;
  const number = caseNumber ?? found?.title ?? `文书编号 ${s.caseId}`;
  const name =
    s.authorityNumber && !number.includes(s.authorityNumber) ? `${number}（${s.authorityNumber}）` : number;
  return [
    `已收录：${name}`,
    ...(tier ? [TIER_LABELS[tier]] : []),
    ...(court || status
      ? [[court, status ? statusLabel(status) : undefined].filter(Boolean).join("，")]
      : []),
    ...(s.resolvedBy ? [`（${RESOLVED_BY_LABELS[s.resolvedBy]}）`] : []),
  ];
}

// ---- relations -------------------------------------------------------------------------------

const RELATION_KEY_LABELS: Record<string, string> = {
  party: "当事人",
  matchedName: "对方文书中名称",
  match: "匹配方式",
  born: "出生年月（两份文书一致）",
  caseNumber: "案号",
  side: "诉讼地位",
  court: "法院",
  window: "时间范围",
  seriesSize: "系列案件数",
  counterparties: "对方当事人",
};

/**
 * Relations whose evidence number is the pending case's own, as the listed judgment cites it (a later
 * instance's history, a judgment citing it: src/retrieval/related.ts), not the listed judgment's: shown
 * as 案号 beside the row of a 刑终 judgment, the 刑初 number read as that judgment's.
 */
const CITES_PENDING = new Set(["后审", "引用本案"]);
const CITED_PENDING_NUMBER = "所引本案案号";

function relationLine(relation: Record<string, unknown>): string {
  const name = typeof relation.relation === "string" ? relation.relation : "关联";
  const parts: string[] = [];
  const keys = Object.keys(relation)
    .filter((k) => k !== "relation" && relation[k] !== undefined)
    .sort((a, b) => {
      const order = Object.keys(RELATION_KEY_LABELS);
      const ra = order.indexOf(a) === -1 ? order.length : order.indexOf(a);
      const rb = order.indexOf(b) === -1 ? order.length : order.indexOf(b);
      return ra - rb || (a < b ? -1 : a > b ? 1 : 0);
    });
  for (const key of keys) {
    const value = relation[key];
    let text: string;
    if (key === "match") text = value === "exact" ? "完全一致" : value === "fuzzy" ? "近似" : String(value);
    else if (key === "window" && value && typeof value === "object") {
      const w = value as { from?: string; to?: string };
      text = `${formatDate(w.from)}至${formatDate(w.to)}`;
    } else text = parameterValue(key, value);
    const label =
      key === "caseNumber" && CITES_PENDING.has(name)
        ? CITED_PENDING_NUMBER
        : (RELATION_KEY_LABELS[key] ?? key);
    parts.push(`${label}：${text}`);
  }
  return parts.length > 0 ? `${name}（${parts.join("；")}）` : name;
}

// ---- the document ----------------------------------------------------------------------------

export function buildSections(report: RetrievalReport): ReportDocument {
  const title = report.kind === "related" ? "关联案件检索报告" : "类案检索报告";
  const pending = report.pendingCase;
  const tiers = orderedTiers(report);
  const cases = allCases(report);

  const subject: Section = {
    id: "subject",
    heading: SECTION_HEADINGS.subject,
    blocks: [
      {
        kind: "fields",
        rows: [
          ["检索人", report.searcher.user],
          ["所在法院", report.searcher.court],
          ["身份", ROLE_LABELS[report.searcher.role] ?? report.searcher.role],
          ["检索时间", formatInstant(report.createdAt)],
          ["检索情形", TRIGGER_LABELS[report.trigger]],
          ...(report.triggerNote ? [["情形说明", report.triggerNote] as [string, string]] : []),
          ["报告编号", report.id],
          ["版本", `第 ${report.version} 版`],
          ["报告系列编号", report.seriesId],
          ...(report.previousVersion ? [["修订前版本", report.previousVersion] as [string, string]] : []),
          ["校验值（SHA-256）", report.sha256],
        ],
      },
    ],
  };

  const platform: Section = {
    id: "platform",
    heading: SECTION_HEADINGS.platform,
    blocks: [
      {
        kind: "fields",
        rows: [
          ["检索平台", report.platform.service],
          ["平台版本", report.platform.version],
          ["索引别名", report.platform.alias],
          ["数据快照（具体索引）", report.platform.index],
          ["文书数量", `${groupDigits(report.platform.documents)} 篇`],
          ["分词词典版本", report.platform.dictionaryVersion],
        ],
      },
      {
        kind: "paragraph",
        indent: true,
        text: `本次检索在索引 ${report.platform.index} 的数据快照上进行；按第三部分记录的检索式可在同一快照上重复检索，核验结果。`,
      },
    ],
  };

  const methods: Section = {
    id: "methods",
    heading: SECTION_HEADINGS.methods,
    blocks:
      report.queries.length === 0
        ? [{ kind: "paragraph", indent: true, text: "本报告未记录检索式。" }]
        : [
            {
              kind: "paragraph",
              indent: true,
              text: `本次检索共执行检索 ${report.queries.length} 次，依执行顺序记录如下。`,
            },
            {
              kind: "table",
              table: {
                headers: ["序号", "检索方法", "检索式与参数", "命中数"],
                widths: [8, 16, 60, 16],
                rows: report.queries.map((q, i) => [
                  { lines: [String(i + 1)] },
                  { lines: [METHOD_LABELS[q.method]] },
                  { lines: parameterLines(q.parameters) },
                  { lines: [`${groupDigits(q.hits)} 件`, `列入结果 ${q.resultIds.length} 件`] },
                ]),
              },
            },
            ...unrecognisedFilterNotes(report.queries),
          ],
  };

  const issues: Section = {
    id: "issues",
    heading: SECTION_HEADINGS.issues,
    blocks: [
      {
        kind: "fields",
        rows: [
          ["案号", pending.caseNumber],
          ["审理法院", pending.court],
          ...(pending.charges?.length ? [["罪名", join(pending.charges)] as [string, string]] : []),
          ...(pending.causes?.length ? [["案由", join(pending.causes)] as [string, string]] : []),
          ...(pending.statutes?.length
            ? [["适用法条", join(pending.statutes.map(statuteKeyText))] as [string, string]]
            : []),
        ],
      },
      { kind: "subheading", text: "基本案情" },
      ...pending.facts
        .split(/\n+/)
        .map((p) => p.trim())
        .filter((p) => p.length > 0)
        .map((text): Block => ({ kind: "paragraph", indent: true, text })),
      { kind: "subheading", text: "争议焦点" },
      { kind: "numbered", items: pending.disputedIssues },
    ],
  };

  const resultBlocks: Block[] = [
    {
      kind: "paragraph",
      indent: true,
      text:
        `按《最高人民法院关于统一法律适用加强类案检索的指导意见（试行）》第四条规定的顺序，共列出案例 ${cases.length} 件：` +
        tiers.map((t) => `${t.label} ${t.cases.length} 件`).join("，") +
        "。",
    },
  ];
  const recency = recencyNote(report);
  if (recency) resultBlocks.push(recency);
  tiers.forEach((t, i) => {
    resultBlocks.push({
      kind: "subheading",
      text: `（${chineseOrdinal(i + 1)}）${t.label}（${t.cases.length} 件）`,
    });
    if (t.cases.length === 0) {
      resultBlocks.push({ kind: "paragraph", indent: true, text: "本层级未检索到类案。" });
      return;
    }
    resultBlocks.push({
      kind: "table",
      table: { headers: RESULT_HEADERS, widths: RESULT_WIDTHS, rows: t.cases.map(resultRow), compact: true },
    });
  });
  if (cases.some((c) => c.keyHoldingSource === "reasoning_excerpt"))
    resultBlocks.push({
      kind: "paragraph",
      tone: "note",
      // A write-up's reasoning is its 裁判理由 or commentary (评析), not a court's 本院认为.
      text: `注：标有“${EXCERPT_MARK}”的案例无官方裁判要点，所列内容为其说理部分的摘录（裁判文书为“本院认为”，案例为裁判理由或评析）。`,
    });
  const flagged = cases.filter((c) => isIneffective(c.status));
  if (flagged.length > 0)
    resultBlocks.push({
      kind: "paragraph",
      tone: "warning",
      text: `注意：${flagged.map((c) => `${c.caseNumber ?? c.id}（${statusLabel(c.status)}）`).join("、")}不是生效裁判，仅供了解，不得作为类案援引。`,
    });
  // A guiding case binds unless superseded by newer law (SPC 2020 类案检索指导意见 §9): the laws a listed
  // case applied that have since been repealed are said once more below the tables.
  const repealed = cases.filter((c) => c.repealedLaws && !isIneffective(c.status));
  if (repealed.length > 0)
    resultBlocks.push({
      kind: "paragraph",
      tone: "warning",
      text: `注意：${repealed.map((c) => `${c.caseNumber ?? c.title ?? c.id}${c.repealedLaws}`).join("；")}。`,
    });
  const results: Section = { id: "results", heading: SECTION_HEADINGS.results, blocks: resultBlocks };

  // A civil or administrative case has parties but no prosecutor (SPC 2020 §10 names both).
  const noProsecutor = !pending.charges?.length && (pending.causes?.length ?? 0) > 0;
  const submitted: Section = {
    id: "submitted",
    heading: noProsecutor ? CIVIL_SUBMITTED_HEADING : SECTION_HEADINGS.submitted,
    blocks:
      report.submittedCases.length === 0
        ? [
            {
              kind: "paragraph",
              indent: true,
              text: noProsecutor ? "当事人未提交案例。" : "当事人及公诉机关未提交案例。",
            },
          ]
        : [
            {
              kind: "table",
              table: {
                headers: ["序号", "提交方", "提交的案例", "检索库中情况", "回应"],
                widths: [7, 13, 25, 20, 35],
                rows: report.submittedCases.map((s, i) => {
                  const found = s.caseId ? cases.find((c) => c.id === s.caseId) : undefined;
                  const status = found?.status ?? s.status;
                  return [
                    { lines: [String(i + 1)] },
                    { lines: [s.submittedBy] },
                    { lines: [s.citation] },
                    isIneffective(status)
                      ? { lines: submittedInIndex(s, found), tone: "warning" }
                      : { lines: submittedInIndex(s, found) },
                    { lines: s.answerInReasoning ? [s.response, ANSWER_IN_REASONING] : [s.response] },
                  ];
                }),
              },
            },
            ...(report.submittedCases.some((s) => s.answerInReasoning)
              ? [
                  {
                    kind: "paragraph",
                    tone: "note",
                    text: `注：${ANSWER_IN_REASONING_RULE}`,
                  } satisfies Block,
                ]
              : []),
          ],
  };

  const divergenceBlocks: Block[] = [];
  if (report.divergence.length === 0) {
    divergenceBlocks.push({
      kind: "paragraph",
      indent: true,
      text: "检索结果中未发现裁判结果相互冲突的案例。",
    });
  } else {
    divergenceBlocks.push({
      kind: "paragraph",
      indent: true,
      text: "以下案例的裁判结果不一致，按法院层级、裁判时间及是否经审判委员会讨论并列比较。",
    });
    report.divergence.forEach((d, i) => {
      divergenceBlocks.push({ kind: "subheading", text: `（${chineseOrdinal(i + 1)}）${d.summary}` });
      const n = d.cases.length;
      const each = n > 0 ? Math.floor(84 / n) : 84;
      divergenceBlocks.push({
        kind: "table",
        table: {
          headers: ["比较项", ...d.cases.map((_, j) => `案例${chineseOrdinal(j + 1)}`)],
          widths: [100 - each * n, ...d.cases.map(() => each)],
          rowHeaders: true,
          rows: [
            // A write-up without a number of its own by its title (朱泉宇盗窃案), never an internal id.
            ["案号", ...d.cases.map((c) => c.caseNumber ?? c.title ?? c.id)],
            ["法院", ...d.cases.map((c) => c.court ?? NONE)],
            ["审级", ...d.cases.map((c) => courtLevelLabel(c.courtLevel))],
            ["裁判日期", ...d.cases.map((c) => formatDate(c.decisionDate))],
            ["是否经审委会讨论", ...d.cases.map((c) => committeeLabel(c.committeeDiscussed))],
            ["裁判结果", ...d.cases.map((c) => c.outcome ?? NONE)],
          ].map((row) => row.map((text) => ({ lines: [text] }))),
        },
      });
    });
  }
  const divergence: Section = {
    id: "divergence",
    heading: SECTION_HEADINGS.divergence,
    blocks: divergenceBlocks,
  };

  const related: Section = {
    id: "related",
    heading: SECTION_HEADINGS.related,
    blocks:
      report.related.length === 0
        ? [{ kind: "paragraph", indent: true, text: "未发现关联案件。" }]
        : [
            {
              kind: "table",
              table: {
                headers: ["序号", "案号", "法院", "裁判日期", "状态", "关联关系"],
                widths: [7, 20, 17, 12, 12, 32],
                rows: report.related.map((r, i) => [
                  { lines: [String(i + 1)] },
                  { lines: [r.caseNumber ?? r.id] },
                  { lines: [r.court ?? NONE] },
                  { lines: [formatDate(r.decisionDate)] },
                  isIneffective(r.status)
                    ? { lines: [statusLabel(r.status)], tone: "warning" }
                    : { lines: [statusLabel(r.status)] },
                  { lines: r.relations.length > 0 ? r.relations.map(relationLine) : [NONE] },
                ]),
              },
            },
          ],
  };

  const sourceNotes = [
    `裁判文书来源：${report.platform.service} 收录的公开裁判文书及最高人民法院、高级人民法院发布的案例，数据快照为索引 ${report.platform.index}（别名 ${report.platform.alias}，共 ${groupDigits(report.platform.documents)} 篇）；指导性案例、典型案例的裁判要点以官方发布文本为准。`,
    `平台版本：${report.platform.service} ${report.platform.version}，分词词典版本 ${report.platform.dictionaryVersion}。`,
    `报告编号 ${report.id}，第 ${report.version} 版，SHA-256 校验值 ${report.sha256}。本报告随案归档，生成后不得修改；修订须另出新版本。`,
  ];

  return {
    title,
    subtitle: [`案号：${pending.caseNumber}`, `法院：${pending.court}`],
    sections: [subject, platform, methods, issues, results, submitted, divergence, related],
    sourceNotes,
    signature: [
      ["检索人（签名）", ""],
      ["检索人", `${report.searcher.user}（${report.searcher.court}）`],
      ["日期", formatInstant(report.createdAt).replace(/ .*$/, "")],
    ],
    properties: {
      title: `${title} ${pending.caseNumber}`,
      subject: `${pending.court} ${pending.caseNumber} ${title}`,
      keywords: `${title};${pending.caseNumber};${report.id}`,
      createdAt: report.createdAt,
    },
  };
}
