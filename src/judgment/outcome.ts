/** Outcomes read from the disposition (判决主文): sentences, civil results, appeal results. */
import { findChargeMentions } from "./charges.ts";
import { findAmounts, parseAmountNumber, parseTermMonths } from "./numerals.ts";
import type { CriminalSentence, Outcome, PenaltyKind } from "./record.ts";

const N = "[0-9零〇一二两三四五六七八九十]";
/** 一年五个月, 三年零十个月, 七个月, 十五日. */
const TERM = `(?=${N})(?:${N}+年)?零?(?:${N}+个?月)?(?:${N}+日)?`;
const PENALTY_RE = new RegExp(
  `(死刑[，,]?\\s?缓期[二两]年执行|死刑|无期徒刑|有期徒刑\\s?(${TERM})|拘役\\s?(${TERM})|管制\\s?(${TERM})|免予刑事处罚|免除刑事处罚|单处罚金|判处罚金)`,
  "g",
);
const PROBATION_RE = new RegExp(`缓刑\\s?(${TERM})`);
const FINE_RE = /罚金\s?(?:人民币)?\s?([0-9０-９.,，零〇一二两三四五六七八九十百千万亿]+)\s?(万)?元/;
const DEPRIVATION_RE = new RegExp(`剥夺政治权利\\s?(${TERM}|终身)`);
const CONFISCATION_ALL_RE = /没收(?:被告人)?(?:个人)?全部财产/;
const CONFISCATION_RE =
  /没收(?:被告人)?(?:个人)?财产\s?(?:人民币)?\s?([0-9０-９.,，零〇一二两三四五六七八九十百千万亿]+)\s?(万)?元/;
const DEFENDANT_RE =
  /(?:被告人|被告单位|上诉人|原审被告人|原审被告单位)([^\s，,。；;：:（(、]{1,20}?)(?:犯|无罪|免予|不负刑事责任)/g;

function penaltyOf(clause: string): Omit<CriminalSentence, "defendant" | "charges"> {
  // 决定执行 states the combined punishment for several crimes (刑法第六十九条): it wins.
  const combinedAt = clause.lastIndexOf("决定执行");
  const scope = combinedAt >= 0 ? clause.slice(combinedAt) : clause;
  const out: Omit<CriminalSentence, "defendant" | "charges"> = {};
  const m = new RegExp(PENALTY_RE.source).exec(scope);
  if (m?.[1]) {
    const word = m[1];
    let kind: PenaltyKind | undefined;
    if (/缓期/.test(word)) kind = "死缓";
    else if (word === "死刑") kind = "死刑";
    else if (word === "无期徒刑") kind = "无期徒刑";
    else if (word.startsWith("有期徒刑")) kind = "有期徒刑";
    else if (word.startsWith("拘役")) kind = "拘役";
    else if (word.startsWith("管制")) kind = "管制";
    else if (/免/.test(word)) kind = "免予刑事处罚";
    else kind = "单处罚金";
    out.penalty = kind;
    const term = m[2] ?? m[3] ?? m[4];
    const months = term ? parseTermMonths(term) : undefined;
    if (months !== undefined) out.months = months;
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

/** One sentence per defendant named in the disposition (被告人X犯…罪，判处…). */
export function criminalSentences(disposition: string): CriminalSentence[] {
  const starts = [...disposition.matchAll(DEFENDANT_RE)];
  const out: CriminalSentence[] = [];
  starts.forEach((m, i) => {
    const defendant = m[1] ?? "";
    const end = starts[i + 1]?.index ?? disposition.length;
    const clause = disposition.slice(m.index, end);
    const existing = out.find((s) => s.defendant === defendant);
    const charges = [...new Set(findChargeMentions(clause).map((c) => c.charge))];
    const sentence: CriminalSentence = { defendant, charges, ...penaltyOf(clause) };
    if (existing) {
      // A defendant named again (e.g. 撤销…维持… items) keeps the first penalty found.
      for (const c of charges) if (!existing.charges.includes(c)) existing.charges.push(c);
      if (existing.penalty === undefined) Object.assign(existing, { ...sentence, charges: existing.charges });
      return;
    }
    out.push(sentence);
  });
  return out;
}

/** Appeal and retrial results (二审/再审). */
export function appealResult(disposition: string): Outcome["appeal"] {
  if (/发回.{0,20}重(?:新)?审/.test(disposition)) return "remanded";
  if (/准许.{0,30}撤回(?:上诉|抗诉)/.test(disposition)) return "withdrawn";
  if (/撤销|改判/.test(disposition)) return "amended";
  if (/驳回.{0,20}(?:上诉|抗诉|申诉|再审申请)|维持原判|维持.{0,40}(?:判决|裁定)/.test(disposition))
    return "affirmed";
  return "other";
}

/** Civil results; court fees (案件受理费…) are not awards. */
export function civilResult(disposition: string, mediated: boolean): NonNullable<Outcome["civil"]> {
  const awardsText = disposition.replace(
    /(?:案件|一审|二审)?(?:受理费|诉讼费|保全费|公告费)[^。；]*[。；]?/g,
    "",
  );
  const amounts = findAmounts(awardsText);
  let kind: NonNullable<Outcome["civil"]>["disposition"];
  if (mediated) kind = "mediated";
  else if (/准许.{0,30}撤(?:回起诉|诉)|按.{0,10}撤(?:回起诉|诉)处理/.test(disposition)) kind = "withdrawn";
  else if (/驳回.{0,40}(?:其他|其余)(?:的)?诉讼请求/.test(disposition)) kind = "partly_upheld";
  else if (/驳回.{0,40}(?:全部)?诉讼请求|驳回.{0,20}起诉/.test(disposition) && amounts.length === 0)
    kind = "dismissed";
  else if (amounts.length > 0 || /支付|赔偿|返还|偿还|给付|确认|解除|继续履行/.test(disposition))
    kind = "upheld";
  else kind = "other";
  const result: NonNullable<Outcome["civil"]> = { disposition: kind, amounts };
  if (amounts.length > 0) result.totalAwarded = amounts.reduce((a, b) => a + b, 0);
  return result;
}
