/** Criminal charges (罪名): recognising the names judgments actually write and mapping them to the list. */
import { CRIMINAL_CHARGES } from "./charge-list.ts";

export { CRIMINAL_CHARGES };

const CHARGE_SET = new Set(CRIMINAL_CHARGES);

/**
 * Names renamed by later amendments (刑法修正案（九）: 强制猥亵、侮辱妇女罪 → 强制猥亵、侮辱罪; the renames and
 * merges of 补充规定（七）, 2021) or written in a common non-standard way that the subsequence rule below
 * cannot reach.
 */
const ALIASES: Readonly<Record<string, string>> = {
  // Names of the 1979 Criminal Law and its supplements, as older judgments and write-ups use them.
  商业受贿罪: "非国家工作人员受贿罪",
  公司企业人员受贿罪: "非国家工作人员受贿罪",
  "公司、企业人员受贿罪": "非国家工作人员受贿罪",
  操纵证券交易价格罪: "操纵证券、期货市场罪",
  非法采伐国家重点保护植物罪: "危害国家重点保护植物罪",
  强制猥亵妇女罪: "强制猥亵、侮辱罪",
  "强制猥亵、侮辱妇女罪": "强制猥亵、侮辱罪",
  猥亵妇女罪: "强制猥亵、侮辱罪",
  嫖宿幼女罪: "强奸罪",
  伪造居民身份证罪: "伪造、变造、买卖身份证件罪",
  "伪造、变造居民身份证罪": "伪造、变造、买卖身份证件罪",
  非法获取公民个人信息罪: "侵犯公民个人信息罪",
  "出售、非法提供公民个人信息罪": "侵犯公民个人信息罪",
  容留他人吸食毒品罪: "容留他人吸毒罪",
  // 补充规定（七） (2021, after 刑法修正案（十一）): renamed and merged charges.
  "非法猎捕、杀害国家重点保护的珍贵、濒危野生动物罪": "危害珍贵、濒危野生动物罪",
  "非法猎捕、杀害珍贵、濒危野生动物罪": "危害珍贵、濒危野生动物罪",
  "非法收购、运输、出售珍贵、濒危野生动物、珍贵、濒危野生动物制品罪": "危害珍贵、濒危野生动物罪",
  "非法采伐、毁坏国家重点保护植物罪": "危害国家重点保护植物罪",
  "非法收购、运输、加工、出售国家重点保护植物、国家重点保护植物制品罪": "危害国家重点保护植物罪",
  "欺诈发行股票、债券罪": "欺诈发行证券罪",
  强令违章冒险作业罪: "强令、组织他人违章冒险作业罪",
  "生产、销售假药罪": "生产、销售、提供假药罪",
  "生产、销售劣药罪": "生产、销售、提供劣药罪",
  环境污染罪: "污染环境罪",
  // Names as judgments write them (LeCaRD), against the list's: older names, words added or reordered.
  偷税罪: "逃税罪",
  妨碍公务罪: "妨害公务罪",
  非法侵入他人住宅罪: "非法侵入住宅罪",
  向非国家工作人员行贿罪: "对非国家工作人员行贿罪",
  积极参加黑社会性质组织罪: "组织、领导、参加黑社会性质组织罪",
  参加黑社会性质组织罪: "组织、领导、参加黑社会性质组织罪",
  "运输、贩卖毒品罪": "走私、贩卖、运输、制造毒品罪",
  "走私、运输、贩卖毒品罪": "走私、贩卖、运输、制造毒品罪",
  "制造、贩卖毒品罪": "走私、贩卖、运输、制造毒品罪",
  "制造、贩卖、运输毒品罪": "走私、贩卖、运输、制造毒品罪",
};

type Candidate = { name: string; flat: string; segmentStarts: Set<string>; segmentEnds: Set<string> };

const CANDIDATES: Candidate[] = CRIMINAL_CHARGES.map((name) => {
  const stem = name.slice(0, -1);
  const segments = stem.split("、");
  return {
    name,
    flat: stem.replace(/[、的]/g, ""),
    segmentStarts: new Set(segments.map((s) => s[0] ?? "")),
    segmentEnds: new Set(segments.map((s) => s.at(-1) ?? "")),
  };
});

function isSubsequence(needle: string, haystack: string): boolean {
  let i = 0;
  for (const c of haystack) if (c === needle[i]) i++;
  return i === needle.length;
}

const cache = new Map<string, string | undefined>();

/**
 * Whether a legal name is a charge (罪名): the Criminal Law names every offence ending in 罪; anything
 * else is a civil or administrative cause (案由). The workbench uses it too (src/web/client/dom.ts).
 */
export function isChargeName(name: string): boolean {
  return name.endsWith("罪");
}

/** A written charge name as compared with the list: without spaces and stage, ending in 罪. */
function chargeName(written: string): string {
  // Stages of the offence (（未遂）, （中止）) are not part of the charge name.
  return (
    written
      .replace(/[\s“”"]/g, "")
      .replace(/[（(](?:未遂|中止|预备|既遂|致死|致人死亡|致人重伤)[）)]/g, "")
      // 国（边）境 is written 国边境 or 国境 alike: compared without the bracket.
      .replace(/国(?:[（(]?边[）)]?)?境/g, "国（边）境")
      // 剌探 for 刺探 is a misprint common in published copies of the 1997 charge list (LeCaRD's too).
      .replace(/剌探/g, "刺探")
      .replace(/罪?$/, "罪")
  );
}

/** A name's listed charge when it is listed or an alias (undefined: no charge); null: neither. */
function listedOrAlias(name: string): string | undefined | null {
  if (CHARGE_SET.has(name)) return name;
  // One listed name has 国境 alone (妨害国境卫生检疫罪, 刑法 §332), however the bracket is written.
  const border = name.replace(/国（边）境/g, "国境");
  if (CHARGE_SET.has(border)) return border;
  // The 1979 Criminal Law's 走私罪 (§116) was smuggling of any goods: no one charge of today's list
  // (the nearest by letters is 走私毒品罪, which it is not).
  if (name === "走私罪") return undefined;
  return ALIASES[name] ?? null;
}

/**
 * A charge typed as one form of a selective charge (选择性罪名), named by the acts a judgment finds:
 * 贩卖毒品罪 of 走私、贩卖、运输、制造毒品罪 (刑法 §347; SPC 《关于执行〈中华人民共和国刑法〉确定罪名的规定》
 * lists such a charge by all its acts, joined by 、), in the judge's words: as typed, stage dropped,
 * ending in 罪. Undefined for a listed name, an alias, or a name of no charge.
 */
export function selectiveChargeForm(written: string): string | undefined {
  const name = chargeName(written);
  if (listedOrAlias(name) !== null) return undefined;
  return canonicalCharge(written)?.includes("、") ? name : undefined;
}

/**
 * A charge a similar case shares with the judge's, as the workbench and a report show it: the judge's
 * form of a selective charge with the listed charge both are of (贩卖毒品罪（同属走私、贩卖、运输、制造毒品罪）:
 * src/retrieval/types.ts MatchReason sharedChargeDetails); the judgment's own form is not indexed.
 */
export function sharedChargeText(charge: string, listed: string | undefined): string {
  return listed && listed !== charge ? `${charge}（同属${listed}）` : charge;
}

/**
 * The listed charge a written charge name refers to: exact, alias, or — for selective charges
 * (选择性罪名) such as 走私、贩卖、运输、制造毒品罪 written as 贩卖毒品罪 — the shortest listed name
 * containing the written one as a subsequence, starting and ending on a segment boundary.
 */
export function canonicalCharge(written: string): string | undefined {
  const name = chargeName(written);
  const listed = listedOrAlias(name);
  if (listed !== null) return listed;
  if (cache.has(name)) return cache.get(name);
  const flat = name.slice(0, -1).replace(/[、的]/g, "");
  let best: Candidate | undefined;
  if (flat.length >= 2) {
    for (const c of CANDIDATES) {
      if (c.flat.length < flat.length || !c.segmentStarts.has(flat[0] ?? "")) continue;
      if (!c.segmentEnds.has(flat.at(-1) ?? "") && !c.flat.endsWith(flat.slice(-2))) continue;
      // Both ends must be written as in the listed name (有毒品 is not 有毒、有害食品).
      if (!c.flat.includes(flat.slice(0, 2)) || !c.flat.includes(flat.slice(-2))) continue;
      if (!isSubsequence(flat, c.flat)) continue;
      if (!best || c.flat.length < best.flat.length) best = c;
    }
  }
  const result = best?.name;
  if (cache.size > 10_000) cache.clear();
  cache.set(name, result);
  return result;
}

export type ChargeMention = { charge: string; written: string; index: number };

/** Words after which a charge name is written: 犯…罪, 构成…罪, 以…罪判处, 涉嫌…罪. */
const TRIGGER_RE = /犯有?|构成|以|涉嫌|认定为|定为/g;
/** A run ends at clause punctuation; it may hold several charges joined by 、 和 及. */
const RUN_RE = /^(?:[^，。；：:\s（()）\n]|[（(][^，。；：:\s（()）]{1,3}[）)]){2,80}/;

/** Split one run ("故意伤害罪、寻衅滋事罪") into charges, preferring the longest listed name at each start. */
function splitRun(run: string, offset: number, out: ChargeMention[]): void {
  let start = 0;
  while (start < run.length) {
    const ends: number[] = [];
    for (let i = run.indexOf("罪", start); i >= 0; i = run.indexOf("罪", i + 1)) ends.push(i);
    let matched = false;
    for (const end of ends.reverse()) {
      const written = run.slice(start, end + 1);
      const charge = canonicalCharge(written);
      if (charge) {
        out.push({ charge, written, index: offset + start });
        start = end + 1;
        matched = true;
        break;
      }
    }
    if (!matched) return;
    const joint = /^(?:罪|[、和及与，,]|以及|并|犯)*/.exec(run.slice(start));
    start += joint?.[0].length ?? 0;
  }
}

/** Charges written in a text, in order of appearance (duplicates kept; see {@link distinctCharges}). */
export function findChargeMentions(text: string): ChargeMention[] {
  const out: ChargeMention[] = [];
  let covered = 0;
  for (const m of text.matchAll(TRIGGER_RE)) {
    const runStart = m.index + m[0].length;
    if (runStart < covered) continue;
    const run = RUN_RE.exec(text.slice(runStart, runStart + 80))?.[0];
    if (!run?.includes("罪")) continue;
    const before = out.length;
    splitRun(run, runStart, out);
    const last = out.at(-1);
    if (out.length > before && last) covered = last.index + last.written.length;
  }
  return out;
}

/** Distinct listed charges in order of first mention. */
export function distinctCharges(text: string): string[] {
  return [...new Set(findChargeMentions(text).map((m) => m.charge))];
}
