/**
 * The retrieval report (类案检索报告 / 关联案件检索报告): what a judge files with the case.
 * Contents follow the SPC 2020 类案检索指导意见 (see ../shared/docs/domain.md, "Report contents"):
 * who searched, when, on which platform and data snapshot, every query run, results per tier with
 * each case's key holding, the pending case's disputed issues, how each case is used and why,
 * cases submitted by parties or prosecutors with the responses, and conflicting results side by side.
 *
 * One schema for the request (ReportRequest) and one for the stored, immutable report
 * (RetrievalReport); persistence, the API and the renderers share them.
 */

import { z } from "zod";
import { COURT_RELATIONS } from "../judgment/courts.ts";
import { CourtLevel, Tier } from "../judgment/record.ts";
import { CaseFilters, MatchReason, StatuteKeyOrReference, typedName } from "../retrieval/types.ts";
import { PART_NAMES } from "../search/queries/keyword.ts";

/** Why retrieval was mandatory (SPC 2020 §2). */
export const Trigger = z.enum([
  "judges_meeting", // 拟提交专业法官会议或者审判委员会讨论
  "no_clear_rule", // 缺乏明确裁判规则或者尚未形成统一裁判规则
  "ordered", // 院庭长根据审判监督管理权限要求进行类案检索
  "other", // 其他需要类案检索的情形
]);
export type Trigger = z.infer<typeof Trigger>;

export const TRIGGER_LABELS: Record<Trigger, string> = {
  judges_meeting: "拟提交专业法官会议或者审判委员会讨论",
  no_clear_rule: "缺乏明确的裁判规则或者尚未形成统一裁判规则",
  ordered: "院庭长根据审判监督管理权限要求进行类案检索",
  other: "其他需要进行类案检索的情形",
};

/**
 * How the judge uses a case (SPC 2020 §9): guiding cases must be followed unless superseded; 参照 is
 * for them alone, every other case is 参考 or 不予参照 (src/reports/analysis.ts applySelections).
 */
export const CaseUse = z.enum(["follow", "consider", "not_used"]);
export type CaseUse = z.infer<typeof CaseUse>;
export const CASE_USE_LABELS: Record<CaseUse, string> = {
  follow: "参照",
  consider: "参考",
  not_used: "不予参照",
};

/** The pending case as the report states it. */
export const ReportPendingCase = z
  .object({
    caseNumber: z.string().min(1).max(80),
    court: typedName("审理法院", 60),
    facts: z.string().trim().min(10).max(20_000),
    charges: z.array(typedName("罪名", 60)).max(20).optional(),
    causes: z.array(typedName("案由", 60)).max(20).optional(),
    statutes: z.array(StatuteKeyOrReference).max(30).optional(),
    /** Party names as written, for the related-cases section (同一当事人, 系列案件). */
    parties: z.array(z.string().min(1).max(200)).max(50).optional(),
    /** 待决案件争议焦点: at least one (the report is about them). */
    disputedIssues: z.array(z.string().min(1).max(500)).min(1).max(20),
  })
  .strict();
export type ReportPendingCase = z.infer<typeof ReportPendingCase>;

/** A query the judge asks the report to run and record (besides the similar-case search on the facts). */
export const ReportQuery = z.discriminatedUnion("method", [
  /** 关键词检索 */
  z
    .object({
      method: z.literal("keyword"),
      q: z.string().min(1).max(500),
      /** 全文/事实/本院认为/裁判结果, as /search takes them. */
      parts: z
        .array(z.enum(Object.keys(PART_NAMES) as [string, ...string[]]))
        .max(4)
        .optional(),
      filters: CaseFilters.optional(),
    })
    .strict(),
  /** 法条关联案件检索 */
  z
    .object({
      method: z.literal("statute"),
      statutes: z.array(StatuteKeyOrReference).min(1).max(30),
      filters: CaseFilters.optional(),
    })
    .strict(),
  /** 案例关联检索: cases related to a known case (by id). */
  z.object({ method: z.literal("case"), caseId: z.string().min(1).max(64) }).strict(),
]);
export type ReportQuery = z.infer<typeof ReportQuery>;

/** The judge's decision on one case. */
export const CaseSelection = z
  .object({
    caseId: z.string().min(1).max(64),
    use: CaseUse,
    reason: z.string().trim().max(2000).optional(),
  })
  .strict();
export type CaseSelection = z.infer<typeof CaseSelection>;

/** A case a party or the prosecutor submitted, and the court's response (SPC 2020 §10). */
export const SubmittedCase = z
  .object({
    submittedBy: z.string().min(1).max(60),
    /** 案号 or the title of the case as submitted. */
    citation: z.string().min(1).max(200),
    /** When the case is in the index. */
    caseId: z.string().max(64).optional(),
    response: z.string().trim().min(1, "请填写对当事人提交案例的回应").max(4000),
  })
  .strict();
export type SubmittedCase = z.infer<typeof SubmittedCase>;

/**
 * A submitted case as the report lists it: when found in the index (by its caseId, else by the
 * authority number or case number its citation names: src/reports/submitted.ts), what it is and
 * whether rule 8 applies.
 */
export const ReportSubmittedCase = SubmittedCase.extend({
  tier: Tier.optional(),
  /**
   * A guiding case a party or the prosecutor submits must be answered in the judgment's reasoning,
   * whether it is followed and why (SPC 2020 §10). The rule covers case-database cases (人民法院案例库)
   * too, but the index holds none (no tier or collection names them).
   */
  answerInReasoning: z.boolean().optional(),
  /** Found from the citation, not given as a caseId: by the authority number or by the case number. */
  resolvedBy: z.enum(["authorityNumber", "caseNumber"]).optional(),
  /** Judgments of different courts bear the cited number: none was chosen (how many). */
  ambiguousMatches: z.number().int().optional(),
  /** The indexed case, as the report shows it. */
  caseNumber: z.string().optional(),
  authorityNumber: z.string().optional(),
  court: z.string().optional(),
  /** 生效 / 已撤回 / 已被改判… */
  status: z.string().optional(),
});
export type ReportSubmittedCase = z.infer<typeof ReportSubmittedCase>;

/** POST /api/v1/reports. */
export const ReportRequest = z
  .object({
    kind: z.enum(["similar", "related"]).default("similar"),
    trigger: Trigger,
    triggerNote: z.string().max(1000).optional(),
    pendingCase: ReportPendingCase,
    queries: z.array(ReportQuery).max(20).default([]),
    filters: CaseFilters.optional(),
    selections: z.array(CaseSelection).max(200).default([]),
    submittedCases: z.array(SubmittedCase).max(50).default([]),
    /** Amending: the id of the report this version replaces. */
    amends: z
      .string()
      .regex(/^[A-Za-z0-9_.-]{1,64}$/, "报告编号格式不正确（如 AbC123….v1）")
      .optional(),
  })
  .strict();
export type ReportRequest = z.infer<typeof ReportRequest>;

/** A query as actually run, for the methods section and for re-runs. */
export const RecordedQuery = z.object({
  method: z.enum(["similar", "keyword", "statute", "case"]),
  /** The parameters as given (validated request parts). */
  parameters: z.record(z.string(), z.unknown()),
  /** The engine request sent, so a re-run repeats it exactly. */
  request: z.unknown(),
  hits: z.number().int(),
  resultIds: z.array(z.string()),
  /**
   * Filter values a keyword or statute search could not read — a court the index does not hold, a
   * charge or a cause no catalogue names — each at its path in the report request (`queries.N.filters.
   * courts.M`, or `filters.…` for the report's own filters) with what to fix. They were matched as
   * typed (a court so found nothing), as /search says back in its query.unrecognised*.
   */
  unrecognisedFilters: z
    .array(z.object({ path: z.string(), value: z.string(), message: z.string() }))
    .optional(),
});
export type RecordedQuery = z.infer<typeof RecordedQuery>;

/** A case as the report lists it: everything rule 7 asks to weigh conflicting results by. */
export const ReportCase = z.object({
  id: z.string(),
  caseNumber: z.string().optional(),
  title: z.string().optional(),
  court: z.string().optional(),
  courtLevel: CourtLevel.optional(),
  /** How its court stands to the judge's (src/judgment/courts.ts), when both are known. */
  courtRelation: z.enum(COURT_RELATIONS).optional(),
  decisionDate: z.string().optional(),
  tier: Tier,
  /** 生效 / 已撤回 / 已被改判… */
  status: z.string(),
  /** The repealed laws it applied (src/judgment/statutes.ts repealedLawNotice), as the report says it. */
  repealedLaws: z.string().optional(),
  committeeDiscussed: z.boolean().optional(),
  /** 裁判要点, or an excerpt of the reasoning when the case has none. */
  keyHolding: z.string().optional(),
  keyHoldingSource: z.enum(["holding", "question", "reasoning_excerpt"]).optional(),
  outcome: z.string().optional(),
  why: MatchReason.optional(),
  /** The report's other queries that found it (关键词检索：“盗窃 入户”), said where no similar-case match explains it. */
  foundBy: z.array(z.string()).optional(),
  use: CaseUse.optional(),
  useReason: z.string().optional(),
});
export type ReportCase = z.infer<typeof ReportCase>;

/** The stored report. Immutable: an amendment is a new version with `previousVersion` set. */
export const RetrievalReport = z.object({
  id: z.string(),
  version: z.number().int().min(1),
  /** The first version's id: all versions of one report share it. */
  seriesId: z.string(),
  previousVersion: z.string().optional(),
  kind: z.enum(["similar", "related"]),
  createdAt: z.string(),
  /** 检索主体 */
  searcher: z.object({ user: z.string(), court: z.string(), role: z.string() }),
  trigger: Trigger,
  triggerNote: z.string().optional(),
  /** Platform and data snapshot. */
  platform: z.object({
    service: z.string(),
    version: z.string(),
    alias: z.string(),
    index: z.string(),
    documents: z.number().int(),
    dictionaryVersion: z.string(),
  }),
  pendingCase: ReportPendingCase,
  /** Every query run, in order: 类案检索, 关键词检索, 法条关联检索, 案例关联检索. */
  queries: z.array(RecordedQuery),
  /** Results per tier, in the SPC order. */
  tiers: z.array(z.object({ tier: Tier, label: z.string(), cases: z.array(ReportCase) })),
  submittedCases: z.array(ReportSubmittedCase),
  /** Results that disagree in outcome, side by side (rule 7: court level, date, committee). */
  divergence: z.array(
    z.object({
      summary: z.string(),
      /** The charge or cause the cases share. */
      charge: z.string().optional(),
      /** suit_dismissed: suits heard on their merits in some cases and refused unheard in others. */
      kind: z
        .enum([
          "penalty_kind",
          "prison_term",
          "civil_disposition",
          "administrative_disposition",
          "suit_dismissed",
        ])
        .optional(),
      cases: z.array(
        ReportCase.pick({
          id: true,
          caseNumber: true,
          title: true,
          court: true,
          courtLevel: true,
          decisionDate: true,
          committeeDiscussed: true,
          outcome: true,
        }),
      ),
    }),
  ),
  /** 关联案件 */
  related: z.array(
    z.object({
      id: z.string(),
      caseNumber: z.string().optional(),
      court: z.string().optional(),
      decisionDate: z.string().optional(),
      status: z.string().optional(),
      relations: z.array(z.record(z.string(), z.unknown())),
    }),
  ),
  /** Why the related-cases section is empty, when it is. */
  relatedNote: z.string().optional(),
  /** SHA-256 (hex) of the canonical JSON of every other field. */
  sha256: z.string(),
});
export type RetrievalReport = z.infer<typeof RetrievalReport>;

/**
 * Canonical JSON: keys sorted at every level, no whitespace, `sha256` left out. The same report
 * always gives the same bytes, whatever order its fields were built in.
 */
export function canonicalJson(report: Omit<RetrievalReport, "sha256"> | RetrievalReport): string {
  const sort = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(sort);
    if (value === null || typeof value !== "object") return value;
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([key, v]) => key !== "sha256" && v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([key, v]) => [key, sort(v)]),
    );
  };
  return JSON.stringify(sort(report));
}
