/**
 * Records of retrieval shared by the API, the evaluation and (later) reports and audits:
 * the pending case a judge describes, and each similar case with why it matched.
 */
import { z } from "zod";
import { COURT_RELATIONS } from "../judgment/courts.ts";
import { CaseCategory, CourtLevel, Procedure, Tier } from "../judgment/record.ts";
import { readTypedStatutes } from "../search/documents.ts";

/**
 * A statute as a judge may write it: a key (`刑法#264`, `刑法#133-1`), a reference as written
 * (《刑法》第二百六十四条), or a law alone (`刑法`) — something that names at least one statute
 * (src/search/documents.ts statuteKeysOf), so that a statute search never runs unfiltered and a
 * statute typed wrong (`第264条`, `刑法#133之一`) is refused rather than matching nothing; and nothing
 * else (盗窃、刑法第264条: readTypedStatutes), which had been dropped unsaid.
 */
export const StatuteKeyOrReference = z
  .string()
  .trim()
  .min(1, { error: "法条不能为空", abort: true })
  .max(120)
  .superRefine((s, ctx) => {
    const read = readTypedStatutes(s);
    if (read.keys.length === 0)
      ctx.addIssue({
        code: "custom",
        message:
          "未能识别该法条，请写作“法律#条”（如 刑法#264、刑法#133-1 即第一百三十三条之一）或《刑法》第二百六十四条",
      });
    else if (read.unread.length > 0)
      ctx.addIssue({
        code: "custom",
        message: `未能识别法条中的“${read.unread.join("”“")}”：每项只写法条，如 刑法#264 或《刑法》第二百六十四条，多个法条以顿号分隔`,
      });
  });

/**
 * A name a caller types — a charge, a cause, a court, a province — trimmed, and refused when blank with
 * a message naming the field: a blank one (" ") had passed `min(1)` and filtered on "" and "纠纷".
 */
export const typedName = (field: string, max: number) =>
  z.string().trim().min(1, `${field}不能为空`).max(max);

/**
 * Filters common to keyword search and similar-case retrieval. Strict: a misspelt filter (`court` for
 * `courts`) is refused rather than dropped, which would show unfiltered results as filtered.
 */
export const CaseFilters = z
  .strictObject({
    category: z.array(CaseCategory).max(10).optional(),
    /** 罪名 or 案由. */
    charges: z.array(typedName("罪名", 60)).max(20).optional(),
    causes: z.array(typedName("案由", 60)).max(20).optional(),
    courts: z.array(typedName("法院名称", 60)).max(50).optional(),
    courtLevels: z.array(CourtLevel).max(10).optional(),
    provinces: z.array(typedName("省份", 10)).max(40).optional(),
    procedures: z.array(Procedure).max(20).optional(),
    documentTypes: z.array(z.string().min(1).max(10)).max(10).optional(),
    tiers: z.array(Tier).max(10).optional(),
    /** `law#article`, e.g. `刑法#133`. */
    statutes: z.array(StatuteKeyOrReference).max(30).optional(),
    dateFrom: z.iso.date().optional(),
    dateTo: z.iso.date().optional(),
    /** Restrict to these document ids (evaluation pools, re-runs of a report). */
    ids: z.array(z.string().min(1).max(64)).min(1, "指定文书范围时至少列出一篇").max(1000).optional(),
    /** Include withdrawn/reversed/not yet effective judgments (flagged). Default: effective only. */
    includeIneffective: z.boolean().optional(),
  })
  .superRefine((f, ctx) => {
    if (f.dateFrom && f.dateTo && f.dateFrom > f.dateTo) {
      ctx.addIssue({ code: "custom", path: ["dateTo"], message: "结束日期不能早于开始日期" });
    }
  });
export type CaseFilters = z.infer<typeof CaseFilters>;

/** The case a judge is deciding. */
export const PendingCase = z.object({
  facts: z
    .string()
    .trim()
    .min(10, "请填写案件基本事实（至少 10 个字）")
    .max(20_000, "案件事实过长（上限 20000 字）"),
  charges: z.array(typedName("罪名", 60)).max(20).optional(),
  causes: z.array(typedName("案由", 60)).max(20).optional(),
  /** `law#article` keys or written references such as 《刑法》第二百六十四条. */
  statutes: z.array(StatuteKeyOrReference).max(30).optional(),
  /**
   * The judge's court: the case's court is placed relative to it (SPC 2020 §4 scope). Trimmed: a blank
   * one is none given, and the token's court is used (src/api/routes/similar/similar.ts).
   */
  court: z
    .string()
    .trim()
    .max(60)
    .optional()
    .describe("本院名称，用于按法院层级排列生效裁判；缺省为令牌所属法院"),
  /** The pending case's number: its court code (京0108) places the judge's court when given. */
  caseNumber: z.string().max(80).optional().describe("待决案件案号；其法院代字（如 京0108）优先用于识别本院"),
  /** 争议焦点. */
  disputedIssues: z.array(z.string().min(1).max(500)).max(20).optional(),
  filters: CaseFilters.optional(),
  size: z.number().int().min(1).max(100).default(20),
});
export type PendingCase = z.infer<typeof PendingCase>;

export const MatchReason = z.object({
  /**
   * The judge's charges the case has; a selective charge (选择性罪名) in the form the judge typed it
   * (贩卖毒品罪, searched as 走私、贩卖、运输、制造毒品罪: src/judgment/charges.ts selectiveChargeForm).
   */
  sharedCharges: z.array(z.string()),
  /**
   * For each of `sharedCharges` typed as a form of a selective charge, the listed charge the case is
   * indexed by (贩卖毒品罪 → [走私、贩卖、运输、制造毒品罪]); the case's own judgment may name another of
   * its forms. Absent where the judge typed each charge by its listed name.
   */
  sharedChargeDetails: z.record(z.string(), z.array(z.string())).optional(),
  /**
   * The judge's causes (as `query.charges` says them back: 民间借贷 → 民间借贷纠纷) the case has, itself or
   * a cause the judge's is searched with (src/judgment/causes.ts causeForms): a cause below it in
   * 民事案件案由规定, an older or a newer name of it.
   */
  sharedCauses: z.array(z.string()),
  /**
   * For each of `sharedCauses` the case has by another name, the case's own causes it is shared by
   * (保险合同纠纷 → [船舶保险合同纠纷]); absent where the case names each as the judge does.
   */
  sharedCauseDetails: z.record(z.string(), z.array(z.string())).optional(),
  sharedStatutes: z.array(z.string()),
  /** Legal circumstances (自首, 累犯, 入户, 致人轻伤, amount band…) both cases show. */
  sharedCircumstances: z.array(z.string()).optional(),
  /**
   * Key terms of the pending facts (not of its disputed issues) the result's facts share, strongest
   * first: each term's BM25 (TF-IDF family) contribution to the result.
   */
  sharedTerms: z.array(z.string()),
  /** e.g. "有期徒刑 10 个月". */
  outcome: z.string().optional(),
  /**
   * When the judge gave no charge: the charges inferred from the facts (query.inferredCharges) that
   * this case carries. `sharedCharges` and `sharedCauses` name only the judge's own.
   */
  inferredCharges: z.array(z.string()).optional(),
  /** How each signal contributed to the score. */
  scoreParts: z.record(z.string(), z.number()),
});
export type MatchReason = z.infer<typeof MatchReason>;

export const SimilarCase = z.object({
  id: z.string(),
  score: z.number(),
  tier: Tier,
  title: z.string().optional(),
  caseNumber: z.string().optional(),
  court: z.string().optional(),
  courtLevel: CourtLevel.optional(),
  /** How its court stands to the judge's (本院, 上一级法院, 外省法院…), when both are known. */
  courtRelation: z.enum(COURT_RELATIONS).optional(),
  decisionDate: z.string().optional(),
  status: z.string(),
  /** Flags a judge must see: 已撤回, 已被改判… */
  flags: z.array(z.string()),
  committeeDiscussed: z.boolean().optional(),
  /**
   * 判决书, 裁定书…, or 案例 for an authoritative write-up, whose reasoning excerpt is its 裁判理由 or an
   * editor's commentary (评析), not a court's 本院认为.
   */
  documentType: z.string().optional(),
  charges: z.array(z.string()),
  causes: z.array(z.string()),
  keyHolding: z.string().optional(),
  reasoningExcerpt: z.string().optional(),
  dispositionExcerpt: z.string().optional(),
  why: MatchReason,
});
export type SimilarCase = z.infer<typeof SimilarCase>;
