import {
  caseNumberKey,
  distinctNumbers,
  findCaseNumbers,
  isTrialNumber,
  joinedOrRevoked,
  likelyCourtLevel,
  numbersInContext,
  PROVINCE_NAMES,
  provinceInName,
} from "../judgment/case-number.ts";
import {
  administrativeAct,
  administrativeActAt,
  beginsCause,
  causesWithoutEnding,
  findCauses,
  keywordCause,
  REVIEW_AFTER_CAUSE,
} from "../judgment/causes.ts";
import { judgmentId } from "../judgment/identity.ts";
import { type CourtInfo, courtInfo, plausiblyBelow } from "../judgment/instances.ts";
import { parseChineseDate, parseChineseInt } from "../judgment/numerals.ts";
import {
  administrativeResult,
  appealResult,
  byCrimeSentences,
  civilResult,
  claimedAmount,
  criminalSentences,
  ownChargeMentions,
  quotedRuling,
  RULING_MARKER_RE,
  rulingBelowStands,
  upheldSentences,
  weighedAgainstClaims,
} from "../judgment/outcome.ts";
import { courtLevelOf } from "../judgment/parse.ts";
import { extractParties, hasOrganisationEnding, partyKind } from "../judgment/parties.ts";
import {
  type CaseCategory,
  type CaseNumber,
  type CourtLevel,
  type DocumentType,
  emptyRecord,
  type JudgmentRecord,
  type Party,
  type PartyRole,
  type Procedure,
  type Tier,
} from "../judgment/record.ts";
import { sectionSpans, sectionTexts } from "../judgment/sections.ts";
import { asDecided, normaliseStatutes } from "../judgment/statutes.ts";
import { markdownText } from "./markdown.ts";

/**
 * Tier per SPC 《关于统一法律适用加强类案检索的指导意见（试行）》 (2020) §4:
 * - spc-guiding: 指导性案例, the first tier.
 * - spc-gazette: cases published by the SPC (最高人民法院公报) — "最高人民法院发布的典型案例", second tier.
 * - criminal-trial-reference: 刑事审判参考 is edited by the SPC's criminal divisions, so its cases are
 *   SPC-published typical cases in the sense of §4(2).
 * - spp-guiding: 检察指导性案例 bind prosecutors, not courts; they are national, officially selected
 *   cases, so they rank with typical cases rather than with the SPC's guiding cases.
 * - people-judicature: 人民司法 is the SPC's journal, but its cases are judgments of courts at every
 *   level chosen for commentary, not cases the SPC issued; they count as ordinary effective judgments.
 */
/** Tier of each collection of the authoritative-case file; a record's `source` is its collection. */
export const COLLECTION_TIERS: Readonly<Record<string, Tier>> = {
  "spc-guiding": "guiding",
  "spc-gazette": "typical",
  "criminal-trial-reference": "typical",
  "spp-guiding": "typical",
  "people-judicature": "ordinary",
};

type Field =
  | "keywords"
  | "holdings"
  | "statutes"
  | "facts"
  | "result"
  | "reasoning"
  | "numbers"
  | "issue"
  | "notes";

/** Headings as they appear across the collections (with or without 【】, ###, ** or spaced letters). */
const HEADINGS: readonly [RegExp, Field][] = [
  [/^关键词/, "keywords"],
  [/^(?:裁判要点|裁判要旨|裁判摘要|案例要旨|要旨|要点提示|内容提要|摘要)/, "holdings"],
  [/^(?:相关法条|相关规定|相关法律规定|相关立法|法律依据)/, "statutes"],
  [/^(?:基本案情|案情简介|案情摘要|案情|案件事实)/, "facts"],
  [
    /^(?:裁判结果|案件结果|审判结论|终审判决|审判情况|诉讼过程和结果|诉讼过程|审判|裁判|审理|判决|检察机关履职(?:过程|情况)|检察履职情况|指控与证明犯罪)/,
    "result",
  ],
  [/^(?:[裁栽]判理由|评析意见|法理评析|评析|分析|指导意义)/, "reasoning"],
  [/^(?:主要问题|争议|分歧|焦点)/, "issue"],
  [/^案号/, "numbers"],
  // 人民司法's endnotes (【注释】 作者单位…, then [1]… references).
  [/^(?:注释|参考文献)/, "notes"],
];

/** A heading line: markup stripped, optional numbering (一、), at most a few characters of its own. */
function headingOf(line: string): { field: Field; rest: string } | undefined {
  const bare = line
    .replace(/^[#>*\s□■]+|[*\s]+$/g, "")
    .replace(/^[（(]?[一二三四五六七八九十]+[、.．)）]\s*/, "")
    .replace(/^【([^】]{1,12})】/, "$1");
  const compact = bare.replace(/[\s\u2002\u2003*]/g, "");
  for (const [re, field] of HEADINGS) {
    const m = re.exec(compact);
    if (!m) continue;
    const rest = compact.slice(m[0].length).replace(/^[：:]/, "");
    // A heading stands alone or carries a short inline value (关键词 民事/…); a sentence that merely
    // begins with 审判 or 案情 is not one.
    if (
      rest.length === 0 ||
      field === "keywords" ||
      field === "numbers" ||
      /^[：:]/.test(bare.slice(m[0].length))
    ) {
      return { field, rest };
    }
  }
  return undefined;
}

function cleanTitle(line: string): string {
  return line
    .replace(/^[#\s*]+|[*\s]+$/g, "")
    .replace(/\*\*/g, "")
    .trim();
}

/**
 * The name a guiding case's title cuts short (…诉某某公司环境污染民事公益诉...) as the write-up restates it
 * whole under the title, above the line telling its release (（最高人民法院审判委员会讨论通过…发布）), broken
 * across lines as it may be: those lines read together, where they begin as the title's words do.
 */
function restatedName(title: string, body: readonly string[]): string | undefined {
  const cut = /^(.*?)\s*(?:\.{3,}|…+)$/.exec(title)?.[1];
  const stem = cut?.replace(/^[^：:]*[：:]\s*/, "").replace(/\s/g, "");
  const released = body.findIndex((line) => /^[（(]\s*最高人民法院审判委员会讨论通过/.test(line.trim()));
  if (!stem || stem.length < 4 || released < 0) return undefined;
  const name = body
    .slice(0, released)
    .map(cleanTitle)
    .filter((line) => line && !/^原文网址/.test(line))
    .join("")
    .replace(/\s/g, "");
  return name.startsWith(stem) ? name : undefined;
}

function authorityNumberOf(markdown: string, collection: string): string | undefined {
  const head = markdown.slice(0, 600);
  const guiding = /指导(?:性)?案例\s?第?\s?(\d+)\s?号/.exec(head);
  if (collection === "spc-guiding" && guiding) return `指导性案例${guiding[1]}号`;
  const spp = /检例第\s?(\d+)\s?号/.exec(head);
  if (collection === "spp-guiding" && spp) return `检例第${spp[1]}号`;
  const ctr = /【?第\s?(\d+)\s?号】?/.exec(head);
  if (collection === "criminal-trial-reference" && ctr) return `刑事审判参考第${ctr[1]}号`;
  // Elsewhere a guiding case's number names the case discussed (人民司法's 《…案》的理解与参照
  // on 指导性案例12号), not the write-up's own: a commentary is no guiding case.
  return undefined;
}

/** A write-up's number on a line of its own: （检例第N号）, 指导案例N号, 【第N号】. */
const OWN_NUMBER_LINE_RE =
  /^[#*\s]*[（(【[]?\s*(?:检例第\s?\d+\s?号|指导(?:性)?案例\s?第?\s?\d+\s?号|第\s?\d+\s?号)\s*[）)】\]]?[*\s]*$/;

/**
 * The write-up alone, when its file runs on into the next one (a collection's pages joined): the
 * heading that opened it (关键词, 基本案情) opening a part again after other parts begins another
 * write-up — with that one's number and name above it, when they stand there.
 */
function ownWriteUp(text: string): string {
  const lines = text.split("\n");
  const headings = lines.map((l) => (l.trim().length <= 40 ? headingOf(l)?.field : undefined));
  const first = headings.findIndex((f) => f !== undefined);
  if (first < 0) return text;
  let others = false;
  for (let i = first + 1; i < lines.length; i++) {
    const field = headings[i];
    if (field === undefined) continue;
    if (field !== headings[first]) others = true;
    else if (others) {
      const above = (at: number) => {
        let j = at - 1;
        while (j > first && !lines[j]?.trim()) j--;
        return j;
      };
      let cut = i;
      const numberAt = above(cut);
      if (OWN_NUMBER_LINE_RE.test(lines[numberAt] ?? "")) {
        cut = numberAt;
        const nameAt = above(cut);
        if (headings[nameAt] === undefined && !OWN_NUMBER_LINE_RE.test(lines[nameAt] ?? "")) cut = nameAt;
      }
      return lines.slice(0, cut).join("\n").trimEnd();
    }
  }
  return text;
}

/** Parse one authoritative case. Unknown collections get tier "ordinary" and a warning. */
export function parseAuthoritativeCase(markdown: string, collection: string): JudgmentRecord {
  const source = typeof markdown === "string" ? markdown.replace(/\r\n?/g, "\n") : "";
  const text = ownWriteUp(markdownText(source));
  const warnings: string[] = [];
  const tier = COLLECTION_TIERS[collection];
  if (!tier) warnings.push(`unknown_collection:${collection}`);
  const record = emptyRecord({
    source: collection,
    documentType: "案例" as DocumentType,
    tier: tier ?? "ordinary",
    text,
    warnings,
  });
  try {
    fill(record, text, collection, warnings);
  } catch (error) {
    warnings.push(`parser_error: ${error instanceof Error ? error.message : String(error)}`);
  }
  // A write-up without a number is known by its source's text: the Markdown, not the text read from
  // it, so that reading it better does not give it another id (reports cite write-ups by id).
  record.id = judgmentId({ ...record, text: ownWriteUp(source) });
  return record;
}

/** Footnote markers opening a line: ①…⑳, [1] (also Markdown-escaped \[1\]), ［1］. */
const FOOTNOTE_RE = /^(?:[\u2460-\u2473\u3251-\u325f]|\\?\[\d{1,3}\\?\]|［\d{1,3}］)/;
/** An author's or editor's sign-off: （作者单位：…）, （撰稿：… 审编：…）, （刘远航摘编）. */
const SIGN_OFF_RE =
  /^[（(]?\s*(?:(?:作者单位|撰稿|执笔|审编|编审人|责任编辑)\s*[：:]|[^）)：:]{2,8}摘编[）)]$)/;
/** A note of the editors: 注：…, 编者按：…, 编者注：…, 附：[1]…. */
const NOTE_RE = /^(?:注\s*[：:]|编者按|编者注|附\s*[：:]\s*(?:\\?\[\d|[\u2460-\u2473]))/;

/**
 * The lines of a write-up. 人民司法 runs paragraphs together on one line, separated by "　　", so
 * a heading (【评析】), the case-number line (□案号) or the endnotes (【注释】) may follow a
 * paragraph on the same line: each paragraph is a line of its own here.
 */
function paragraphs(text: string): string[] {
  return text
    .split("\n")
    .flatMap((line) => line.split(/(?<=\S)[ \t]*\u3000{2,}\s*|(?<=\S)\s*(?=[□■]\s*案\s*号)/));
}

/**
 * Which lines are notes rather than the write-up's own account: editors' notes (注：…, 编者按),
 * the sign-off (作者单位, 撰稿/审编) and the footnotes after it or closing the text (①…, [1]…,
 * which cite books and other cases' numbers), and a footnote that only refers elsewhere (①参见…).
 * An enumeration (①…②…) inside the body stays in the body.
 */
function noteLines(lines: readonly string[]): boolean[] {
  const bare = lines.map((l) => l.trim());
  const endish = (t: string) => t === "" || FOOTNOTE_RE.test(t) || SIGN_OFF_RE.test(t) || NOTE_RE.test(t);
  let tail = bare.length;
  while (tail > 0 && endish(bare[tail - 1] ?? "")) tail--;
  // A sign-off may also open a write-up (作者单位 under the title): only one in the second half closes it.
  let signOff = -1;
  bare.forEach((t, i) => {
    if (SIGN_OFF_RE.test(t) && i >= bare.length / 2) signOff = i;
  });
  return bare.map(
    (t, i) =>
      i >= tail ||
      NOTE_RE.test(t) ||
      (signOff >= 0 && i >= signOff && (SIGN_OFF_RE.test(t) || FOOTNOTE_RE.test(t))) ||
      (FOOTNOTE_RE.test(t) && /^参见/.test(t.replace(FOOTNOTE_RE, "").trim())),
  );
}

/**
 * The first line of a judgment reprinted in a write-up: a party (原告：刘航峰，…; 上诉人（原审被告）：…;
 * 被告人张三，男，…), the prosecutor (公诉机关江苏省…人民检察院).
 */
const REPRINT_START_RE =
  /^(?:(?:原告|被告|上诉人|被上诉人|申请人|被申请人|再审申请人|申诉人|第三人|原审[^：:，。]{0,6}|自诉人|附带民事诉讼原告人|申请执行人|被执行人)\s?(?:[（(][^）)]{0,12}[）)])?\s?[：:]|公诉机关[^，。]{2,30}检察院|(?:被告人|被告单位)[^，。：:]{1,20}[，,](?:男|女|汉族|住所地|[12]\d{3}))/;

/** A keywords line carrying its list, however long (关键词：行政/行政处罚/非法围海、填海/…). */
const KEYWORDS_LINE_RE = /^[\s#>*□■【]*关\s*键\s*词/;

/** The case-number line of 人民司法 write-ups: □案号　一审：（2019）…号　二审：（2022）…号. */
const CASE_NUMBER_LINE_RE = /^[\s#*□■]*案\s*号/;

/** What may follow the case-number line: more of it (复核：（2016）湘刑核…号, （2015）…号). */
const NUMBER_LINE_RE = /^[\u4e00-\u9fff]{0,6}\s*[：:]?\s*[（(〔[［【]?\s*[12]\d{3}/;

/**
 * Words before a number that make it a judgment other than this case's trials: additional findings
 * (另查明…) or evidence (上述事实，有…判决书…) anywhere before it in its sentence; close before it, a
 * criminal record (前科, 前罪, 刑满释放, 曾因…被判处), another case (另案), a document produced
 * (提交了…判决书), an example (参见, 例如), the judgment an enforcement makes a party perform (责令其
 * 履行（1997）…号判决书所确定的义务: its own number is the enforcement's).
 */
const REFERENCE_BEFORE_RE =
  /另查|[又再]查明|(?:上述|以上)事实[^。；]{0,10}有|证据有|(?:前科|前罪|刑满释放|曾因|曾被|因犯|另案|案外人|参见|例如|比如|提交|提供|履行)[^。；]{0,25}$/;
/** Words right after a number that make it evidence: （2002）…号刑事判决书证实…, …等证据, …公证书. */
const EVIDENCE_AFTER_RE =
  /^(?:公证书|[^。；]{0,6}卷宗|[^。；]{0,30}?(?:等证据|证据证实|证实|用以证明|借以证明))/;
/**
 * An item of a list of evidence: 2.北京市…（2006）…号民事裁定书…，借以证明…; 10.宜兴市人民法院（2002）
 * 宜刑初字第47号刑事判决书，认定… (a judgment named as a document, 判决书, is one produced).
 */
const EVIDENCE_ITEM_RE =
  /^\s*\d{1,2}\s*[.．、][^。；]*(?:证明|证实|号(?:刑事|民事|行政)?(?:判决|裁定|调解)书)/;

/** What a judgment established, after its number: …民事判决予以确认, …判决书认定：, …判决所确定的. */
const ESTABLISHED_AFTER_RE =
  /^[^。；]{0,20}?(?:判决|裁定|调解)书?[^。；]{0,12}?(?:确认|认定|确定|查明|证实)(?![^。；]{0,20}(?:错误|不当|有误|不清))/;

/**
 * Words a later court decides an earlier judgment with, close before its number, or a party appeals
 * against it (不服…（1997）…号民事判决，向本院提起上诉: the judgment below).
 */
const REVIEWED_BEFORE_RE = /(?:撤销|撤消|维持|核准|变更|改判|不核准|不服)[^。；，,]{0,80}$/;

/**
 * A paragraph opening what a party claims (…诉称, …辩称, …不服一审判决，向…提起上诉称) or what a court found
 * (…一审查明): it tells what happened before the suit, other suits among it (两原告以…为由起诉…，该案…
 * 作出…号判决).
 */
const STORY_OPENING_RE =
  /^(?:[^，,。；;：:]{0,40}(?:诉称|辩称|述称|请求称|查明)(?:如下)?(?:[：:，,]|\s*$)|(?:(?!认为)[^。；;：:]){0,80}上诉称)/;
/**
 * A paragraph in which the court of the write-up's own suit speaks again after such a story: its
 * reasoning (…法院一审认为), its ruling (…判决如下, 综上，…依照…), the appeal against it (宣判后, …不服
 * 一审判决，向…提起上诉), its issues (本案的争议焦点).
 */
const COURT_OPENING_RE =
  /^(?:[^，,。；;：:]{0,40}认为|[^，,。；;：:]{2,30}法院(?:于|以|经|作出|判决|裁定|依照|根据)|(?:综上|据此|宣判后|判决后|[一二]审(?:宣判|判决)后|依照|根据|依据)|[^。；;]{0,120}(?:判决|裁定)如下|[^，,。；;：:]{0,40}(?:不服|对)[^，,。；;：:]{0,6}(?:一审|二审|原审|原判|再审)|本案[^，,。；;：:]{0,6}争议焦点)/;
/**
 * A sentence of a story that tells this suit's own trial (在本案一审中, 本案中止审理, 诉讼中，原告…申请财产
 * 保全), not one naming only a party of this suit (本案被告…与…一案).
 */
const OWN_TRIAL_RE =
  /本案的?(?:[一二]审|再审|诉讼|审理|中止|立案)|^\s*(?:在)?(?:一审|二审|诉讼|审理)(?:中|期间|过程中)/;

/**
 * A court named by its instance or its role only, not by its place: 一审法院, 原审法院, 二审法院, 原法院,
 * 本院, 该院, 上述法院, 受诉法院, 上级法院, 法院, 人民法庭.
 */
const UNNAMED_COURT_RE =
  /^(?:[一二]审|第[一二]审|原审|再审|终审|上级|下级|两审|一、二审|原|本|该|上述|受诉)?(?:人民)?(?:法院|法庭)$|审法院$/;

/**
 * The court a paragraph opens with (甲市乙区人民法院一审查明, 丙区法院一审认为, 甲市中院二审认为), by its full
 * name where the account declares a short one; undefined for none or one named by its role only (一审法院,
 * 原审法院, 本院, 该院, 法院).
 */
function openingCourt(
  opening: string,
  aliases: ReadonlyMap<string, string>,
  intermediates: readonly string[],
  text: string,
): string | undefined {
  const named = /^([^，,。；;：:\s“”"《》]{2,30}?(?:法院|中院|高院))/.exec(opening)?.[1];
  if (!named || UNNAMED_COURT_RE.test(named)) return undefined;
  return withoutProvince(fullCourtName(named, aliases, intermediates, text));
}

const LEVEL_RANK: Partial<Record<CourtLevel, number>> = { 基层: 1, 中级: 2, 高级: 3, 最高: 4 };

/**
 * Whether a court speaking in a court's findings is another suit's: named otherwise than the court
 * finding (某省甲市中级人民法院 and 甲市中级人民法院 are one) and of no higher level, so no court this
 * suit was appealed to (甲市中级人民法院经审理认为 after 甲市乙区人民法院经审理查明 is its appeal).
 */
function anotherCourt(court: string, finder: string): boolean {
  if (court === finder || court.endsWith(finder) || finder.endsWith(court)) return false;
  const [speaking, finding] = [court, finder].map((c) => LEVEL_RANK[courtLevelOf(c) ?? "专门"]);
  return speaking !== undefined && finding !== undefined && speaking <= finding;
}

/**
 * A paragraph that tells the defendant's earlier crime and its trials (（一）前罪事实, （前罪事实）…), and one
 * that turns to the crime of this case (（二）本罪事实): a conviction before is another case (刑法 §65, §71
 * tell them apart as 前罪 and 后罪), its numbers none of this case's trials, whichever court tried both.
 */
const EARLIER_CRIME_OPENING_RE =
  /^(?:[（(]?[一二三四五六七八九十\d]{0,2}[)）、.．]?\s*|[（(])前罪(?:的)?(?:犯罪)?事实/;
const THIS_CRIME_OPENING_RE =
  /^(?:[（(]?[一二三四五六七八九十\d]{0,2}[)）、.．]?\s*|[（(])本(?:罪|案)(?:的)?(?:犯罪)?事实[)）]?/;

/**
 * Each case number of a text with whether its sentence only refers to it, or reviews it, and whether
 * it stands in a story of the facts (a party's claim, a court's findings) — there a number is another
 * suit's, the own suit's only in a sentence that says so (在本案一审中…). Every number of a paragraph
 * of additional findings (另查明：…, 再查明：…) is referred to. A court's findings go on through what
 * another court they tell of reasoned and ruled (甲区人民法院一审查明：… 乙区法院一审认为，…据此，作出…号
 * 判决, FYGB0115): only the court that found them, or one named by its role (一审法院认为), speaks for
 * this suit again. An account of the earlier crime (前罪事实) is a story to its end.
 */
function toldNumbers(
  text: string,
): { number: CaseNumber; referenced: boolean; reviewed: boolean; story: boolean; remanded: boolean }[] {
  const aliases = courtAliases(text);
  const intermediates = intermediateCourts(text);
  const courtOf = (opening: string) => openingCourt(opening, aliases, intermediates, text);
  let story = false;
  // The court whose findings opened the story, when it is named.
  let finder: string | undefined;
  let earlierCrime = false;
  let at = 0;
  return text.split(/(?<=\n)/).flatMap((paragraph) => {
    const opening = paragraph.trim();
    if (EARLIER_CRIME_OPENING_RE.test(opening)) earlierCrime = true;
    else if (THIS_CRIME_OPENING_RE.test(opening)) earlierCrime = false;
    if (STORY_OPENING_RE.test(opening)) {
      // A party's claim ends at any court's words.
      finder = /查明/.test(opening) ? courtOf(opening) : undefined;
      story = true;
    } else if (COURT_OPENING_RE.test(opening)) {
      const court = courtOf(opening);
      if (!finder || !court || !anotherCourt(court, finder)) story = false;
    }
    const additional = /^\s*(?:另|又|再)查明/.test(paragraph);
    const inStory = story || earlierCrime;
    return paragraph.split(/(?<=[。；;])/).flatMap((sentence) => {
      at += sentence.length;
      return toldIn(sentence, additional).map(({ remands, ...m }) => ({
        ...m,
        story: earlierCrime || (inStory && !OWN_TRIAL_RE.test(sentence)),
        // Scanned only for a remand: the rest of the text, for every sentence, was quadratic.
        remanded: remands && LATER_TRIAL_RE.test(text.slice(at)),
      }));
    });
  });
}

/**
 * A case tried again after it was sent back, as an account tells it: the retrial (重审中, 重审后) or a
 * ruling after the remand (…判决如下, …于…作出判决：).
 */
const LATER_TRIAL_RE = /重审|重新审理|(?:判决|裁定)(?:如下)?\s?[：:]|作出[^。；]{0,60}?判决/;
/**
 * A ruling sending the case back (…号民事裁定，撤销原判并发回重审; …裁定，指令…法院继续审理): a remand
 * (民事诉讼法 2023 §177 ¶1 (3)–(4), 刑事诉讼法 2018 §236 ¶1 (3), 行政诉讼法 2017 §89 ¶1 (3)–(4)) or an
 * order to hear a suit refused (行诉法解释 2018 §109 ¶1).
 */
const REMANDS_AFTER_RE =
  /^[^。；]{0,40}?(?:发回[^。；]{0,20}?重(?:新)?审|(?:指令|由)[^。；]{0,30}?(?:继续审理|立案受理|重新审理))/;

/** The numbers of a sentence, each told as an instance or referred to (in additional findings, too). */
function toldIn(
  sentence: string,
  additional: boolean,
): { number: CaseNumber; referenced: boolean; reviewed: boolean; remands: boolean }[] {
  return numbersInContext(sentence).map(({ number, before, after }) => {
    // Additional findings that tell this case's own trial (另查明：在本案一审中，某法院以（1999）…号民事
    // 裁定书冻结…) refer to no other matter.
    const findings = /本案[^。；，,]{0,4}[一二]审(?:中|期间)/.test(before)
      ? before.replace(/^\s*(?:另|又|再)查明[：:，,]?/, "")
      : before;
    // An earlier conviction joined or revoked (src/judgment/case-number.ts joinedOrRevoked).
    const combined = joinedOrRevoked(before, after);
    // A court acting on the earlier crime (针对前罪作出…决定书，…作出…号判决书): its rulings are another
    // case's, however far into the sentence (EARLIER_CRIME_OPENING_RE).
    const earlierCrime = /(?:针对|对于?|就)前罪/.test(before);
    // A judgment in force told for a fact it established (…已经由…号生效民事判决予以确认, 经已生效的…号
    // 判决书认定): another suit's, whose findings this one takes without proof (民诉法解释 2022 §93 ¶1
    // (5)) — not one this suit reviews (不服…号生效判决, …认定错误).
    const established =
      (/生效[^。；，,]{0,8}$/.test(before) || /^[^。；，,]{0,4}生效/.test(after)) &&
      ESTABLISHED_AFTER_RE.test(after) &&
      !REVIEWED_BEFORE_RE.test(before);
    return {
      number,
      // 撤销/维持/核准/变更…（2009）…号判决: a later court's decision on this judgment, so an earlier
      // instance, never the write-up's own (指导案例107: the SPC quashed 江苏高院's first instance).
      reviewed: REVIEWED_BEFORE_RE.test(before),
      remands: REMANDS_AFTER_RE.test(after),
      referenced:
        (additional && findings === before) ||
        combined ||
        earlierCrime ||
        established ||
        REFERENCE_BEFORE_RE.test(findings) ||
        // A judgment told for what it found (某中级人民法院在（2005）…号民事判决中，认定…): another suit's.
        (/在[^。；，,]{0,30}$/.test(before) && /^[^。；，,]{0,6}(?:判决|裁定|调解)书?中/.test(after)) ||
        EVIDENCE_AFTER_RE.test(after) ||
        EVIDENCE_ITEM_RE.test(sentence),
    };
  });
}

/** Instances in the order they review one another; a death sentence's 复核 follows its appeal. */
const INSTANCE_RANK: Partial<Record<Procedure, number>> = {
  一审: 1,
  二审: 2,
  申请再审: 3,
  审判监督: 3,
  复核: 3,
  再审: 4,
};

function instanceRank(c: CaseNumber): number {
  return c.procedure === "复核" && c.category !== "刑事" ? 0 : (INSTANCE_RANK[c.procedure ?? "其他"] ?? 0);
}

/**
 * The last number told, unless it is a trial's and an earlier-told number is a later instance of the
 * same kind of case (a higher one, or the same one in a later year): after 最高人民法院…作出（2019）
 * 最高法民再97号民事判决：…维持（2013）洪民一初字第8号民事判决, the write-up is the retrial's.
 */
function latestInstance(told: { number: CaseNumber }[]): CaseNumber | undefined {
  let own = told.at(-1)?.number;
  if (!own || !isTrialNumber(own)) return own;
  for (const { number } of told) {
    const later =
      isTrialNumber(number) &&
      number.category === own.category &&
      ((instanceRank(number) > instanceRank(own) && (number.year ?? 0) >= (own.year ?? 0)) ||
        (instanceRank(number) === instanceRank(own) && (number.year ?? 0) > (own.year ?? 0)));
    if (later) own = number;
  }
  return own;
}

/**
 * A court as the subject of its decision in a write-up's account (浙江省江山市人民法院认为…, …人民法院经审理
 * 认为, 最高人民法院复核认为, …人民法院于2000年9月19日裁定如下, …法院2017年10月31日作出): from a clause's
 * start to 法院, or to a short form (辽宁高院, 苏州中院, 最高人民法院第二巡回法庭: fullCourtName), followed
 * by what a court does; its compensation committee (…高级人民法院赔偿委员会经审理). Not a court appealed to
 * (向…高级人民法院提出上诉) nor one a rule is quoted from.
 */
const SUBJECT_COURT_RE =
  /(?:^|[，,。；;：:\s])([^，,。；;：:\s“”"《》]{2,24}?法院(?:赔偿委员会)?|[^，,。；;：:\s“”"《》]{1,24}?(?:高院|中院|巡回法庭)(?:赔偿委员会)?)(?=经|审理|认为|于\d|于[〇一二]|[12]\d{3}年\d{1,2}月\d{1,2}日作出|以|依法|依照|依据|根据|判|裁|作出|一审|二审|再审|复核|审查|重审|受理|提审|在二审|在审理)/g;
/**
 * A court's full name: a place (province, city, prefecture, county, district, banner; a municipality's
 * 第一中级), then its level, or 最高人民法院; a specialised court by its kind. Not 二审法院, not a clause
 * that only ends with a court (依法裁定核准…, 根据最高人民法院…).
 */
const COURT_NAME_RE =
  /^(?:最高(?:人民)?法院|(?:[\u4e00-\u9fa5]{1,12}?(?:省|自治区|市|州|盟|地区|县|区|旗))+(?:第[一二三四五六七八九十]+)?(?:高级|中级)?(?:人民)?法院|[\u4e00-\u9fa5]{2,12}(?:铁路运输|海事|知识产权|互联网|金融)(?:中级)?法院)$/;
const NOT_A_NAME_RE =
  /根据|依照|依法|按照|核准|裁定|判决|被|向|或者|要么|虽然|之后|由|经|报请|违反|对|撤销|请求|抗诉|提出|检察院|政府|局|复议|在|认为|某|指令|指定|^(?:该|本|原|上述|其|此)|法院./;
/** A court's short name the account declares: 江苏省苏州市中级人民法院（以下简称苏州中院）. */
const COURT_ALIAS_RE =
  /([^，,。；;：:\s“”"《》、（(）)]{2,40}?法院)\s?[（(](?:以下)?(?:简称|下称|称)[：:]?\s?[“"]?([^（()）“”"，,。\s]{2,12}?)[”"]?[）)]/g;

/**
 * The short names an account gives courts, to their full names: the full name is the longest end of
 * what precedes the bracket that is a court's name beginning with its province or city (…为由向张掖市
 * 中级人民法院 → 张掖市中级人民法院) or 最高人民法院; none where no such name precedes it.
 */
function courtAliases(account: string): Map<string, string> {
  const aliases = new Map<string, string>();
  for (const m of account.matchAll(COURT_ALIAS_RE)) {
    const name = courtNameEnding(m[1] ?? "");
    if (name && m[2] && m[2] !== name) aliases.set(m[2], name);
  }
  return aliases;
}

/** The longest end of a run of words that is a court's name beginning with its province or city, or 最高. */
function courtNameEnding(run: string): string | undefined {
  for (let i = 0; i + 4 <= run.length; i++) {
    const name = run.slice(i);
    if (!COURT_NAME_RE.test(name) || NOT_A_NAME_RE.test(name)) continue;
    if (name.startsWith("最高") || provinceInName(name)) return name;
  }
  return undefined;
}

/** The intermediate courts a text names in full (…向浙江省绍兴市中级人民法院提起公诉, 天津市第二中级人民法院). */
function intermediateCourts(text: string): string[] {
  const names = [...text.matchAll(/[\u4e00-\u9fa5]{2,30}?中级人民法院/g)].map(([run]) =>
    courtNameEnding(run),
  );
  return [...new Set(names.filter((n): n is string => n !== undefined))];
}

/** A court's name without the province it begins with (浙江省绍兴市中级人民法院 → 绍兴市中级人民法院). */
function withoutProvince(name: string): string {
  const province = PROVINCE_NAMES.find((p) => name.startsWith(p));
  return province ? name.slice(province.length) : name;
}

/**
 * A court's official name where the account shortens it: a name it declares (aliases); 最高法院, 最高院
 * and a circuit court of the SPC (最高人民法院第二巡回法庭: its judgments are the SPC's, 最高人民法院关于
 * 巡回法庭审理案件若干问题的规定 (法释〔2015〕3号) §2) are 最高人民法院; a province's high court (辽宁高院,
 * 广西高院, 北京高院) is named from the province's full name; …高级法院 is …高级人民法院. A 中院 the account
 * does not declare is the one court of its place (and ordinal: 天津二中院, 天津市第二中级人民法院) the
 * write-up names in full (intermediates), else it stays short (大理中院 is 大理白族自治州中级人民法院, and
 * 大理市 has a basic court): no name. A basic court by its place alone (江阴法院) is the one court of the
 * place the text names in full (江阴市人民法院), else it stays short.
 * A court's 赔偿委员会 decides state compensation as that court (国家赔偿法 §29: 中级以上的人民法院设立赔偿委员会).
 */
function fullCourtName(
  named: string,
  aliases: ReadonlyMap<string, string>,
  intermediates: readonly string[] = [],
  text = "",
): string {
  const name = named.replace(/赔偿委员会$/, "");
  const declared = aliases.get(name);
  if (declared) return declared;
  if (/^最高(?:人民)?法?院$|^最高人民法院第[一二三四五六七八九十]+巡回法庭$/.test(name))
    return "最高人民法院";
  const high = /^(.+?)高院$/.exec(name)?.[1];
  if (high) {
    const province = PROVINCE_NAMES.find(
      (p) => high === p || high === p.replace(/省|市|自治区|回族|维吾尔|壮族/g, ""),
    );
    return province ? `${province}高级人民法院` : name;
  }
  const short = /^([\u4e00-\u9fa5]{2,}?)市?(?:第?([一二三四五六七八九十]+))?中院$/.exec(name);
  if (short) {
    const [, place, ordinal] = short;
    const full = new RegExp(
      `^${place}(?:市|地区|盟|[\\u4e00-\\u9fa5]{0,8}自治州)?${ordinal ? `第${ordinal}` : ""}中级人民法院$`,
    );
    const found = intermediates.filter((n) => full.test(n) || full.test(withoutProvince(n)));
    const courts = new Set(found.map(withoutProvince));
    return courts.size === 1 ? (found.sort((a, b) => a.length - b.length)[0] ?? name) : name;
  }
  const place = /^([\u4e00-\u9fa5]{2,4}?)法院$/.exec(name)?.[1];
  if (place && !/[省市县区旗州]$|人民|中级|高级/.test(place)) {
    // A place of four may be a city's and its district's (北京海淀法院: 北京市海淀区人民法院).
    const placed = `${place.length === 4 ? `${place.slice(0, 2)}[省市]?${place.slice(2)}` : place}(?:市|县|区|旗|自治县)人民法院`;
    const runs = text.match(new RegExp(`[\\u4e00-\\u9fa5]{0,12}${placed}`, "g")) ?? [];
    const ending = new RegExp(`${placed}$`);
    const basic = new Set(runs.map((run) => ending.exec(run)?.[0] ?? run));
    // Named with its province (浙江省某市人民法院) where the text gives it.
    const full = runs.flatMap((run) => courtNameEnding(run) ?? []).sort((a, b) => a.length - b.length)[0];
    if (basic.size === 1) return full ?? [...basic][0] ?? name;
  }
  return name.replace(/高级法院$/, "高级人民法院");
}

/** A date's year, month and day in Arabic or Chinese numerals. */
const YEAR_PART = "(?:[12]\\d{3}|[〇零一二][〇零一二三四五六七八九]{3})";
const MONTH_PART = "(?:[01]?\\d|十[一二]?|[一二三四五六七八九])";
const DAY_PART = "(?:[0-3]?\\d|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])";
/** A date written in Arabic or Chinese numerals: 2009年4月30日, 二〇一三年一月二十一日. */
const DATE = `${YEAR_PART}年${MONTH_PART}月${DAY_PART}日`;

/**
 * A date or part of one an account names (2019年12月23日, 2019年12月, 12月23日), or one it tells against
 * the last named (同日, 同月30日, 同年5月5日).
 */
const DATE_PARTS_RE = new RegExp(
  `(${YEAR_PART})年(?:(${MONTH_PART})月(?:(${DAY_PART})日)?)?|(?<![\\d〇零一二三四五六七八九十])(${MONTH_PART})月(${DAY_PART})日|(?<![不相共])同日(?!而语|期)|同月(${DAY_PART})日|同年(${MONTH_PART})月(${DAY_PART})日`,
  "g",
);

/** What an account dates: an act of the courts, the parties or the prosecutors; a numbered ruling (以（2016）…号). */
const DATED_ACT_RE =
  /^(?:[^。；;，,]{0,12}?(?:判决|裁定|作出|宣判|核准|决定|提起|提出|受理|立案|起诉|上诉|抗诉|申请|开庭|审理)|以?[（(][^。；;，,]{0,24}?号)/;

/**
 * An account with its relative dates written out against the last date it names that opens a clause or
 * dates an act (not a date the ruling names: 确认被告于2015年5月18日对第三人…的行为违法。同日，…作出):
 * …检察院于2019年12月23日决定撤回起诉，某法院于同月30日裁定 — the ruling of 2019-12-30.
 */
function absoluteDates(account: string): string {
  let year: number | undefined;
  let month: number | undefined;
  let day: number | undefined;
  const num = (s: string | undefined) => (s === undefined ? undefined : parseChineseInt(s));
  return account.replace(DATE_PARTS_RE, (whole, y, m, d, m2, d2, d3, m4, d4, at: number) => {
    const named =
      /(?:^|[。；;，,：:\n])\s*$/.test(account.slice(Math.max(0, at - 4), at)) ||
      DATED_ACT_RE.test(account.slice(at + whole.length));
    if (y !== undefined) {
      if (named) [year, month, day] = [num(y), num(m), num(d)];
    } else if (m2 !== undefined) {
      if (named) [month, day] = [num(m2), num(d2)];
    } else if (year === undefined || month === undefined) return whole;
    else if (whole === "同日") return day === undefined ? whole : `${year}年${month}月${day}日`;
    else {
      if (m4 !== undefined) month = num(m4);
      day = num(d3 ?? d4);
      return `${year}年${month}月${d3 ?? d4}日`;
    }
    return whole;
  });
}
/**
 * A date a ruling is given on: …于2012年3月8日判决, 以（2012）…号判决, 于1995年6月2日，依照…的规定，判决：
 * — not the start of a period (自2004年2月1日起至判决生效之日止的利息), nor the date of an act the ruling
 * names (撤销被告…于2016年9月1日作出的…《不动产权证书》).
 */
const decisionDateRe = (verbs: string) =>
  new RegExp(
    `${DATE}(?![起至])(?=[^。；，,]{0,12}(?:${verbs})|以?[（(][^。；，,]{0,24}?号[^。；，,]{0,8}?(?:判决|裁定)|[，,]\\s?(?:依照|根据|依据)[^。；]{0,200}?[，,]\\s?(?:判决|裁定)(?:如下)?[：:])`,
    "g",
  );
const DECISION_DATE_RE = decisionDateRe("判决|裁定|作出(?!的)|宣判|核准");
/**
 * A compensation committee's also: …于2012年3月5日决定： (a court deciding a trial's side matter so, a
 * sanction's 复议, decides no case: FYGB0453).
 */
const COMPENSATION_DATE_RE = decisionDateRe("判决|裁定|作出(?!的)|宣判|核准|决定(?:如下)?[：:]");

/** A date ending just before a court's name: 2020年10月30日，四川省高级人民法院… */
const DATE_BEFORE_COURT_RE = new RegExp(`(${DATE})[，,]?$`);

/** A court asked for guidance: 向甲市中级人民法院请示, 乙市中级人民法院请示某省高级人民法院. */
const ASKED_COURT_RE =
  /向([^，,。；;：:\s向]{2,30}?(?:法院|中院|高院))(?:进行|提出|作出)?请示|请示([^，,。；;：:\s的]{2,30}?(?:法院|中院|高院))/g;

/**
 * The court that decided the write-up's case, as its account tells (the last court deciding, an
 * appeal after the first instance), with the date of that decision when the account gives it. When
 * the case's own number is known: the court whose clause states that number (…中级人民法院于…作出
 * （2015）甘民初字第7号民事判决); else only a court of that number's level and province, the account
 * also telling of earlier instances and the write-up being the numbered judgment's.
 */
export function decidingCourt(
  written: string,
  own: Pick<CaseNumber, "raw" | "year" | "courtLevel" | "province" | "courtCode" | "legacy"> | undefined,
  ownStated = true,
  text = written,
): { court: string; date?: string } | undefined {
  const account = absoluteDates(written);
  // The level of a number the account does not state may be another suit's (FYGB0138: the 辽宁 court's
  // ruling its findings tell, the case decided in 上海), but for the SPC's: a reprint bearing one is its own.
  const guessed = own && likelyCourtLevel(own);
  const level = ownStated || guessed === "最高" ? guessed : undefined;
  const aliases = courtAliases(account);
  const intermediates = intermediateCourts(text);
  const courtsNamed = [...account.matchAll(SUBJECT_COURT_RE)]
    .map((m) => ({
      name: fullCourtName(m[1] ?? "", aliases, intermediates, text),
      committee: (m[1] ?? "").endsWith("赔偿委员会"),
      start: m.index + m[0].length - (m[1] ?? "").length,
      end: m.index + m[0].length,
    }))
    .filter(({ name }) => COURT_NAME_RE.test(name) && !NOT_A_NAME_RE.test(name));
  // A court the account only says accepted a case (某中院于2019年5月6日立案受理: another suit the
  // account goes on to tell of) decides nothing told, when another court does.
  const accepting = ({ end }: { end: number }) =>
    /^(?:于[^，,。；;]{0,16})?(?:立案)?受理[^，,。；;]*(?:[。；;]|$)/.test(account.slice(end));
  // Nor one a court asked for guidance (甲县法院就…向甲市中级人民法院请示。甲市中院经审查认为…遂作出批复):
  // its reply answers a question of law, the court asking decides the case — unless the case is the
  // request, the own number the asked court's ((2017)最高法赔他7号 of a write-up on the reply).
  const asked = new Set(
    [...account.matchAll(ASKED_COURT_RE)].map((m) =>
      fullCourtName(m[1] ?? m[2] ?? "", aliases, intermediates, text),
    ),
  );
  const passedOver = (c: { name: string; end: number }) =>
    accepting(c) || (asked.has(c.name) && courtLevelOf(c.name) !== level);
  const named = courtsNamed.some((c) => !passedOver(c))
    ? courtsNamed.filter((c) => !passedOver(c))
    : courtsNamed;
  // A pre-2016 short code's level is a guess (甘 of 甘孜藏族自治州, 津法 of 重庆市江津区): the clause
  // giving the number first, up to the next court named, names its court — not one upholding or quashing
  // it, nor one whose own decision it names (…作出（2011）…执字第88号执行裁定，终结（2010）…号判决).
  const ownKey = own && ownStated ? caseNumberKey(own.raw) : undefined;
  const stating = named.filter(({ end }, i) => {
    const clause = account.slice(end, named[i + 1]?.start).split(/[。；;]/, 1)[0] ?? "";
    const [first] = findCaseNumbers(clause);
    return (
      first !== undefined &&
      caseNumberKey(first.raw) === ownKey &&
      !REVIEWED_BEFORE_RE.test(clause.slice(0, clause.indexOf(first.raw)))
    );
  });
  const courts = named.filter(({ name }) => {
    if (!level) return true;
    const province = provinceInName(name);
    return courtLevelOf(name) === level && (!province || !own?.province || province === own.province);
  });
  const last = stating.at(-1) ?? courts.at(-1);
  if (!last) return undefined;
  // The date of this court's decision: in what the account tells after naming it, before another
  // court is named (最高人民法院对此案进行了复核，并于…裁定) — not a statute's title (《最高人民法院关于
  // …》) nor a court's earlier act named as a thing (信阳市人民法院认定的…, …法院作出的…判决).
  const from = last.end;
  const untitled = account.replace(/《[^》]*》/g, (t) => "＿".repeat(t.length));
  let next = untitled.indexOf("法院", from);
  while (next >= 0 && /^法院(?:认定|作出|判处|判决|裁定)?的/.test(untitled.slice(next, next + 6)))
    next = untitled.indexOf("法院", next + 2);
  let date: string | undefined;
  const told = account.slice(from, next < 0 ? account.length : next);
  for (const m of told.matchAll(last.committee ? COMPENSATION_DATE_RE : DECISION_DATE_RE))
    date = parseChineseDate(m[0]) ?? date;
  // Or told first: 2020年10月30日，四川省高级人民法院作出…判决 (SPP guiding cases, gazette and
  // 人民司法 accounts write their procedural history so) — the court's own clause deciding.
  const clauseOf = (c: { end: number }) => account.slice(c.end).split(/[。；;]/, 1)[0] ?? "";
  const toldFirst = (c: { start: number; end: number }) => {
    const before = DATE_BEFORE_COURT_RE.exec(account.slice(Math.max(0, c.start - 18), c.start));
    return before && /判决|判处|裁定|作出|做出|宣判|核准/.test(clauseOf(c))
      ? parseChineseDate(before[1] ?? "")
      : undefined;
  };
  date ??= toldFirst(last);
  // Named again without a date (2020年5月25日，某中院作出裁定，认为：…。某中院认为：…。某中院遂裁定驳回
  // 抗诉), the court decided on the date its clause just before tells, no other court named between —
  // when that date is not older than the case's number and the clause states no other number: a court
  // ruling twice (a remand, then the appeal after it) dates each ruling in its own clause.
  let dated: (typeof named)[number] | undefined;
  for (let i = named.indexOf(last) - 1; !dated && i >= 0 && named[i]?.name === last.name; i--)
    if (toldFirst(named[i] ?? last)) dated = named[i];
  const again = dated && toldFirst(dated);
  if (
    !date &&
    dated &&
    again &&
    ownKey &&
    Number(again.slice(0, 4)) >= (own?.year ?? 9999) &&
    findCaseNumbers(clauseOf(dated)).every((n) => caseNumberKey(n.raw) === ownKey)
  )
    date = again;
  return { court: last.name, ...(date ? { date } : {}) };
}

/**
 * A judgment's header: its court on a line of its own, then the document (刑事判决书, 民事裁定书), then
 * (perhaps) its number on a line of its own.
 */
const HEADER_COURT_RE =
  /^\s*(?:中华人民共和国)?([\u4e00-\u9fa5]{2,30}?法院)\s*\n\s*(?:民事|刑事|行政|国家赔偿)?(?:判决书|裁定书|决定书|调解书)[ \t]*(?:\n\s*([^\n]{4,40}?号)[ \t]*)?$/m;

/**
 * The court of a judgment reprinted under its own header (中华人民共和国最高人民法院 / 刑事判决书 /
 * （2002）刑复字第9号), with the date it is signed (its footer: …审判员… 二〇〇二年三月十一日 书记员…)
 * and the number its header gives: the SPC's own reprints name their court nowhere else, and tell the
 * lower courts it reviews.
 */
export function headerCourt(
  reprint: string,
  footer: string | undefined,
): { court: string; date?: string; number?: CaseNumber } | undefined {
  const header = HEADER_COURT_RE.exec(reprint);
  const court = header?.[1];
  if (!court || !COURT_NAME_RE.test(court) || NOT_A_NAME_RE.test(court)) return undefined;
  const date = footer ? parseChineseDate(footer) : undefined;
  const [number] = findCaseNumbers(header?.[2] ?? "");
  return { court, ...(date ? { date } : {}), ...(number ? { number } : {}) };
}

/** The sentence opening a reprinted ruling: …于2019年10月8日判决如下： (a date, then the ruling). */
const RULING_DATE_RE = new RegExp(
  `于\\s?(${DATE})\\s?(?:作出)?(?:民事|行政)?(?:判决|裁定)(?:如下)?\\s?[：:]`,
  "g",
);
const RULING_COURT_RE = /([^，,。；;：:\s“”"《》]{2,24}?法院)(?=遂?(?:依照|依据|根据|经|审理|认为|于))/g;

/**
 * The court and date of a reprinted judgment's last ruling, from the sentence opening its disposition
 * (江苏省南京市江宁区人民法院依照《…》第三十九条第二项规定，于2019年10月8日判决：): the last such date
 * before the disposition, and the first court's full name (COURT_NAME_RE) in that sentence; a sentence
 * naming none (二审法院依法予以纠正。依照…，于2015年8月4日作出判决：) concludes the reasoning of the
 * court that reasons last since the ruling before (…高级人民法院二审认为：…).
 */
export function reprintRulingCourt(
  reprint: string,
  disposition: string,
): { court?: string; date?: string } | undefined {
  const at = reprint.lastIndexOf(disposition.slice(0, 30));
  const before = (at >= 0 ? reprint.slice(0, at) : reprint).replace(
    /[ \u3000]+(?=[\d年月日])|(?<=[\d年月])[ \u3000]+/g,
    "",
  );
  const m = [...before.matchAll(RULING_DATE_RE)].at(-1);
  // A later instance told between it and the disposition (第一审宣判后…提出上诉。…判决：驳回上诉): the
  // ruling dated is an earlier one, not the disposition's — unless that instance ends with the appeal
  // withdrawn and nothing else ruled (准许…撤回上诉, not …；驳回乙的上诉), which leaves the ruling appealed
  // in force (民事诉讼法 2021 §180: FYGB0270).
  if (!m) return undefined;
  const later = LATER_INSTANCE_RE.exec(before.slice(m.index));
  const appeal = later ? before.slice(m.index + later.index) + disposition : "";
  if (later && (appealResult(appeal) !== "withdrawn" || /驳回|维持/.test(appeal))) return undefined;
  const date = parseChineseDate(m[1] ?? "");
  const start = Math.max(before.lastIndexOf("。", m.index), before.lastIndexOf("\n", m.index)) + 1;
  // Not NOT_A_NAME_RE: its 经 (经审理) is in 江宁经济技术开发区人民法院.
  const named = (name: string) =>
    COURT_NAME_RE.test(name) && !/^(?:该|本|原|上述|其|此)|某|根据|依照|依法/.test(name);
  const previous = [...before.slice(0, m.index).matchAll(RULING_DATE_RE)].at(-1);
  const since = previous ? previous.index + previous[0].length : 0;
  const court =
    [...before.slice(start, m.index).matchAll(RULING_COURT_RE)].map((c) => c[1] ?? "").find(named) ??
    [...before.slice(since, start).matchAll(THIRD_PERSON_REASONING_RE)]
      .map((c) => /^[^\n。，,：:]*?法院/.exec(c[0])?.[0].trim() ?? "")
      .filter(named)
      .at(-1);
  return date || court ? { ...(court ? { court } : {}), ...(date ? { date } : {}) } : undefined;
}

/** A sentence telling the views argued on a question: 对此有两种意见, 第一种意见认为, 存在较大争议. */
const VIEWS_RE = /意见|观点|争议|分歧|不同看法/;

/**
 * The questions of 刑事审判参考's 主要问题, without the views argued on them (第一种意见认为…): what a
 * card or a report shows in place of key holdings must not be a view the court rejected.
 */
function questionsOf(issue: string | undefined): string | undefined {
  if (!issue) return undefined;
  // The next heading run on into the question, as extraction left it (…转化为抢劫罪三、裁判理由…,
  // OCR's 三、栽判理由): the question ends there.
  const cut = /[一二三四五六七八九十]、\s*(?:[裁栽]判理由|裁判要旨|评析)/.exec(issue);
  const sentences = (cut ? issue.slice(0, cut.index) : issue).match(/[^。？?\n]+[。？?]?/g) ?? [];
  const kept: string[] = [];
  for (const sentence of sentences) {
    if (VIEWS_RE.test(sentence)) break;
    kept.push(sentence.trim());
  }
  return (kept.length > 0 ? kept : sentences.slice(0, 1)).join("").trim() || undefined;
}

/** Words no party's name holds: the claims and defence a reprint's parties section runs on into. */
const NOT_A_PARTY_RE = /诉称|辩称|答辩|称$|要求|签订|为了|为与|作为|系法人|以后|以前|^[原被]告$/;

/** A party's role word opening a line of a reprint's parties paragraph, with a second role and a note. */
const PARTY_LINE_RE =
  /^(?:原审|一审|二审|再审)?(?:刑事)?(?:附带民事(?:公益)?诉讼)?(?:原告人?|被告单位|被告人?|被上诉人|上诉人|被申请人|再审申请人|申请再审人|申请执行人|复议申请人|申请人|被申诉人|申诉人|第三人|自诉人|(?:公益诉讼)?起诉人|支持起诉(?:机关|人)|被执行人|原公诉机关|公诉机关|抗诉机关|罪犯|被害人|异议人|赔偿请求人|赔偿义务机关|复议机关|对方当事人|被罚款人|管理人|投资人|经营者)(?:[、暨及兼](?:原审)?(?:刑事)?(?:附带民事(?:公益)?诉讼)?(?:反诉)?(?:原告人?|被告单位|被告人?|起诉人|被上诉人|上诉人|申诉人|被害人|第三人))?\s?(?:[（(][^）)]{0,40}[）)])?/;
/**
 * A line of the parties paragraph naming no party: a representative, counsel or guardian (法定代表人：…,
 * 二被告委托代理人：…, 辩护人王大海、刘小江，…, 合适成年人：…), an address on its own line (住所地：…, 地址：…),
 * what the parties above it share (上列被告人均于…被逮捕).
 */
const PARTY_DETAIL_LINE_RE =
  /^(?:[^：:∶；;，,。\s]{0,10}?(?:代理人|代表人?|辩护人|负责人|合适成年人|监护人)|(?:住所地|住所|住址|地址)\s?[：:∶]|(?:上列|以上)[^，,。]{0,6}(?:人|被告|原告)|\p{Script=Han}{2,4}[，,][^，,。]{0,30}(?:律师|经理|职员|职工|员工|主任|干部|工作人员)。?$)/u;
/**
 * A first line of a parties paragraph: a role and a colon (原告（反诉被告）：…), or a name (with its
 * foreign name) described (被告人张三（ZHANG SAN），男，…; 原告李四，女，…), or a procuratorate.
 */
const FIRST_PARTY_LINE_RE =
  /^\s?(?:[：:∶；;]|[，,](?=\p{Script=Han}{2,4}[，,])|(?:[^，,。；;：:\s（(]|[（(][^）)]{0,60}[）)]){1,40}(?:[，,]\s?(?:男|女|曾用名|原名|又名|别名|绰号|化名|住|汉族|[12]\d{3}|\d{1,3}岁)|检察院[。，,]))/u;
/**
 * What a line opened by a role word tells instead of naming a party: the suit's history (原告甲因与被告
 * 乙发生…纠纷，向…提起诉讼; 原告甲诉被告乙…一案; 原告甲与被告乙…纠纷), a party's claims, defence or views
 * (原告诉称, 被告甲公司认为), the indictment (公诉机关…以…起诉书指控), an appeal (被告人甲以…为由提出上诉).
 */
const SUIT_TOLD_RE = /因与|为与|与被|诉被告|诉称|辩称|认为|一案|纠纷|提起|提出|为由|起诉书|指控|不服|诉至/;

/**
 * The parties paragraph of a reprint's parties section: from its first line naming a party (after the
 * end of a holding, or the reprint's title, before it) while each line names a party or its
 * representative. A gazette reprint tells its history in the third person (…向某某法院提起诉讼), where
 * the judgment's sections do not end the parties, so they run on into the claims, findings and
 * reasoning, whose sentences open with role words (被告在判决生效后…, 原告甲公司成立于…); an article
 * (人民司法) has no parties paragraph.
 */
function partiesParagraph(section: string, reprint: string): string {
  const at = reprint.indexOf(section);
  const before = at > 0 ? reprint.slice(0, at) : "";
  // Begun inside a sentence (…可以根据被告人的请求…): not a party there.
  const opensLine = before === "" || /[\s　。]$/.test(before);
  const lines = section.split("\n").map((l) => l.trim());
  let from = opensLine ? 0 : 1;
  // The holding, the title or the judgment's heading before it: a few lines.
  while (from < Math.min(lines.length, 10) && !isNamingLine(lines[from] ?? "")) from++;
  if (!isNamingLine(lines[from] ?? "")) return "";
  let to = from + 1;
  while (to < lines.length && isPartyLine(lines[to] ?? "")) to++;
  // A role followed by a semicolon where a colon was meant (原告；王某，…).
  return lines
    .slice(from, to)
    .map((line) =>
      line.replace(/^([^：:，,。；;]{2,40}?)[；;∶]/, (m, role: string) =>
        PARTY_LINE_RE.exec(m)?.[0] === role ? `${role}：` : m,
      ),
    )
    .join("\n");
}

/**
 * The line names a party — a role and a colon, or a name described — or says who represents one or
 * where it lives; not a sentence of the account opened by a role word (被告人甲勾结被告人乙…, 被执行人
 * 甲于1987年…), nor the suit told before the name's comma.
 */
function isPartyLine(line: string): boolean {
  const detail = PARTY_DETAIL_LINE_RE.exec(line);
  if (detail) return !SUIT_TOLD_RE.test(line.slice(detail[0].length).split(/[，,。]/)[0] ?? "");
  return isNamingLine(line);
}

function isNamingLine(line: string): boolean {
  const role = PARTY_LINE_RE.exec(line);
  if (!role) return false;
  const rest = line.slice(role[0].length);
  // Before the name's comma: the history, claims and views say so there (原告甲（以下简称乙）因与…，);
  // a party's description may go on to say of what it is accused (…，实施被指控的犯罪时…).
  return FIRST_PARTY_LINE_RE.test(rest) && !SUIT_TOLD_RE.test(rest.split(/[，,。]/)[0] ?? "");
}

/** A word a ruling goes on with after a defendant's name, read with it: 均, 在, 所, 违. */
const FOLLOWING_WORD_RE = /^(?:均|在其?|所|违|作出|等)$/;

/**
 * The defendants a write-up's sentences name, as parties: without the words a ruling told in a
 * sentence ran on into (被告人甲一人…, 被告人甲在…, 被告人甲提起…, 被告人乙宣告无罪) where the name is read
 * without them too, without a role word read with the name (被告人被告人甲), one by one where a unit
 * and its people were read as one (某中心和被告人甲、乙); no word of the account (之行为已触…, 以,
 * 三人).
 */
export function sentencedDefendants(defendants: readonly string[]): string[] {
  const names = defendants
    .flatMap((d) => d.replace(/^(?:原审)?被告(?:人|单位)/, "").split(/和被告(?:人|单位)|、/))
    .map((d) => (d.length >= 4 ? d.replace(/(?:一人|宣告|提起|不是)$/, "") : d))
    .filter((d) => d.length >= 2 && !/^(?:[之为以]|非法)|^[一二三四五六七八九十两]+人$/.test(d));
  const unique = [...new Set(names)];
  // 甲均, 甲在其, 甲所, 甲违: a name and the word after it, when 甲 itself is read too (not 张某付 beside 张某).
  return unique.filter(
    (d) => !unique.some((other) => d.startsWith(other) && FOLLOWING_WORD_RE.test(d.slice(other.length))),
  );
}

/**
 * The parties a civil or administrative write-up's title names before its cause: 葛禾海诉洪立森名誉权
 * 纠纷案 → 原告 葛禾海, 被告 洪立森; 甲与乙、丙…之诉 → both sides as 其他 (与 says no roles).
 */
export function titleParties(title: string, causes: readonly string[]): Party[] {
  const cause = causes[0];
  if (!cause) return [];
  const named = title
    .replace(/[#*]/g, "")
    .replace(/^\s*(?:指导(?:性)?案例\s*\d+\s*号|[（(]?检例第\d+号[）)]?)\s*[：:]?\s*/, "")
    .trim();
  // The cause as the title writes it, with a space where a line broke (…侵犯注册 商标专用权纠纷案:
  // src/judgment/causes.ts writtenCause); the first of causes a title joins, by its words before the
  // joining word (…侵害商标权及不正当竞争纠纷案, 借款、保证合同纠纷: causes.ts joinedCauses); one read from
  // the words naming the act (工伤保险资格认定 → 工伤认定): up to those words; one an older title names
  // without its 纠纷 (…不当得利案: causes.ts causeWithoutEnding), up to the words it names it by.
  const spaced = (words: string) =>
    [...words].map((ch) => ch.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("\\s*");
  const lastIn = (pattern: string) => [...named.matchAll(new RegExp(pattern, "g"))].at(-1);
  let written = lastIn(spaced(cause));
  const bare = cause.replace(/纠纷$/, "");
  if (!written && bare !== cause) written = lastIn(`${spaced(bare)}(?=\\s*(?:上诉|一审|二审|再审)?一?案)`);
  for (let n = cause.length - 1; !written && n >= 2; n--)
    written = lastIn(`${spaced(cause.slice(0, n))}\\s*[及与和、]`);
  const at = written ? written.index : (administrativeActAt(named) ?? -1);
  if (at <= 0) return [];
  // The parties are joined by the suit's 诉 where it has one, not by the 与 of a name before it (中国某某
  // 保护与某某基金会诉…); the prosecutors' supervision of a suit names them first (…人民检察院对甲诉乙…).
  // A quoted term just before the cause is what the dispute is about (…有限公司"某某"商标争议: the mark),
  // not a party's name.
  const before = named
    .slice(0, at)
    .replace(/\s*[“"「『][^“”"「」『』]{1,20}[”"」』]\s*$/, "")
    .replace(/等$/, "")
    .replace(/^.*?检察院对/, "");
  const sides = /^(.+?)(诉)(?!讼)(.+)$/.exec(before) ?? /^(.+?)(与)(.+)$/.exec(before);
  if (!sides) return [];
  // A name and the number of those sued with it (张某等15人, 某公司等三被告…): the name.
  const names = (side: string) =>
    side
      .split(/[、，,]/)
      .map((n) =>
        n
          .replace(/\s+/g, "")
          .replace(/等[\d一二三四五六七八九十百两]+(?:人|名|被告|家|户).*$/, "")
          .replace(/等$/, ""),
      )
      .filter((n) => n.length >= 2 && n.length <= 40 && !/[《》“”"：:]/.test(n) && !NOT_A_PARTY_RE.test(n));
  const [plaintiff, defendant]: [PartyRole, PartyRole] =
    sides[2] === "诉" ? ["原告", "被告"] : ["其他", "其他"];
  const last = names(sides[3] ?? "")
    .map((name, i, all) => (i === all.length - 1 ? withoutCause(name, cause) : name))
    .flatMap(governmentApart);
  // A third party the title names among those sued (…诉某局、第三人某公司…) is a third party.
  const party = (name: string, role: PartyRole): Party =>
    name.startsWith("第三人") && name.length > 5
      ? { name: name.slice(3), role: "第三人", kind: partyKind(name.slice(3)) }
      : { name, role, kind: partyKind(name) };
  return [
    ...names(sides[1] ?? "")
      .flatMap(governmentApart)
      .map((name) => party(name, plaintiff)),
    ...last.map((name) => party(name, defendant)),
  ];
}

/**
 * A people's government named right after another body with nothing between (…人力资源和社会保障局
 * 某市人民政府, an act and the review of it sued together): two parties. A government is no body's
 * branch, as …分公司, …分院 or …车间 are (地方各级人民代表大会和地方各级人民政府组织法 §§ 2, 61: a
 * 人民政府 is a level's executive organ): the first, an administrative organ (…局, …厅, …委员会,
 * …办公室, …政府), ends where the place the government is named for begins — not at a place's own
 * character (大厂回族自治县人民政府).
 */
function governmentApart(name: string): string[] {
  if (!name.endsWith("人民政府")) return [name];
  for (let at = name.length - 6; at >= 2; at--)
    if (/(?:局|厅|委员会|办公室|政府)$/.test(name.slice(0, at))) return [name.slice(0, at), name.slice(at)];
  return [name];
}

/**
 * The name just before the cause, without the cause's first words where the cause was read short
 * (…环境保护局环境行政处罚案 read as 行政处罚; …有限公司海上 保险合同纠纷案, a title a space breaks, as
 * 保险合同纠纷): up to the name's last
 * organisation ending — not the 社 or 会 of 社会 (…人力资源和社会保障局劳动和社会保障行政确认) — when what
 * follows it begins the cause: an administrative field before 行政…, or a word a civil cause begins
 * with. A name ending otherwise (…铁路分局某某列车段) is kept.
 */
function withoutCause(name: string, cause: string): string {
  if (hasOrganisationEnding(name)) return name;
  for (let end = name.length - 1; end >= 2; end--) {
    if (!hasOrganisationEnding(name.slice(0, end)) || /社会/.test(name.slice(end - 2, end + 1))) continue;
    const rest = `${name.slice(end)}${cause}`;
    // …中医院环境 before 公益诉讼案, the cause 环境民事公益诉讼: words the cause itself begins with are its.
    return /行政/.test(cause) || beginsCause(rest) || cause.startsWith(name.slice(end))
      ? name.slice(0, end)
      : name;
  }
  return name;
}

/**
 * What a case number tells of its court, as instances compare courts (src/judgment/instances.ts); a
 * pre-2016 number's likely level where it tells none, to order the account's instances.
 */
function courtOfNumber(c: CaseNumber): CourtInfo {
  return courtInfo({ ...c, courtLevel: likelyCourtLevel(c), caseYear: c.year });
}

/** Kinds of case whose judgments may be earlier trials of a case of the given kind. */
const SAME_DISPUTE: Partial<Record<CaseCategory, readonly CaseCategory[]>> = {
  刑事: ["刑事"],
  民事: ["民事", "管辖"],
  行政: ["行政", "管辖"],
  国家赔偿: ["国家赔偿"],
};

const CRIMINAL: Pick<CaseNumber, "category"> = { category: "刑事" };

/**
 * The kinds of case number a suit its title names cannot own: a civil one (…纠纷案, …民事公益诉讼案) no
 * criminal number, an administrative one (…行政纠纷案) no criminal or civil one — the conviction or the
 * other suit its account tells of (FYGB0345, FYGB0366). A civil-sounding title may be an administrative
 * suit's (…诉…消防支队消防验收纠纷案): not the other way round.
 */
function foreignKinds(title: string): RegExp | undefined {
  const suit = (title.split(/——|-{2,}/)[0] ?? "").trim();
  if (!/案$/.test(suit)) return undefined;
  if (/行政/.test(suit)) return /刑事|民事/;
  if (!/纠纷|民事/.test(suit)) return undefined;
  // A dispute against no organ of the state (甲公司诉乙公司侵犯商标专用权纠纷案) is civil: no administrative
  // number either (FYGB0221 tells of the defendant's own suit against the penalty for the same act).
  const defendant = /^.+?(?<![起上申抗公自])诉(?!讼)(.+案)$/.exec(suit.replace(/[\s\u3000]+/g, ""))?.[1];
  return defendant !== undefined && !STATE_ORGAN_RE.test(defendant) ? /刑事|行政/ : /刑事/;
}
/** A name of an organ of the state, or of a body acting for one, anywhere in a party's name. */
const STATE_ORGAN_RE =
  /人民政府|政府|[局厅署]|委员会|管委会|办公室|办事处|海关|派出所|大队|支队|机关|中心|学校|技校|医院|大学|学院/;

/**
 * Whether a post-2016 number's level and province are those of `court` (when both tell them); of a
 * pre-2016 number, whose codes are each court's choice, its likely level (likelyCourtLevel: a short
 * code on a first instance is a basic court's, 和民初字; a province's on an appeal a high court's,
 * 鲁民辖终字) and a high court's province (（2013）辽民一终字). Asked only of a number a gazette reprint
 * tells without listing it, which is as often an earlier instance's or another suit's as its own: on
 * the write-ups, the 11 whose number's level the deciding court's belied were none their own
 * (FYGB0757's first instance appealed, FYGB0245's ruling on jurisdiction, FYGB0189's other suit).
 */
function fitsCourt(c: CaseNumber, court: string | undefined): boolean {
  if (!court) return true;
  const level = courtLevelOf(court);
  const province = provinceInName(court);
  if (c.legacy) {
    const likely = likelyCourtLevel(c);
    if (likely && level && likely !== level) return false;
    return c.courtLevel !== "高级" || !c.province || !province || c.province === province;
  }
  return (
    (!c.courtLevel || !level || c.courtLevel === level) &&
    (!c.province || !province || c.province === province)
  );
}

/** Whether `c` may be an earlier trial of the case numbered `own`: a civil suit is no trial of a crime. */
function sameDispute(own: Pick<CaseNumber, "category"> | undefined, c: CaseNumber): boolean {
  const kinds = own?.category ? SAME_DISPUTE[own.category] : undefined;
  return !kinds || !c.category || kinds.includes(c.category);
}

/**
 * A reprint's court reasoning in the third person, opening its paragraph: 温州市中级人民法院认为：,
 * 上海市第二中级人民法院二审认为 (a judgment's own 本院认为 is found by sectionSpans).
 */
const THIRD_PERSON_REASONING_RE =
  /(?<=^|\n)[^\n。，,：:]{2,40}法院(?:一审|二审|再审|经审理|经审查|经复核|审理)?认为/g;

/** The provisions a court applies: 依照…之规定, 依照…于2011年2月11日判决. */
const APPLIED_RE =
  /(?:依照|根据|依据)[^。]{0,400}?(?:规定(?![^《》]*》)|(?=[，,]\s?于[^。，《》]{0,20}(?:判决|裁定)|[，,]\s?(?:判决|裁定)(?:如下)?[：:]))/g;

/** A reprint's findings in the third person, opening their paragraph: 上海市浦东新区人民法院一审查明：. */
const THIRD_PERSON_FINDINGS_RE =
  /(?<=^|\n)[^\n。，,：:]{2,40}法院(?:一审|二审|再审)?(?:经)?(?:公开)?(?:开庭)?(?:审理|审查)?查明/;

/** Splits a reprint's findings where its court's reasoning begins, when they run on into it. */
function splitReasoning(facts: string): { facts: string; reasoning: string } | undefined {
  const at = [...facts.matchAll(THIRD_PERSON_REASONING_RE)].at(-1)?.index;
  if (at === undefined || at === 0) return undefined;
  return { facts: facts.slice(0, at).trim(), reasoning: facts.slice(at).trim() };
}

/**
 * A later instance opening in a reprint's disposition: 宣判后, X不服一审判决提起上诉, 提出抗诉, 报请核准,
 * 申请再审, 提审本案 — a gazette case reprints each instance one after another, in the third person.
 */
const LATER_INSTANCE_RE =
  /宣判后|不服[^。；]{0,40}?(?:提[起出]|申请|申诉)|提[起出](?:上诉|抗诉)|报请[^。；]{0,40}?核准|申请再审|决定再审|提审本案/;
const RULING_SENTENCE_RE = /法院|依照|依据|根据|据此|于\s?[12]\d{3}\s?年|本院/;

/**
 * A later court's ruling told in its own words after the date, with no 判决如下 (…据此，依照…的规定，于1991年
 * 12月20日，驳回了甲公司的再审请求): from its ruling verb.
 */
const DATED_RULING_RE = new RegExp(
  `于\\s?${DATE}\\s?[，,]?\\s?(?=(?:裁定|判决|决定)?(?:驳回|维持|撤销|撤消|准许|准予|核准|不核准))`,
  "g",
);

/**
 * A reprinted judgment's disposition and what precedes it when the reprint goes on to later instances
 * (一审判决：…。宣判后，X不服，提起上诉。…法院二审认为…，于…判决：驳回上诉，维持原判): the case's
 * outcome is its last instance's, and the earlier disposition with the later courts' account and
 * reasoning is kept before it, in reading order; `first` is the first court's ruling alone (without
 * the parties' appeals, which argue for other crimes). Undefined when the reprint tells of one instance.
 */
function lastInstanceRuling(
  disposition: string,
): { first: string; before: string; ruling: string } | undefined {
  const later = LATER_INSTANCE_RE.exec(disposition);
  if (!later) return undefined;
  const at =
    courtRulings(disposition)
      .filter((r) => r.sentenceStart > later.index)
      .at(-1)?.rulingStart ??
    [...disposition.slice(later.index).matchAll(DATED_RULING_RE)]
      .map((m) => later.index + m.index + m[0].length)
      .at(-1) ??
    -1;
  const ruling = at >= 0 ? disposition.slice(at).trim() : "";
  return ruling.length >= 4
    ? { first: disposition.slice(0, later.index).trim(), before: disposition.slice(0, at).trim(), ruling }
    : undefined;
}

/**
 * A ruling told as …作出（2019）…号民事判决，驳回上诉，维持原判: the ruling follows the comma — not a
 * judgment referred to (一审法院作出的判决，定罪和适用法律正确).
 */
const RULING_AFTER_COMMA_RE = /作出[^。；：:的]{0,60}?(?:判决|裁定)书?[，,](?![^，。；]{0,4}认为)/g;
/** A ruling written inline: …的规定，于2002年4月9日裁定驳回上诉，维持原判 (or 于一九八七年五月二十日判决…). */
const RULING_INLINE_RE =
  /(?<=[，,\s]|[\d〇零一二三四五六七八九十]日)(?:遂|并)?(?:裁定|判决)(?=驳回|维持|撤销|核准|不核准|准许|准予)/g;
/** What a criminal court's ruling says (判处, 无罪, 驳回上诉, 维持原判, 核准, 撤销, 发回重审…). */
const CRIMINAL_RULING_RE = /判处|无罪|免[予于](?:刑事)?处罚|驳回|维持|核准|撤销|发回/;

/**
 * The rulings a court makes in an account of the trials (…中级人民法院于2013年6月19日作出…号刑事裁定：
 * 驳回上诉，维持原判), in order: where each one's sentence begins and where its ruling does, after
 * the marker. Not a party's request (请求撤销…判决：) nor a sentence naming no court or date.
 */
function courtRulings(account: string, inline = true): { sentenceStart: number; rulingStart: number }[] {
  return [
    ...account.matchAll(RULING_MARKER_RE),
    ...account.matchAll(RULING_AFTER_COMMA_RE),
    ...(inline ? account.matchAll(RULING_INLINE_RE) : []),
  ]
    .map((m) => ({
      sentenceStart: Math.max(account.lastIndexOf("。", m.index), account.lastIndexOf("\n", m.index)) + 1,
      rulingStart: m.index + m[0].length,
    }))
    .filter((r) => RULING_SENTENCE_RE.test(account.slice(r.sentenceStart, r.rulingStart)))
    .sort((a, b) => a.rulingStart - b.rulingStart);
}

/** The last of those rulings, when it says anything. */
function finalRuling(account: string): { sentenceStart: number; rulingStart: number } | undefined {
  const last = courtRulings(account).at(-1);
  return last && account.slice(last.rulingStart).trim().length >= 4 ? last : undefined;
}

/** The last ruling's text, up to the note that it is final (本判决为终审判决). */
function lastRulingText(account: string): string | undefined {
  const last = finalRuling(account);
  return last
    ? account
        .slice(last.rulingStart)
        .split(/本(?:判决|裁定)为终审|如不服本/)[0]
        ?.trim()
    : undefined;
}

/** Each ruling's text, the last first: up to the next instance told. */
function rulingsIn(account: string | undefined): string[] {
  if (!account) return [];
  return courtRulings(account, false)
    .reverse()
    .map(({ rulingStart }) => {
      const rest = account.slice(rulingStart, rulingStart + 800);
      const later = LATER_INSTANCE_RE.exec(rest);
      return later ? rest.slice(0, later.index) : rest;
    });
}

/**
 * A court's reasoning opening a paragraph of a reprint told in the third person: 甲市中级人民法院二审认为,
 * 乙省高级人民法院经审理后认为, 丙县人民法院第二审认为, 最高人民法院审查认为, 丁市中院经二审认为; a court named
 * by its instance (二审法院认为) or not at all (法院认为), as a court's reasoning goes on or an account
 * leaves it unnamed.
 */
const REPRINT_REASONING_RE =
  /(?<=^|\n)([^\n。，,：:；;、“”"《》]{0,40}?(?:法院|中院|高院|法庭))([^\n。，,：:；;、“”"《》]{0,12}?)认为/g;
/** The instance a court's reasoning is told for (甲法院二审认为, 甲法院再审认为, 甲法院审查认为). */
const REASONING_INSTANCE_RE = /第?[一二]审|再审|终审|复查|复核|审查/;
/**
 * Each paragraph of `text` opening with a court's reasoning, keyed by the court and the instance it
 * names when it names the court by its place; not a court weighing the evidence (经二审质证认为).
 */
function reasoningOpenings(text: string): { at: number; key?: string }[] {
  return [...text.matchAll(REPRINT_REASONING_RE)]
    .filter((m) => !/质证|查明/.test(m[2] ?? ""))
    .map((m) => {
      const court = (m[1] ?? "").trim();
      if (UNNAMED_COURT_RE.test(court)) return { at: m.index };
      return { at: m.index, key: `${court}|${REASONING_INSTANCE_RE.exec(m[2] ?? "")?.[0] ?? ""}` };
    });
}

/** A reprint of a court's own judgment, whose reasoning opens a paragraph with 本院认为. */
const OWN_REASONING_LINE_RE = /(?:^|\n)\s*(?:综上(?:所述)?[，,]?\s?)?本院(?:再审|二审|经审理|经审查)?认为/;

/**
 * The reasoning of the judgment in force in a reprint that tells its instances in the third person
 * (…区人民法院一审认为…判决：…。X不服，提起上诉。…中级人民法院二审认为…判决：…。X申请再审。…高级人民法院再审
 * 认为…判决：…): that of the last court ruling — an appeal's or a retrial's reasoning is the one in force,
 * the judgment below being upheld, changed or quashed by it (民事诉讼法 2021 §177, §214; 行政诉讼法 2017
 * §89, 法释〔2018〕1号 §119), and one refusing a retrial application confirms the judgment in force after
 * weighing it (民事诉讼法 2021 §211, 法释〔2018〕1号 §116) — unless that ruling allows an appeal withdrawn,
 * which leaves the judgment below in force without reasoning on it (民事诉讼法 2021 §180: the earlier
 * court's reasoning stands). An appeal's reasoning, not the first court's it upheld: an appeal may uphold
 * a result and correct the reasoning that led to it (…一审判决书对此表述有误，应予纠正, …认定为共同共有不当，
 * …但判决结果正确，应予维持).
 *
 * A court's reasoning runs from the paragraph opening with its 认为 to the sentence opening its ruling;
 * between the ruling before and its own, the last court named by its place reasons for it (the court
 * before may have ruled in words no ruling is found by: 以某罪判处…), from where that court, for that
 * instance, first opens a paragraph so (最高人民法院认为…最高人民法院还认为); failing a court so named, the
 * first opening. A court telling its reasoning after the last ruling found (…最高人民法院审查认为：…于…，驳回了
 * …的再审请求) is the last. Undefined for a reprint of a court's own judgment (本院认为), none opening its
 * reasoning so, or a last ruling told without such reasoning.
 */
export function reasoningInForce(
  reprint: string,
): { reasoning: string; earlier: string; key?: string } | undefined {
  if (OWN_REASONING_LINE_RE.test(reprint)) return undefined;
  const openers = reasoningOpenings(reprint);
  if (openers.length === 0) return undefined;
  // The opening of the reasoning that leads to a ruling, among the openings between `from` and `to`.
  const openingOf = (from: number, to: number): number | undefined => {
    const between = openers.filter((o) => o.at >= from && o.at < to);
    let last = between.findLastIndex((o) => o.key !== undefined);
    if (last < 0) return between[0]?.at;
    const key = between[last]?.key;
    for (let i = last - 1; i >= 0; i--) if (between[i]?.key === key) last = i;
    return between[last]?.at;
  };
  const instances: { from?: number; to: number; ruling: string }[] = [];
  let previous = 0;
  for (const r of courtRulings(reprint)) {
    const rest = reprint.slice(r.rulingStart, r.rulingStart + 400);
    const ends = [appealTold(rest), LATER_INSTANCE_RE.exec(rest)?.index ?? -1].filter((e) => e >= 0);
    instances.push({
      from: openingOf(previous, r.sentenceStart),
      to: r.sentenceStart,
      ruling: rest.slice(0, ends.length > 0 ? Math.min(...ends) : undefined),
    });
    previous = r.rulingStart;
  }
  const trailing = openingOf(previous, reprint.length);
  if (trailing !== undefined)
    instances.push({ from: trailing, to: reprint.length, ruling: reprint.slice(trailing) });
  let standing = instances.length - 1;
  // Only a ruling that allows the withdrawal alone: not one that also dismisses another party's appeal.
  const withdrawn = (ruling: string) => appealResult(ruling) === "withdrawn" && !/驳回|维持/.test(ruling);
  while (standing > 0 && withdrawn(instances[standing]?.ruling ?? "")) standing--;
  const from = instances[standing]?.from;
  if (from === undefined) return undefined;
  const reasoning = reprint.slice(from, instances[standing]?.to).trim();
  const first = openers[0]?.at ?? from;
  const key = openers.find((o) => o.at === from)?.key;
  return reasoning
    ? { reasoning, earlier: reprint.slice(first, from).trim(), ...(key ? { key } : {}) }
    : undefined;
}

/** An organ of the state, as a defendant's name ends (…人力资源和社会保障局, …人民政府, …委员会). */
const ORGAN_RE =
  /(?:人民政府|政府|[局厅处署]|委员会|办公室|办事处|管委会|海关|派出所|大队|支队)(?=.{0,16}案$)/;
/** An administrative act a suit is about (行政诉讼法 §12): a decision, a finding, a reply, a duty. */
const ADMINISTRATIVE_ACT_RE =
  /决定|认定|答复|职责|处罚|登记|许可|复议|征收|补偿|强制|信息公开|责令|批复|裁决|协议|要求履行|行政/;

/**
 * A public-interest suit a title names, which a procuratorate may bring as plaintiff (民事诉讼法 2021
 * §58 ¶2, 行政诉讼法 2017 §25 ¶4): …环境民事公益诉讼案 a civil one, …行政公益诉讼案 and …行政附带民事公益诉讼案
 * administrative ones — not a 刑事附带民事公益诉讼, a prosecution with a civil claim joined.
 */
const PUBLIC_SUIT_RE = /(?<!附带)(民事|行政)(?:附带民事)?公益诉讼/;

/**
 * The kind of suit a write-up titled 甲诉乙…案 (no 纠纷, no number of its own) tells: against an organ
 * of the state over one of its acts (甲诉…发展和改革委员会政府信息公开答复案, …诉…人力资源和社会保障局
 * 工伤认定案) an administrative case, else a civil one (甲诉…超市有限公司…店等产品生产者、销售者
 * 责任案, …诉…环境污染损害赔偿公益诉讼案); a public-interest suit as its title names it, a procuratorate's
 * too (…人民检察院诉…环境民事公益诉讼案: FYGB0033). Undefined for other titles. Review17-civil: 82 gazette cases
 * had no category, so a civil filter left them out and no civil outcome was read.
 */
export function suitCategory(title: string): CaseCategory | undefined {
  const head = title.split(/——|-{2,}/)[0] ?? title;
  const publicSuit = PUBLIC_SUIT_RE.exec(head)?.[1];
  if (publicSuit === "民事" || publicSuit === "行政") return publicSuit;
  // Not 起诉, 上诉, 申诉, 抗诉, 公诉, 自诉, 诉讼; not a prosecution (…人民检察院第一分院诉…).
  const m = /^(.+?)(?<![起上申抗公自])诉(?!讼)(.+案)$/.exec(head.replace(/[\s\u3000]+/g, ""));
  if (!m || /检察|公诉/.test(m[1] ?? "")) return undefined;
  const defendant = m[2] ?? "";
  // A statutory duty (法定职责) is an organ's, or one a law authorises (行政诉讼法 §2 ¶2: 天津服装技校).
  if (/法定职责/.test(defendant) || (ORGAN_RE.test(defendant) && ADMINISTRATIVE_ACT_RE.test(defendant)))
    return "行政";
  return "民事";
}

/**
 * A title naming a civil dispute (…纠纷案, or a suit the civil procedure law names …之诉), also with the
 * instance it was reviewed in after it (…纠纷上诉案, …纠纷再审案, …纠纷申请再审案, …纠纷抗诉案): the gazette's
 * older titles name the review, which leaves the dispute no less civil (review: 13 of them had no category).
 */
const CIVIL_DISPUTE_TITLE_RE = new RegExp(`(?:纠纷|之诉)(?:${REVIEW_AFTER_CAUSE})?(?:案|$)`);

/** A procedural law, or an SPC interpretation of it (…关于适用《中华人民共和国行政诉讼法》的解释). */
const PROCEDURE_LAW_RE =
  /^(?:中华人民共和国|最高人民法院关于[^，。]*?)?《?(?:中华人民共和国)?(行政|民事)诉讼法/;

/**
 * Whether the laws a write-up cites tell a suit tried as an administrative one: 行政诉讼法 (or the SPC's
 * interpretation of it) and not 民事诉讼法. A court tries a suit against an administrative act by
 * 行政诉讼法 (2017 §2) and a civil dispute by 民事诉讼法; an administrative suit cites 民事诉讼法 too only
 * where 行政诉讼法 is silent (§101), so a write-up citing both is left to its title.
 */
function triedAsAdministrative(laws: readonly string[]): boolean {
  const procedures = new Set(laws.map((law) => PROCEDURE_LAW_RE.exec(law)?.[1]));
  return procedures.has("行政") && !procedures.has("民事");
}

/** A keyword naming a prosecutor's kind of work: 民事公益诉讼, 行政检察, 民事抗诉, 生效行政裁判监督, 行政争议…. */
const WORK_KIND_RE = /^(民事|行政)|(民事|行政)(?:公益诉讼|检察|抗诉|裁判|非诉)/;

/**
 * The kind of case a 检察指导性案例 (not a prosecution) tells, which its number rarely does: its title
 * naming it (…污染环境民事公益诉讼案, …民事公益诉讼检察监督案, 未成年人网络民事权益…保护案; 行政 is read
 * before), else its keywords naming the prosecutor's kind of work (民事公益诉讼, 行政公益诉讼, 行政检察,
 * 行政抗诉, 民事抗诉 — the SPP's 四大检察: 刑事, 民事, 行政, 公益诉讼), else a civil dispute its title
 * names (…民间借贷纠纷抗诉案, …赡养纠纷支持起诉案), unless the suit is against an organ of the state over
 * its act (suitCategory). Undefined otherwise: a 公益诉讼 or a 督促… case may be civil or administrative.
 */
export function prosecutorsCaseCategory(
  title: string,
  keywords: readonly string[] = [],
): CaseCategory | undefined {
  if (/民事/.test(title)) return "民事";
  for (const keyword of keywords) {
    const m = WORK_KIND_RE.exec(keyword);
    if (m) return (m[1] ?? m[2]) as "民事" | "行政";
  }
  return /纠纷/.test(title) ? (suitCategory(title) ?? "民事") : undefined;
}

/**
 * A court ruling, as a sentence naming the court tells it: …法院…作出…判决 / 出具调解书, …判决：, 裁定驳回…,
 * 当庭宣判, 达成调解协议.
 */
const COURT_RULES_RE =
  /(?:法院|法庭)[^。\n]*?(?:(?<![不未])(?:作出|出具|制作)[^。；\n]{0,40}?(?:判决|裁定|调解书)|(?<![请求撤销变更维持])(?:判决|裁定)(?:如下)?\s?[：:]|(?<!应当?|可以)(?:判决|裁定|改判)[，,]?(?=确认|撤销|撤消|驳回|维持|责令|判令|准予|准许|不予|终结|指令|发回|支持)|当庭(?:依法)?(?:宣判|判决)|达成(?:如下)?(?:调解)?协议)/;
/** A party's or a prosecutor's request naming the ruling it asks for (请求法院判决撤销…, 要求法院确认…). */
const REQUEST_RE = /(?:请求|诉请|诉求|要求)[^，,；;。]{0,20}$/;

/**
 * A sentence of a 检察指导性案例 that turns from the courts to the prosecutors' work: one opening a
 * paragraph the account labels (调查核实。, 争议化解。, 类案监督。 — not a result, 裁判结果。 or
 * 监督结果。), or one naming the prosecutors or the "units concerned" they work with (有关单位) and
 * no court nor ruling. (An agency named is not enough: it is the defendant the court's reasoning is about.)
 */
const OTHER_WORK_RE = /^\s*(?![\u4e00-\u9fff]{0,6}结果。)[\u4e00-\u9fff]{2,8}。/;
const PROSECUTORS_RE = /检察|有关(?:单位|部门)/;
const COURT_RE = /法院|法庭|该院|本院|判决|裁定|调解/;

/**
 * What a 检察指导性案例 tells from the first sentence in which a court rules on to the end of what the
 * last court ruling tells: the prosecutors' work before it — their claims (请求判令…), 检察建议 and
 * 抗诉 — and after it — an agency's acts, a settlement the prosecutors brokered, 检察建议 to improve
 * governance — is no court's outcome. The first ruling told may be an earlier case's (a criminal trial,
 * a review) and the suit the account is about come later, so the account is read to the last ruling,
 * then on while it tells of the court's reasoning, ruling and what became of it (判决生效后，…收到…
 * 全部款项). Undefined when no court rules.
 */
function courtsRulingOn(account: string): string | undefined {
  const sentences = account.split(/(?<=[。\n])/);
  const rules = sentences.map((sentence) => {
    const m = COURT_RULES_RE.exec(sentence);
    return m !== null && !REQUEST_RE.test(sentence.slice(0, m.index + m[0].length));
  });
  const first = rules.indexOf(true);
  if (first < 0) return undefined;
  let end = rules.lastIndexOf(true) + 1;
  while (end < sentences.length) {
    const sentence = sentences[end] ?? "";
    if (OTHER_WORK_RE.test(sentence) || (PROSECUTORS_RE.test(sentence) && !COURT_RE.test(sentence))) break;
    end++;
  }
  return sentences.slice(first, end).join("").trim();
}

/** A last ruling that reviews an earlier one: an appeal's or a retrial's (驳回上诉, 撤销…判决, 发回重审). */
const REVIEW_RULING_RE = /上诉|抗诉|原判|原审|一审|二审|再审|重审|(?:撤销|维持)[^。；]{0,60}?(?:判决|裁定)/;
/** Words only a court above rules with: an appeal withdrawn or dismissed, the judgment upheld. */
const APPELLATE_RULING_RE = /准[许予][^。；]{0,30}?撤回(?:上诉|抗诉)|驳回[^。；]{0,20}(?:上诉|抗诉)|维持原判/;
/** A party's claims as a first-instance plaintiff states them: 原告…诉称 / 起诉称 / 诉至法院，请求…. */
const PLAINTIFF_CLAIMS_RE = /原告[^。；]{0,60}?(?:诉称|起诉称|诉请|请求)|起诉称|诉至[^。；]{0,10}法院/;

/** A ruling a write-up's account quotes ends where the appeal against it is told (宣判后，X不服…上诉). */
const appealTold = (rest: string) => rest.search(/宣判后|判决后|不服|提[起出]上诉|上诉称/);

/**
 * The last ruling an account tells, quoted or not (…作出行政判决，认为…，判决撤销…), to the appeal told
 * after it: the ruling an appeal upheld when the account quotes none (quotedRuling).
 */
function lastRulingTold(account: string | undefined): string | undefined {
  if (!account) return undefined;
  // The last that says anything: a text cut before the ruling it reprints ends with that ruling's
  // marker (…的规定，判决如下：), the ruling told before it (…，判决维持…决定) being the one upheld.
  for (const told of courtRulings(account).reverse()) {
    const rest = account.slice(told.rulingStart, told.rulingStart + 1500);
    const end = appealTold(rest);
    const ruling = (end >= 0 ? rest.slice(0, end) : rest).trim();
    if (ruling.length >= 4) return ruling;
  }
  return undefined;
}

/** The items of `upheld` a later ruling keeps (维持…判决第一、三项; 第一项、第五项), in order; "" for none. */
function keptItems(upheld: string, ruling: string): string {
  const kept = /维持[^。；;]{0,80}?第([一二三四五六七八九十\d、，,和及第项]+)项(?![中的]|关于)/.exec(
    ruling,
  )?.[1];
  if (!kept) return "";
  const numbers = itemNumbers(kept);
  return itemsOf(upheld, (n) => numbers.has(n));
}

/** The numbers a list of items names: 一、三 / 第一项、第五项 / 1、2. */
function itemNumbers(list: string): Set<number> {
  return new Set(
    list
      .split(/[、，,和及第项]+/)
      .filter(Boolean)
      .map((n) => parseChineseInt(n) ?? Number(n)),
  );
}

/** The numbered items of a judgment's ruling that `keep` keeps, each to its line's end, in order. */
function itemsOf(upheld: string, keep: (n: number) => boolean): string {
  const marks = [
    ...upheld.matchAll(
      /(?<=^|[\s。；;，,：:])[（(]?([一二三四五六七八九十]{1,3}|\d{1,2})[)）]?[、.．](?!\d)/g,
    ),
  ];
  // Each item to its line's end: the last one kept is not followed by the fees, the appeal told, nor
  // a total of items (以上一、二项共计…) that counts one not kept.
  return marks
    .filter((m) => keep(parseChineseInt(m[1] ?? "") ?? Number(m[1])))
    .map((m) => {
      const next = marks.find((n) => n.index > m.index);
      const item = upheld.slice(m.index + m[0].length, next?.index);
      return `${m[0]}${/^\s*[^\n]*/.exec(item)?.[0] ?? ""}`.trim();
    })
    .join("\n");
}

/** A judgment a ruling upholds by name or number (维持…（2017）…号行政判决, 维持…所作的一审判决), not its items. */
const UPHELD_JUDGMENT_RE = /维持([^。；;，,]{0,80}?)(?:判决|裁定)(?:书)?(?![^。；;，,]{0,6}第)/;
/** The items of a judgment a ruling quashes, the others upheld: 撤销一审判决的第二项，其余各项予以维持. */
const OTHER_ITEMS_UPHELD_RE =
  /撤销([^。；;，,]{0,80}?)(?:判决|裁定)(?:书)?(?:主文)?的?第([一二三四五六七八九十\d、，,和及第项]+)项[，,；;]\s?(?:对|将)?(?:其他|其余|其它)[^。；;]{0,8}?维持/;

/**
 * What stands of a judgment below that a review upholds after quashing the one between, or upholds
 * but for the items it quashes (撤销二审判决，维持一审判决; 撤销一审判决的第二项，其余各项维持): that
 * judgment's ruling as `parts` tell it, found by its number or, named by its instance (一审判决), the
 * first told. A court changing a judgment below rules on the act itself (行政诉讼法 2017 §89 ¶1 (2),
 * ¶3), and a retrial of a second instance is heard as an appeal (法释〔2018〕1号 §119): what it upholds
 * is its ruling on the act. Undefined when it upholds none, or none is told.
 */
function standingBelow(ruling: string, parts: readonly (string | undefined)[]): string | undefined {
  const partly = OTHER_ITEMS_UPHELD_RE.exec(ruling);
  const named = partly?.[1] ?? UPHELD_JUDGMENT_RE.exec(ruling)?.[1];
  if (named === undefined) return undefined;
  // Not the ruling itself, which `parts` may tell too.
  const toldIn = (part: string | undefined) =>
    part ? toldRulings(part).filter((r) => !ruling.includes(r.text.slice(0, 16))) : [];
  const number = findCaseNumbers(named)[0];
  const key = number && caseNumberKey(number.raw);
  const below = key
    ? parts.flatMap(toldIn).find((r) => findCaseNumbers(r.opening).some((c) => caseNumberKey(c.raw) === key))
    : /一审|初审/.test(named)
      ? parts.map(toldIn).find((told) => told.length > 0)?.[0]
      : undefined;
  if (!below) return undefined;
  if (!partly?.[2]) return below.text;
  const quashed = itemNumbers(partly[2]);
  return itemsOf(below.text, (n) => !quashed.has(n)) || undefined;
}

/**
 * A ruling that upholds the one below wholly, in its first words: 驳回上诉，维持原判; 维持…判决 (not 第…项);
 * a retrial application or request refused (驳回…的再审申请, 驳回了…的再审请求: 法释〔2018〕1号 §116, 民诉法
 * 解释 2015 §407 ¶1), which leaves the judgment in force as it stands.
 */
const UPHOLDS_RE =
  /^[^。；]{0,20}(?:驳回[^。；]{0,20}(?:上诉|申诉|再审申请|再审请求)|维持原判)|^[^。；]{0,6}维持[^。；]{0,80}?(?:判决|裁定)(?![^。；]{0,10}第)/;
const REVIEW_REFUSED_RE = /^[^。；]{0,20}驳回[^。；]{0,20}(?:申诉|再审申请|再审请求)/;

/**
 * The rulings an account tells, in order: each one's text to what followed it (宣判后, X不服…, 提出
 * 抗诉…), with the sentence opening it (…主持调解，双方达成如下协议：).
 */
function toldRulings(account: string): { opening: string; text: string }[] {
  const starts = new Map<number, number>();
  const sentenceOf = (at: number) =>
    Math.max(account.lastIndexOf("。", at), account.lastIndexOf("\n", at)) + 1;
  // Marked rulings, those told after a comma or inline (courtRulings), and a settlement the court
  // confirms (…作出民事调解书，确认双方自愿离婚…) or reaches (…主持调解，三方当事人自愿达成乙赔偿甲…的
  // 调解协议: its terms).
  for (const m of [
    ...account.matchAll(RULING_MARKER_RE),
    ...account.matchAll(/作出[^。；：:的]{0,60}?调解书[，,]/g),
    ...account.matchAll(/主持[^。；]{0,6}调解[^。；]{0,80}?达成(?:如下)?/g),
  ])
    starts.set(m.index + m[0].length, sentenceOf(m.index));
  for (const r of courtRulings(account)) starts.set(r.rulingStart, r.sentenceStart);
  return [...starts]
    .sort(([a], [b]) => a - b)
    .map(([start, sentence]) => {
      const rest = account.slice(start, start + 1500);
      const ends = [appealTold(rest), LATER_INSTANCE_RE.exec(rest)?.index ?? -1].filter((e) => e >= 0);
      return {
        opening: account.slice(sentence, start),
        text: rest.slice(0, ends.length > 0 ? Math.min(...ends) : undefined).trim(),
      };
    })
    .filter((r) => r.text.length >= 4);
}

/** A sentence opening the court's reasoning (二审认为，/ 法院认为：). */
const REASONING_OPENS_RE = /[。\n][^。；，,\n]{0,12}认为[，,：:]/;

/**
 * A ruling without the court's reasoning told after it (…作出判决，对原审的认定和结果予以认可。二审
 * 认为，…应予撤销): the reasoning's words (撤销 of the act the judgment below revoked) are not the
 * ruling's. Cut only when what precedes already rules: else the reasoning leads to the ruling (二审认为，
 * …，遂判决驳回上诉).
 */
function withoutReasoningAfter(text: string): string {
  const at = REASONING_OPENS_RE.exec(text)?.index;
  if (at === undefined) return text;
  const before = text.slice(0, at + 1).trim();
  return appealResult(before) === "other" ? text : before;
}

/**
 * A write-up's last ruling without what followed it (一审宣判后，双方均未上诉), and for an appeal or a
 * retrial (its procedure, or failing it the ruling's words) its result. An appeal told after the first
 * instance's ruling and withdrawn (X不服…提起上诉，…裁定如下：准予…撤回上诉) leaves that ruling standing.
 */
function lastRuling(
  result: string,
  procedure: Procedure | undefined,
): { ruling: string; appeal: JudgmentRecord["outcome"]["appeal"] } {
  const later = LATER_INSTANCE_RE.exec(result);
  const appealed =
    later &&
    courtRulings(result)
      .filter((r) => r.rulingStart > later.index)
      .at(-1);
  // The instance named with what followed (一审宣判后) goes with it: 一审 left at the ruling's end would
  // read as an appeal's words.
  const untilLater = (text: string) =>
    withoutReasoningAfter(
      (
        text.split(/(?:第?[一二]审|再审)?(?:宣判后|判决后)|判决已(?:经)?(?:发生法律效力|生效)/)[0] ?? text
      ).trim(),
    );
  const appealedResult =
    later && appealed ? appealResult(withoutReasoningAfter(result.slice(appealed.rulingStart))) : undefined;
  if (later && appealedResult === "withdrawn")
    return { ruling: result.slice(0, later.index).trim(), appeal: "withdrawn" };
  // An appeal or a retrial told after the ruling it reviews (…判决：一、撤销…决定。X提起上诉，…法院…判决：
  // 驳回上诉，维持原判): its own result, and the ruling that stands — the one it upheld (the ruling told
  // before it), or its own. Not the first ruling's words read as the appeal's (its 撤销 of the act).
  if (later && appealed && procedure !== "一审" && appealedResult !== "other") {
    const told = toldRulings(result);
    const own = untilLater(result.slice(appealed.rulingStart));
    // The ruling it upheld may itself have upheld one (a retrial upholding an appeal that dismissed
    // the appeal): the one that stands is the last before it that rules on its own.
    let at = told.length - 2;
    while (at > 0 && rulingBelowStands(appealResult(told[at]?.text ?? ""))) at--;
    const below = at >= 0 ? untilLater(told[at]?.text ?? "") : undefined;
    return {
      ruling: rulingBelowStands(appealedResult) ? (below ?? untilLater(result.slice(0, later.index))) : own,
      appeal: appealedResult,
    };
  }
  const ruling = untilLater(result);
  // A first instance's number, the appeal told after it numbered none (…遂裁定准许…撤回上诉, 指导案例69号):
  // the words of the ruling say it is an appeal's.
  const review =
    procedure !== undefined
      ? procedure !== "一审" || APPELLATE_RULING_RE.test(ruling)
      : REVIEW_RULING_RE.test(ruling);
  return { ruling, appeal: review ? appealResult(ruling) : undefined };
}

/**
 * A court speaking in the first clause of a sentence of an account of the trials: 甲区人民法院经审理认为,
 * 乙中院二审认为, 法院认为, 合议庭认为 — not a party's, a prosecutor's or counsel's view (公诉机关认为,
 * 辩护人认为, 原审被告人认为).
 */
const COURT_VIEW_RE =
  /^[^。\n，,：:；;“”"]{0,40}?(?:法院|中院|高院|法庭|本院|合议庭|[一二]审|原审|再审|复核)[^。\n，,：:；;“”"]{0,12}?认为/;
const NOT_COURT_VIEW_RE = /检察|公诉|辩护|被告|上诉人|申诉|代理|当事人/;
/**
 * A sentence pronouncing a ruling: 判决如下, …判决：, 依照…之规定，判处/判决/裁定…, …作出一审判决：, 以X罪分别判处…,
 * 裁定驳回上诉 — not a sentence weighing one (应以X罪判处, 可以判处).
 */
const PRONOUNCES_RE = new RegExp(
  [
    RULING_MARKER_RE.source,
    "(?:依照|根据|依据)[^。]*?(?:判决|裁定|判处|作出)",
    "(?:作出|做出)[^。；]{0,20}?(?:判决|裁定)\\s?[：:，,]",
    "(?<![应可])以[^。；，,]{1,30}罪[，,]?\\s?(?:分别)?判处",
    "(?:裁定|判决)(?=驳回|维持|撤销|核准|不核准|准许|准予)",
    // A ruling told after the court's view in the same breath: 遂判决支持…, 遂依法判处…, 故判决…, 据此判决….
    "(?:遂|故|据此|因此|于是)[，,]?\\s?(?:依法)?(?:判决|裁定|判处|改判)",
  ].join("|"),
);

/**
 * A later court's ruling that changes the judgment below: 改判, or one quashing it and sending the case
 * back (撤销原判，发回重审) — 刑事诉讼法 2018 §236 ¶1 (2)–(3), 民事诉讼法 2023 §177 ¶1 (2)–(3), 行政诉讼法
 * 2017 §89 ¶1 (2)–(4) — told as the ruling (二审改判…, 二审法院以…为由改判, 发回重审), not a party's request
 * for one (请求改判, 要求发回重审) nor a court weighing it (应予改判).
 */
const CHANGES_BELOW_RE =
  /(?:法院|中院|高院|二审|再审|复核)[^。；]{0,80}?(?:改判|发回重审|发回[^。；，,]{0,12}重新审判)/;
/** A death sentence or a sentence below the statutory minimum approved (核准): the ruling upheld (刑事诉讼法 2018 §246, §247; 刑法 §63 ¶2). */
const APPROVED_RE = /(?<!不予?)核准/;

/**
 * Whether the rulings an account tells in `reviews` — the later instances after a court's ruling — leave
 * that ruling in force: each later ruling upholding it (驳回上诉，维持原判, 核准, an appeal withdrawn: 刑事诉讼
 * 法 2018 §236 ¶1 (1), §246) or saying nothing read; not one changing it — amending (改判, 撤销…, 变更…), by
 * a judgment pronouncing sentences of its own (§236 ¶1 (2)–(3): an appeal upholding rules by 裁定), or
 * quashing it and sending the case back (发回重审). A court's view in `reviews` is left out with `views`.
 */
function rulingStands(reviews: string): boolean {
  let from = 0;
  for (const sentence of reviews.split(/(?<=[。\n])/)) {
    const start = from;
    from += sentence.length;
    // Not another case a commentary cites (如（2019）…刑终…号…案，二审改判为…).
    if (
      /(?:如|参见|例如)[^。]{0,6}[（(]\s?[12]\d{3}|[（(]\s?[12]\d{3}\s?[）)][^。，,；]{0,30}?号[^。，,；]{0,40}?案[，,；。（(]/.test(
        sentence,
      )
    )
      continue;
    // Not a party's request nor a court weighing one (请求改判, 应予改判, 可以发回), nor a prosecutor's account
    // of the rulings (…检察院经审查认为，…二审判决改判…确有错误，提请…抗诉).
    const clause = /[^，,。；;]*(?:改判|发回)[^，,。；;]*/.exec(sentence)?.[0] ?? "";
    const head = sentence.split(/改判|发回/, 1)[0] ?? "";
    if (
      CHANGES_BELOW_RE.test(sentence) &&
      !/请求|要求|申请|应|可以|建议|是否/.test(clause) &&
      !/请求|要求|请二审|恳请|申请|提请|[诉辩]称|检察|关于[^。]*意见/.test(head)
    )
      return false;
    const at = PRONOUNCES_RE.exec(sentence);
    if (!at) continue;
    // A ruling told, not an earlier one a court or a party describes (…以X罪判处…的刑事裁定, 依照…判决…无罪，
    // 系适用法律错误) nor a prosecutor's or a party's account of it.
    const before = sentence.slice(0, at.index);
    if (/检察|抗诉|辩护|[诉辩]称|申诉/.test(before)) continue;
    // Nor a court weighing what should be pronounced (应当判处, 可以判处, 所判处的刑罚; 刑法 §70's 应当对新犯的罪
    // 作出判决), nor the sentence below it describes (原审对甲以X罪判处…) unless it quashes it.
    if (/应|可以|所$/.test(sentence.slice(Math.max(0, at.index - 15), at.index + at[0].length))) continue;
    if (
      /^(?:以|根据|依据|依照)/.test(at[0]) &&
      /原审|原判|一审/.test(before) &&
      !/撤销|撤消|改判/.test(before)
    )
      continue;
    // A sentence approved (核准以X罪判处…): upheld.
    if (APPROVED_RE.test(before) && !/撤销|改判|发回/.test(sentence)) continue;
    // The ruling: its sentence and the numbered items after it, to the next instance told (宣判后, X不服…).
    const rest = reviews.slice(start + at.index, start + at.index + 800);
    const later = LATER_INSTANCE_RE.exec(rest.slice(at[0].length));
    const told = later ? rest.slice(0, at[0].length + later.index) : rest;
    let end = told.length;
    for (let stop = told.indexOf("。"); stop >= 0; stop = told.indexOf("。", stop + 1))
      if (!/^\s*(?:[一二三四五六七八九十]{1,3}|\d{1,2})[、.．]/.test(told.slice(stop + 1))) {
        end = stop + 1;
        break;
      }
    const ruling = told.slice(0, end);
    if (
      (/的(?:刑事|民事|行政)?[^。；，,]{0,8}(?:判决|裁定)书?[。；，,]/.test(ruling) &&
        !/撤销|撤消|改判|发回/.test(ruling)) ||
      /[系属][^。；，,]{0,12}(?:错误|不当)|认定错误|(?<!诉讼)请求[：:，,]|申请再审/.test(ruling)
    )
      continue;
    if (APPROVED_RE.test(ruling) && !/撤销|改判|发回/.test(ruling)) continue;
    const result = appealResult(ruling, /判决|判处|改判/.test(at[0]) && !/裁定/.test(at[0]));
    if (result === "amended" || result === "remanded") return false;
  }
  return true;
}

/**
 * A write-up's account of the trials (人民司法's 【审判】, a 裁判结果) split where its courts speak: each
 * court's own words from its view (…法院经审理认为，…系坦白，依法可以从轻处罚; an appeal's …中院二审认为，…)
 * to the sentence pronouncing its ruling, and the rest in reading order — the history up to `last` (where
 * the last ruling's sentence begins; 0 when the account tells one instance), with what the account tells
 * before the first court's view (the prosecution, the parties' claims), then the rulings from there. A
 * judgment's sections hold these apart (审理经过, 本院认为, 判决主文): the courts' findings of 自首, 坦白,
 * 从犯… are their reasoning, read as a judgment's are (src/search/documents.ts), and their rulings are
 * not. Undefined when no court speaks before a ruling.
 */
function courtsWordsIn(
  account: string,
  last = 0,
): { history: string; words: string; ruling: string } | undefined {
  const spoken: { from: number; to: number }[] = [];
  let at = 0;
  let view = -1;
  // Sentences, a line broken inside one (…《关于…的解释\n》第1条之规定，判决如下) read as one.
  for (const sentence of account.split(/(?<=。|[。；;：:！!？?”"）)]\s*\n)/)) {
    const clause = sentence.trim().split(/[，,：:]/, 1)[0] ?? "";
    // A view whose ruling is not pronounced in words read (…认为，…系自首，判处有期徒刑3年。一审宣判后，…上诉)
    // ends with its instance: the appeal and the next court's ruling are not its words.
    if (view >= 0 && at > view && LATER_INSTANCE_RE.test(sentence)) {
      spoken.push({ from: view, to: at });
      view = -1;
    }
    if (view < 0 && COURT_VIEW_RE.test(clause) && !NOT_COURT_VIEW_RE.test(clause)) view = at;
    if (view >= 0 && PRONOUNCES_RE.test(sentence)) {
      if (at > view) spoken.push({ from: view, to: at });
      view = -1;
    }
    at += sentence.length;
  }
  const [first] = spoken;
  if (!first) return undefined;
  let ends = Math.max(last, first.from);
  // Words of a court whose ruling a later one changed are no longer the reasoning in force: they are
  // the history, as the ruling they led to (刑事诉讼法 2018 §236; reasoningInForce for a reprint).
  const views = (from: number) =>
    spoken
      .filter((s) => s.from >= from)
      .reduce((text, s) => text.replace(account.slice(s.from, s.to), "\n"), account.slice(from));
  // Where the instance after each court's words is told (一审宣判后, X提出上诉), if any.
  const laterAt = new Map(
    spoken.map((s) => {
      const later = LATER_INSTANCE_RE.exec(account.slice(s.to));
      return [s, later ? s.to + later.index : undefined] as const;
    }),
  );
  const inForce = spoken.filter((s) => {
    const later = laterAt.get(s);
    return later === undefined || rulingStands(views(later));
  });
  const overturned = spoken.filter((s) => !inForce.includes(s));
  // The history runs at least to the end of the sentence telling the instance after the last words
  // overturned (一审宣判后，X提出上诉。): their ruling and the appeal go with them.
  for (const s of overturned) {
    const later = laterAt.get(s);
    if (later === undefined) continue;
    const stop = account.slice(later).search(/[。\n]/);
    ends = Math.max(ends, later + (stop < 0 ? 0 : stop + 1));
  }
  const rest = [{ to: 0 }, ...spoken].map((s, i) => [s.to, spoken[i]?.from ?? account.length] as const);
  const between = (from: number, to: number) =>
    rest
      .map(([a, b]) => account.slice(Math.max(a, from), Math.min(b, to)).trim())
      .filter(Boolean)
      .join("\n");
  const told = (list: { from: number; to: number }[]) => list.map((s) => account.slice(s.from, s.to).trim());
  // The words overturned go to the history, in reading order with what was told around them.
  const history = [
    ...overturned
      .filter((s) => s.from < ends)
      .map((s) => ({ at: s.from, t: account.slice(s.from, s.to).trim() })),
    ...rest.flatMap(([a, b]) => {
      const t = account.slice(Math.max(a, 0), Math.min(b, ends)).trim();
      return t ? [{ at: Math.max(a, 0), t }] : [];
    }),
  ]
    .sort((x, y) => x.at - y.at)
    .map((x) => x.t);
  return {
    history: history.join("\n"),
    words: told(inForce).join("\n"),
    ruling: between(ends, account.length),
  };
}

/**
 * A civil write-up's outcome, as a judgment's (src/judgment/parse.ts): its last ruling's disposition
 * and awards, and for an appeal or a retrial its result. An appeal that upholds the judgment below
 * (驳回上诉，维持原判) awards nothing itself: the outcome is the ruling it upheld, as the account quotes
 * it (the last ruling quoted in the first of `earlier` quoting one). The sum claimed is the plaintiff's
 * first-instance claim, when the reprint states it (a judgment's own: claimedAmount).
 */
export function writeUpCivilOutcome(
  result: string,
  procedure: Procedure | undefined,
  earlier: readonly (string | undefined)[],
  claims: string | undefined,
): Pick<JudgmentRecord["outcome"], "civil" | "appeal"> {
  const mediated = (text: string) => /主持[^。；]{0,6}调解|调解协议|达成(?:如下)?协议/.test(text);
  const { appeal } = lastRuling(result, procedure);
  // The rulings the result tells, the last first: an account of several reads its last (一审…判决：一、乙行
  // 偿还…。二审…裁定：一、撤销…判决；二、驳回甲的起诉), not the awards it set aside, the story before it
  // nor what followed it (判决后，…决定书对甲处以8万元罚款); a last that upholds the one before it
  // (驳回上诉，维持原判; 维持…判决 as a whole) by that one.
  // A result that is the bare disposition, told with no court nor date, is the last ruling itself.
  const told = toldRulings(result).reverse();
  if (told.length === 0) told.push({ opening: "", text: result });
  const [last, before] = told;
  const upholdsAll = last !== undefined && UPHOLDS_RE.test(last.text);
  const chosen = upholdsAll ? before : last && !/维持/.test(last.text) ? last : undefined;
  // One that upholds some items of a ruling before (一、维持…判决第一项；二、撤销…第二项；三、乙支付…):
  // those items with its own. A retrial may keep the first instance's items, past the appeal that
  // upheld it (撤销二审判决；维持一审判决第一项、第二项): the latest ruling told, or quoted, that has them.
  const partly =
    last && !upholdsAll && /维持/.test(last.text)
      ? [...told.slice(1).map((r) => r.text), quotedRuling(earlier, appealTold)]
          .map((below) => (below ? keptItems(below, last.text) : ""))
          .find((items) => items !== "")
      : undefined;
  // A retrial refused with no ruling before it told awards nothing itself (not a claim refused: 驳回了
  // …的再审请求): the ruling it leaves standing is read below, as quoted.
  const refusesReview = last !== undefined && REVIEW_REFUSED_RE.test(last.text);
  const own = chosen?.text ?? (partly && last ? `${partly}\n${last.text}` : refusesReview ? "" : result);
  let civil = civilResult(own, mediated(chosen ? chosen.opening + own : own));
  // An appeal withdrawn leaves the ruling below standing, as one affirmed does.
  if (rulingBelowStands(appeal) && civil.disposition === "other") {
    const upheld = quotedRuling(earlier, appealTold);
    if (upheld) civil = civilResult(upheld, mediated(upheld));
  }
  const plaintiffs = claims && PLAINTIFF_CLAIMS_RE.test(claims) ? claims : undefined;
  const claimed = plaintiffs ? claimedAmount(plaintiffs) : undefined;
  if (claimed !== undefined && civil.disposition !== "mediated" && civil.disposition !== "withdrawn")
    civil.claimed = claimed;
  return {
    civil: weighedAgainstClaims(civil, plaintiffs),
    ...(appeal && appeal !== "other" ? { appeal } : {}),
  };
}

/**
 * A ruling that grants every claim without stating them: 支持检察机关全部诉讼请求, 支持了…的起诉意见 (not
 * 部分 before or after 支持, nor 不予支持).
 */
const CLAIMS_GRANTED_RE =
  /(?<!不予|未予?|不|部分)支持了?(?:(?!部分)[^。；;，,]){0,20}?(?:诉讼请求|诉请|起诉意见)/;
/** Where an account states the claims of a suit it tells: …提起行政公益诉讼，请求…, 宣读起诉书，请求：…. */
const CLAIMS_STATED_RE = /(?:提起[^。；;，,]{0,20}?诉讼|起诉书)[，,]\s?请求(?:判令)?[：:]?/;

/** The claims as `account` states them (CLAIMS_STATED_RE), to the full stop after their last item. */
function statedClaims(account: string): string | undefined {
  const m = CLAIMS_STATED_RE.exec(account);
  if (!m) return undefined;
  const rest = account.slice(m.index + m[0].length);
  let end = rest.indexOf("。");
  while (end >= 0 && /^\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})[.、．]/.test(rest.slice(end + 1)))
    end = rest.indexOf("。", end + 1);
  return end < 0 ? rest : rest.slice(0, end + 1);
}

/**
 * An administrative write-up's outcome: its last ruling on the act sued (administrativeResult), an
 * appeal's or a retrial's result, and for an appeal that upheld the judgment below the ruling it upheld
 * as the account quotes it (as writeUpCivilOutcome) or, quoting none, last tells it; for a review that
 * upholds a judgment further below, or the items of one it does not quash, what stands of that judgment
 * (standingBelow, read in `earlier`, `result`, then `background`: the facts). A ruling that grants every
 * claim without stating them (支持检察机关全部诉讼请求) rules what `account`, before it, states was claimed.
 */
export function writeUpAdministrativeOutcome(
  result: string,
  procedure: Procedure | undefined,
  earlier: readonly (string | undefined)[],
  account?: string,
  background?: string,
): Pick<JudgmentRecord["outcome"], "administrative" | "appeal"> {
  const { ruling, appeal } = lastRuling(result, procedure);
  // An appeal's own 撤销 quashes the judgment below, not the act: read only what it pronounces after.
  let dispositions = administrativeResult(ruling);
  if (rulingBelowStands(appeal) && dispositions.length === 0) {
    const upheld = quotedRuling(earlier, appealTold) ?? earlier.map(lastRulingTold).find(Boolean);
    if (upheld) dispositions = administrativeResult(upheld);
  }
  if (dispositions.length === 0) {
    // In reading order, the instances told before the result, then the result; last, the facts, where a
    // 检察指导性案例 tells the trials before the prosecutors' work.
    const standing = standingBelow(ruling, [...earlier, result, background]);
    if (standing) dispositions = administrativeResult(standing);
  }
  if (dispositions.length === 0 && account && CLAIMS_GRANTED_RE.test(ruling)) {
    const claims = statedClaims(account.slice(0, Math.max(0, account.lastIndexOf(result))));
    if (claims) dispositions = administrativeResult(claims);
  }
  return {
    ...(dispositions.length > 0 ? { administrative: { dispositions } } : {}),
    ...(appeal && appeal !== "other" ? { appeal } : {}),
  };
}

/** A crime the court convicts of (构成X罪, 犯X罪, 以X罪判处), not one suspected, charged or argued. */
const CONVICTED_BEFORE_RE = /(?:构成|犯有?|以|认定为|定为)$/;
const NOT_CONVICTED_RE =
  /涉嫌|指控|起诉|公诉|辩称|辩护|上诉称|抗诉|不构成|不能构成|是否构成|曾因|曾犯|前科|另案/;

/**
 * The crimes of a write-up's case: those its courts' rulings name, the last ruling naming any (维持原判
 * names none: the ruling it upheld does; an appeal that changes the crime names the new one), with
 * those before it when that last is a death-penalty review (核准… names the reviewed defendant's
 * crimes only); failing a ruling, those the courts' own words convict
 * of (…其行为构成X罪), never those the case was suspected, charged or argued of (因涉嫌犯抢劫罪被逮捕,
 * 以X罪提起公诉, 辩护人提出构成Y罪) nor an earlier conviction; failing both, every crime the title and
 * the account name as convicted before (the earlier rule, for accounts without either).
 */
function writeUpCharges(
  rulings: readonly (string | undefined)[],
  courtsWords: string,
  body: string,
): string[] {
  const distinct = (mentions: { charge: string }[]) => [...new Set(mentions.map((m) => m.charge))];
  const named = rulings
    .filter((ruling): ruling is string => ruling !== undefined)
    .map((ruling) => ({ ruling, crimes: distinct(ownChargeMentions(ruling, true)) }))
    .filter(({ crimes }) => crimes.length > 0);
  const [last, before] = named;
  // A ruling that upholds (核准…, 驳回上诉，维持原判 — wherever in it) names the crimes of the
  // defendants it speaks of only: with those of the ruling before it.
  if (last)
    return /核准|维持原判|驳回(?:上诉|抗诉)/.test(last.ruling)
      ? [...new Set([...last.crimes, ...(before?.crimes ?? [])])]
      : last.crimes;
  const convicted = distinct(
    ownChargeMentions(courtsWords, true).filter((m) => {
      const clause = courtsWords.slice(
        Math.max(0, ...["。", "；", "，"].map((p) => courtsWords.lastIndexOf(p, m.index) + 1)),
        m.index,
      );
      return (
        CONVICTED_BEFORE_RE.test(clause.slice(-3)) &&
        !NOT_CONVICTED_RE.test(clause) &&
        !EARLIER_CONVICTION_RE.test(sentenceAround(courtsWords, m.index))
      );
    }),
  );
  if (convicted.length > 0) return convicted;
  // No ruling and no conviction in the courts' words: the crimes the account names, but not an
  // earlier conviction it tells (…年…月因犯盗窃罪被判处有期徒刑…年 in a 危险驾驶 case, 刑事审判参考
  // 第905号) — the crime of another judgment.
  return distinct(
    ownChargeMentions(body, true).filter((m) => !EARLIER_CONVICTION_RE.test(sentenceAround(body, m.index))),
  );
}

/** An earlier conviction told in a sentence: 曾因犯…, 2010年因犯…罪被判处…, …刑满释放. */
const EARLIER_CONVICTION_RE =
  /曾因|曾犯|曾被|(?:\d{4}年|\d{1,2}月|\d{1,2}日)[^。；，]{0,10}因犯[^。；]{0,40}被判处|刑满释放|假释|前科/;

function sentenceAround(text: string, at: number): string {
  const start = Math.max(text.lastIndexOf("。", at), text.lastIndexOf("；", at)) + 1;
  const ends = ["。", "；"].map((p) => text.indexOf(p, at)).filter((i) => i >= 0);
  return text.slice(start, ends.length > 0 ? Math.min(...ends) : text.length);
}

function fill(record: JudgmentRecord, text: string, collection: string, warnings: string[]): void {
  const lines = paragraphs(text);
  const firstIndex = lines.findIndex((l) => cleanTitle(l) !== "");
  let title = firstIndex >= 0 ? cleanTitle(lines[firstIndex] ?? "") : "";
  // 检察指导性案例 headed by their number alone, the case's name on the next line: （检例第181号）.
  if (/^[（(]?检例第\s?\d+\s?号[）)]?$/.test(title)) {
    const name = lines.slice(firstIndex + 1).find((l) => cleanTitle(l) !== "");
    if (name && !headingOf(name)) title = `${title} ${cleanTitle(name)}`;
  }
  // 人民司法 heads its articles 【202317036】…(the issue and page) …文/作者: the case's name is between.
  if (collection === "people-judicature")
    title = title.replace(/^【\d{6,12}】\s*/, "").replace(/\s*文\s*[/／].*$/, "");
  if (title) record.title = title;
  else warnings.push("title_not_found");
  // The case's name whole, for its cause and parties, where the title cuts it short.
  const caseName = restatedName(title, lines.slice(firstIndex + 1)) ?? title;
  // …and shown whole: a judge reads the case's name, not a cut one (its number kept before it).
  if (caseName !== title) record.title = `${/^[^：:]*[：:]\s*/.exec(title)?.[0] ?? ""}${caseName}`;
  const authorityNumber = authorityNumberOf(text, collection);
  if (authorityNumber) record.authorityNumber = authorityNumber;

  // Each line's part, in order (undefined before the first heading); notes are kept apart whatever
  // heading they fall under.
  const body = lines.slice(firstIndex + 1);
  const isNote = noteLines(body);
  const tagged: { field: Field | undefined; line: string }[] = [];
  let current: Field | undefined;
  let beforeNumbers: Field | undefined;
  body.forEach((line, i) => {
    if (!line.trim()) return;
    if (isNote[i]) {
      tagged.push({ field: "notes", line: line.trim() });
      return;
    }
    // 【裁判摘要】 may carry its paragraph on the same line; other headings stand on short lines, but
    // for the case-number line (□案号　一审：…　二审：…).
    const bracketed = /^\s*(【[^】]{1,12}】)(.*)$/.exec(line);
    const heading = bracketed?.[1]
      ? headingOf(bracketed[1])
      : line.trim().length <= 40 || CASE_NUMBER_LINE_RE.test(line) || KEYWORDS_LINE_RE.test(line)
        ? headingOf(line)
        : undefined;
    if (heading && bracketed?.[2]?.trim()) heading.rest = bracketed[2].trim();
    if (heading) {
      if (heading.field === "numbers" && current !== "numbers") beforeNumbers = current;
      current = heading.field;
      if (heading.rest) tagged.push({ field: current, line: heading.rest });
      return;
    }
    // The case-number line (案号 一审：… 二审：…) runs on with more numbers (复核：…) only; a paragraph
    // after it belongs to the part it interrupted.
    if (current === "numbers" && !NUMBER_LINE_RE.test(line.trim())) current = beforeNumbers;
    // A gazette case reprints its judgment after the 裁判摘要 without a heading: the holdings end there.
    if (current === "holdings" && REPRINT_START_RE.test(line.trim())) current = undefined;
    tagged.push({ field: current, line: line.trim() });
  });
  const parts = new Map<Field, string[]>();
  for (const { field, line } of tagged) if (field) parts.set(field, [...(parts.get(field) ?? []), line]);
  const joined = (f: Field) => parts.get(f)?.join("\n");

  const keywords = joined("keywords");
  // Keywords separated by / keep their 、 (组织、领导、参加黑社会性质组织罪) and a line wrapped inside one
  // (降低环境 / 风险); otherwise whitespace and punctuation separate them.
  if (keywords)
    record.keywords = (
      /[/／]/.test(keywords)
        ? keywords.replace(/\s*\n\s*/g, "").split(/\s*[/／]\s*/)
        : keywords.split(/[\s、，,；;]+/)
    )
      .map((k) => k.trim())
      .filter((k) => k.length > 0);
  // 刑事审判参考 titles carry the legal question after the dash: 某某案——如何认定…
  // Without 裁判要旨, the question the case answers stands in — said to be one (keyHoldingsKind), so a
  // report does not print a question under 裁判要点 (review15-reports: 20 of 24 刑事审判参考 cases).
  const stated = joined("holdings");
  const holdings = stated ?? questionsOf(joined("issue")) ?? /(?:——|----|—)\s?(.+)$/.exec(title)?.[1];
  if (holdings) record.keyHoldings = holdings;
  if (holdings && !stated) record.keyHoldingsKind = "question";
  // Gazette cases often reprint the judgment itself without headings: split it like a judgment —
  // the reprint only, not the commentary under its headings (主要问题, 裁判理由, 评析) nor the notes,
  // which a disposition would otherwise run on into.
  const notes = joined("notes");
  const reprint = [
    ...lines.slice(0, firstIndex + 1),
    ...tagged.filter((t) => t.field === undefined || t.field === "holdings").map((t) => t.line),
  ].join("\n");
  const judgmentSections = joined("facts") ? undefined : sectionTexts(reprint, sectionSpans(reprint));
  // A reprint in the third person: its court's reasoning opens with …法院一审认为, which a judgment's
  // sections do not know (they fall back to a 综上 — a party's 综上，请求… as often as the court's);
  // its findings with …法院一审查明, before which the parties' claims and defence are told.
  const js = judgmentSections;
  if (js?.facts && !/^(?:综上(?:所述)?[，,]?\s?)?本院/.test(js.reasoning ?? "")) {
    const split = splitReasoning([js.facts, js.reasoning].filter(Boolean).join("\n"));
    if (split) Object.assign(js, split);
  }
  const findings = js?.facts ? THIRD_PERSON_FINDINGS_RE.exec(js.facts) : null;
  if (js?.facts && findings && findings.index > 0 && !js.claims) {
    js.claims = js.facts.slice(0, findings.index).trim();
    js.facts = js.facts.slice(findings.index).trim();
  }
  // A reprint in the third person rules with …法院…于2014年8月13日判决：, which a judgment's sections
  // do not know: its last such ruling, up to the note that it is final.
  const gazetteReprint = collection === "spc-gazette" && judgmentSections !== undefined;
  const rulingInReprint =
    gazetteReprint && !judgmentSections?.disposition && !joined("result")
      ? lastRulingText(reprint)
      : undefined;
  // A reprint of several instances: the disposition is the last one's; the first court's legal basis
  // and ruling and the later courts' account follow its reasoning, in reading order. So too after a
  // ruling in the third person, the later courts told in their own words (…该院审理认为，…驳回…的上诉，
  // 维持第一审判决。…最高人民法院审查认为：…于1991年12月20日，驳回了…的再审请求: FYGB0822).
  const reprintDisposition = judgmentSections?.disposition ?? rulingInReprint;
  const instances =
    !joined("result") && reprintDisposition ? lastInstanceRuling(reprintDisposition) : undefined;
  const courtsReasoning =
    [judgmentSections?.reasoning, instances ? judgmentSections?.legalBasis : undefined, instances?.before]
      .filter(Boolean)
      .join("\n") || undefined;
  // Under a commentary heading (裁判理由, 评析) the courts' reasoning is told with the facts, as
  // 刑事审判参考's 基本案情 tells the trials.
  const commentary = joined("reasoning");
  const factsFound = joined("facts") ?? judgmentSections?.facts;
  const facts =
    joined("facts") ??
    (commentary && courtsReasoning
      ? [judgmentSections?.facts, courtsReasoning].filter(Boolean).join("\n")
      : judgmentSections?.facts);
  // A 裁判结果 telling several instances (一审…判决：…。宣判后…上诉。…法院于…作出…判决：驳回上诉，
  // 维持原判): the last court's ruling is the disposition, the earlier ones its history (审理经过).
  const told = joined("result");
  const last = told ? finalRuling(told) : undefined;
  const history =
    told && last && last.sentenceStart > 0 && LATER_INSTANCE_RE.test(told.slice(0, last.sentenceStart))
      ? told.slice(0, last.sentenceStart).trim()
      : undefined;
  // 刑事审判参考 tells the trials at the end of its 基本案情, without a 裁判结果: the last ruling there.
  const inFacts =
    !told && collection === "criminal-trial-reference" && joined("facts") ? joined("facts") : undefined;
  const rulingInFacts = inFacts ? lastRulingText(inFacts) : undefined;
  // From the sentence naming the court and its judgment, unless that sentence is its reasoning too.
  const rulingFrom =
    last && last.rulingStart - last.sentenceStart <= 150 ? last.sentenceStart : last?.rulingStart;
  const result =
    (history && told && rulingFrom !== undefined ? told.slice(rulingFrom).trim() : told) ??
    instances?.ruling ??
    judgmentSections?.disposition ??
    (rulingInReprint && rulingInReprint.length >= 4 ? rulingInReprint : undefined) ??
    (rulingInFacts && CRIMINAL_RULING_RE.test(rulingInFacts.slice(0, 100)) ? rulingInFacts : undefined);
  // A reprint of several instances shows its last court's reasoning (…高级人民法院二审认为), not the
  // first court's a later one overruled: the first court's reasoning and ruling and the appeal told
  // before it are the history (审理经过).
  const lastReasoningAt = instances
    ? [...instances.before.matchAll(THIRD_PERSON_REASONING_RE)].at(-1)?.index
    : undefined;
  const earlierInstances =
    instances && !commentary && lastReasoningAt !== undefined && lastReasoningAt > 0
      ? [
          judgmentSections?.reasoning,
          judgmentSections?.legalBasis,
          instances.before.slice(0, lastReasoningAt),
        ]
          .filter(Boolean)
          .join("\n")
          .trim()
      : undefined;
  const readReasoning =
    commentary ??
    (earlierInstances && lastReasoningAt !== undefined
      ? instances?.before.slice(lastReasoningAt).trim()
      : courtsReasoning);
  // A judge reads the reasoning shown as the case's holding: of a reprint telling its instances in the
  // third person, the reasoning of the judgment in force, where the sections read as a judgment's began
  // at another court's (the first court's, or an appeal's a retrial overturned); the courts' reasoning
  // before it is the history (审理经过).
  const inForce = !commentary && judgmentSections ? reasoningInForce(reprint) : undefined;
  // Not where the sections began at that court's reasoning for that instance already, maybe at
  // another of its paragraphs (…二审认为：上诉人对…没有提出异议。…本案二审的争议焦点是…。…二审认为：),
  // unless they kept little of it (its opening line alone).
  const readKey = readReasoning ? reasoningOpenings(readReasoning)[0] : undefined;
  const sameCourt =
    readKey?.at === 0 &&
    readKey.key !== undefined &&
    readKey.key === inForce?.key &&
    (readReasoning?.length ?? 0) * 2 >= inForce.reasoning.length;
  const standsElsewhere =
    inForce !== undefined && !readReasoning?.startsWith(inForce.reasoning.slice(0, 20)) && !sameCourt;
  const reasoning = standsElsewhere ? inForce.reasoning : readReasoning;
  const statutesText = joined("statutes");
  const legalBasis = statutesText ?? (instances ? undefined : judgmentSections?.legalBasis);
  const earlierReasoning = standsElsewhere && inForce.earlier ? inForce.earlier : undefined;
  // The courts' words in an account of the trials under its heading are their reasoning, not their
  // rulings: those of the earlier instances it tells (its history) and of the last.
  const spoken = told && result ? courtsWordsIn(told, history ? (rulingFrom ?? 0) : 0) : undefined;
  const historyText = (spoken ? spoken.history : history) || (earlierInstances ?? earlierReasoning);
  if (historyText) record.sections.history = historyText;
  if (judgmentSections?.claims) record.sections.claims = judgmentSections.claims;
  if (facts) record.sections.facts = facts;
  const reasoningText = [spoken?.words, reasoning].filter(Boolean).join("\n");
  if (reasoningText) record.sections.reasoning = reasoningText;
  if (legalBasis) record.sections.legalBasis = legalBasis;
  if (result) record.sections.disposition = spoken?.ruling || result;
  // The write-up's end matter (sign-off, footnotes, editors' notes), where a judgment has its own.
  if (notes) record.sections.footer = notes;
  if (!facts && !holdings) warnings.push("no_holdings_or_facts");

  // Without 相关法条, the provisions the court applied: its 依照…之规定 in the account (刑事审判参考
  // tells the judgments in 基本案情) or in a reprinted judgment's reasoning and legal basis — not the
  // commentary's 裁判理由/评析, which discusses provisions it did not apply; failing those, what the
  // text cites.
  const courtsOwn = [
    history,
    facts,
    commentary ? undefined : courtsReasoning,
    instances ? undefined : judgmentSections?.legalBasis,
    rulingInFacts ? undefined : result,
  ]
    .filter(Boolean)
    .join("\n");
  // To the 规定 that closes the sentence, not one inside a title (《最高人民法院关于复核死刑案件若干问题的
  // 规定》第二条), or to the ruling when no 规定 is written (依照民法通则第一百一十九条…，于…判决).
  const applied = courtsOwn.match(APPLIED_RE) ?? [];
  const appliedRefs = applied.length > 0 ? normaliseStatutes(applied.join("\n")) : [];
  record.statutes = statutesText
    ? normaliseStatutes(statutesText)
    : appliedRefs.length > 0
      ? appliedRefs
      : // The reasoning as the sections read it, not the reasoning in force alone: the provisions a first
        // court cited, where an appeal upheld it in a few words, stay the case's (公报 FYGB0544).
        normaliseStatutes([readReasoning, result].filter(Boolean).join("\n"));

  // The case's own trials are listed in its case-number line (案号 一审：… 二审：…) and told in its
  // account: its 裁判结果 (审判, 诉讼过程…) when it has one, for 基本案情 then tells the background,
  // with other suits between the parties (the judgment enforced, the one a third party would revoke);
  // else its 基本案情, which in 刑事审判参考 ends with the trials; else, in a judgment reprinted
  // without those headings, the reprint. Never in notes or footnotes (①参见（2019）…号判决书) nor in
  // the commentary (裁判理由, 评析, 主要问题), which cite other cases: those numbers are cited only.
  const has = (f: Field) => tagged.some((t) => t.field === f);
  const accountOf = has("result")
    ? (f?: Field) => f === "result"
    : has("facts")
      ? (f?: Field) => f === "facts"
      : (f?: Field) => f === undefined || f === "holdings";
  const account = tagged
    .filter((t) => accountOf(t.field))
    .map((t) => t.line)
    .join("\n");
  const numberLine = joined("numbers") ?? "";
  const listed = findCaseNumbers(numberLine);
  // Not a request the line lists after the case (一审：（2019）…刑初…号　请示：（2019）…刑他…号): the court
  // asked answers a question of law, the court asking decides the case.
  const labelled = (c: CaseNumber, label: RegExp) =>
    label.test(numberLine.slice(0, numberLine.indexOf(c.raw)));
  const request = (c: CaseNumber) => labelled(c, /(?:请示|批复)[^：:\s]{0,4}[：:]\s*$/);
  // Nor the trials of the defendant's earlier crime the line lists first (前罪一审：…　前罪再审：…　本罪一审：…):
  // another case's (EARLIER_CRIME_OPENING_RE).
  const earlierCrime = (c: CaseNumber) => labelled(c, /前罪[^：:\s]{0,4}[：:]\s*$/);
  // The write-up's own number: the last trial its case-number line lists; else the latest instance its
  // account tells of (a retrial's disposition names the first instance it upholds after its own
  // number), but for a criminal case (every 刑事审判参考 one) never a civil or an enforcement number
  // (the judgment a 拒执 or a 虚假诉讼 case is about).
  // Its keywords only where neither its title nor they name another kind of case: 定罪量刑 among the
  // keywords of an administrative suit's supervision (…行政处罚检察监督案, 行政检察) is what the suit is
  // about, not a prosecution.
  const otherKind =
    (/行政|民事/.test(title) && !/刑事/.test(title)) ||
    (record.keywords ?? []).some((k) => WORK_KIND_RE.test(k) && !/刑事/.test(k));
  const criminal =
    /刑事|被告人|公诉|罪/.test(title) ||
    (!otherKind && /刑事|被告人|公诉|罪/.test((keywords ?? "").slice(0, 20)));
  const criminalCase = criminal || collection === "criminal-trial-reference";
  const foreign = criminalCase ? undefined : foreignKinds(title);
  const ownable = (c: CaseNumber) =>
    !c.category || (criminalCase ? /刑事|国家赔偿|其他/.test(c.category) : !foreign?.test(c.category));
  // A prosecution, its account naming the prosecutor as a party (公诉机关：…), owns no civil or
  // administrative number: one its case-number line lists is a misprint (（2013）某行初字第36号 for
  // 某刑初字, rmsf0904; …民终… for the appeal of a crime, rmsf0529), neither its own number — which would
  // file it as a civil or administrative case — nor an earlier trial of it. Without it the case is
  // known by its account. (An article's title naming a crime does not make a prosecution: 人民司法 titles
  // civil suits after the crime behind them.)
  const prosecutorParty = /公诉机关\s?[：:]/.test(text);
  const misprinted = (c: CaseNumber) => prosecutorParty && criminalCase && /民事|行政/.test(c.category ?? "");
  const listedLast = listed.findLast((c) => !request(c) && !earlierCrime(c)) ?? listed.at(-1);
  const listedOwn = listedLast && !misprinted(listedLast) ? listedLast : undefined;
  const mentioned = toldNumbers(account);
  // A number a story of the facts tells (a party's claim, a court's findings) is another suit's — an
  // earlier dispute between the parties, a settlement and the ruling enforcing it — however its court's
  // level and province fit (FYGB0144 took such an appeal for its own, FYGB0222 such a settlement);
  // unless this suit's account reviews it outside the story (撤销/维持/不服…号判决, FYGB0557).
  const reviewedOutside = new Set(
    mentioned.filter((m) => !m.story && m.reviewed).map((m) => caseNumberKey(m.number.raw)),
  );
  const storyKeys = new Set(
    mentioned
      .filter((m) => m.story && !reviewedOutside.has(caseNumberKey(m.number.raw)))
      .map((m) => caseNumberKey(m.number.raw)),
  );
  // A judgment the account says was quashed or upheld is an earlier instance; the write-up's own is
  // one that may have reviewed it — no older, of no lower court — else none is told (a gazette case
  // citing the parties' other suits beside the instances it reprints).
  const reviewed = mentioned
    .filter((m) => m.reviewed && !storyKeys.has(caseNumberKey(m.number.raw)))
    .map((m) => m.number);
  const reviewedKeys = new Set(reviewed.map((n) => caseNumberKey(n.raw)));
  // A ruling that sent the case back, when the account goes on to its new trial (FYGB0227: …作出…号民事
  // 裁定，撤销原判并发回重审。重审中，…), is an earlier instance, as is every number told before it (the
  // judgment it quashed): the write-up's is a later ruling's.
  const lastRemand = mentioned.findLastIndex((m) => m.remanded);
  const remandedKeys = new Set(mentioned.slice(0, lastRemand + 1).map((m) => caseNumberKey(m.number.raw)));
  // A number once told as another matter (再查明：…另一纠纷…作出（2009）…号判决; produced as evidence) is
  // that matter's wherever else it is told (…执行裁定，终结（2009）…号判决书的执行, FYGB0217).
  const referencedKeys = new Set([
    ...mentioned.filter((m) => m.referenced).map((m) => caseNumberKey(m.number.raw)),
    ...storyKeys,
  ]);
  const mayReview = (c: CaseNumber) =>
    reviewed.every(
      (r) => (c.year ?? 0) >= (r.year ?? 0) && plausiblyBelow(courtOfNumber(r), courtOfNumber(c)),
    );
  // A judgment reprinted under its own header is that court's, whatever courts its text tells of, and
  // bears the number its header gives.
  const headed = gazetteReprint ? headerCourt(reprint, judgmentSections?.footer) : undefined;
  const numbered =
    listedOwn ??
    headed?.number ??
    latestInstance(
      mentioned.filter(
        (m) =>
          !referencedKeys.has(caseNumberKey(m.number.raw)) &&
          !reviewedKeys.has(caseNumberKey(m.number.raw)) &&
          !remandedKeys.has(caseNumberKey(m.number.raw)) &&
          ownable(m.number) &&
          mayReview(m.number),
      ),
    );
  // The court and date of the decision: write-ups have no header naming them. A guiding case also has
  // the day it was issued (its 发布 date, releaseDate), when it became binding (指导案例58 was judged
  // in 2013 and issued in 2016: the recency order exempts guiding cases anyway, SPC 2020 §4).
  // A reprint's own number, when no case-number line lists it, is only the latest its text tells, which
  // may be another suit's (FYGB0189, FYGB0271): not one to name the court by.
  const told_ = decidingCourt(account, numbered, listed.length > 0 || !gazetteReprint, text);
  // A gazette reprint names its court and date in the sentence opening its disposition (…人民法院依照…之
  // 规定，于2019年10月8日判决：), which the account's clauses may not (review17-civil: 131 of 645 civil
  // guiding and gazette cases had no date, 28 no court).
  const reprinted =
    gazetteReprint && result && (!told_?.date || !told_.court)
      ? reprintRulingCourt(reprint, result)
      : undefined;
  // The court and its date from one source, never the account's court with the reprint's date: they may
  // be two instances (an appeal court told, the first instance's ruling reprinted — diff review L6). The
  // account's court with the date it tells of it; else the court and date of the sentence opening the
  // reprint's disposition, when it names both; else the account's court alone; else what the reprint names.
  const decided =
    headed ?? (!told_?.date && reprinted?.court && reprinted.date ? reprinted : (told_ ?? reprinted));
  // A reprint's number only its text tells is its own only when it fits the court that decided, by level
  // and province as a post-2016 number states them (a pre-2016 code's level as likely): else it is an
  // earlier instance's or another suit's (FYGB0040, FYGB0043), which tells neither its kind nor its trial.
  const demoted =
    numbered && gazetteReprint && !listedOwn && !headed?.number && !fitsCourt(numbered, decided?.court);
  const own = demoted ? undefined : numbered;
  // Demoted, it is an earlier instance only when it may be one of the court that decided (a court of
  // another province's is another suit's).
  const anotherSuit = (c: CaseNumber) =>
    demoted &&
    caseNumberKey(c.raw) === caseNumberKey(numbered.raw) &&
    !plausiblyBelow(
      courtOfNumber(c),
      courtInfo({
        court: decided?.court,
        courtLevel: courtLevelOf(decided?.court ?? ""),
        province: provinceInName(decided?.court ?? ""),
      }),
    );
  if (own) {
    record.caseNumber = own;
    record.category = own.category;
    record.procedure = own.procedure;
    record.courtLevel = own.courtLevel;
    if (own.province) record.province = own.province;
  }
  // One entry per number however written; never the write-up's own, nor a misprint of it.
  const distinct = distinctNumbers(
    [...(own ? [own] : []), ...listed.filter(misprinted)].map((c) => caseNumberKey(c.raw)),
  );
  // The earlier trials only: a commutation (刑更) or an enforcement (刑执) listed beside is not one,
  // nor a judgment the account refers to (前科, 另查明, 证据) where it is told again (produced as
  // evidence, then weighed: …号民事判决书，亦能证明…) or of another kind of case (the criminal judgment
  // behind a civil suit or a state-compensation claim).
  record.priorCaseNumbers = distinct(
    [
      ...listed.filter((c) => !earlierCrime(c) && !misprinted(c)),
      ...mentioned
        .filter(
          (m) =>
            !referencedKeys.has(caseNumberKey(m.number.raw)) &&
            !anotherSuit(m.number) &&
            sameDispute(own ?? (criminalCase ? CRIMINAL : undefined), m.number),
        )
        .map((m) => m.number),
    ].filter(isTrialNumber),
  );
  // Any other number the write-up mentions, in its notes and commentary too, is cited, not an instance.
  const cited = distinct(findCaseNumbers(text));
  if (cited.length > 0) record.citedCaseNumbers = cited;

  if (decided?.court) {
    record.court = decided.court;
    record.courtLevel = courtLevelOf(decided.court) ?? record.courtLevel;
    record.province = provinceInName(decided.court) ?? record.province;
  }
  // Only a guiding case's own release: elsewhere …发布 dates a rule, a notice or a report the account
  // quotes (刑事审判参考第1485号: an SPC opinion of 2019), or a guiding case a gazette reprints.
  const published =
    collection === "spc-guiding"
      ? /(\d{4}\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日)\s?发布/.exec(text.slice(0, 1500))
      : null;
  const released = published?.[1] ? parseChineseDate(published[1].replace(/\s/g, "")) : undefined;
  if (released) record.releaseDate = released;
  // The judgment's own date where the account states it (指导案例32号: judged 2013-01-21, issued
  // 2014-12-18 — a report's 裁判日期 had been the issue date, review15); else the issue date.
  const date = decided?.date ?? released;
  if (date) record.decisionDate = date;
  record.statutes = asDecided(record.statutes, record.decisionDate);

  // A criminal case its title does not tell (张某某盗窃案, 李某某利用未公开信息交易案) is prosecuted in its
  // account; not when its own number is another kind of case's.
  const prosecuted =
    !record.category &&
    !PUBLIC_SUIT_RE.test(title) &&
    // (…人民检察院诉…, also …检察院第一分院诉…, …第二检察分院诉… and a spaced …检察院 诉…: the prosecution itself.)
    !/纠纷|(?<!(?:检察院(?:第[一二三四五六七八九十]分院)?|检察分院)\s*)诉(?!讼)|赔偿|行政|监督/.test(title) &&
    /公诉机关|提起公诉|检察院[^。；]{0,30}指控/.test(
      [judgmentSections?.parties, judgmentSections?.history, judgmentSections?.claims, courtsOwn]
        .filter(Boolean)
        .join("\n"),
    );
  // A civil dispute (…纠纷案, or a suit the civil procedure law names …之诉: 执行异议之诉, 民事诉讼法 2023
  // §238; 第三人撤销之诉, §59 ¶3) whose account quotes a criminal judgment is no criminal case, nor a civil or
  // administrative public-interest suit its title names (检例第112号, keyworded 刑事附带民事公益诉讼 too).
  const civilDispute = CIVIL_DISPUTE_TITLE_RE.test(title.split(/——|-{2,}/)[0] ?? "");
  const publicSuit = PUBLIC_SUIT_RE.test(title.split(/——|-{2,}/)[0] ?? "");
  const prosecution =
    !civilDispute && !publicSuit && (criminalCase || record.category === "刑事" || prosecuted);
  if (prosecution) {
    const rulings = [
      ...rulingsIn(told),
      result,
      ...rulingsIn(history),
      instances?.first,
      ...rulingsIn(inFacts),
      ...rulingsIn(judgmentSections?.disposition),
      ...rulingsIn(gazetteReprint ? reprint : undefined),
    ];
    record.charges = writeUpCharges(
      rulings,
      [factsFound, judgmentSections?.reasoning, history, told].filter(Boolean).join("\n"),
      [title, factsFound, judgmentSections?.reasoning, instances?.first, history, result]
        .filter(Boolean)
        .join("\n"),
    );
    // The sentences of the case, as its last ruling pronounces them; a last ruling that upholds the one
    // below (驳回上诉，维持原判) pronounces none: those of the ruling it upheld, the appeal affirmed.
    // A commentary tells the ruling crime first (以X罪分别判处被告人A…；判处被告人B…).
    const read = result ? criminalSentences(result, true) : [];
    const byCrime = result && !read.some((s) => s.penalty || s.acquitted) ? byCrimeSentences(result) : [];
    const pronounced = byCrime.length > 0 ? byCrime : read;
    // Not one that quashes the criminal part while upholding the civil one (指导案例93号: 维持原判附带
    // 民事部分；撤销原判刑事部分，以某罪改判被告人有期徒刑若干年 — it had read 维持原判：无期徒刑).
    const upholds =
      pronounced.length === 0 &&
      /驳回(?:上诉|抗诉)|维持原判/.test(result ?? "") &&
      !/改判/.test(result ?? "");
    const earlier = rulings.filter((r): r is string => r !== undefined && r !== result);
    const upheld = upholds
      ? (earlier.map((r) => criminalSentences(r, true)).find((found) => found.length > 0) ??
        upheldSentences([...earlier, inFacts ?? factsFound]))
      : undefined;
    const sentences = pronounced.length > 0 ? pronounced : (upheld ?? []);
    if (sentences.length > 0) record.outcome.criminal = sentences;
    if (upheld?.length) record.outcome.appeal = "affirmed";
    // A last ruling after others that changes a sentence (改判) is an appeal or retrial that amended.
    else if (earlier.length > 0 && pronounced.length > 0 && /改判/.test(result ?? ""))
      record.outcome.appeal = "amended";
    record.category ??= "刑事";
  } else {
    // Without its own number, the kind of case its title tells: 不服…行政处罚 / …行政… is an
    // administrative case, as is 不服 an act of the catalogue (…不服某局责令补缴…保险费案, …不服…责任
    // 认定案, …不服…批复案: causes.ts administrativeAct), a …纠纷案 a civil one — unless the court
    // tried it by the administrative procedure law (…履行法定职责纠纷案, …特许经营协议纠纷案). A
    // prosecutors' case is read by its keywords first (行政抗诉: …诉某局…认定纠纷抗诉案 is administrative).
    const contested = /不服/.exec(title);
    record.category ??=
      /行政|不服[^。]{0,40}(?:决定|处罚|处理)/.test(title) ||
      (contested && administrativeAct(title.slice(contested.index)) !== undefined) ||
      triedAsAdministrative(record.statutes.map((ref) => ref.law))
        ? "行政"
        : collection === "spp-guiding"
          ? prosecutorsCaseCategory(title, record.keywords)
          : civilDispute
            ? "民事"
            : suitCategory(title);
    // An administrative suit's title naming only the act sued (…诉某市人民政府房屋征收补偿决定案) has the
    // catalogue's cause of it.
    record.causes = findCauses(caseName, [], record.category === "行政");
    // A 检察指导性案例 tells a court's ruling among the prosecutors' work: its outcome is that ruling's.
    const ruled = collection === "spp-guiding" && result ? courtsRulingOn(result) : result;
    if (ruled && (record.category === "行政" || record.category === "民事")) {
      // Where an upheld ruling may be quoted, in order: the account, the earlier instances told, the
      // reprint's text before its last ruling.
      const earlier = [
        history,
        earlierInstances,
        instances?.before,
        judgmentSections?.legalBasis,
        gazetteReprint ? reprint.slice(0, Math.max(0, reprint.lastIndexOf(ruled))) : undefined,
      ];
      Object.assign(
        record.outcome,
        record.category === "行政"
          ? writeUpAdministrativeOutcome(ruled, record.procedure, earlier, result, factsFound)
          : writeUpCivilOutcome(ruled, record.procedure, earlier, judgmentSections?.claims),
      );
    }
  }
  // Parties, which /related searches by (review15-search: none of 690 civil and administrative
  // write-ups naming 原告/被告 had any): a reprint's parties section, else the title's 甲诉乙…纠纷案 /
  // 甲与乙…; a criminal case's defendants as its sentences name them.
  // A reprint's parties section often runs on into the claims (佳华公司诉称, 原告:诉称): not names.
  // Without a parties paragraph (an article telling the case: 被告人甲以其系正当防卫…为由提出上诉),
  // only the names the title gives too are read from the text.
  const partiesSection = judgmentSections?.parties;
  const paragraph = partiesSection ? partiesParagraph(partiesSection, reprint) : "";
  record.parties = (
    paragraph
      ? extractParties(paragraph)
      : extractParties(partiesSection ?? "").filter((p) => title.includes(p.name))
  ).filter((p) => !NOT_A_PARTY_RE.test(p.name));
  // The title's cause read again without the names the parties paragraph gives (…诉张某甲工伤保险待遇纠纷案),
  // or read with them where it began with a name (…公司、付某某赔偿纠纷案: causes.ts writtenCause).
  if (!prosecution && record.parties.length > 0)
    record.causes = findCauses(
      caseName,
      record.parties.map((p) => p.name),
      record.category === "行政",
    );
  // Else, in order: an older civil title's causes named without their 纠纷 (…不当得利案), the cause the
  // write-up's keywords name (民事/侵害著作权/…): the case's own name first, then the editors' words.
  if (
    !prosecution &&
    record.causes.length === 0 &&
    (record.category === "民事" || record.category === "行政")
  ) {
    const older = record.category === "民事" ? causesWithoutEnding(caseName) : [];
    const keyword = keywordCause(record.keywords ?? [], record.category === "行政");
    record.causes = older.length > 0 ? older : keyword ? [keyword] : [];
  }
  if (record.parties.length === 0) record.parties = titleParties(caseName, record.causes);
  if (record.parties.length === 0 && record.outcome.criminal?.length)
    record.parties = sentencedDefendants(record.outcome.criminal.map((c) => c.defendant)).map((name) => ({
      name,
      role: "被告人" as const,
      kind: partyKind(name),
    }));
  // 刑事审判参考's editors mark a case whose rules a later law or interpretation replaced: 注：鉴于…，本案例
  // 所涉相关规则不再适用 / 可不再参考. It is not to be cited as a similar case (SPC 2020 类案检索指导意见 §9:
  // a case superseded by a new law or interpretation is not followed).
  if (/本案例[^。\n]{0,12}不再(?:适用|参考|参照)/.test(text)) record.status = "superseded";
  // The trial court's committee (审判委员会讨论决定), not the release of a guiding case (经最高人民法院审判
  // 委员会讨论通过…发布).
  if (/审判委员会(?:讨论|研究)(?!通过)/.test(text)) record.committeeDiscussed = true;
}
