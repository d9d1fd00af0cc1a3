/**
 * Clusters of comparable cases for an audit. Pure.
 *
 * The rule, in order:
 * 1. Same legal key: the same set of charges (罪名), or of causes (案由) for civil cases. A
 *    judgment of several charges (数罪并罚) is compared only with judgments of the same set.
 * 2. Same principal statutes: the specific-part articles of the Criminal Law it cites (刑法 art. 102
 *    onwards; the general part — 自首 §67, 缓刑 §72… — describes circumstances, not the offence). A
 *    statute variant with fewer than `minClusterSize` cases, or a case citing none, joins its legal
 *    key's most common variant: a citation omitted by the parser or the court does not isolate a case.
 *    An administrative cause is split by the substantive law applied to the act sued instead
 *    ({@link substantiveLaws}: 行政处罚 under 道路交通安全法 is no 类案 of one under 税收征收管理法), each law
 *    apart however few its cases; a case citing none stays in a cluster of its cause alone, labelled
 *    so (行政处罚（未援引实体法）). When other cases of its cause apply a law, that cluster is listed but
 *    not assessed ({@link CAUSE_ONLY_NOT_ASSESSED}).
 * 3. The group is split by what the law makes decide the sentence range, one level after the other:
 *    the amount grade the court found (数额较大/巨大/特别巨大, for the amount-based offences listed
 *    below), the amount band, or the drug quantity band (§347–348) and 情节严重 as found (§347 ¶4); the
 *    gravest harm (轻伤/重伤/死亡, for offences against the person and traffic offences) and, for
 *    traffic offences, 逃逸 and 其他特别恶劣情节 as found (§133); rape's aggravated range as found (§236 ¶3); 纠集他人多次 (§293 ¶2); 造成严重后果 as found (§276之一); the form of the offence where the law makes
 *    it decisive (入户、多次抢劫: §263; 入户、扒窃、携带凶器、多次: §264, §267, §274; 多次贩卖: §347);
 *    recidivism (累犯, §65); an attempt (未遂). A range the law sets apart (a found grade, harm, 逃逸,
 *    aggravated rape, 纠集, the form of robbery, 多次贩卖) splits every group, however small, and its bins stay apart: cases
 *    sentenced in different ranges are never compared. The other levels split groups of at least
 *    `splitAbove` cases, and are ordinal: a band with fewer than `minClusterSize` cases merges into
 *    its smaller neighbour, so no case is left in a cluster too small to judge; a level that leaves
 *    fewer than two bands does not split.
 * Fact similarity from the engine does not form the clusters: these legal features are what the
 * sentencing guidelines make decisive, they are free (doc values), and they explain themselves in
 * the label. It checks the findings instead: a flagged case's facts are compared with its cluster's
 * by BM25 (src/audit/facts.ts), and a case whose facts are unlike its cluster's is downgraded.
 */
import { catalogueCause, catalogueCivilCause, catalogueKind } from "../judgment/causes.ts";
import { AMOUNT_BANDS, DRUG_BANDS } from "../judgment/circumstances.ts";
import { articleText } from "../judgment/provisions.ts";
import { type JudgmentDocument, OUTCOME_FIELDS } from "../search/documents.ts";

/** Doc-value fields an audit reads: outcome, legal key, and what evidence shows (court level, date, committee). */
export const AUDIT_FIELDS = [
  "sourceId",
  "caseNumber",
  "court",
  "courtLevel",
  "decisionDate",
  "committeeDiscussed",
  "charges",
  "causes",
  "statutes",
  "circumstances",
  "category",
  ...OUTCOME_FIELDS,
  "claimed",
  "priorCaseNumbers",
] as const satisfies readonly (keyof JudgmentDocument)[];

/** What an audit reads of one judgment (doc values only): those fields of the indexed document. */
export type AuditCase = Pick<
  JudgmentDocument,
  "id" | Exclude<(typeof AUDIT_FIELDS)[number], "priorCaseNumbers">
> & {
  /** The earlier instances' numbers, as the judgment cites them (src/audit/engine.ts rulingsOncePerCase). */
  priorCaseNumbers?: string[];
  /**
   * The outcome fields hold the sentence for the case's one crime alone, not the punishment executed
   * with an earlier judgment's (src/audit/engine.ts readAuditCase; src/audit/deviation.ts).
   */
  attributed?: true;
  /** An administrative judgment's rulings on the act sued (the result card's `administrative`). */
  administrative?: string[];
};

export interface ClusterDraft {
  key: string;
  label: string;
  charges: string[];
  statutes: string[];
  cases: AuditCase[];
  /** Why the cluster is listed but not assessed (no findings), in Chinese; absent when assessed. */
  notAssessed?: string;
}

export interface ClusterOptions {
  minClusterSize: number;
  /** Groups at least this large are split by circumstances; default 4 × minClusterSize. */
  splitAbove?: number;
}

/** Specific-part articles of the Criminal Law whose sentence ranges are set by the amount involved. */
const AMOUNT_ARTICLES = new Set([
  140, 153, 158, 159, 163, 164, 175, 176, 180, 185, 191, 192, 193, 194, 196, 198, 201, 203, 204, 205, 210,
  213, 214, 217, 218, 224, 225, 264, 266, 267, 268, 270, 271, 272, 273, 274, 275, 276, 312, 382, 383, 384,
  385, 386, 387, 388, 389, 390, 391, 392, 393, 395,
]);
const DRUG_ARTICLES = new Set([347, 348]);
/** The amount grades a court states (src/judgment/circumstances.ts statedGrades), in order. */
const STATED_AMOUNTS = ["认定:数额较大", "认定:数额巨大", "认定:数额特别巨大"];
/**
 * Whether judgments citing these statutes are sentenced by an amount or a drug quantity (their
 * specific-part articles are among {@link AMOUNT_ARTICLES} or {@link DRUG_ARTICLES}).
 */
export function bandedOffence(statutes: readonly string[]): boolean {
  return principalStatutes(statutes).some((key) => {
    const m = /^刑法#(\d+)$/.exec(key);
    return m !== null && (AMOUNT_ARTICLES.has(Number(m[1])) || DRUG_ARTICLES.has(Number(m[1])));
  });
}

/** Offences whose range turns on the harm caused (轻伤/重伤/死亡). */
const HARM_ARTICLES = new Set([
  114, 115, 133, 134, 135, 136, 137, 139, 232, 233, 234, 235, 236, 237, 238, 260, 263, 292, 293,
]);
/** Offences whose form decides the range or the crime itself (see the "form" level below). */
const FORM_ARTICLES = new Set([264, 267, 274]);
const FORM_TAGS = ["入户", "扒窃", "持械", "多次"];
const HARM_TAGS: readonly [string, number][] = [
  ["死亡", 3],
  ["重伤", 2],
  ["轻伤", 1],
];
const HARM_LABELS = ["未致轻伤以上", "轻伤", "重伤", "死亡"];
const harmRank = (circumstances: readonly string[]) =>
  HARM_TAGS.find(([tag]) => circumstances.includes(tag))?.[1] ?? 0;

/**
 * The range a case was sentenced in, as a report groups its similar cases (类案裁判分歧): the audit's
 * levels ({@link LEVELS}) read for one case — the grade the court found (数额巨大), else the band of
 * its figures; the drug band; the harm; and each level the case is on the heavier side of (肇事后逃逸,
 * 入户或多次抢劫, 累犯, 未遂…). So a report never calls 轻伤 against death, 数额较大 against 数额巨大,
 * or a recidivist's heavier sentence a divergence, where an audit would not either.
 */
export function sentencingRange(statutes: readonly string[], circumstances: readonly string[]): string[] {
  const articles = new Set(offenceArticles(statutes));
  const c = { circumstances } as AuditCase;
  const out: string[] = [];
  let graded = false;
  for (const level of LEVELS) {
    if (!level.applies(articles)) continue;
    const rank = level.rank(c);
    if (level.yes !== undefined) {
      if (rank === 1) out.push(level.yes);
    } else if (rank !== undefined && !(level.name === "amount" && graded)) {
      out.push(level.label(rank));
      if (level.name === "stated amount") graded = true;
    }
  }
  return out;
}

/**
 * Whether two cases' ranges ({@link sentencingRange}) can be one: no amount or drug band, harm, or
 * yes/no level (逃逸, 入户或多次抢劫, 累犯…) that both could state and state differently. A grade the
 * court found (数额巨大, 情节严重, 强奸加重) is comparable only with another found grade: a pending
 * case's facts state none.
 */
export function rangesAgree(a: readonly string[], b: readonly string[]): boolean {
  const classes: ((t: string) => boolean)[] = [
    (t) => t.startsWith("数额:"),
    (t) => t.startsWith("毒品数量:"),
    (t) => HARM_LABELS.includes(t),
  ];
  for (const inClass of classes) {
    const x = a.find(inClass);
    const y = b.find(inClass);
    if (x !== undefined && y !== undefined && x !== y) return false;
  }
  return STATABLE_YES.every((t) => a.includes(t) === b.includes(t));
}

/**
 * The specific-part articles cited, an added article (刑法#133-1 危险驾驶罪) not counted as its article
 * (刑法#133 交通肇事罪, whose range turns on harm): another offence.
 */
function offenceArticles(statutes: readonly string[]): number[] {
  return principalStatutes(statutes).flatMap((key) => {
    const a = criminalArticle(key);
    return a && a[1] === 0 ? [a[0]] : [];
  });
}

/** `刑法#133` → [133, 0], `刑法#133-1` (第一百三十三条之一) → [133, 1]; undefined for other keys. */
function criminalArticle(key: string): [article: number, sub: number] | undefined {
  const m = /^刑法#(\d+)(?:-(\d+))?$/.exec(key);
  return m ? [Number(m[1]), m[2] ? Number(m[2]) : 0] : undefined;
}

/**
 * `刑法#N` and `刑法#N-n` keys with N ≥ 102 (the specific part), sorted by article, an added article
 * (之一, e.g. 刑法#133-1 危险驾驶罪) right after its article (刑法#133 交通肇事罪): it is an offence of
 * its own, inserted by an amendment (危险驾驶罪 by 刑法修正案（八）, 2011), and keeps its key.
 */
export function principalStatutes(statutes: readonly string[]): string[] {
  const order = (key: string) => criminalArticle(key) ?? [0, 0];
  return [
    ...new Set(
      statutes.filter((s) => {
        const a = criminalArticle(s);
        return a !== undefined && a[0] >= 102;
      }),
    ),
  ].sort((a, b) => order(a)[0] - order(b)[0] || order(a)[1] - order(b)[1]);
}

/**
 * A principal statute as a cluster label names it, as judgments and the reports write an article
 * (src/judgment/provisions.ts): 刑法#264 → 第二百六十四条, 刑法#133-1 → 第一百三十三条之一.
 */
export function articleLabel(key: string): string {
  const a = criminalArticle(key);
  return a ? articleText(a[0], a[1]) : key;
}

/**
 * Causes of administrative suits (行政案件案由暂行规定 2020: named by the act sued — 行政处罚, 行政许可…,
 * (政府)信息公开, 工伤认定, 房屋征收决定, 不履行法定职责 — or written …行政纠纷/行政争议); a civil cause
 * (民事案件案由规定) names none of them (its 征地补偿款分配纠纷 is no 征收决定).
 */
const ADMINISTRATIVE_CAUSE = /行政|信息公开|工伤认定|征收决定|不履行[^，,]{0,8}职责/;

/**
 * Whether causes are an administrative suit's: some, all administrative — as the pattern reads them,
 * or a cause of the catalogue as written, which may not say 行政 (罚款, 婚姻登记, 征收或者征用房屋:
 * src/judgment/causes.ts catalogueCause).
 */
export function administrativeCauses(causes: readonly string[]): boolean {
  return (
    causes.length > 0 && causes.every((c) => ADMINISTRATIVE_CAUSE.test(c) || catalogueCause(c) !== undefined)
  );
}

/**
 * Whether a judgment is an administrative suit's: no charge, and filed as one (category 行政, from its
 * case number's 行初/行终… or its 行政判决书), or its causes administrative ({@link administrativeCauses}).
 * A court names the act sued its own way (消防验收纠纷), which the causes' pattern may not know; its
 * category says what suit it is.
 */
export function administrativeCase(c: Pick<AuditCase, "charges" | "causes" | "category">): boolean {
  return c.charges.length === 0 && (c.category === "行政" || administrativeCauses(c.causes));
}

/**
 * Laws that do not tell one field of administration from another, so do not split an administrative
 * cause: the procedural laws of the suit (行政诉讼法, and 民事诉讼法 where it is silent: 行政诉讼法 §101),
 * the general laws of a kind of act, which every penalty, licence, coercive measure or review applies
 * whatever its field (行政处罚法, 行政许可法, 行政强制法, 行政复议法 and its 1990 predecessor 行政复议条例),
 * 立法法 and the organic laws (组织法: which body may act, not under what law). 国家赔偿法 too: in a
 * 行政赔偿 suit it is the matter itself, but the cause already says so and every case of it applies it —
 * a key of it would only set apart the judgments that omit its citation; in another cause (a claim for
 * compensation joined to a suit against the act, 国家赔偿法 §9 ¶2) it names the remedy, not the act's law.
 */
const GENERAL_ADMINISTRATIVE_LAW =
  /(?:诉讼法|^行政处罚法|^行政许可法|^行政强制法|^行政复议法|^行政复议条例|^立法法|组织法|^国家赔偿法)$/;

/**
 * The substantive laws an administrative judgment applies to the act sued, from its statute keys:
 * laws and regulations (…法, …条例), what a court decides by (行政诉讼法 §63: 以法律和行政法规、地方性法规为
 * 依据; rules are only referred to, 参照规章 — nor are judicial interpretations or notices keys), an
 * implementing regulation counted as its law (道路交通安全法实施条例 → 道路交通安全法), a law and a
 * regulation of one regime as one ({@link sameRegime}: 社会保险法 §36 → 工伤保险条例), a year or 试行 after
 * the title dropped, less the {@link GENERAL_ADMINISTRATIVE_LAW}s. Sorted, each once.
 */
export function substantiveLaws(statutes: readonly string[]): string[] {
  const laws = statutes.map((key) =>
    sameRegime(
      key,
      (key.split("#")[0] ?? "")
        .replace(/[（(][^）)]*[）)]$/, "")
        .replace(/(?:暂行)?实施(?:条例|细则|办法)$/, ""),
    ),
  );
  return [
    ...new Set(
      laws.filter(
        (law) => /^(?!最高人民|关于)(?:.*[^办]法|.+条例)$/.test(law) && !GENERAL_ADMINISTRATIVE_LAW.test(law),
      ),
    ),
  ].sort();
}

/**
 * A law as the regime it applies, where a law and a regulation are one regime for the act sued:
 * 社会保险法's chapter on 工伤保险 (第四章, §33–§43: who is insured, §36 工伤认定, §37 what is no 工伤,
 * the benefits) is carried out by 工伤保险条例 (国务院令第375号, revised by 第586号 in 2010 with the law),
 * which sets the act's conditions and procedure (§14–§16 what is or is not 工伤, §17–§20 the 认定):
 * a 工伤认定 applying the law's §36 is a 类案 of one applying the regulation's §14, as is one applying
 * a province's own 工伤保险条例 (广东省工伤保险条例, a local regulation of the same insurance). Keyed
 * 工伤保险条例, not 社会保险法: the law's other chapters are other insurances (养老, 医疗, 失业, 生育) and
 * their contributions, which a 社会保险法 key without its article does not tell apart.
 */
function sameRegime(key: string, law: string): string {
  const article = Number(/#(\d+)/.exec(key)?.[1] ?? 0);
  if (law === "社会保险法" && article >= 33 && article <= 43) return "工伤保险条例";
  return /^.{2,12}(?:省|自治区|市)工伤保险条例$/.test(law) ? "工伤保险条例" : law;
}

/**
 * The legal key: charges, else causes, sorted; empty when the judgment names neither. An
 * administrative suit's causes as the catalogue's second-level causes (行政案件案由暂行规定 2020;
 * src/judgment/causes.ts catalogueKind): an older title's 工伤认定 is the 行政确认 a newer one names, its
 * 行政强制 a 行政强制措施, 罚款 a 行政处罚 — one kind of act, one cluster, then split by the law applied.
 * A civil suit's older cause as the 2020 cause it became, where it became one (民事案件案由规定, 法〔2020〕
 * 346号; src/judgment/causes.ts catalogueCivilCause): a judgment of 2010 naming 居间合同纠纷 or 侵犯商标
 * 专用权纠纷 is a 类案 of one of 2022 naming 中介合同纠纷 or 侵害商标权纠纷.
 */
export function legalKey(c: Pick<AuditCase, "charges" | "causes" | "category">): string[] {
  if (c.charges.length > 0) return [...new Set(c.charges)].sort();
  return [
    ...new Set(administrativeCase(c) ? c.causes.map(catalogueKind) : c.causes.map(catalogueCivilCause)),
  ].sort();
}

interface Level {
  name: string;
  /** Read from what the court found (认定:…): a pending case's facts cannot state it. */
  found?: true;
  /**
   * A range the law sets apart (a stated grade, the harm, 逃逸…): split whatever the group's size, and
   * its bins never merged — cases sentenced in different ranges are no 类案, however few. Bands of
   * figures (amounts, grams) only approximate a range: they split large groups, small bins merging.
   */
  bracket?: true;
  applies: (articles: Set<number>) => boolean;
  /** Ordinal rank of the case at this level; undefined when the judgment does not state it. */
  rank: (c: AuditCase) => number | undefined;
  /** A yes/no level (rank 1 or 0): the label of its heavier side. */
  yes?: string;
  label: (rank: number | undefined) => string;
}

function bandLevel(name: string, prefix: string, bands: readonly [number, string][], articles: Set<number>) {
  const labels = bands.map(([, tag]) => tag);
  return {
    name,
    applies: (a: Set<number>) => [...a].some((n) => articles.has(n)),
    rank: (c: AuditCase) => {
      const tag = c.circumstances.find((t) => t.startsWith(prefix));
      const i = tag === undefined ? -1 : labels.indexOf(tag);
      return i < 0 ? undefined : i;
    },
    label: (rank: number | undefined) => (rank === undefined ? `${prefix}未载明` : (labels[rank] ?? "")),
  } satisfies Level;
}

/** A yes/no level read from one circumstance tag (or any of several). */
function tagLevel(
  name: string,
  articles: readonly number[],
  tags: readonly string[],
  yes: string,
  no: string,
): Level {
  return {
    name,
    bracket: true,
    applies: (a) => articles.some((n) => a.has(n)),
    rank: (c) => (tags.some((t) => c.circumstances.includes(t)) ? 1 : 0),
    label: (rank) => (rank === 1 ? yes : no),
    yes,
  };
}

const LEVELS: readonly Level[] = [
  {
    // The amount grade the court found (数额较大/巨大/特别巨大: src/judgment/circumstances.ts
    // statedGrades) is the range it sentenced in, by its province's and year's thresholds (盗窃 before
    // 2013 by the 1998 ones; 职务侵占 10万 was 巨大 before 2016, 较大 since): first, then the band.
    name: "stated amount",
    bracket: true,
    found: true,
    applies: (a) => [...a].some((n) => AMOUNT_ARTICLES.has(n)),
    rank: (c) => {
      const i = STATED_AMOUNTS.findLastIndex((t) => c.circumstances.includes(t));
      return i < 0 ? undefined : i;
    },
    label: (rank) => (rank === undefined ? "未认定数额等级" : (STATED_AMOUNTS[rank] ?? "").slice(3)),
  },
  bandLevel("amount", "数额:", AMOUNT_BANDS, AMOUNT_ARTICLES),
  bandLevel("drugs", "毒品数量:", DRUG_BANDS, DRUG_ARTICLES),
  // 情节严重 as the court found it, where the law makes it a heavier range than the offence's own:
  // §347 ¶4 (a small quantity of drugs: three to seven years), §276 破坏生产经营 (three to seven),
  // §303 ¶2 开设赌场 (five to ten), §312 掩饰、隐瞒犯罪所得 (three to seven), §358 组织卖淫 (ten or more),
  // §359 引诱、容留、介绍卖淫 (five or more), §363 ¶1 (three to ten). LeCaRD 7569 and 29224: 54 and 39
  // months for 破坏生产经营 the courts found 情节严重 had been outliers among the base range's.
  {
    ...tagLevel(
      "stated gravity",
      [347, 276, 303, 312, 358, 359, 363],
      ["认定:情节严重", "认定:情节特别严重"],
      "情节严重",
      "未认定情节严重",
    ),
    found: true,
  },
  // 情节特别严重 as found, where 情节严重 is the offence itself and 特别严重 the heavier range: §225
  // 非法经营 (five years or more), §217 侵犯著作权 (three to ten), §363 ¶1 (ten or more). LeCaRD 11449:
  // 66 months for a 非法经营 found 情节特别严重 among cases of the base range.
  {
    ...tagLevel(
      "stated grave gravity",
      [225, 217, 363],
      ["认定:情节特别严重"],
      "情节特别严重",
      "未认定情节特别严重",
    ),
    found: true,
  },
  {
    name: "harm",
    bracket: true,
    applies: (a) => [...a].some((n) => HARM_ARTICLES.has(n)),
    rank: (c) => harmRank(c.circumstances),
    label: (rank) => HARM_LABELS[rank ?? 0] ?? "",
  },
  // §236 ¶3: rape 情节恶劣, of several victims, in public, by two or more (轮奸), of a girl under ten
  // or injuring her, or causing grave harm is ten years or more, as the court found it (LeCaRD: 120–180
  // months among rapes of median 42 had been the audit's outliers).
  {
    ...tagLevel(
      "aggravated rape",
      [236],
      ["认定:强奸加重"],
      "强奸加重情节（第二百三十六条第三款）",
      "无第三款加重情节",
    ),
    found: true,
  },
  // §133: 交通运输肇事后逃逸 three to seven years, 因逃逸致人死亡 seven or more.
  tagLevel("escape", [133], ["逃逸"], "肇事后逃逸", "未逃逸"),
  // §133 其他特别恶劣情节 (three to seven years) as the 2000 交通肇事解释 §4 defines it — 死亡二人以上 or
  // 重伤五人以上 with the whole or main responsibility — found by the court (LeCaRD 9206: six dead, 78
  // months, had been the outlier of the base range's cases of one death, median 12).
  {
    ...tagLevel("traffic gravity", [133], ["认定:交通肇事特别恶劣"], "特别恶劣情节", "无特别恶劣情节"),
    found: true,
  },
  // §293 ¶2: 纠集他人多次实施寻衅滋事, five to ten years.
  { ...tagLevel("gang", [293], ["认定:纠集他人多次"], "纠集他人多次", "非纠集他人多次"), found: true },
  // §276之一 ¶1: 拒不支付劳动报酬 that 造成严重后果 (2013 拒不支付劳动报酬解释 §5), three to seven years, as
  // found. An added article is not among the offence's articles: the tag is read only where §276之一 is
  // cited (src/judgment/circumstances.ts statedGrades), so the level applies wherever it is found.
  {
    ...tagLevel("wage consequences", [], ["认定:拒不支付劳动报酬严重后果"], "造成严重后果", "未认定严重后果"),
    applies: () => true,
    found: true,
  },
  // §263: 入户抢劫 and 多次抢劫 are ten years or more; a weapon is no aggravation of robbery (持枪 is,
  // and is not told apart here).
  tagLevel("robbery form", [263], ["入户", "多次"], "入户或多次抢劫", "非入户、多次抢劫"),
  {
    // 刑法 §264: 入户盗窃、携带凶器盗窃、扒窃 and 多次盗窃 are theft whatever the amount; §267 and §274
    // (多次抢夺、敲诈勒索). A 346-yuan 入户 theft by a recidivist is not an outlier of the small-amount
    // thefts it was clustered with.
    name: "form",
    applies: (a) => [...a].some((n) => FORM_ARTICLES.has(n)),
    rank: (c) => (FORM_TAGS.some((t) => c.circumstances.includes(t)) ? 1 : 0),
    label: (rank) => (rank === 1 ? "入户、扒窃、携带凶器或多次" : "无入户、扒窃、携带凶器、多次"),
    yes: "入户、扒窃、携带凶器或多次",
  },
  {
    // §347 with the 2016 毒品解释 §4: selling drugs many times (多次贩卖) is 情节严重 whatever the quantity
    // — a range the law sets apart, also where the court does not write 情节严重 (LeCaRD 580: 38
    // months for 多次贩卖 of under a gram, reported an outlier among single sales).
    name: "repeated sales",
    bracket: true,
    applies: (a) => a.has(347),
    rank: (c) => (c.circumstances.includes("多次") ? 1 : 0),
    label: (rank) => (rank === 1 ? "多次贩卖" : "非多次贩卖"),
    yes: "多次贩卖",
  },
  {
    // 刑法 §65: a recidivist (累犯) shall be punished more heavily, so is compared with recidivists.
    name: "recidivism",
    applies: () => true,
    rank: (c) => (c.circumstances.includes("累犯") ? 1 : 0),
    label: (rank) => (rank === 1 ? "累犯" : "非累犯"),
    yes: "累犯",
  },
  {
    name: "attempt",
    applies: () => true,
    rank: (c) => (c.circumstances.includes("犯罪未遂") ? 1 : 0),
    label: (rank) => (rank === 1 ? "未遂" : "既遂"),
    yes: "未遂",
  },
];

/** The heavier side of each yes/no level a pending case's facts can state (not a court's finding). */
const STATABLE_YES = LEVELS.flatMap((l) => (l.yes !== undefined && !l.found ? [l.yes] : []));

/**
 * The cases of `cases` in the pending case's sentencing range as its facts state it (its
 * circumstance tags: amount or drug band, harm, 逃逸, the form of the offence, 累犯, 未遂), level by
 * level as the audit clusters — a level applied only while at least `minSize` cases remain. Levels
 * read from the court's findings (认定:…) are skipped: facts do not state them. Returns the cases and
 * the labels of the levels applied.
 */
export function narrowToPending(
  cases: readonly AuditCase[],
  pendingTags: readonly string[],
  minSize: number,
): { cases: AuditCase[]; labels: string[] } {
  const variants = new Map<string, number>();
  for (const c of cases) {
    const key = principalStatutes(c.statutes).join(",");
    if (key) variants.set(key, (variants.get(key) ?? 0) + 1);
  }
  const main = [...variants.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "";
  const statutes = main ? main.split(",") : [];
  const articles = new Set(offenceArticles(statutes));
  const pending: AuditCase = {
    id: "pending",
    charges: [],
    causes: [],
    statutes,
    circumstances: [...pendingTags],
    penaltyKinds: [],
  };
  let current = [...cases];
  const labels: string[] = [];
  for (const level of LEVELS) {
    if (level.found || !level.applies(articles)) continue;
    const rank = level.rank(pending);
    if (rank === undefined) continue;
    const same = current.filter((c) => level.rank(c) === rank);
    if (same.length >= minSize && same.length < current.length) {
      current = same;
      labels.push(level.label(rank));
    }
  }
  return { cases: current, labels };
}

interface Bin {
  ranks: number[];
  missing: boolean;
  cases: AuditCase[];
}

/**
 * Splits `cases` at one level: ordinal bins, a too-small bin merged into its smaller neighbour, the
 * cases that do not state the level kept apart when they are enough and otherwise joined to the
 * largest bin. Returns undefined when fewer than two bins remain.
 */
export function splitOrdinal(
  cases: AuditCase[],
  rank: (c: AuditCase) => number | undefined,
  minSize: number,
  merge = true,
): { ranks: number[]; missing: boolean; cases: AuditCase[] }[] | undefined {
  const byRank = new Map<number, AuditCase[]>();
  const missing: AuditCase[] = [];
  for (const c of cases) {
    const r = rank(c);
    if (r === undefined) missing.push(c);
    else byRank.set(r, [...(byRank.get(r) ?? []), c]);
  }
  const bins: Bin[] = [...byRank.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([r, cs]) => ({ ranks: [r], missing: false, cases: cs }));
  while (merge && bins.length > 1) {
    let smallest = -1;
    for (let i = 0; i < bins.length; i++) {
      const n = (bins[i] as Bin).cases.length;
      if (n < minSize && (smallest < 0 || n < (bins[smallest] as Bin).cases.length)) smallest = i;
    }
    if (smallest < 0) break;
    const left = bins[smallest - 1];
    const right = bins[smallest + 1];
    const into =
      left && right
        ? left.cases.length <= right.cases.length
          ? smallest - 1
          : smallest + 1
        : left
          ? smallest - 1
          : smallest + 1;
    const target = bins[into] as Bin;
    const source = bins[smallest] as Bin;
    target.ranks = [...target.ranks, ...source.ranks].sort((a, b) => a - b);
    target.cases = [...target.cases, ...source.cases];
    bins.splice(smallest, 1);
  }
  if (missing.length > 0) {
    // Without merging (a range the law sets apart), cases that do not state it stay apart too.
    if (!merge || missing.length >= minSize || bins.length === 0)
      bins.push({ ranks: [], missing: true, cases: missing });
    else {
      const largest = bins.reduce((a, b) => (b.cases.length > a.cases.length ? b : a));
      largest.cases = [...largest.cases, ...missing];
      largest.missing = true;
    }
  }
  return bins.length >= 2 ? bins : undefined;
}

function binLabel(level: Level, bin: Bin): string {
  if (bin.ranks.length === 0) return level.label(undefined);
  const first = level.label(bin.ranks[0]);
  const last = level.label(bin.ranks.at(-1));
  return first === last ? first : `${first}～${last.replace(/^[^:]+:/, "")}`;
}

function splitGroup(
  draft: ClusterDraft,
  articles: Set<number>,
  levelIndex: number,
  opts: Required<ClusterOptions>,
): ClusterDraft[] {
  for (let i = levelIndex; i < LEVELS.length; i++) {
    const level = LEVELS[i] as Level;
    if (!level.applies(articles)) continue;
    if (!level.bracket && draft.cases.length < opts.splitAbove) continue;
    const bins = splitOrdinal(draft.cases, level.rank, opts.minClusterSize, !level.bracket);
    if (!bins) continue;
    return bins.flatMap((bin) => {
      const label = binLabel(level, bin);
      return splitGroup(
        {
          ...draft,
          key: `${draft.key}|${level.name}:${label}`,
          label: `${draft.label}·${label}`,
          cases: bin.cases,
        },
        articles,
        i + 1,
        opts,
      );
    });
  }
  return [draft];
}

/**
 * A criminal (or civil) legal key's cases by principal statutes: a variant of fewer than `minSize`
 * cases, or the cases citing none, join the most common variant. Keyed by the statute keys joined.
 */
function statuteVariants(group: readonly AuditCase[], minSize: number): Map<string, AuditCase[]> {
  const byStatutes = new Map<string, AuditCase[]>();
  for (const c of group) {
    const key = principalStatutes(c.statutes).join(",");
    byStatutes.set(key, [...(byStatutes.get(key) ?? []), c]);
  }
  const ranked = [...byStatutes.entries()].sort(
    (a, b) =>
      (a[0] === "" ? 1 : 0) - (b[0] === "" ? 1 : 0) || b[1].length - a[1].length || a[0].localeCompare(b[0]),
  );
  const main = ranked[0]?.[0] ?? "";
  const variants = new Map<string, AuditCase[]>();
  for (const [key, cs] of ranked) {
    const into = key === main || (key !== "" && cs.length >= minSize) ? key : main;
    variants.set(into, [...(variants.get(into) ?? []), ...cs]);
  }
  return variants;
}

/**
 * An administrative cause's cases by the substantive law applied ({@link substantiveLaws}): a case
 * applying several is counted under the one most of its cause's cases apply (a 食品安全法 penalty
 * citing 标准化法 as well is among the 食品安全法 ones), ties by name. No law joins another, however
 * few its cases: a split between two fields is no 类案不同判. The cases citing none are keyed "".
 */
export function lawVariants(group: readonly AuditCase[]): Map<string, AuditCase[]> {
  const count = new Map<string, number>();
  for (const c of group)
    for (const law of substantiveLaws(c.statutes)) count.set(law, (count.get(law) ?? 0) + 1);
  const variants = new Map<string, AuditCase[]>();
  for (const c of group) {
    const [law = ""] = substantiveLaws(c.statutes).sort(
      (a, b) => (count.get(b) ?? 0) - (count.get(a) ?? 0) || a.localeCompare(b),
    );
    variants.set(law, [...(variants.get(law) ?? []), c]);
  }
  return variants;
}

/**
 * Why an administrative cause's cluster of cases citing no substantive law is not assessed when other
 * cases of the cause apply one: the cause spans several fields of administration (行政处罚 under
 * 道路交通安全法, 税收征收管理法, 海关法…), and a case whose law is not known may be of any of them — a
 * split among such cases is no split among like cases (类案: the same act under the same law, which
 * the court decides by, 行政诉讼法 §63). Where no case of the cause applies a law, the cluster is the
 * cause itself, assessed as a cause is.
 */
export const CAUSE_ONLY_NOT_ASSESSED =
  "本组案件未援引实体法，而同一案由的其他案件适用不同的实体法，本组可能混合不同管理领域的行政行为，并非类案，故不评估其裁判离散与多数结果。";

/** Clusters the scope's cases (see the module comment for the rule); largest first. */
export function clusterCases(cases: readonly AuditCase[], options: ClusterOptions): ClusterDraft[] {
  const opts: Required<ClusterOptions> = {
    minClusterSize: options.minClusterSize,
    splitAbove: options.splitAbove ?? 4 * options.minClusterSize,
  };
  const byLegal = new Map<string, AuditCase[]>();
  for (const c of cases) {
    const key = legalKey(c).join("、");
    if (key) byLegal.set(key, [...(byLegal.get(key) ?? []), c]);
  }
  const drafts: ClusterDraft[] = [];
  for (const [legal, group] of byLegal) {
    const administrative = group.every(administrativeCase);
    const variants = administrative ? lawVariants(group) : statuteVariants(group, opts.minClusterSize);
    const causeSpansLaws = administrative && [...variants.keys()].some((law) => law !== "");
    for (const [statuteKey, cs] of variants) {
      const statutes = statuteKey ? statuteKey.split(",") : [];
      // The articles whose sentencing bands split the group (amount, drugs, harm): an added article
      // is another offence than its article (刑法#133-1 is not 刑法#133's harm-based ranges).
      const articles = new Set(offenceArticles(statutes));
      // An administrative cause's cases citing no substantive law are of no one field: said so.
      const label =
        statutes.length > 0
          ? `${legal}（${statutes.map(articleLabel).join("、")}）`
          : administrative
            ? `${legal}（未援引实体法）`
            : legal;
      const charges = legalKey(cs[0] as AuditCase);
      drafts.push(
        ...splitGroup(
          {
            key: `${legal}|${statuteKey}`,
            label,
            charges,
            statutes,
            cases: cs,
            ...(causeSpansLaws && statuteKey === "" ? { notAssessed: CAUSE_ONLY_NOT_ASSESSED } : {}),
          },
          articles,
          0,
          opts,
        ),
      );
    }
  }
  return drafts.sort((a, b) => b.cases.length - a.cases.length || a.key.localeCompare(b.key));
}
