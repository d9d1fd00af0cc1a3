/** Outcomes read from the disposition (判决主文): sentences, civil results, appeal results. */
import { type ChargeMention, canonicalCharge, findChargeMentions } from "./charges.ts";
import { findAmounts, parseAmountNumber, parseTermMonths, yuanAmount } from "./numerals.ts";
import {
  type AdministrativeDisposition,
  type CriminalSentence,
  type Outcome,
  PenaltyKind,
} from "./record.ts";

const N = "[0-9零〇一二两三四五六七八九十]";
/** 一年五个月, 三年零十个月, 四年又六个月, 一年十一个月零十七日, 七个月, 十五日, 四个月十五天. */
const TERM = `(?=${N})(?:${N}+年)?[零又]?(?:${N}+个?月)?[零又]?(?:${N}+[日天])?`;
const PENALTY_RE = new RegExp(
  `(死刑[，,]?\\s?缓期[二两]年执行|死刑|无期徒刑|有期徒刑\\s?(${TERM})|拘役\\s?(${TERM})|管制\\s?(${TERM})|免[予于除](?:刑事)?处罚|单处罚金|判处罚金)`,
  "g",
);
/** The first penalty written (PENALTY_RE finds them all). */
const FIRST_PENALTY_RE = new RegExp(PENALTY_RE.source);
/** 缓刑二年, and 宣告缓刑，缓刑考验期限为二年. */
const PROBATION_RE = new RegExp(`缓刑\\s?(?:考验期限?\\s?为?\\s?)?(${TERM})`);
const FINE_RE =
  /罚金\s?(?:人民币)?\s?([0-9０-９.,，零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟]+)\s?(万)?元/;
const DEPRIVATION_RE = new RegExp(`剥夺政治权利\\s?(${TERM}|终身)`);
const CONFISCATION_ALL_RE = /没收(?:被告人)?(?:个人)?全部财产/;
const CONFISCATION_RE =
  /没收(?:被告人)?(?:个人)?财产\s?(?:人民币)?\s?([0-9０-９.,，零〇一二两三四五六七八九十百千万亿]+)\s?(万)?元/;
/** The defendant (or, joined by 、, the defendants: 被告人杨远森、张峰泉犯玩忽职守罪，免予刑事处罚) a sentence is of. */
const DEFENDANT_RE =
  /(?:被告人|被告单位|上诉人|申诉人|原审被告人|原审被告单位|(?<!(?:请求|要求|建议|申请)[^。；]{0,30})宣告(?=[^\s，,。；;：:（(、]{2,10}?无罪))((?:[^\s，,。；;：:（(、]{1,20}?|(?<=被告单位)(?:(?!被告人|及)[^\s，,。；;：:、]){2,50}?)(?:、[^\s，,。；;：:（(、]{2,5}?){0,9})(?:(?:[（(][^（）()，,。；;]{1,20}[）)])?[，,]?以?犯(?!罪|[\s，,。；;：:、）)])|无罪|免[予于]|不负刑事责任)/g;
/** One person's name in a list of defendants: two to five characters, a masked one included. */
const LISTED_NAME_RE = /^[\p{Script=Han}·＊*×]{2,5}[0-9甲乙丙丁]?$/u;

/**
 * What follows a name in prose about a defendant, not a sentence (a commentary's 被告人陈泉岩系初犯,
 * 张禾系主犯, 陈远在刑罚执行完毕后五年内又犯…, 钱禾峰构成累犯, 吴立江等人…, 孙晓辰及其辩护人提出…):
 * after the name's first two characters, so 叶在岩 or 苟在川 stay names.
 */
const PROSE_AFTER_NAME_RE =
  /^([^、]{2,}?)(?:系|涉嫌|构成|不构成|认定|作为|曾(?:因|经|被|于|在)|因|等|均系|及其|和原审|提出|辩称|伙同|协助|规劝|应按|适用|分别|供述|首先|邀约|宣告|在(?:共同|缓刑|判决|剥夺|原|刑罚|前罪|\d)|于\d|\d{4})/;

/** The defendants a sentence names: several only when each listed part is a name. */
function defendantsOf(written: string): string[] {
  // 被告人曾江航退缴的犯受贿罪违法所得…: an item about property, no sentence.
  if (written.includes("的")) return [];
  if (/^(?:分别|均|系|是否|对|依法)/.test(written)) return [];
  // The name before the prose, when it is one (王禾华系累犯… → 王禾华, whose sentence follows);
  // otherwise no sentence (吴立江等人为共同实施…).
  const prose = PROSE_AFTER_NAME_RE.exec(written);
  if (prose) return LISTED_NAME_RE.test(prose[1] ?? "") ? [prose[1] as string] : [];
  const parts = written.split("、");
  if (parts.length < 2 || !parts.every((p) => LISTED_NAME_RE.test(p))) return [written];
  // 对被告人楚峰海、王川航、罗川远所犯诈骗罪涉案赃款…: the list's 所犯 is no part of the last name (a
  // single name may end in 所: 李川所).
  return [...parts.slice(0, -1), (parts.at(-1) ?? "").replace(/(?<=.{2})所$/, "")];
}

/** The first principal penalty written in a text, with its term. */
function mainPenalty(text: string): { penalty?: PenaltyKind; months?: number } {
  const m = FIRST_PENALTY_RE.exec(text);
  if (!m?.[1]) return {};
  const word = m[1];
  let penalty: PenaltyKind;
  if (/缓期/.test(word)) penalty = "死缓";
  else if (word === "死刑") penalty = "死刑";
  else if (word === "无期徒刑") penalty = "无期徒刑";
  else if (word.startsWith("有期徒刑")) penalty = "有期徒刑";
  else if (word.startsWith("拘役")) penalty = "拘役";
  else if (word.startsWith("管制")) penalty = "管制";
  else if (/免/.test(word)) penalty = "免予刑事处罚";
  else penalty = "单处罚金";
  const term = m[2] ?? m[3] ?? m[4];
  const months = term ? parseTermMonths(term) : undefined;
  return months === undefined ? { penalty } : { penalty, months };
}

/**
 * The crimes a disposition convicts of in this case, each with where its words end (the next crime
 * written). A crime of another judgment is left out: one combined with this sentence (与其原犯盗窃罪、
 * 诈骗罪所判有期徒刑二年并罚, 与前犯…罪未执行的刑罚, 加上…所判, §70–71), one whose
 * probation is revoked (撤销…中对被告人X犯Y罪判处…缓刑的部分), or an appeal's quashed sentence
 * (撤销…即被告人X犯Y罪，判处…), an earlier conviction (曾因犯…, …刑满释放): the words since the clause
 * began (；, 。) say so, those between the crime and its penalty (未执行, 余刑, 缓刑部分), or the rest
 * of its sentence (刑满释放). 原判 is another judgment in a first instance (与原判
 * 有期徒刑三年并罚: the revoked probation's), but this case's own earlier judgment in an appeal or a
 * retrial (`review`: 维持…与原判合同诈骗罪并罚).
 */
export function ownChargeMentions(text: string, review = false): (ChargeMention & { end: number })[] {
  const mentions = findChargeMentions(text);
  return mentions.flatMap((m, i) => {
    const end = mentions[i + 1]?.index ?? text.length;
    const from = Math.max(...["；", "。", ";"].map((p) => text.lastIndexOf(p, m.index))) + 1;
    const since = text.slice(from, m.index);
    const segment = text.slice(m.index, end);
    const penaltyAt = segment.search(FIRST_PENALTY_RE);
    const toPenalty = penaltyAt < 0 ? segment : segment.slice(0, penaltyAt);
    // 前犯/原犯 after a word (与原犯…罪, 其前犯), not a name ending in 前 or 原 (李峰禾犯故意杀人罪).
    const other =
      /撤销|撤消|加上|连同|前罪|(?:^|[与同其及和，,、])[前原]犯|前次|先前|之前|此前|(?<!执行)以前|曾因|曾经|曾被|曾犯|另案|与[^，；。]{0,30}判决[^，；。]{0,20}犯/.test(
        since,
      ) ||
      /未执行|余刑|剩余刑期|缓刑部分|宣告缓刑|前罪/.test(toPenalty) ||
      // A sentence served (因犯盗窃罪被判处有期徒刑二年，2009年3月5日刑满释放): a criminal record.
      /^[^。；;]*(?:刑满释放|刑满出狱|假释出狱)/.test(segment) ||
      (!review && (/原判/.test(since) || /原判/.test(toPenalty)));
    return other ? [] : [{ ...m, end }];
  });
}

/**
 * The sentence for each crime before a combined punishment (犯盗窃罪，判处有期徒刑二年；犯故意伤害罪，
 * 判处有期徒刑八年；决定执行…): each of this case's crimes (ownChargeMentions) with the first penalty
 * written after it, before the first 决定执行 (a second one combines the first with another court's
 * judgment).
 */
function countsOf(written: string, review: boolean): NonNullable<CriminalSentence["counts"]> {
  // A count may be written without its 犯 (…六个月；寻衅滋事罪，判处有期徒刑十个月；…): read as if it had it.
  const head = written.replace(/([；;]\s*)(?=[^\s，,。；;：:]{2,40}罪[，,]?\s*判处)/g, "$1犯");
  const counts: NonNullable<CriminalSentence["counts"]> = [];
  for (const mention of ownChargeMentions(head, review)) {
    const { penalty, months } = mainPenalty(head.slice(mention.index, mention.end));
    if (penalty)
      counts.push({ charge: mention.charge, penalty, ...(months !== undefined ? { months } : {}) });
  }
  return counts;
}

/** The combined punishment's words (刑法 §69): 决定执行, 决定合并执行, 合并执行, 数罪并罚，执行. */
const COMBINED_RE = /决定(?:合并)?执行|合并执行|并罚[，,]\s?执行/;
const COMBINED_ALL_RE = new RegExp(COMBINED_RE.source, "g");

/** Words of another judgment's sentence in the words before a combined punishment. */
const EARLIER_SENTENCE_RE =
  /前罪|(?:^|[与同其及和，,、])[前原]犯|曾因|曾被|原判|余刑|剩余刑期|未执行|尚未执行|缓刑部分|宣告的缓刑|假释|与[^，；。]{0,40}(?:判决|裁定)/;
const EARLIER_SENTENCE_REVIEW_RE = new RegExp(EARLIER_SENTENCE_RE.source.replace("|原判", ""));

function penaltyOf(clause: string, review: boolean): Omit<CriminalSentence, "defendant" | "charges"> {
  // 决定执行 states the combined punishment for several crimes (刑法第六十九条): it wins.
  const combinedAt = [...clause.matchAll(COMBINED_ALL_RE)].at(-1)?.index ?? -1;
  const scope = combinedAt >= 0 ? clause.slice(combinedAt) : clause;
  const out: Omit<CriminalSentence, "defendant" | "charges"> = { ...mainPenalty(scope) };
  // A unit is punished by a fine alone (刑法 §31), for several crimes too: 决定执行罚金…万元.
  if (combinedAt >= 0 && !out.penalty && new RegExp(`^(?:${COMBINED_RE.source})\\s?罚金`).test(scope))
    out.penalty = "单处罚金";
  if (combinedAt >= 0) {
    const head = clause.slice(0, clause.search(COMBINED_RE));
    // Another judgment's sentence combined with this one (刑法 §70–71: 与前罪…并罚, 连同前罪余刑; §77
    // and §86: a revoked probation or parole). In an appeal or a retrial 原判 is this case's own.
    const merges = (review ? EARLIER_SENTENCE_REVIEW_RE : EARLIER_SENTENCE_RE).test(head);
    if (merges) out.mergesEarlierSentence = true;
    // Each crime's own sentence: several (§69), or the one crime of this case that an earlier
    // sentence joins (犯危险驾驶罪，判处拘役二个月…与前罪有期徒刑一年并罚，决定执行有期徒刑一年).
    const counts = countsOf(head, review);
    if (counts.length >= 2 || (merges && counts.length === 1)) out.counts = counts;
  }
  const probation = PROBATION_RE.exec(scope)?.[1];
  const probationMonths = probation ? parseTermMonths(probation) : undefined;
  if (probationMonths !== undefined) out.probationMonths = probationMonths;
  const fine = FINE_RE.exec(scope) ?? FINE_RE.exec(clause);
  if (fine?.[1]) {
    const value = parseAmountNumber(`${fine[1]}${fine[2] ?? ""}`);
    if (value !== undefined) out.fine = value;
  }
  if (CONFISCATION_ALL_RE.test(clause)) out.confiscation = true;
  else {
    const c = CONFISCATION_RE.exec(clause);
    const value = c?.[1] ? parseAmountNumber(`${c[1]}${c[2] ?? ""}`) : undefined;
    if (value !== undefined) out.confiscation = value;
  }
  const deprivation = DEPRIVATION_RE.exec(scope)?.[1];
  if (deprivation && deprivation !== "终身") {
    const months = parseTermMonths(deprivation);
    if (months !== undefined) out.deprivationOfRightsMonths = months;
  }
  return out;
}

/**
 * Where the items that quash a judgment (撤销…判决…) lie: the sentences they quote are the ones
 * set aside, not the ones imposed (（2015）唐刑终字第894号 quoted ten years, and imposed 四年零十个月).
 */
function quashedSpans(disposition: string): { span: [number, number]; revocation: boolean }[] {
  const spans: { span: [number, number]; revocation: boolean }[] = [];
  for (const m of disposition.matchAll(/撤销/g)) {
    const rest = disposition.slice(m.index);
    const first = rest.split(/[；;。]/)[0] ?? "";
    // A revoked probation or parole (撤销…宣告的缓刑, 撤销…假释的裁定) ends with its sentence: the
    // item goes on to the sentence imposed. A quoted sentence with probation (撤销…第一项，即被告人X犯
    // …判处有期徒刑九个月，缓刑一年) is quashed, not revoked: after 即, a revocation names its object
    // (…缓刑部分, …假释的裁定).
    const object = /缓刑|假释|减刑/.exec(first);
    const quoted = object !== null && first.slice(0, object.index).includes("即");
    const revocation =
      object !== null &&
      !/量刑|主刑|刑罚部分|定罪/.test(first) &&
      (!quoted || /(?:缓刑|假释|减刑)[^，,；;。]{0,12}(?:部分|裁定)/.test(first));
    // A revocation ends with its object (…宣告的缓刑，…假释的裁定): what follows in the same
    // sentence may be the combined punishment (，与前罪…并罚，决定执行…).
    const revoked = /(?:缓刑|假释|减刑)[^，,；;。]*/.exec(first);
    const end = revocation ? (revoked ? revoked.index + revoked[0].length : first.length) : quoteEnd(rest);
    spans.push({ span: [m.index, m.index + (end < 0 ? rest.length : end)], revocation });
  }
  return spans;
}

/** An item number: 一、, （三）、, (四). */
const ITEM_MARK = "(?:[（(][一二三四五六七八九十]+[)）]、?|[一二三四五六七八九十]+、)";
/** An item number after the first: the next item of a disposition (二、, （三）、). */
const NEXT_ITEM_MARK =
  "(?:[（(][二三四五六七八九十][一二三四五六七八九十]*[)）]、?|[二三四五六七八九十][一二三四五六七八九十]*、)";
/** A quote that opens with an item number (即：一、…, 即“一、…). */
const QUOTED_ITEMS_RE = new RegExp(`^[“"「]?${ITEM_MARK}`);
/** The next item of a disposition where an item begins (after a space or a sentence's end). */
const NEXT_ITEM_RE = new RegExp(`(?<=[\\s。；;])${NEXT_ITEM_MARK}`);

/**
 * Where the quote of a quashed judgment (from 撤销, in `rest`) ends. Quoted in quotation marks
 * (即：“一、…”“二、…”, 即“…”、“…”): after the last mark. Otherwise the quote may run over several sentences
 * (即被告人甲…；被告人乙…) to the next numbered item (二、 where an item begins, not in 第一、五项) or,
 * unnumbered, to the first sentence end that no 即 continues; never past its paragraph. A quote
 * whose own items are numbered (即：一、被告人甲…。二、被告人乙…, （2017）湘08刑终63号) runs to its
 * paragraph's end: its numbers are the quashed judgment's, not the disposition's items.
 */
function quoteEnd(rest: string): number {
  const head = /^[^；;。]*?即[：:]?\s*/.exec(rest);
  if (head) {
    let at = head[0].length;
    let closed = -1;
    for (let open = rest.charAt(at); QUOTE_CLOSE[open]; open = rest.charAt(at)) {
      const close = rest.indexOf(QUOTE_CLOSE[open] as string, at + 1);
      if (close < 0) break;
      closed = close + 1;
      // The next quote of the chain: “…”“…”, “…”、“…”.
      at = closed + (/^[、，,和及\s]*/.exec(rest.slice(closed))?.[0].length ?? 0);
    }
    if (closed > 0) return closed;
  }
  // A paragraph ends at a line break after the end of a sentence (the text keeps them as spaces).
  const paragraph = rest.search(/(?<=[。；;）)])\s+(?=\S)/);
  if (head && QUOTED_ITEMS_RE.test(rest.slice(head[0].length)) && paragraph >= 0) return paragraph;
  const item = rest.search(NEXT_ITEM_RE);
  const sentence = item >= 0 ? item : rest.search(/[；;。](?!\s*即)/);
  return paragraph >= 0 && (sentence < 0 || paragraph < sentence) ? paragraph : sentence;
}

const QUOTE_CLOSE: Record<string, string> = { "“": "”", '"': '"', "「": "」" };

/** The text with the given spans blanked out (same length, so offsets still hold). */
function blanked(text: string, spans: readonly [number, number][]): string {
  let out = text;
  for (const [from, to] of spans) out = out.slice(0, from) + " ".repeat(to - from) + out.slice(to);
  return out;
}

/**
 * Penalties as some dispositions mistype them, read as meant: a word doubled or slipped in (有期徒刑年N年,
 * 有期徒刑徒刑N年, 有期徒刑刑N个月), a word cut short or miswritten (判处有期N年, 判处期徒刑N年, 有期徒N年,
 * 有限徒刑, 有其徒刑, 判处无期，…), a term with no kind (判处N年, 决定执行N年, 合并决定执行有N年), a fine
 * without 判 (犯X罪，处罚金N元) (LeCaRD 4027, 4091, 852, 6016…).
 */
const PENALTY_TYPOS: readonly [RegExp, string][] = [
  [new RegExp(`有期徒刑(?:徒刑|刑|年)(?=${N})`, "g"), "有期徒刑"],
  [new RegExp(`有期刑(?=${N})`, "g"), "有期徒刑"],
  // 判处一年零六个月: a year or more is a fixed term (拘役 runs to six months, 刑法 §42).
  [new RegExp(`(?<=判处)(?=${N}+年)`, "g"), "有期徒刑"],
  [
    new RegExp(`(?<=判处|执行)(?:有期徒(?!刑)|有[限其]徒刑|有期(?!徒)|期徒刑|有(?![期限其]))(?=${N})`, "g"),
    "有期徒刑",
  ],
  [new RegExp(`(?<=决定执行|合并执行)(?=${N}+年)`, "g"), "有期徒刑"],
  [/(?<=判处)无期(?!徒刑)(?=[，,；;。\s])/g, "无期徒刑"],
  [/(?<=罪[，,]\s?)处罚金/g, "判处罚金"],
  // A stray space inside a penalty's words (判处有 期徒刑一年, 并处 罚金, 人 民币).
  ...["有期徒刑", "无期徒刑", "拘役", "管制", "罚金", "人民币", "缓刑", "剥夺政治权利", "判处"].map(
    (word): [RegExp, string] => [new RegExp([...word].join("\\s?"), "g"), word],
  ),
];

/** A defendant's sentence however its subject is written, up to its charge: see {@link withSubjects}. */
const SUBJECT_RE = new RegExp(
  `(?<=^|[\\s。；;：:，,])(?=${ITEM_MARK}|被告)(${ITEM_MARK})?(被告人|被告单位|被告(?![人单]))?([^\\s，,。；;：:]{3,70}?罪)(?=[，,]?\\s?(?:判处|免[予于除]))`,
  "g",
);
/** A person's name as a disposition writes it (a masked one too): not one that begins with 被 or holds 犯. */
const PERSON_NAME_RE = /^(?!被)(?:(?!犯)[\p{Script=Han}·＊*×]){2,4}[0-9甲乙丙丁]?$/u;

/**
 * Sentences as some dispositions write their subject, rewritten as 被告人X犯Y罪 so that they are read:
 * without 犯 (被告人魏某强奸罪，判处…, 被告人王某构成盗窃罪，判处…, 被告人李某犯罪诈骗罪，判处…), without
 * the role (三、张某犯盗窃罪，判处…), or with 被告 for 被告人 (被告何某犯交通肇事罪，判处…). Only where a listed
 * charge ({@link canonicalCharge}) follows a person's name and a penalty (判处, 免予) follows the charge:
 * a sentence is never read from prose that is not one.
 */
function withSubjects(disposition: string): string {
  return disposition.replace(
    SUBJECT_RE,
    (whole, item: string | undefined, role: string | undefined, rest: string) => {
      const mark = item ?? "";
      // Already a defendant's sentence: 被告人X犯Y罪 (a unit's long or bracketed name included).
      const written = /^([^犯]{2,50}?)(?:[（(][^（）()]{1,20}[）)])?[，,]?犯(?!罪)(.+)$/u.exec(rest);
      if (written?.[1] && written[2] && canonicalCharge(written[2])) {
        if (role === "被告人" || role === "被告单位") return whole;
        // 被告X犯… names a unit as well as a person (被告某某站犯单位受贿罪); without a role, a person only.
        if (role === undefined && !PERSON_NAME_RE.test(written[1])) return whole;
        return `${mark}${PERSON_NAME_RE.test(written[1]) ? "被告人" : "被告单位"}${rest}`;
      }
      // No 犯: the person's name, then 构成 or 犯罪 (a typo of 犯) or nothing, then the charge.
      if (role !== "被告人") return whole;
      for (let n = 2; n <= 5; n++) {
        const name = rest.slice(0, n);
        if (!PERSON_NAME_RE.test(name)) break;
        const charge = rest.slice(n).replace(/^(?:构成|犯罪)/, "");
        if (canonicalCharge(charge) && /^[^、]{2}/.test(charge)) return `${mark}被告人${name}犯${charge}`;
      }
      return whole;
    },
  );
}

/** One sentence per defendant named in the disposition (被告人X犯…罪，判处…). */
export function criminalSentences(written: string, review = false): CriminalSentence[] {
  const disposition = withSubjects(
    PENALTY_TYPOS.reduce((text, [re, meant]) => text.replace(re, meant), written),
  );
  const quashed = quashedSpans(disposition);
  const within = (at: number, spans: typeof quashed) =>
    spans.some(({ span: [from, to] }) => at >= from && at < to);
  const revocations = quashed.filter((q) => q.revocation);
  // 原审被告人（上诉人）许某: the name after the bracketed role; 上诉人（原审被告人）上诉人吕江: after both.
  const nameOf = (m: RegExpExecArray) =>
    (m[1] ?? "")
      // (Not a company's place: 某某（北京）科技有限公司.)
      .replace(/^[^（(]*[）)]|^.*[（(](?:原审|上诉人|被告人|申诉人|被告单位|被上诉人)+[）)]/, "")
      .replace(/^(?:原审|上诉人|被告人|申诉人|被告单位|上诉单位|单位)+/, "")
      // 李禾川系犯非法拘禁罪, 邓峰立因本案犯开设赌场罪, 此前被告人袁岩远因犯…: the name before them.
      .replace(/(?<=^[^、]{2,})(?:系|因本案|曾?因)$/, "");
  // A defendant's own earlier sentence revoked within the item (…判处有期徒刑九个月；撤销…对被告人X…
  // 缓刑四年的缓刑部分，数罪并罚，决定执行…) names the defendant again: the item reads on to its 决定执行.
  const starts: RegExpExecArray[] = [];
  for (const m of disposition.matchAll(DEFENDANT_RE)) {
    const previous = starts.at(-1);
    if (within(m.index, revocations) && starts.some((earlier) => nameOf(earlier) === nameOf(m))) continue;
    // 被告人X犯强奸罪，判处…，被告人X犯盗窃罪，判处…，决定执行…: one defendant's crimes written as two
    // clauses of one item, not two sentences (no item, 撤销 or 维持 between them).
    const between = previous ? disposition.slice(previous.index, m.index) : "";
    const sameItem = !/撤销|撤消|维持/.test(between) && !NEXT_ITEM_RE.test(between);
    // (Not after a quoted or revoked sentence of the defendant, which is set aside: 撤销…“被告人X犯…”中
    // 对X宣告的缓刑部分。被告人X犯…)
    if (previous && nameOf(previous) === nameOf(m) && sameItem && !within(previous.index, quashed)) continue;
    starts.push(m);
  }
  // Read over the whole disposition: a 撤销 item before a defendant's name says whose crime it is.
  const own = ownChargeMentions(disposition, review);
  // What an appeal's or retrial's 撤销 items quote, blanked.
  const quashedBlanked = review
    ? blanked(
        disposition,
        quashed.map((q) => q.span),
      )
    : disposition;
  // Defendants whose sentence was read from a combined punishment (决定执行): final, kept.
  const combined = new Set<string>();
  const out: CriminalSentence[] = [];
  starts.forEach((m, i) => {
    const written = nameOf(m);
    if (!written) return;
    const end = starts[i + 1]?.index ?? disposition.length;
    for (const defendant of defendantsOf(written)) readSentence(m, end, defendant);
  });
  return out;

  function readSentence(m: RegExpExecArray, end: number, defendant: string): void {
    // In an appeal or a retrial, a 撤销 item after the name quotes what is quashed (决定执行…五年六个
    // 月): it is not read as the sentence. (A first instance's 撤销 revokes a probation; the
    // 决定执行 after it is the sentence.)
    const clause = quashedBlanked.slice(m.index, end);
    const existing = out.find((s) => s.defendant === defendant);
    const charges = [...new Set(own.filter((c) => c.index >= m.index && c.index < end).map((c) => c.charge))];
    const setAside = within(m.index, quashed);
    const sentence: CriminalSentence = { defendant, charges, ...(setAside ? {} : penaltyOf(clause, review)) };
    // 宣告被告人X无罪 / 上诉人X无罪: acquitted (after the 撤销 of the conviction it replaces too) — not
    // a party asking for it (X请求改判无罪).
    if (/无罪$/.test(m[0]) && !sentence.penalty && !/请求|要求|建议|申请|改判|认为/.test(defendant))
      sentence.acquitted = true;
    if (existing) {
      // A defendant named again (e.g. 撤销…维持… items) keeps the first penalty found.
      for (const c of charges) if (!existing.charges.includes(c)) existing.charges.push(c);
      // …unless that was one count of a 维持 item and this clause states the combined punishment.
      const final = sentence.penalty !== undefined && COMBINED_RE.test(clause);
      if (existing.penalty === undefined || (final && !combined.has(defendant))) {
        for (const key of Object.keys(existing) as (keyof CriminalSentence)[])
          if (key !== "defendant" && key !== "charges") delete existing[key];
        Object.assign(existing, { ...sentence, charges: existing.charges });
        if (final) combined.add(defendant);
      }
      return;
    }
    if (sentence.penalty !== undefined && COMBINED_RE.test(clause)) combined.add(defendant);
    out.push(sentence);
  }
}

/**
 * A court's ruling (…法院依照…之规定，于2004年6月8日判决：), not a party's request to quash a judgment;
 * or the settlement it mediated (在法院主持下，双方自愿达成如下协议：).
 */
export const RULING_MARKER_RE =
  /(?:判决|裁定|判处|决定|裁决|改判)如下\s?[：:；;，]?|(?<![请求撤销变更维持])(?:判决|裁定|改判)\s?[：:]|达成(?:如下)?(?:调解)?协议(?:如下)?\s?[：:]/g;

/** Where the quote ends: the appeal told after it. */
const QUOTE_END_RE = /宣判后|判决后|不服|上诉|抗诉/;
/** 原判…以贩卖毒品罪，判处被告人刘晓无期徒刑…；判处被告人罗岩有期徒刑十五年 (the crime before the names). */
const BY_CRIME_RE =
  /以([^，,。；;：:]{2,40}?罪)[，,]?\s?(?:分别)?(?:判处|改判)(?:原审)?(?:被告人|被告单位)?/g;
const BY_CRIME_NAME_RE =
  /(?:^|[；;，,]\s?)(?:判处)?(?:原审)?(?:被告人|被告单位)?([\p{Script=Han}某×Xx]{2,4}?)(?=死刑|无期徒刑|有期徒刑|拘役|管制|免予|单处罚金)/gu;

/**
 * An appeal that upholds the judgment below (驳回上诉，维持原判) pronounces no sentence: the sentence
 * that stands is the one it upheld, as its history, claims, facts or reasoning quote it — the last
 * ruling quoted in the first of those that quotes one (an acquittal quoted last is an acquittal), or
 * failing a quote, 原判…以X罪判处被告人Y…. Empty when none is quoted so that it can be read.
 */
export function upheldSentences(parts: readonly (string | undefined)[]): CriminalSentence[] {
  for (const part of parts) {
    if (!part) continue;
    let last: CriminalSentence[] = [];
    for (const m of part.matchAll(RULING_MARKER_RE)) {
      const rest = part.slice(m.index + m[0].length, m.index + m[0].length + 1500);
      const end = rest.search(QUOTE_END_RE);
      const found = criminalSentences(end >= 0 ? rest.slice(0, end) : rest);
      if (found.length > 0) last = found;
    }
    if (last.length > 0) return last;
  }
  for (const part of parts) {
    const found = byCrimeSentences(part ?? "");
    if (found.length > 0) return found;
  }
  return [];
}

/**
 * Sentences told crime first (…以X罪分别判处被告人甲有期徒刑N年…；判处被告人乙…), as
 * accounts of a ruling write them rather than its own disposition: the first such sentence of
 * `text` that names a penalty.
 */
export function byCrimeSentences(text: string): CriminalSentence[] {
  for (const m of text.matchAll(BY_CRIME_RE)) {
    const end = text.indexOf("。", m.index);
    const sentence = text.slice(m.index, end < 0 ? undefined : end);
    // A combined punishment written this way (以X罪判处其…，决定执行…) is not read.
    if (/决定执行|其(?:有期徒刑|拘役|管制)/.test(sentence)) continue;
    const rewritten = sentence
      .replace(BY_CRIME_RE, "")
      .replace(BY_CRIME_NAME_RE, (_all, name: string) => `；被告人${name}犯${m[1]}，判处`);
    const found = criminalSentences(rewritten).filter((c) => c.penalty);
    if (found.length > 0) return found;
  }
  return [];
}

/** A disposition's items: sentences, and numbered items (一、…) after a comma or a space. */
export const DISPOSITION_ITEMS = /[；;。\n]|(?<=[，,\s])(?=[一二三四五六七八九十]{1,3}、)/;

/**
 * Items of a disposition pronouncing a sentence or an acquittal of their own — not quoting the one
 * they uphold or revoke (维持…判决，即上诉人屈江宇犯交通肇事罪，判处有期徒刑三年 is an affirmance, though
 * by 判决书; 撤销…即被告人甲…判处有期徒刑八个月 names the sentence revoked).
 */
export function pronouncedItems(disposition: string): string[] {
  return disposition
    .split(DISPOSITION_ITEMS)
    .filter((item) => /判处|免予刑事处罚|无罪/.test(item) && !/维持|驳回|撤销|撤消/.test(item));
}

/**
 * What a disposition's excerpt shows: for an appeal or a retrial that upholds or quashes items and
 * pronounces sentences of its own (一、维持…；二、撤销…，即被告人…判处有期徒刑八个月；三、上诉人…判处
 * 有期徒刑十个月), those sentences — its head would show what it upheld or revoked; else the whole.
 */
export function dispositionShown(disposition: string, review = true): string {
  // A first instance's 撤销 revokes a probation or a parole (撤销…缓刑，与本罪并罚): its whole
  // disposition is the sentence served.
  if (!review || !/维持|撤销|撤消/.test(disposition)) return disposition;
  const own = pronouncedItems(disposition);
  return own.length > 0 ? `${own.map((item) => item.trim()).join("；")}。` : disposition;
}

/** Appeal and retrial results (二审/再审); `judgment`: the document is a 判决书, not a 裁定书. */
export function appealResult(disposition: string, judgment = false): Outcome["appeal"] {
  // A refusal to docket or a suit refused quashed and the court below told to docket or hear it
  // (撤销…不予受理裁定，指令…立案受理; 指令…继续审理) sends the case back to be heard, as 发回重审 does: 民诉法
  // 解释 2022 §330, 行诉法解释 2018 §109 ¶1 (appeals), §123 (2)–(3) (retrials). Not 指令…再审, a retrial
  // ordered.
  // The suit sent to the court below to be heard, written with 由 as well (本案由某区人民法院继续审理).
  if (
    /发回.{0,20}重(?:新)?审|指令[^。；;]{0,40}?(?:立案受理|受理|(?<!再)审理)|由[^。；;，,]{0,30}?(?:继续审理|立案受理)/.test(
      disposition,
    )
  )
    return "remanded";
  // A quash (撤销, also written 撤消) or change of any item outweighs the withdrawal allowed to other
  // appellants in the same ruling (（2020）京02刑终45号: 准许白峰禾、高晓撤回上诉, 张禾航's term cut).
  if (/撤销|撤消|改判/.test(disposition)) return "amended";
  // An appeal withdrawn (准许/准予…撤回上诉: 民事诉讼法 2021 §180), or treated as withdrawn when the
  // appellant does not pay the fee or appear (按自动撤回上诉处理, 按撤诉处理: 民诉法解释 2022 §318).
  if (/准[许予].{0,30}撤回(?:上诉|抗诉)|按[^。；]{0,30}?撤回上诉处理|按撤诉处理/.test(disposition))
    return "withdrawn";
  // An appeal or a retrial that upholds the judgment does so by ruling (裁定驳回…维持原判, 刑事诉讼法
  // §236 (1), §256); one that decides by judgment (判决) and pronounces a sentence or an acquittal
  // changes it (§236 (2)–(3)), even without the words 撤销 or 改判 (（2017）青02刑终20号 adds a crime).
  if (judgment && pronouncedItems(disposition).length > 0) return "amended";
  // A civil appeal that upholds the judgment below but sets terms of its own (维持…判决。乙应于本判决生效
  // 之日起六十日内…支付…; 可分期…) changes it, as changing an item does: 民事诉讼法 2023 §177 ¶1 (2)
  // (依法改判、撤销或者变更), not (1) (驳回上诉，维持原判). Not a term an upheld item restates in brackets
  // (维持…第一项，即…判处罚金人民币一万元。（罚金限于本判决生效后一个月内缴纳。）), nor the appeal's
  // own fee (二审案件受理费…由上诉人负担，于本判决生效之日起七日内交纳).
  const ownTerms = withoutBrackets(disposition).replace(/(?:受理费|诉讼费|保全费|公告费)[^。；;]*/g, "");
  if (/维持/.test(disposition) && /[于自在]本判决(?:发生法律效力|生效)/.test(ownTerms)) return "amended";
  // Or one that changes an item of it (变更…判决第三项为…, 第二项变更为…).
  if (/变更[^。；;]{0,80}?第[^。；;]{1,20}?项|第[^。；;]{1,20}?项变更为/.test(disposition)) return "amended";
  // Or one that accepts the judgment below as it stands (对原审的认定和结果予以认可): the ruling
  // 驳回上诉，维持原判 of 行政诉讼法 2017 §89 ¶1 (1), 民事诉讼法 2023 §177 ¶1 (1), told in other words.
  // A retrial application refused (驳回…再审申请, 法释〔2018〕1号 §116; 不予受理…再审申请, as courts also
  // wrote it before that interpretation), or the retrial's requests refused (驳回…再审请求, 民诉法解释 2015
  // §407 ¶1), leaves the judgment as it stands.
  if (
    /驳回.{0,20}(?:上诉|抗诉|申诉|再审申请|再审请求)|不予受理[^。；;]{0,30}?再审申请|维持原判|维持.{0,40}(?:判决|裁定)/.test(
      disposition,
    ) ||
    /对(?:一审|原审)[^。；;]{0,12}?结果予以(?:认可|维持)/.test(disposition)
  )
    return "affirmed";
  return "other";
}

/**
 * Whether an appeal leaves the ruling below in force, so that the outcome is that ruling's: one
 * affirmed (驳回上诉，维持原判), or withdrawn (准许撤回上诉: the judgment below takes effect when the
 * ruling allowing it is served, 刑事诉讼法解释 2012 §308).
 */
export function rulingBelowStands(appeal: Outcome["appeal"]): boolean {
  return appeal === "affirmed" || appeal === "withdrawn";
}

/**
 * Where a ruling quoted at the start of `rest` ends: at the appeal told after it (QUOTE_END_RE) or, if
 * sooner, the full stop after which no further item follows; -1 for the whole of `rest`.
 */
function quotedRulingEnd(rest: string): number {
  const end = rest.search(QUOTE_END_RE);
  for (let at = rest.indexOf("。"); at >= 0 && (end < 0 || at < end); at = rest.indexOf("。", at + 1))
    if (!/^\s*(?:[一二三四五六七八九十]{1,3}|\d{1,2})[、.．]/.test(rest.slice(at + 1))) return at + 1;
  return end;
}

/**
 * A party's statement opened in the sentence so far (甲不服，上诉称：一、原审裁定：“…”错误): a ruling it
 * names is the party's account of it, not the court's words.
 */
const PARTY_SAYS_RE =
  /(?:诉称|辩称|上诉称|申诉称|申请称|答辩称|上诉(?:理由|意见)[是为]?)\s?[：:，,][^。\n]*$/;

/**
 * The ruling an appeal upheld, as the appeal quotes it (一审法院于2019年5月6日判决：一、…；二、…。): the last
 * court ruling quoted in the first of `parts` that quotes one, up to `endOf` (by default
 * quotedRulingEnd); not one that itself upholds another (驳回上诉，维持原判), nor a party's request
 * (请求撤销…判决：) or statement (上诉称：原审裁定：“…”是错误的). Undefined when none is quoted.
 */
export function quotedRuling(
  parts: readonly (string | undefined)[],
  endOf: (rest: string) => number = quotedRulingEnd,
): string | undefined {
  for (const part of parts) {
    if (!part) continue;
    const rulings = [...part.matchAll(RULING_MARKER_RE)]
      .filter((m) => !PARTY_SAYS_RE.test(part.slice(Math.max(0, m.index - 300), m.index)))
      .map((m) => {
        const rest = part.slice(m.index + m[0].length, m.index + m[0].length + 1500);
        const end = endOf(rest);
        return (end >= 0 ? rest.slice(0, end) : rest).trim();
      })
      .filter((r) => r.length >= 4 && !/^[^。；]{0,20}(?:驳回[^。；]{0,20}上诉|维持原判)/.test(r));
    if (rulings.length > 0) return rulings.at(-1);
  }
  return undefined;
}

/** Where an appeal quotes the plaintiff's first-instance claim: X向一审法院起诉请求：…. */
const FIRST_CLAIM_RE = /(?:向(?:一审|原审)法院|向[^。；]{2,20}法院)?起诉(?:请求|要求)[：:]?/;

/** The sum the plaintiff claimed at first instance, as an appeal quotes the claim (claimedAmount). */
export function quotedClaim(parts: readonly (string | undefined)[]): number | undefined {
  for (const part of parts) {
    const m = part ? FIRST_CLAIM_RE.exec(part) : null;
    if (!part || !m) continue;
    const claimed = claimedAmount(`诉讼请求：${part.slice(m.index + m[0].length)}`);
    if (claimed !== undefined) return claimed;
  }
  return undefined;
}

/** Claims refused on their merits: 驳回…诉讼请求, or in older judgments …请求，不予支持 (a 2002 gazette case). */
const CLAIM_REFUSED_RE = /驳回[^。；;]{0,80}?(?:诉讼|起诉)请求|请求[^。；]{0,6}不予支持/;
/**
 * Not after the words of a rule that says when a suit is refused (…的，人民法院裁定驳回起诉; 已经受理的，
 * 裁定驳回起诉: 民诉法解释 2022 §208 ¶3, §247; 应当裁定驳回起诉), nor of an argument that it should be
 * (被告辩称…应当驳回原告的起诉): a lookbehind for the refusal's verb (驳回).
 */
const NOT_A_RULE = String.raw`(?<!的[，,]\s?(?:人民)?(?:法院)?(?:应当?|可以)?(?:裁定)?|(?:应当?|可以)(?:裁定)?)`;
/** A suit refused unheard (驳回原告甲的起诉, 驳回被上诉人某某公司的起诉); not 起诉请求 (the claims, loosely named). */
const SUIT_DISMISSED_RE = new RegExp(`${NOT_A_RULE}驳回[^。；;，,：:]{0,40}?起诉(?!请求)`);
/**
 * A suit refused before it is docketed (对甲的起诉不予受理, 裁定不予立案): the same refusal as 驳回起诉,
 * on the same grounds, made before the case is docketed rather than after (民事诉讼法 2023 §126, 民诉法
 * 解释 2022 §208 ¶3; 行政诉讼法 2017 §51 ¶2, 行诉法解释 2018 §69; the 2000 行诉法解释 §44: 应当裁定不予
 * 受理；已经受理的，裁定驳回起诉), so read as suit_dismissed. Not a refusal quashed (撤销…不予受理裁定), nor
 * one of an application (不予受理…再审申请, 执行申请), nor a rule that says when to refuse (…起诉的，人民
 * 法院裁定不予受理; 应当裁定不予受理).
 */
const SUIT_NOT_DOCKETED_RE =
  /(?<!撤销[^。；;]{0,40})(?<!的[，,]\s?(?:人民)?(?:法院)?|应当?)(?:起诉[，,]?\s?|裁定)不予(?:受理|立案)(?![^。；;，,]{0,30}?(?:申请|裁定))/;

/**
 * A counterclaim refused (驳回反诉原告乙的诉讼请求, 驳回乙的反诉请求, 对乙的反诉请求不予支持): the
 * defendant's claims, not the plaintiff's — beside an award the plaintiff won in full.
 */
const COUNTERCLAIM_REFUSED_RE =
  /驳回[^。；;，,]{0,40}?反诉[^。；;]{0,60}?请求|[^。；;，,]{0,40}?反诉[^。；;，,]{0,40}?请求[，,]?\s?不予支持/g;
/** A refused claim, to the words refusing it: 驳回…诉讼请求, …的请求，不予支持. */
const REFUSED_SUM_RE = /驳回[^。；;]{0,80}?请求|(?<=^|[。；;，,\s])[^。；;，,]{0,80}?请求[，,]?\s?不予支持/g;

/** A sum a party need not pay (乙无需向甲返还补偿金5200元), to its clause's end. */
const NOT_OWED_RE =
  /(?:无须|无需|不需|不必|不再)[^。；;，,]{0,20}?(?:支付|给付|赔偿|返还|偿还|退还)[^。；;，,]*/g;

/** Civil results; court fees (案件受理费…) and bracketed computations (以50000元为基数…) are not awards. */
export function civilResult(disposition: string, mediated: boolean): NonNullable<Outcome["civil"]> {
  // A cost shared out (评估费4000元，由原告负担1000元，被告负担3000元) is no award either.
  const awardsText = withoutBrackets(joinDigitGroups(disposition))
    .replace(/(?:案件|一审|二审)?(?:受理费|诉讼费|保全费|公告费)[^。；]*[。；]?/g, "")
    // Nor a sum refused (驳回甲要求乙支付31250元的诉讼请求; 对…赔偿损失5万元的请求，不予支持), named by
    // what is declared void (确认决议第二项“对甲处以50000元的罚款”无效) or changed (变更第一项“…7.3万元”为…).
    .replace(REFUSED_SUM_RE, "")
    .replace(NOT_OWED_RE, "")
    .replace(/确认[^。；;]{0,120}?无效/g, "")
    .replace(/“[^“”]*”(?=\s?为)/g, "")
    // Nor a sanction the court imposes, paid to the state: 收缴非法所得, 罚款 (民法通则 1986 §134 ¶3 民事
    // 制裁; 民事诉讼法 2023 §118 fines for obstructing the suit), each clause opening with it.
    .replace(
      /(?<=^|[。；;，,\s]|[一二三四五六七八九十]、)(?:对[^。；;，,]{1,30}?)?(?:收缴|没收|(?<!扣)罚款(?!的))[^。；;，,]*/g,
      "",
    )
    .replace(
      /(?<=^|[。；;\s])[^。；;\s]{0,10}(?:鉴定|评估|审计|勘验|检测)费[^。；;]*?由[^。；;]*?负担[^。；;]*[。；;]?/g,
      "",
    );
  const amounts = findAmounts(awardsText);
  let kind: NonNullable<Outcome["civil"]>["disposition"];
  if (mediated) kind = "mediated";
  // A suit withdrawn by the court's leave, written 准许 or 准予 (民事诉讼法 2021 §148), or treated as
  // withdrawn (§146).
  else if (/准[许予].{0,30}撤(?:回起诉|诉)|按.{0,10}撤(?:回起诉|诉)处理/.test(disposition))
    kind = "withdrawn";
  else if (
    /驳回.{0,40}(?:其他|其余)(?:的)?(?:诉讼|损失|赔偿)?请求|(?:其他|其余)(?:的)?(?:诉讼|损失|赔偿)?请求[^。；]{0,6}不予支持/.test(
      disposition,
    )
  )
    kind = "partly_upheld";
  else if (CLAIM_REFUSED_RE.test(disposition.replace(COUNTERCLAIM_REFUSED_RE, "")))
    // A claim refused beside an award or relief granted in an item of its own (一、确认合同无效；二、对
    // 原告要求赔偿损失的诉讼请求，不予支持; 一、乙赔偿甲640000元；二、驳回甲要求赔偿律师费的诉讼请求):
    // partly upheld, not dismissed.
    kind = amounts.length > 0 || grantsRelief(disposition) ? "partly_upheld" : "dismissed";
  else if (
    (SUIT_DISMISSED_RE.test(disposition) || SUIT_NOT_DOCKETED_RE.test(disposition)) &&
    amounts.length === 0
  )
    // A suit refused unheard (裁定驳回起诉: 民事诉讼法 §122, §127; 民诉法解释 §208 ¶3, §330) decides no
    // claim: not a claim refused.
    kind = grantsRelief(disposition) ? "partly_upheld" : "suit_dismissed";
  else if (amounts.length > 0 || grantsRelief(disposition)) kind = "upheld";
  else kind = "other";
  const result: NonNullable<Outcome["civil"]> = { disposition: kind, amounts };
  // Counted as the claim is (claimedAmount), so that awarded ÷ claimed compares like with like: a
  // stated total not added to its own parts (4万元、1万元，合计5万元 is 5万, not 10万).
  const total = itemsTotal(awardsText);
  if (total !== undefined) result.totalAwarded = total;
  return result;
}

/**
 * Whether an item of a civil disposition grants relief: not the refusal itself, not the costs, not an
 * appeal's or retrial's setting aside of a judgment (撤销…民事判决 is no relief, 撤销…董事会决议 is).
 */
function grantsRelief(disposition: string): boolean {
  return disposition
    .split(DISPOSITION_ITEMS)
    .map((item) => item.replace(/撤销[^。；;]{0,80}?(?:判决|裁定|调解书|决定书)/g, ""))
    .some(
      (item) =>
        !/驳回|不予支持|受理费|诉讼费|保全费|公告费|负担/.test(item) &&
        /确认|解除|撤销|继续履行|支付|赔偿|返还|偿还|给付|交付|变更|停止|排除|恢复|消除|赔礼道歉|终止[^。；;]{0,40}?(?:合同|协议|关系)|(?:合同|协议|关系)[^。；;]{0,20}终止|(?<!不)准予?[^。；;]{0,20}离婚|判决(?:发生法律效力|生效)[^。；;]{0,6}[起后内]/.test(
          item,
        ),
    );
}

/**
 * A civil result weighed against the plaintiff's requests: a suit to pay nothing (refusesToPay) claims
 * no sum, and a ruling that still orders a payment dismissed it (公报 FYGB0071: the employer sued to owe
 * nothing and was ordered to pay; it had read "支持诉讼请求" with the award set against the sum refused).
 */
export function weighedAgainstClaims(
  civil: NonNullable<Outcome["civil"]>,
  claims: string | undefined,
): NonNullable<Outcome["civil"]> {
  if (!claims || !refusesToPay(claims)) return civil;
  const { claimed: _refused, ...rest } = civil;
  return rest.disposition === "upheld" && rest.totalAwarded !== undefined
    ? { ...rest, disposition: "dismissed" }
    : rest;
}

/** 撤销 a court's judgment or ruling (撤销…法院…判决, 撤销一审、二审判决, 撤销原判), to its comma. */
const COURT_RULING_QUASHED_RE =
  /^撤销[^，,]{0,60}(?:(?:法院|一审|二审|原审|再审|原)[^，,]{0,40}(?:判决|裁定)|原判|原裁定)/;
/** 维持 a court's judgment or ruling, however named (维持原判, 维持（2001）某行初字第5号行政判决书). */
const COURT_RULING_UPHELD_RE = /^维持[^，,。；;]{0,80}?(?:判决|裁定|原判)/;
/** Before a 维持 that names what an act did (撤销被告作出的维持…处罚的复议决定): the act's name. */
const ACT_NAMED_BEFORE_RE = /(?:撤销|确认|变更)[^，,]*$|的\s*$/;
/** Before a 撤销 or 维持: a party asking for it (要求撤销…登记, 请求维持…), which is no ruling. */
const REQUESTED_RE = /(?:要求|请求|诉请|申请)\s*$/;
/**
 * 撤销 or 维持 an administrative act: a decision, a finding, a reply, a registration, a coercive measure
 * (…扣押行政强制措施: 行政诉讼法 2017 §12 ¶1 (2))…, an agency's ruling (商标评审委员会…无效宣告请求裁定, a
 * government's 裁决) but not a court's numbered one (…号行政裁定); the act named after it (not 无权主动
 * 撤销，…决定).
 */
const ACT_RE =
  /^(?:撤销|维持)(?![，,])[^。；;]{0,80}?(?:决定|行为|处罚|批复|复议|答复|登记|认定|许可|通知|证|书|公告|内容|措施|裁决|(?<!号(?:行政)?)裁定)/;

/**
 * An administrative judgment's rulings on the act sued (行政诉讼法 2017 §69–§77; 1989 §54), in the order its
 * disposition pronounces them; empty when it pronounces none of them (an appeal's 驳回上诉，维持原判:
 * the ruling upheld is the judgment below's). Not the items it upholds or quashes of an earlier
 * judgment (撤销…人民法院…判决), which are the appeal's result (appealResult).
 */
export function administrativeResult(ruling: string): AdministrativeDisposition[] {
  // The ruling only: not the court and date opening it (…法院于2014年5月12日作出…行政判决：, …作出…
  // 行政判决，驳回…), nor fees. Not a 判决 the ruling names (撤销一审判决，责令…): its clauses read it.
  const marker = /(?:判决|裁定)(?:书)?(?:如下)?[：:]|作出[^。；;：:]{0,80}?(?:判决|裁定)(?:书)?[，,]/.exec(
    ruling,
  );
  const disposition = (marker ? ruling.slice(marker.index + marker[0].length) : ruling).replace(
    /(?:案件|一审|二审)?(?:受理费|诉讼费)[^。；]*[。；]?/g,
    "",
  );
  const found: Array<[number, AdministrativeDisposition]> = [];
  let at = 0;
  for (const clause of disposition.split(/[。；;]|(?<=[，,\s])(?=[一二三四五六七八九十]{1,3}、)/)) {
    const offset = at;
    at += clause.length + 1;
    const add = (re: RegExp, kind: AdministrativeDisposition) => {
      const m = re.exec(clause);
      if (m) found.push([offset + m.index, kind]);
    };
    // 驳回…要求撤销…决定的诉讼请求 dismisses: what it names is the claim, not the ruling. Not an act's
    // name (撤销…登记驳回通知书), which the clause revokes.
    if (/驳回(?!通知|决定)/.test(clause)) {
      add(/驳回[^。；;]{0,80}?(?:诉讼|赔偿)?请求/, "dismissed");
      // The suit refused, however named: 驳回起诉, 驳回…对…行为提起的诉讼 (法释〔2018〕1号 §69).
      add(
        new RegExp(`${NOT_A_RULE}驳回[^。；;]{0,20}?起诉|驳回[^。；;，,]{0,40}?提起的(?:行政)?诉讼(?!请求)`),
        "suit_dismissed",
      );
      continue;
    }
    // 撤销 an act, not a court's judgment or ruling (撤销…法院…判决, 撤销一审判决, 撤销原判): each 撤销
    // by its own object (判决撤销一审、二审判决，撤销…复议决定). So 维持 an act: the 1989 law's judgment
    // upholding it (行政诉讼法 1989 §54(1): 具体行政行为…的，判决维持), which the 2014 revision replaced by
    // 驳回诉讼请求 (§69); not a 维持 in an act's name.
    for (const [word, court, kind] of [
      [/撤销/g, COURT_RULING_QUASHED_RE, "revoked"],
      [/维持/g, COURT_RULING_UPHELD_RE, "sustained"],
    ] as const) {
      for (const m of clause.matchAll(word)) {
        let rest = clause.slice(m.index);
        const before = clause.slice(0, m.index);
        // Nor one refused (确认…违法，但不撤销该行政行为: §74 ¶1, the act kept).
        if (
          REQUESTED_RE.test(before) ||
          /(?:不|不予|未)\s*$/.test(before) ||
          (kind === "sustained" && ACT_NAMED_BEFORE_RE.test(before))
        )
          continue;
        // A court's judgment and the act joined under one verb (撤销原审判决和被告的答复意见): the act
        // after the conjunction is read as if the verb were repeated.
        for (let quashed = court.exec(rest); quashed; quashed = court.exec(rest)) {
          const joined = /^\s*(?:以及|和|及|与|、)\s*/.exec(rest.slice(quashed[0].length));
          rest = joined ? `${m[0]}${rest.slice(quashed[0].length + joined[0].length)}` : "";
        }
        if (ACT_RE.test(rest)) {
          found.push([offset + m.index, kind]);
          break;
        }
      }
    }
    // An order to act again (§70): 重新作出, or the act named (重新裁决, 重新认定, 重新核定).
    add(/重新(?:作出|裁决|认定|核定)/, "remake");
    // An order to act (§72–§73): 责令/判令/责成…履行, 判决被告…(依法)履行(法定)职责 — the duty named at
    // length between them (履行对某台某日播出的节目进行调查处理的法定职责) — (not the failure a confirmation
    // names: 怠于/未/没有/未能/不依法履行, 未履行法定职责; nor 应依法履行, a duty the reasoning states), or a
    // deadline to act (于…日内…予以答复, 自…日内…颁发, 在两个月内…作出 or …履行; 限其…, not 限缩 or 限制,
    // which limit); not a deadline to pay what is awarded (在…日内给付, …履行完毕): the award's.
    add(
      /(?:(?:责令|判令|责成)[^。；;]{0,80}?|(?:限(?![缩制])|于[^。；;]{0,20}日内)[^。；;]{0,40}?)(?:履行|(?<!重新)作出|给付|支付|颁发|组织|(?:予以|进行)(?:答复|办理|登记|公开|发放))|(?:[在自][^。；;]{0,20}|个)[日月]内[^。；;]{0,40}?(?:(?<!重新)作出|颁发|组织|履行(?!完毕)|予以(?:答复|办理|登记|公开|发放))|(?<!(?:怠于|应当|拒不|拒绝|没有|未能|不能|[应未不没])(?:依法)?)履行[^。；;]{0,60}?(?:法定职责|给付义务)|(?<!怠于|应当|拒不|拒绝|没有|未能|不能|[应未不没])依法履行[^。；;，,]{0,20}?职责/,
      "ordered",
    );
    // What is confirmed may be named at length (确认被告某日与某公司签订的《…特许经营协议》无效).
    add(/确认[^。；;]{0,200}?违法/, "confirmed_illegal");
    add(/确认[^。；;]{0,200}?无效/, "confirmed_void");
    // An order to remedy an act confirmed unlawful or void (§76: 可以同时责令被告采取补救措施), not one
    // the defendant failed to take (未采取补救措施).
    add(/(?<![未不没])(?:依法)?采取[^。；;，,]{0,10}?补救措施/, "remedy");
    add(/变更[^。；;]{0,60}?(?:处罚|罚款|决定)/, "varied");
    // (The loss may be named far from 赔偿: 赔偿原告甲在被收容审查期间的误工损失, not past its clause.)
    add(/赔偿[^。；;，,]{0,30}?(?:损失|费用|金|款|\d)|承担[^。；;]{0,12}赔偿责任/, "compensation");
    add(SUIT_NOT_DOCKETED_RE, "suit_dismissed");
    // A suit withdrawn by the court's leave, 准许 or 准予 (行政诉讼法 2017 §62).
    add(/准[许予][^。；;]{0,30}?撤(?:回起诉|诉)/, "withdrawn");
  }
  const kinds = [...new Set(found.sort((a, b) => a[0] - b[0]).map(([, k]) => k))];
  // 驳回…其他诉讼请求 beside a ruling for the plaintiff is its remainder, not a dismissal of the suit.
  return kinds.length > 1 && /驳回[^。；;]{0,40}?(?:其他|其余)/.test(disposition)
    ? kinds.filter((k) => k !== "dismissed")
    : kinds;
}

/** An amount of money with its position: "50000元", "3.2万元", "五千元", "49,000余元". */
const AMOUNT_RE =
  /([0-9０-９零〇一二两三四五六七八九十壹贰叁肆伍陆柒捌玖拾][0-9０-９.．,，零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟]*)(?:余|多)?元/g;
/**
 * Where the plaintiff's requests start: a request proper (诉讼请求, 请求判令, 诉请) before a bare 请求 or
 * 要求, which the story told before it uses too (原告要求被告理赔，被告仅支付了…元: 公报 FYGB0248). A change of claims (变更诉讼请求, 诉讼请求变更为) supersedes what came before.
 */
const CLAIM_START_RES = [/诉讼请求|请求(?:法院|本院|人民法院)?(?:依法)?判令|诉请/, /请求|要求/];
const CLAIM_CHANGE_RE =
  /变更(?:其|了)?(?:相关的?)?(?:诉讼请求|诉请|请求)(?:为|：|:)?|(?:诉讼请求|诉请)变更(?:增加|减少)?为/g;
/** A sum asked for in full without being stated: 如数返还, 全额支付. */
const UNSTATED_RE = /(?:如数|全额|全部)(?:予以)?(?:返还|退还|支付|给付|偿还|赔偿)/;
/** A request added later (鉴定后追加请求：…): a further item, not part of the one before it. */
const CLAIM_ADDED_RE = /(?:追加|增加)(?:了)?(?:诉讼)?请求\s?[：:]?/g;
/**
 * A request to pay nothing (原告无须支付被告…工资5000元, 确认原告不应承担…): the sum it names is one the
 * plaintiff refuses, not one it claims.
 */
const REFUSED_RE =
  /(?:无须|无需|不需|不必|不予|不应|不再|免于|免除)[^。；;，,]{0,8}?(?:支付|给付|赔偿|返还|偿还|承担|退还)|确认[^。；;]{0,30}?不(?:应|需|负|承担|支付|存在)/;
/** Where the requests end: the stated reasons, or the defence. */
const CLAIM_END_RE = /事实(?:与|和|及)理由|事实理由|理由如下|理由是|辩称|答辩称/;
/** An item number after a full stop: the list of requests goes on. */
const ITEM_NEXT_RE = /^\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})[.、．]|^\s*[（(]\d{1,2}[)）]/;
const ITEM_SPLIT_RE = /[；;]|(?:^|(?<=[\s。，,：:]))(?:\d{1,2}|[一二三四五六七八九十]{1,3})[.、．](?!\d)/;
/** Court fees are not claims: from the fee word to the next punctuation. */
const FEE_RE = /(?:案件|本案|一审|二审)?(?:受理费|诉讼费|保全费|公告费)[^，,。；;、]*/g;
/** Labels of amounts that are rates, not sums: 每月3000元, 按日…. */
const RATE_RE = /每(?:月|日|天|年)|按(?:月|日|天|年)/;
const TOTAL_RE = /合计|共计|总计|总额|共(?!同)/;
const GRAND_TOTAL_RE = /以上|上述|前述|前列/;

/** Text in brackets dropped: the computation of interest (以50000元为基数，按年利率6%…) is not a sum. */
export function withoutBrackets(text: string): string {
  let out = text;
  for (let prev = ""; prev !== out; ) {
    prev = out;
    out = out.replace(/[（(][^（）()]*[）)]/g, "");
  }
  return out;
}

/**
 * The sum a civil plaintiff claims (诉讼请求), in yuan, counted like the disposition's totalAwarded so
 * that awarded ÷ claimed compares like with like; undefined when no sum is claimed. The rule:
 * 1. the requests run from the first 诉讼请求 / 请求(判令) / 诉请 / 要求 — or from the last 变更诉讼请求,
 *   which supersedes them — to 事实与理由 / 理由如下 / 辩称, or to the first full stop not followed by
 *   another numbered item;
 * 2. text in brackets is dropped (the interest computation: 以50000元为基数…), and so are court fees
 *   (诉讼费由被告承担);
 * 3. the requests are split into items (numbered, or separated by ；); an item's sum is its total
 *   (合计/共计/总计) when it states one, else the sum of its amounts; an amount followed by 为基数 is a
 *   base and one labelled 每月/按日 a rate, neither a sum; a total of all items (以上合计) is left out,
 *   the items being summed;
 * 3a. a request added later (追加请求) is an item of its own; one to pay nothing (无须支付…) claims no sum;
 *   one asking for a sum in full without stating it (如数返还) leaves the claim unknown;
 * 4. the claim is the sum of the items: the principal asked for, plus interest or a penalty (违约金)
 *   only when the plaintiff states it as a sum — interest asked "at a rate until paid" has none.
 * "请求判令被告偿还借款本金50000元及利息" → 50000; "医疗费1000元、误工费2000元，合计3000元" → 3000;
 * "1.货款10000元；2.违约金2000元；3.诉讼费由被告负担" → 12000.
 */
export function claimedAmount(claims: string): number | undefined {
  const requests = claimedRequests(claims);
  // 判令被告如数返还捐款 (公报 FYGB0695): a sum asked for but not stated, so the claim's is unknown.
  const clauses = (requests ?? []).flatMap((item) => item.split(/[，,、]|并(?=赔偿|支付|返还)/));
  if (!requests || clauses.some((c) => UNSTATED_RE.test(c) && findAmounts(c).length === 0)) return undefined;
  return itemsTotal(requests.filter((item) => !refused(item)).join("；"));
}

/**
 * Whether the plaintiff asks to pay nothing (an employer suing against an arbitral award: 请求判令原告
 * 无须支付被告…工资, 公报 FYGB0071) and claims no sum of its own: a ruling that orders the
 * plaintiff to pay then dismisses the claim, though it reads like an award.
 */
export function refusesToPay(claims: string): boolean {
  const requests = claimedRequests(claims) ?? [];
  return requests.some(refused) && !requests.some((item) => !refused(item) && findAmounts(item).length > 0);
}

/** A request whose every sum is one refused (REFUSED_RE), clause by clause. */
function refused(request: string): boolean {
  const clauses = request.split(/[，,]/);
  return (
    clauses.some((c) => REFUSED_RE.test(c)) &&
    !clauses.some((c) => !REFUSED_RE.test(c) && findAmounts(c).length > 0)
  );
}

/** The plaintiff's requests (claimedAmount's rules 1–3), one item each; undefined when none start. */
function claimedRequests(claims: string): string[] | undefined {
  const changes = [...claims.matchAll(CLAIM_CHANGE_RE)];
  const lastChange = changes.at(-1);
  let start: number;
  if (lastChange) start = (lastChange.index ?? 0) + lastChange[0].length;
  else {
    const m = CLAIM_START_RES.map((re) => re.exec(claims)).find((found) => found !== null);
    if (!m) return undefined;
    start = m.index + m[0].length;
  }
  let span = claims.slice(start);
  const end = CLAIM_END_RE.exec(span);
  if (end) span = span.slice(0, end.index);
  for (let at = span.indexOf("。"); at >= 0; at = span.indexOf("。", at + 1)) {
    if (!ITEM_NEXT_RE.test(span.slice(at + 1))) {
      span = span.slice(0, at);
      break;
    }
  }
  return withoutBrackets(joinDigitGroups(span))
    .replace(FEE_RE, "")
    .replace(CLAIM_ADDED_RE, "；")
    .split(ITEM_SPLIT_RE)
    .filter((item) => item.trim() !== "");
}

/**
 * Digits grouped by a space, as the SPC gazette prints sums (补助金12 000元，共计31 456元; 工资2045.50 元,
 * 医疗费18 362 . 4 元, 104  270 元: 公报 FYGB0109, FYGB0111), written as one number: read apart, 31 456元
 * had been 456 yuan.
 */
export function joinDigitGroups(text: string): string {
  return text
    .replace(/(\d)[ \u00a0\u2009\u202f]{1,2}(?=\d{3}(?!\d))/g, "$1")
    .replace(/(\d)[ \u00a0\u2009\u202f]*\.[ \u00a0\u2009\u202f]*(?=\d)/g, "$1.")
    .replace(/(\d)[ \u00a0\u2009\u202f]+(?=[万亿]?元)/g, "$1");
}

/**
 * The sum of a list of items of money (requests, or a disposition's awards), brackets and fees already
 * dropped: an item's total (合计/共计/总计) when it states one, else the sum of its amounts; a base (为基数),
 * a rate (每月, 按日), the bounds of a range (在500万元至2万元不等范围内), the breakdown after 其中 and a
 * total of all items (以上合计) are no sums of their own. Undefined when no item names a sum.
 */
export function itemsTotal(text: string): number | undefined {
  const scheduled = withoutInstalments(text);
  // A joint liability's sum is no award when another sum is: the one it secures. (Its item's number
  // stays: a clause dropped does not join two items.)
  const unsecured = scheduled.replace(JOINT_LIABILITY_RE, (clause) => ITEM_MARK_RE.exec(clause)?.[0] ?? "");
  return sumOfItems(unsecured) ?? sumOfItems(scheduled);
}

/**
 * A co-debtor's joint liability for a sum (乙对甲应付的赔偿金承担30000元的连带清偿责任, 丙在1万元数额内对
 * 甲承担连带责任), its clause between commas: the creditor may claim one debt of any joint debtor
 * (民法典 §178 ¶1, §518 ¶1), so it is the same sum again, not a further one. Not a sum awarded jointly
 * (甲、乙连带赔偿原告5万元), nor one told beside it (共同赔偿原告5万元，并相互承担连带责任; 乙赔偿原告5万元、
 * 丙承担连带责任).
 */
const JOINT_LIABILITY_RE = (() => {
  // A clause's character: not past a sum listed before another party's term (乙赔偿甲11万元、丙承担连带
  // 责任: 11万 is 乙's award), though sums may be listed (分别在500万元、100万元范围内); nor past a sum
  // awarded before 并 (甲、乙赔偿原告5万元并互负连带责任: 5万 is their award).
  const c = "(?:(?!元(?:、[^\\d零〇一二两三四五六七八九十]|并))[^，,。；;\\n])";
  return new RegExp(`${c}*(?:承担|负)${c}*?连带${c}{0,4}责任${c}*`, "g");
})();
const ITEM_MARK_RE = /^\s*(?:[一二三四五六七八九十]{1,3}|\d{1,2})[、.．]/;
/**
 * An order to pay in instalments: 分三期支付, 分期偿还 (not a contract's name: 分期付款合同); or a part
 * first and the rest later (先付2000元，余款在半年内付清).
 */
const INSTALMENTS_RE =
  /分(?:[一二三四五六七八九十两\d]{1,3})?期(?:支付|付清|给付|偿还|履行|返还|赔偿|缴纳|交付)|先(?:行)?(?:支付|付|给付|偿还|返还|赔偿|交付)(?=[^。；;]{0,30}?元[，,]\s?(?:余款|余额|余下|剩余|其余))/g;
/** A disposition's next item (二、), where an item begins. */
const DISPOSITION_ITEM_RE = /(?<=^|[\s。；;])[一二三四五六七八九十]{1,3}、/g;

/**
 * The text without the instalments of a sum (一、乙支付甲30000元，分三期支付：…前支付10000元；…): from the
 * order to pay in instalments to its item's end, the schedule's sums are parts of the sum stated before
 * it in the item, not more. An item that states no sum before its schedule keeps it (乙分两期支付甲：
 * …前支付1万元；…前支付2万元): the instalments are the award.
 */
function withoutInstalments(text: string): string {
  const marks = [...text.matchAll(DISPOSITION_ITEM_RE)].map((item) => item.index);
  let out = "";
  let from = 0;
  for (const m of text.matchAll(INSTALMENTS_RE)) {
    if (m.index < from) continue;
    const start = marks.filter((at) => at <= m.index).at(-1) ?? 0;
    if (findAmounts(text.slice(start, m.index)).length === 0) continue;
    out += text.slice(from, m.index + m[0].length);
    from = marks.find((at) => at > m.index) ?? text.length;
  }
  return out + text.slice(from);
}

/** itemsTotal's sum, joint liabilities and instalments already dropped. */
function sumOfItems(text: string): number | undefined {
  let sum = 0;
  let found = false;
  for (const whole of text.split(ITEM_SPLIT_RE)) {
    // 赔偿损失120万元，其中90万元用于…，30万元用于…: the breakdown is no further sum.
    const item = whole.split("其中")[0] ?? whole;
    const amount = itemSum(item);
    if (amount > 0) {
      sum += amount;
      found = true;
    }
  }
  return found ? Math.round(sum * 100) / 100 : undefined;
}

/** A liability capped by a sum (在3000万元未出资本息范围内, 在…限额内 before the sum's clause ends: 公报 FYGB0059). */
const CAP_AFTER_RE = /^[^，,。；;：:]*?(?:范围|限额|额度)内/;
/** 以100万元为限. */
const LIMIT_AFTER_RE = /^\s*为限/;
/** A loss apportioned: 损失10000元，由被告甲赔偿3000元 (公报 FYGB0169, FYGB0312) — the share is the award, not the loss too. */
const APPORTIONED_RE = /[，,]\s?由/g;
/** A sum already paid and deducted (扣除其已支付的500元: 公报 FYGB0396), and the balance that follows it (应赔偿…, 剩余…). */
const DEDUCTION_RE = /扣除|扣减|减去|抵扣/;
const BALANCE_RE = /应(?:再)?(?:赔偿|支付|给付|返还|偿还)|剩余|尚(?:需|应|欠)|还应|实际(?:赔偿|支付)|余款/;

/**
 * A party's share named after a sum (奖金4000元，甲得1400元，某研究所得1200元; 甲、乙各得…; 丙分得…): 得,
 * not proceeds (违法所得, 犯罪所得), 获得, 取得, 不得 or 可得 (可得利益, a loss), nor 得到.
 */
const SHARE_LABEL_RE = /(?<!不|获|取|可|法所|罪所)(?:分|各|应)?得(?!到)[\u4e00-\u9fa5]{0,6}$/;

/**
 * The shares of a sum told after it in its sentence (…奖金4000元，甲得1400元，乙得1200元，丙得750元，丁得
 * 650元): parts of it, as the breakdown after 其中 is, when they add up to no more than it — not further
 * sums (公报 FYGB0843 had counted 4000 twice).
 */
function sharesOfSums<T extends { at: number; value: number; share: boolean }>(
  item: string,
  all: readonly T[],
): Set<T> {
  const shares = new Set<T>();
  all.forEach((whole, i) => {
    if (whole.share) return;
    const run: T[] = [];
    for (const next of all.slice(i + 1)) {
      if (!next.share || /[。；;]/.test(item.slice(whole.at, next.at))) break;
      run.push(next);
    }
    if (run.length > 0 && run.reduce((sum, a) => sum + a.value, 0) <= whole.value + 0.005)
      for (const a of run) shares.add(a);
  });
  return shares;
}

/** One item's sum: its total when it states one, else its amounts', as itemsTotal counts them. */
function itemSum(item: string): number {
  type Found = { at: number; value: number; total: boolean; share: boolean };
  const found: Found[] = [];
  for (const m of item.matchAll(AMOUNT_RE)) {
    const before = item.slice(0, m.index);
    // yuanAmount reads 角/分 or 钱 right after the number: six characters at most (零五角零五分).
    const value = yuanAmount(
      m[1] ?? "",
      before,
      item.slice(m.index + m[0].length, m.index + m[0].length + 6),
    );
    if (value === undefined || value <= 0) continue;
    const cut = Math.max(
      ...["、", "，", ",", "：", ":", "及", "和", "与", "并"].map((d) => before.lastIndexOf(d)),
    );
    const label = before.slice(cut + 1);
    const after = item.slice((m.index ?? 0) + m[0].length);
    // The base of a charge a rate computes: 以…为基数, 支付150万元的滞纳金 (按…利率计算).
    if (/^\s*(?:为(?:计算)?基数|为本金|的(?:滞纳金|罚息|利息))/.test(after) || RATE_RE.test(label)) continue;
    if (/^\s*(?:至|到|—|－|-|~|～)/.test(after) || /(?:至|到|—|－|~|～)\s*$/.test(before)) continue;
    if (/在[^，,。；;]*$/.test(label) && CAP_AFTER_RE.test(after)) continue;
    if (/以\s*$/.test(before) && LIMIT_AFTER_RE.test(after)) continue;
    // 该房屋作价人民币20000元: the value of property handed over, not money paid.
    if (/作价(?:为)?(?:人民币)?\s*$/.test(label)) continue;
    if (TOTAL_RE.test(label) && GRAND_TOTAL_RE.test(label)) continue;
    found.push({ at: m.index ?? 0, value, total: TOTAL_RE.test(label), share: SHARE_LABEL_RE.test(label) });
  }
  const shares = sharesOfSums(item, found);
  const all = found.filter((a) => !shares.has(a));
  // Apportioned: the shares from the first 由 with a sum before it in its sentence and one after.
  const cut = [...item.matchAll(APPORTIONED_RE)]
    .map((m) => ({ from: item.lastIndexOf("。", m.index) + 1, to: m.index }))
    .find(({ from, to }) => all.some((a) => a.at >= from && a.at < to) && all.some((a) => a.at > to));
  let kept = cut ? all.filter((a) => a.at < cut.from || a.at >= cut.to) : all;
  // Deducted: the balance after a deduction replaces what came before it; without one stated, the
  // deduction is subtracted.
  const clauses = [...item.matchAll(/[^，,]+/g)];
  let deducted = 0;
  for (const clause of clauses) {
    if (!DEDUCTION_RE.test(clause[0])) continue;
    const start = clause.index ?? 0;
    const stop = start + clause[0].length;
    const inClause = kept.filter((a) => a.at >= start && a.at < stop);
    const balance = kept.find(
      (a) => a.at >= stop && BALANCE_RE.test(item.slice(stop, a.at)) && !/由/.test(item.slice(stop, a.at)),
    );
    if (balance) kept = kept.filter((a) => a.at >= balance.at || a.at < segmentStart(item, start));
    else deducted += inClause.reduce((s, a) => s + a.value, 0);
    kept = kept.filter((a) => !inClause.includes(a));
  }
  const totals = kept.filter((a) => a.total).map((a) => a.value);
  const amount = totals.length > 0 ? Math.max(...totals) : kept.reduce((s, a) => s + a.value, 0);
  return Math.max(0, amount - deducted);
}

/** Where the share a deduction is taken from begins: the last 由 before it, else the item's start. */
function segmentStart(item: string, at: number): number {
  const by = item.slice(0, at).search(/由[^由]*$/);
  return Math.max(by, 0);
}

/**
 * The sentence a result list shows for a judgment of several defendants: the most severe (by kind,
 * then term, then fine). Its term, probation and fine are that defendant's, never combined with
 * another's (a 17-year term shown with a co-defendant's probation).
 */
export function principalSentence(
  sentences: readonly CriminalSentence[] | undefined,
): CriminalSentence | undefined {
  const rank = (s: CriminalSentence) => penaltySeverity(s.penalty);
  return [...(sentences ?? [])].sort(
    (a, b) => rank(a) - rank(b) || (b.months ?? 0) - (a.months ?? 0) || (b.fine ?? 0) - (a.fine ?? 0),
  )[0];
}

/** A sentence as far as a comparison needs it. */
export type ComparableSentence = Pick<CriminalSentence, "penalty" | "months" | "probationMonths" | "grounds">;

/**
 * The sentence a defendant received for one crime, for comparing with other cases of that crime:
 * the crime's own count when the disposition states it (数罪并罚, or one crime joined by an earlier
 * judgment's sentence); else the sentence itself when it is for that crime alone and includes no other
 * judgment's sentence; else undefined — a combined punishment is not a sentence for one of its crimes
 * (刑法 §69–71). `charges` falls back to the case's when the sentence does not carry its own (a result
 * card of an index built before session 9).
 */
export function chargeSentence(
  s: ComparableSentence & Pick<CriminalSentence, "counts" | "mergesEarlierSentence"> & { charges?: string[] },
  charge: string,
  caseCharges?: readonly string[],
): ComparableSentence | undefined {
  const count = s.counts?.find((c) => c.charge === charge);
  // Whose sentence it is goes with it: that defendant's own grounds (src/judgment/grounds.ts).
  const grounds = s.grounds ? { grounds: s.grounds } : {};
  if (count)
    return {
      penalty: count.penalty,
      ...(count.months !== undefined ? { months: count.months } : {}),
      ...grounds,
    };
  if (s.mergesEarlierSentence || (s.counts?.length ?? 0) > 0) return undefined;
  const own = s.charges ?? caseCharges ?? [];
  if (own.length !== 1 || own[0] !== charge || s.penalty === undefined) return undefined;
  return {
    penalty: s.penalty,
    ...(s.months !== undefined ? { months: s.months } : {}),
    ...(s.probationMonths !== undefined ? { probationMonths: s.probationMonths } : {}),
    ...grounds,
  };
}

/**
 * The sentence a judgment imposed for one crime, to compare with other judgments of that crime: of
 * its defendants' sentences for it ({@link chargeSentence}), the most severe; undefined when none can
 * be told apart (every defendant's combined with other crimes or another judgment's sentence).
 */
export function comparableSentence(
  sentences: readonly Parameters<typeof chargeSentence>[0][] | undefined,
  charge: string,
): ComparableSentence | undefined {
  const own = (sentences ?? []).flatMap((s) => {
    const c = chargeSentence(s, charge);
    return c ? [{ ...c, defendant: "", charges: [charge] }] : [];
  });
  const best = principalSentence(own);
  if (!best?.penalty) return undefined;
  return {
    penalty: best.penalty,
    ...(best.months !== undefined ? { months: best.months } : {}),
    ...(best.probationMonths !== undefined ? { probationMonths: best.probationMonths } : {}),
    ...(best.grounds ? { grounds: best.grounds } : {}),
  };
}

/**
 * A penalty's place from the most severe (0) in the record schema's order (刑法 §33–§34, heaviest
 * first, as audits rank outcomes); unknown or none last.
 */
export function penaltySeverity(kind: string | undefined): number {
  const order: readonly string[] = PenaltyKind.options;
  const i = order.indexOf(kind ?? "");
  return i < 0 ? order.length : i;
}

/**
 * Whether a case acquitted every defendant it names (宣告被告人X无罪, or an appeal upholding such a
 * ruling): each sentence read is an acquittal — not a penalty left unread.
 */
export function acquittedAll(sentences: readonly CriminalSentence[]): boolean {
  return sentences.length > 0 && sentences.every((s) => s.acquitted);
}

/** How many defendants a penalty was read for (an acquitted one has none). */
export function sentencedCount(sentences: readonly CriminalSentence[]): number {
  return sentences.filter((s) => s.penalty !== undefined).length;
}
