/**
 * The judgment record: one type per concept, shared by parser, indexer, API, reports and audits.
 * Everything optional is optional because real documents are often truncated or malformed;
 * the parser fills what it finds and lists what it could not in `warnings`.
 */
import { z } from "zod";

export const CaseCategory = z.enum(["刑事", "民事", "行政", "国家赔偿", "执行", "非诉保全", "管辖", "其他"]);
export type CaseCategory = z.infer<typeof CaseCategory>;

export const Procedure = z.enum([
  "一审",
  "二审",
  "再审",
  "申请再审",
  "审判监督",
  "复核",
  "特别程序",
  "执行",
  "执行异议",
  "执行复议",
  "执行监督",
  "保全",
  "管辖",
  "其他",
]);
export type Procedure = z.infer<typeof Procedure>;

export const CourtLevel = z.enum(["最高", "高级", "中级", "基层", "专门"]);
export type CourtLevel = z.infer<typeof CourtLevel>;

/** SPC 2020 类案检索指导意见 §4: the order in which similar cases must be considered. */
export const Tier = z.enum(["guiding", "typical", "provincial", "ordinary"]);
export type Tier = z.infer<typeof Tier>;
/** Whether a judgment is good law (domain rule 2: only effective judgments are 类案). */
/**
 * `superseded`: an authoritative write-up its publisher says no longer applies (刑事审判参考's 注：鉴于…，
 * 本案例所涉相关规则不再适用) — like a withdrawn judgment, never cited as a similar case.
 */
export const Status = z.enum(["effective", "not_effective", "reversed", "withdrawn", "superseded"]);
export type Status = z.infer<typeof Status>;

export const CaseNumber = z.object({
  raw: z.string(),
  year: z.number().int().optional(),
  /** e.g. "吉01", "最高法", "湘0405", "宜中" (pre-2016). */
  courtCode: z.string().optional(),
  province: z.string().optional(),
  courtLevel: CourtLevel.optional(),
  /** Specialised-trial code such as "知" or "破" (2016 rules), when present. */
  specialCode: z.string().optional(),
  /** e.g. "刑初", "民终", "执恢". */
  typeCode: z.string().optional(),
  category: CaseCategory.optional(),
  procedure: Procedure.optional(),
  /** Sequence number; absent when masked (×××). */
  sequence: z.number().int().optional(),
  /** Pre-2016 "字第" form. */
  legacy: z.boolean().optional(),
});
export type CaseNumber = z.infer<typeof CaseNumber>;

export const PartyRole = z.enum([
  "原告",
  "被告",
  "上诉人",
  "被上诉人",
  "第三人",
  "公诉机关",
  "被告人",
  "自诉人",
  "附带民事诉讼原告人",
  "申请人",
  "被申请人",
  "申请执行人",
  "被执行人",
  "再审申请人",
  "原审被告人",
  "原审原告",
  "原审被告",
  "原审第三人",
  "申诉人",
  "被害人",
  "罪犯",
  "其他",
]);
export type PartyRole = z.infer<typeof PartyRole>;

export const Party = z.object({
  name: z.string(),
  role: PartyRole,
  kind: z.enum(["person", "organisation"]),
});
export type Party = z.infer<typeof Party>;

export const StatuteRef = z.object({
  /** Canonical law name, e.g. "中华人民共和国刑法" or the full title of a judicial interpretation. */
  law: z.string(),
  article: z.number().int().optional(),
  /** 第一百三十三条之一 → article 133, subArticle 1. */
  subArticle: z.number().int().optional(),
  paragraph: z.number().int().optional(),
  item: z.number().int().optional(),
  /** The text as it appeared. */
  raw: z.string().optional(),
});
export type StatuteRef = z.infer<typeof StatuteRef>;

/** Principal penalties, heaviest first: audits rank outcomes by this order (src/audit/outcomes.ts). */
export const PenaltyKind = z.enum([
  "死刑",
  "死缓",
  "无期徒刑",
  "有期徒刑",
  "拘役",
  "管制",
  "单处罚金",
  "免予刑事处罚",
]);
export type PenaltyKind = z.infer<typeof PenaltyKind>;

export const CriminalSentence = z.object({
  defendant: z.string(),
  charges: z.array(z.string()),
  penalty: PenaltyKind.optional(),
  /** The ruling acquits this defendant (宣告被告人X无罪): no penalty, and none left unread. */
  acquitted: z.literal(true).optional(),
  /** Term of the principal penalty in months (fixed-term, 拘役, 管制). */
  months: z.number().optional(),
  probationMonths: z.number().optional(),
  /** Fine in yuan. */
  fine: z.number().optional(),
  /** 没收财产 / 没收个人全部财产: amount in yuan, or true when "全部". */
  confiscation: z.union([z.number(), z.literal(true)]).optional(),
  deprivationOfRightsMonths: z.number().optional(),
  /**
   * 数罪并罚 (刑法 §69): the sentence for each crime, when the disposition states them before the
   * combined punishment; `penalty`/`months` above are the combined one (决定执行).
   */
  counts: z
    .array(z.object({ charge: z.string(), penalty: PenaltyKind, months: z.number().optional() }))
    .optional(),
  /**
   * The combined punishment includes another judgment's sentence (刑法 §70–71: 与前罪…并罚, 连同前罪
   * 余刑; §77, §86: a revoked probation or parole): `penalty`/`months` are not this case's alone, and
   * `counts` then holds this case's own crimes (one is enough).
   */
  mergesEarlierSentence: z.literal(true).optional(),
  /**
   * A judgment of several defendants, or of one beside accused it does not sentence: the personal
   * sentencing grounds (自首, 立功, 累犯, 从犯…) its facts and reasoning state of this defendant
   * (src/judgment/grounds.ts); a judgment's circumstance tags are every accused's at once. [] for none
   * stated; absent for one defendant alone (the judgment's tags are that defendant's) and in records
   * parsed before session 17.
   */
  grounds: z.array(z.string()).optional(),
});
export type CriminalSentence = z.infer<typeof CriminalSentence>;

/** What an administrative court rules on the act sued (行政诉讼法 2017 §69–§77; a ruling 驳回起诉, 准许撤诉). */
export const AdministrativeDisposition = z.enum([
  "revoked", // §70 撤销或者部分撤销
  "remake", // §70 判决被告重新作出行政行为
  "ordered", // §72–§73 判决被告履行法定职责或者给付义务
  "confirmed_illegal", // §74 确认违法
  "confirmed_void", // §75 确认无效
  "varied", // §77 变更
  "remedy", // §76 责令被告采取补救措施
  "compensation", // §76 判决被告承担赔偿责任
  "dismissed", // §69 驳回原告诉讼请求
  "suit_dismissed", // 裁定驳回起诉
  "withdrawn", // 准许撤诉
  "sustained", // 1989 §54(1) 判决维持 (the act upheld; since the 2014 revision §69 驳回诉讼请求)
]);
export type AdministrativeDisposition = z.infer<typeof AdministrativeDisposition>;

export const Outcome = z.object({
  criminal: z.array(CriminalSentence).optional(),
  civil: z
    .object({
      /**
       * `dismissed`: the claims refused on their merits (判决驳回诉讼请求); `suit_dismissed`: the suit
       * refused unheard by ruling (裁定驳回起诉: 民事诉讼法 §122, §127; 民诉法解释 §208 ¶3, §330), no
       * decision on the claims — as the administrative `suit_dismissed`.
       */
      disposition: z.enum([
        "upheld",
        "partly_upheld",
        "dismissed",
        "suit_dismissed",
        "withdrawn",
        "mediated",
        "other",
      ]),
      /** Amounts in yuan named in the disposition (ordered as they appear). */
      amounts: z.array(z.number()),
      totalAwarded: z.number().optional(),
      /** Principal sum the plaintiff claimed (诉讼请求), first instance only: see claimedAmount. */
      claimed: z.number().optional(),
    })
    .optional(),
  /**
   * An administrative judgment's ruling on the act sued (行政诉讼法 2017 §69–§77): every kind its
   * disposition pronounces, in order (撤销 and 责令重新作出 together; 确认违法 with 赔偿).
   */
  administrative: z.object({ dispositions: z.array(AdministrativeDisposition) }).optional(),
  appeal: z.enum(["affirmed", "amended", "remanded", "withdrawn", "other"]).optional(),
});
export type Outcome = z.infer<typeof Outcome>;

export const Sections = z.object({
  header: z.string().optional(),
  parties: z.string().optional(),
  history: z.string().optional(),
  claims: z.string().optional(),
  defence: z.string().optional(),
  facts: z.string().optional(),
  reasoning: z.string().optional(),
  legalBasis: z.string().optional(),
  disposition: z.string().optional(),
  /** 如不服本判决… / 本判决为终审判决: between the disposition and the footer. */
  appealNotice: z.string().optional(),
  footer: z.string().optional(),
});
export type Sections = z.infer<typeof Sections>;

export const DocumentType = z.enum(["判决书", "裁定书", "调解书", "决定书", "通知书", "令", "案例", "其他"]);
export type DocumentType = z.infer<typeof DocumentType>;

export const JudgmentRecord = z.object({
  /** Stable id: the same judgment always gets the same id (see indexer). */
  id: z.string(),
  source: z.string(),
  sourceId: z.string().optional(),
  synthetic: z.boolean().optional(),
  title: z.string().optional(),
  caseNumber: CaseNumber.optional(),
  /** Additional case numbers when the header lists several. */
  caseNumbers: z.array(CaseNumber).optional(),
  court: z.string().optional(),
  courtLevel: CourtLevel.optional(),
  province: z.string().optional(),
  documentType: DocumentType.optional(),
  category: CaseCategory.optional(),
  procedure: Procedure.optional(),
  /** ISO date yyyy-mm-dd. */
  decisionDate: z.string().optional(),
  sections: Sections,
  parties: z.array(Party),
  judges: z.array(z.object({ name: z.string(), role: z.string() })),
  statutes: z.array(StatuteRef),
  /** 罪名 for criminal cases. */
  charges: z.array(z.string()),
  /** 案由 for civil and administrative cases. */
  causes: z.array(z.string()),
  outcome: Outcome,
  /**
   * Case numbers of earlier trials of the dispute (原审/一审): for an appeal or a retrial those its
   * history (审理经过), claims or disposition cite, for a first instance its history only (a remanded
   * retrial). See src/judgment/parse.ts.
   */
  priorCaseNumbers: z.array(z.string()),
  /**
   * Other judgments the text cites, not instances: in the facts or the reasoning a co-defendant's
   * separate judgment (另案), an earlier conviction (前科), the civil judgment a 拒不执行 case did not
   * obey; in a first instance's indictment or disposition an earlier conviction (撤销…缓刑); anywhere,
   * numbers of no trial (刑辖, 刑他, 刑更).
   */
  citedCaseNumbers: z.array(z.string()).optional(),
  tier: Tier,
  /** Authoritative cases: 指导性案例 N 号 etc. */
  authorityNumber: z.string().optional(),
  /** A guiding case's issue date (发布), from which it binds; its decisionDate is the judgment's own. */
  releaseDate: z.string().optional(),
  keywords: z.array(z.string()).optional(),
  /** 裁判要点 / 裁判要旨 of authoritative cases. */
  keyHoldings: z.string().optional(),
  /** "question": `keyHoldings` is the legal question the write-up answers (刑事审判参考's 主要问题), no holding. */
  keyHoldingsKind: z.enum(["holding", "question"]).optional(),
  status: Status.default("effective"),
  /**
   * Set by the indexer (src/search/reversals.ts), never by the parser: the later instances in the
   * index that quashed or changed this judgment (撤销, 改判) or sent it back (发回重审), newest first.
   * `status` is then "reversed" — unless every one changed some of several defendants only (their
   * `defendants`): the judgment stands as to the others and keeps its status; it goes back to
   * `previousStatus` when no such instance is left.
   */
  reversal: z
    .object({
      previousStatus: z.enum(["effective", "not_effective"]),
      by: z.array(
        z.object({
          /** The later instance: its document id, case number, court and date. */
          id: z.string(),
          caseNumber: z.string().optional(),
          court: z.string().optional(),
          decisionDate: z.string().optional(),
          /** Its result (Outcome.appeal): 改判 (amended, also in part) or 发回重审 (remanded). */
          result: z.enum(["amended", "remanded"]),
          /** This judgment's number as the later instance cites it, and its disposition's item saying so. */
          cites: z.string(),
          clause: z.string(),
          /**
           * A remand told by a retrial (the later instance above, its evidence): the number of the
           * ruling that sent the case back, when the retrial names it (…作出（2017）京刑终902号刑事裁定，
           * 撤销…发回重审) — the later instance is the retrial, not that ruling.
           */
          remandedBy: z.string().optional(),
          /**
           * The defendants whose conviction or sentence it changed, when that was some of this
           * judgment's sentenced defendants only (撤销…对被告人甲的量刑部分); absent: the judgment whole.
           */
          defendants: z.array(z.string()).optional(),
        }),
      ),
    })
    .optional(),
  /** Whether the adjudication committee (审判委员会) discussed the case, when the text says so. */
  committeeDiscussed: z.boolean().optional(),
  text: z.string(),
  warnings: z.array(z.string()),
});
export type JudgmentRecord = z.infer<typeof JudgmentRecord>;

/** A record with nothing found yet: what parsers start from and fill in. */
export function emptyRecord(
  base: Pick<JudgmentRecord, "source" | "text" | "tier"> & Partial<JudgmentRecord>,
): JudgmentRecord {
  return {
    id: "",
    sections: {},
    parties: [],
    judges: [],
    statutes: [],
    charges: [],
    causes: [],
    outcome: {},
    priorCaseNumbers: [],
    status: "effective",
    warnings: [],
    ...base,
  };
}
