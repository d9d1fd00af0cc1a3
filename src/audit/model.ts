/**
 * Audits of inconsistent rulings (类案不同判) and deviation checks: the research office's records.
 * One schema each for the request, the stored audit and its findings; the engine (src/audit), the
 * API, the CLI and the HTML renderer share them.
 */
import { z } from "zod";
import { CaseCategory, CourtLevel, PenaltyKind } from "../judgment/record.ts";
import { StatuteKeyOrReference, typedName } from "../retrieval/types.ts";

/** What an audit looks at. At least one charge or cause narrows it to comparable cases. */
export const AuditScope = z
  .object({
    charges: z.array(typedName("罪名", 60)).max(10).optional(),
    causes: z.array(typedName("案由", 60)).max(10).optional(),
    courts: z.array(typedName("法院名称", 60)).max(50).optional(),
    provinces: z.array(typedName("省份", 10)).max(40).optional(),
    category: CaseCategory.optional(),
    dateFrom: z.iso.date().optional(),
    dateTo: z.iso.date().optional(),
  })
  .strict()
  // As /search refuses it (a 400 on the field, not a 422 for an empty scope).
  .superRefine((f, ctx) => {
    if (f.dateFrom && f.dateTo && f.dateFrom > f.dateTo) {
      ctx.addIssue({ code: "custom", path: ["dateTo"], message: "结束日期不能早于开始日期" });
    }
  });
export type AuditScope = z.infer<typeof AuditScope>;

export const AuditRequest = z
  .object({
    scope: AuditScope,
    /** Cluster dispersion above which a cluster is reported (see src/audit for the measure). */
    dispersionThreshold: z.number().min(0.01).max(10).default(0.5),
    /** |robust z| of a case's months within its cluster above which the case is reported. */
    outlierZ: z.number().min(1).max(20).default(3.5),
    /** Majority share a disposition must have for a case against it to be reported. */
    majority: z.number().min(0.5).max(1).default(0.8),
    minClusterSize: z.number().int().min(3).max(1000).default(5),
    maxCases: z.number().int().min(10).max(200_000).default(20_000),
  })
  .strict();
export type AuditRequest = z.infer<typeof AuditRequest>;

/** A case as evidence: enough to find it and to weigh it (court level, date, committee). */
export const EvidenceCase = z.object({
  id: z.string(),
  caseNumber: z.string().optional(),
  court: z.string().optional(),
  courtLevel: CourtLevel.optional(),
  decisionDate: z.string().optional(),
  committeeDiscussed: z.boolean().optional(),
  penalty: PenaltyKind.optional(),
  months: z.number().optional(),
  probationMonths: z.number().optional(),
  fine: z.number().optional(),
  civilDisposition: z.string().optional(),
  /** Administrative: the rulings on the act sued (撤销, 确认违法, 驳回诉讼请求…). */
  administrative: z.array(z.string()).optional(),
  appeal: z.string().optional(),
});
export type EvidenceCase = z.infer<typeof EvidenceCase>;

/** A cluster's outcome distribution. */
export const OutcomeDistribution = z.object({
  size: z.number().int(),
  /** Criminal: share of each principal penalty kind. */
  penaltyShares: z.record(z.string(), z.number()).optional(),
  /** Criminal: the term kind `months` counts — the cluster's most common of 有期徒刑, 拘役 and 管制. */
  monthsKind: z.string().optional(),
  /** Criminal: months of the sentences of that kind. */
  months: z
    .object({
      median: z.number(),
      mad: z.number(),
      p10: z.number(),
      p90: z.number(),
      values: z.array(z.number()),
    })
    .optional(),
  probationShare: z.number().optional(),
  fineMedian: z.number().optional(),
  /** Civil: share of each disposition; awarded/claimed ratio when both are known. */
  dispositionShares: z.record(z.string(), z.number()).optional(),
  awardedRatioMedian: z.number().optional(),
  /**
   * Administrative: of the cases ruling on the act sued, the share pronouncing each ruling; one
   * pronouncing several (撤销 and 责令重新作出) counts under each, so the shares may add up to more than 1.
   */
  administrativeShares: z.record(z.string(), z.number()).optional(),
  /**
   * Administrative: of the cases ruling on the claim's merits, how many granted it (`plaintiff`) and
   * how many refused it (`agency`): see administrativeSide. Courts split between them is the
   * 类案不同判 an audit reports of administrative cases (src/audit/outcomes.ts).
   */
  administrativeSides: z.object({ plaintiff: z.number().int(), agency: z.number().int() }).optional(),
  /** Appeals: affirmed/amended/remanded shares. */
  appealShares: z.record(z.string(), z.number()).optional(),
  /**
   * Cases left out of penaltyShares and months because their executed sentence merges another
   * judgment's (数罪并罚 with an earlier sentence, revoked probation): see src/audit/outcomes.ts.
   */
  mergedSentences: z.number().int().optional(),
});
export type OutcomeDistribution = z.infer<typeof OutcomeDistribution>;

export const AuditFinding = z.object({
  kind: z.enum(["dispersed_cluster", "outlier_months", "against_majority"]),
  /** Higher is more serious; findings are ranked by it. */
  severity: z.number(),
  /** One sentence in Chinese a researcher reads first. */
  summary: z.string(),
  clusterId: z.string(),
  /** The deviating case (outliers) — absent for a dispersed cluster. */
  case: EvidenceCase.optional(),
  /** The numbers behind the finding, e.g. { months: 36, clusterMedian: 8, robustZ: 6.1 }. */
  numbers: z.record(z.string(), z.number()),
});
export type AuditFinding = z.infer<typeof AuditFinding>;

export const AuditCluster = z.object({
  id: z.string(),
  /** What the cluster's cases share: charge/cause, statutes, key facts. */
  label: z.string(),
  charges: z.array(z.string()),
  statutes: z.array(z.string()),
  caseIds: z.array(z.string()),
  distribution: OutcomeDistribution,
  dispersion: z.number(),
  /**
   * Why the cluster is listed with its distribution but not assessed (no findings), in Chinese: an
   * administrative cause's cases citing no substantive law, when others of the cause cite one
   * (src/audit/cluster.ts CAUSE_ONLY_NOT_ASSESSED).
   */
  notAssessed: z.string().optional(),
});
export type AuditCluster = z.infer<typeof AuditCluster>;

/** A stored audit. */
export const Audit = z.object({
  id: z.string(),
  createdAt: z.string(),
  requestedBy: z.object({ user: z.string(), court: z.string(), role: z.string() }),
  request: AuditRequest,
  /** The concrete index and its document count when the audit ran. */
  snapshot: z.object({ index: z.string(), documents: z.number().int() }),
  casesExamined: z.number().int(),
  clusters: z.array(AuditCluster),
  findings: z.array(AuditFinding),
  durationMs: z.number(),
});
export type Audit = z.infer<typeof Audit>;

/**
 * The civil results a judge may propose for a pending case: a claim upheld, partly upheld or refused,
 * or the suit refused unheard (裁定驳回起诉: 民事诉讼法 §122, §127; 民诉法解释 §208 ¶3, §330).
 */
export const ProposedCivilDisposition = z.enum(["upheld", "partly_upheld", "dismissed", "suit_dismissed"]);

/**
 * Today's rulings that grant the plaintiff's claim against the act sued (行政诉讼法 2017 §70, §72–§78):
 * set aside, remade, duty or payment ordered, declared unlawful or void, varied, remedied (§76),
 * compensated.
 */
export const RULINGS_FOR_PLAINTIFF = [
  "revoked",
  "remake",
  "ordered",
  "confirmed_illegal",
  "confirmed_void",
  "varied",
  "remedy",
  "compensation",
] as const;

/**
 * The administrative rulings a judge may propose (行政诉讼法 2017 §69–§78: 驳回诉讼请求, 撤销 and 责令重新作出,
 * 履行, 给付, 确认违法, 确认无效, 变更, 补救, 赔偿; 裁定驳回起诉: 行诉法解释 2018 §69). Not 准许撤诉: the plaintiff's act.
 */
export const ProposedAdministrativeDisposition = z.enum([
  ...RULINGS_FOR_PLAINTIFF,
  "dismissed",
  "suit_dismissed",
]);

/** A disposition as today's law names it: the 1989 law's 判决维持 (§54(1)) is today's 驳回诉讼请求 (§69). */
export function rulingToday(disposition: string): string {
  return disposition === "sustained" ? "dismissed" : disposition;
}

/**
 * The side an administrative judgment's rulings on the act sued took on the claim's merits: the
 * plaintiff's when any ruling grants it (RULINGS_FOR_PLAINTIFF: 撤销 beside 驳回其他诉讼请求 still sets
 * the act aside), the agency's when it refuses it (驳回诉讼请求, 行政诉讼法 2017 §69, or the 1989 law's
 * 判决维持). None for a suit refused unheard (驳回起诉), one withdrawn (准许撤诉), or a judgment with no
 * ruling of its own (an appeal upholding the judgment below).
 */
export function administrativeSide(rulings: readonly string[]): "plaintiff" | "agency" | undefined {
  if (rulings.some((k) => (RULINGS_FOR_PLAINTIFF as readonly string[]).includes(k))) return "plaintiff";
  return rulings.some((k) => rulingToday(k) === "dismissed") ? "agency" : undefined;
}

/** POST /api/v1/deviation: a proposed outcome for a pending case. */
export const DeviationRequest = z
  .object({
    facts: z.string().trim().min(10).max(20_000),
    charges: z.array(typedName("罪名", 60)).max(10).optional(),
    causes: z.array(typedName("案由", 60)).max(10).optional(),
    /**
     * The statutes the pending case applies, as /similar takes them (`道路交通安全法#90` or written
     * references): ranked on, and an administrative case compared with the similar cases of its law.
     */
    statutes: z.array(StatuteKeyOrReference).max(30).optional(),
    proposed: z
      .object({
        penalty: PenaltyKind.optional(),
        /** Months of the principal penalty (fixed-term, 拘役, 管制). */
        months: z.number().min(0).max(300).optional(),
        probationMonths: z.number().min(0).max(60).optional(),
        fine: z.number().min(0).max(1e10).optional(),
        civilDisposition: ProposedCivilDisposition.optional(),
        /** For an administrative case (its causes administrative: 行政处罚, 政府信息公开, 工伤认定…). */
        administrativeDisposition: ProposedAdministrativeDisposition.optional(),
      })
      .strict(),
  })
  .strict();
export type DeviationRequest = z.infer<typeof DeviationRequest>;

export const DeviationResult = z.object({
  /** Share of similar cases with a lighter outcome (0–100). */
  percentile: z.number().optional(),
  comparedTo: OutcomeDistribution,
  similarCases: z.array(EvidenceCase),
  level: z.enum(["none", "notice", "warning"]),
  /** 与类案裁判可能冲突 / 可能形成新的裁判标准, with the numbers. */
  reason: z.string(),
  /** Whether the rules call for a professional judges' meeting (专业法官会议). */
  suggestJudgesMeeting: z.boolean(),
});
export type DeviationResult = z.infer<typeof DeviationResult>;
