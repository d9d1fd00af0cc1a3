/** Chinese numerals, dates, amounts and durations as written in judgments. */
import { ZERO_CHARS } from "../text/normalize.ts";

const DIGITS: Record<string, number> = {
  // The characters written for zero but Arabic 0 (full-width ０ is folded to 0 first), read as a digit.
  ...Object.fromEntries([...ZERO_CHARS].filter((c) => !/[0０]/.test(c)).map((c) => [c, 0])),
  一: 1,
  壹: 1,
  二: 2,
  贰: 2,
  两: 2,
  三: 3,
  叁: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
};
const UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** Full-width digits and letters to ASCII. */
export function toHalfWidth(text: string): string {
  return text.replace(/[０-９Ａ-Ｚａ-ｚ．，]/g, (c) => {
    if (c === "，") return c;
    return String.fromCharCode(c.charCodeAt(0) - 0xfee0);
  });
}

/**
 * A positive integer below 10,000 as laws number their articles: 264 → 二百六十四, 104 → 一百零四,
 * 110 → 一百一十, 17 → 十七 (the inverse of {@link parseChineseInt} for these).
 */
export function formatChineseInt(n: number): string {
  const digits = "零一二三四五六七八九";
  const units = ["", "十", "百", "千"];
  const written = String(Math.trunc(n));
  let out = "";
  let zero = false;
  for (const [i, c] of [...written].entries()) {
    const d = Number(c);
    const unit = units[written.length - 1 - i] ?? "";
    if (d === 0) {
      zero = out !== "";
      continue;
    }
    if (zero) out += "零";
    zero = false;
    out += (d === 1 && unit === "十" && out === "" ? "" : digits[d]) + unit;
  }
  return out;
}

/**
 * An integer written with Chinese numerals ("一百三十三", "十五", "二〇一八"), Arabic digits
 * (full- or half-width) or a mix ("3万"). Returns undefined when the text is not a number.
 */
export function parseChineseInt(raw: string): number | undefined {
  const text = toHalfWidth(raw.trim()).replace(/[,，]/g, "");
  if (text === "") return undefined;
  if (/^\d+$/.test(text)) return Number(text);
  // Digit-by-digit form used for years: 二〇一八, also with an Arabic zero (二0一五).
  if ([...text].every((c) => c in DIGITS || /\d/.test(c)) && text.length > 1) {
    return Number([...text].map((c) => DIGITS[c] ?? c).join(""));
  }
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  for (const c of text) {
    if (c in DIGITS) {
      // 零 between units only marks a place left empty: 一万九千零十五 is 19015 (零十五 is 十五), not 19005.
      digit = DIGITS[c] === 0 ? undefined : DIGITS[c];
    } else if (/\d/.test(c)) {
      digit = (digit ?? 0) * 10 + Number(c);
    } else if (c in UNITS) {
      section += (digit ?? 1) * (UNITS[c] ?? 1);
      digit = undefined;
    } else if (c in BIG_UNITS) {
      total += (section + (digit ?? 0)) * (BIG_UNITS[c] ?? 1);
      section = 0;
      digit = undefined;
    } else {
      return undefined;
    }
  }
  return total + section + (digit ?? 0);
}

/** A year written digit by digit: 二〇一八, 二○一九, 二0一五, 2018. */
const YEAR_DIGITS = `[${ZERO_CHARS}一二三四五六七八九\\d０-９]{4}`;
const DATE_RE = new RegExp(
  `(${YEAR_DIGITS})\\s*年\\s*(元|[一二三四五六七八九十\\d０-９]{1,3})\\s*月\\s*([一二三四五六七八九十\\d０-９]{1,3})\\s*日`,
);

/** "二〇一八年九月十八日", "二○一九年十一月一日", "二○一九年元月十九日" (元月: January) or "2018年9月18日" → "2018-09-18". */
export function parseChineseDate(raw: string): string | undefined {
  const m = DATE_RE.exec(raw);
  if (!m?.[1] || !m[2] || !m[3]) return undefined;
  const year = parseChineseInt(m[1]);
  const month = m[2] === "元" ? 1 : parseChineseInt(m[2]);
  const day = parseChineseInt(m[3]);
  if (year === undefined || month === undefined || day === undefined) return undefined;
  if (year < 1949 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  // No day the calendar lacks (2013年11月31日, a typo in 人民司法 rmsf0699): the engine refuses it.
  if (new Date(Date.UTC(year, month - 1, day)).getUTCDate() !== day) return undefined;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

const NUM = "[0-9０-９.．,，零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟]+";

/** Chinese or Arabic numeral text as used in amounts: "五千", "1.5万", "30,000". */
export function parseAmountNumber(raw: string): number | undefined {
  const text = toHalfWidth(raw).replace(/[,，]/g, "");
  const m = /^(\d+(?:\.\d+)?)([万亿]?)$/.exec(text);
  if (m?.[1]) return Number(m[1]) * (m[2] === "万" ? 1e4 : m[2] === "亿" ? 1e8 : 1);
  // "1.5万" handled above; "3万5千" and pure Chinese go through the integer parser.
  return parseChineseInt(text);
}

/** The 角 and 分 written after 元 (八角七分, 二角, 零五分, 5角): tenths and hundredths of a yuan. */
const FRACTION_RE = /^零?(?:([一二两三四五六七八九\d])角)?零?(?:([一二两三四五六七八九\d])分)?/;
/** A Chinese digit alone before 元. */
const LONE_DIGIT_RE = /^[一二两三四五六七八九壹贰叁肆伍陆柒捌玖]$/;

/**
 * The sum in yuan an amount writes: its numeral before 元 (`numeral`: 五十四万六千五百五十六, 1.5万), and
 * the 角 and 分 after it (`after`: 五十四万…元八角七分 is …0.87 more). Undefined for no number, and for a
 * Chinese digit alone before 元 that is no money: a name (a person's 某三元, a place's 三元桥, a firm's), a
 * term (二元结构, 一元购) — unless 角 or 分 follow (一元五角九分), 钱 does (两元钱), or 人民币 precedes.
 */
export function yuanAmount(numeral: string, before = "", after = ""): number | undefined {
  const fraction = FRACTION_RE.exec(after);
  const [tenths = 0, hundredths = 0] = [fraction?.[1], fraction?.[2]].map((d) =>
    d ? (parseChineseInt(d) ?? 0) : 0,
  );
  const hasFraction = tenths + hundredths > 0;
  if (LONE_DIGIT_RE.test(numeral) && !hasFraction && !/^钱/.test(after) && !/人民币\s*$/.test(before))
    return undefined;
  const whole = parseAmountNumber(numeral);
  if (whole === undefined || !Number.isFinite(whole)) return undefined;
  return hasFraction ? Math.round((whole + tenths / 10 + hundredths / 100) * 100) / 100 : whole;
}

/** An amount in a clause; matchAll works on a copy, so its lastIndex is never shared. */
const AMOUNT_IN_CLAUSE_RE = new RegExp(`(${NUM})(万)?(?:余|多)?元`, "g");

/** Amounts of money in yuan within a clause: "人民币五千元", "5000元", "一万元", "3.2万元", "二元五角". */
export function findAmounts(text: string): number[] {
  const out: number[] = [];
  // "49,000余元", "3万多元": an approximate amount is still the amount.
  for (const m of text.matchAll(AMOUNT_IN_CLAUSE_RE)) {
    const end = m.index + m[0].length;
    const n = yuanAmount(
      `${m[1] ?? ""}${m[2] ?? ""}`,
      text.slice(Math.max(0, m.index - 4), m.index),
      text.slice(end, end + 6),
    );
    if (n !== undefined) out.push(n);
  }
  return out;
}

/** A month of a term counted in days, as {@link parseTermMonths} reads days (十五日 → 0.5) and {@link termText} writes them back. */
const DAYS_PER_MONTH = 30;

/** "一年五个月" → 17, "六个月" → 6, "三年" → 36, "十五日" → 0.5. Undefined when no term is found. */
export function parseTermMonths(raw: string): number | undefined {
  const m =
    /^(?:([0-9零〇一二两三四五六七八九十]+)年)?[零又]?(?:([0-9零〇一二两三四五六七八九十]+)个?月)?[零又]?(?:([0-9零〇一二两三四五六七八九十]+)[日天])?/.exec(
      // 四年又六个月, 一年十一个月零十七日: 又 and 零 join the parts; 零 is no digit of the days.
      raw.replace(/([年月])[零又](?=[0-9一二两三四五六七八九十])/g, "$1"),
    );
  if (!m || (!m[1] && !m[2] && !m[3])) return undefined;
  const years = m[1] ? parseChineseInt(m[1]) : 0;
  const months = m[2] ? parseChineseInt(m[2]) : 0;
  const days = m[3] ? parseChineseInt(m[3]) : 0;
  if (years === undefined || months === undefined || days === undefined) return undefined;
  return years * 12 + months + Math.round((days / DAYS_PER_MONTH) * 10) / 10;
}

/**
 * A term in months as a judgment states it, the inverse of {@link parseTermMonths}: 180 → "15 年",
 * 30 → "2 年 6 个月", 3.5 → "3 个月 15 日", 0.5 → "15 日". The parser keeps days as tenths of a month,
 * each tenth read from three day counts (0.3 from 8, 9 or 10 日); the one written back is the one
 * judges write, a multiple of five where the three hold one (十日, 二十日, 二十五日), else the middle one
 * (0.4 → 12 日): parsing the text again gives the same months. A value that is no term (negative, not
 * finite) is left in months.
 */
export function termText(months: number): string {
  if (!Number.isFinite(months) || months < 0) return `${months} 个月`;
  const tenths = Math.round(months * 10);
  const whole = Math.floor(tenths / 10);
  const t = tenths % 10;
  const middle = (t * DAYS_PER_MONTH) / 10;
  const d = [middle - 1, middle, middle + 1].find((n) => t > 0 && n % 5 === 0) ?? middle;
  const y = Math.floor(whole / 12);
  const m = whole % 12;
  const parts = [y > 0 ? `${y} 年` : "", m > 0 ? `${m} 个月` : "", d > 0 ? `${d} 日` : ""].filter(Boolean);
  return parts.length > 0 ? parts.join(" ") : "0 个月";
}

/**
 * A penalty's term as shown after it (" 2 年 6 个月"): only 有期徒刑, 拘役 and 管制 run for a term
 * (刑法 §38, §42, §45); "" for any other penalty or no months.
 */
export function penaltyTermText(penalty: string | undefined, months: number | undefined): string {
  return months !== undefined && /有期徒刑|拘役|管制/.test(penalty ?? "") ? ` ${termText(months)}` : "";
}

/** A probation as shown after its sentence ("，缓刑 3 年"), "" for none. */
export function probationText(months: number | undefined): string {
  return months ? `，缓刑 ${termText(months)}` : "";
}
