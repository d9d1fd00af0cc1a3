/**
 * Text normalisation shared by indexing and querying. Elasticsearch only runs its `whitespace`
 * analyzer here (no cjk_width, no lowercase filter), so every folding that matters for matching
 * happens in this module, once, before segmentation.
 */

// Folding tables for every UTF-16 code unit: full-width ASCII → ASCII, blanks and the private-use
// U+E000 (never legitimate in a judgment) → space; FOLD also A–Z → a–z. A table lookup per character
// keeps the pass at memory speed.
const FOLD_WIDTH = new Uint16Array(0x10000);
const FOLD = new Uint16Array(0x10000);
for (let code = 0; code < 0x10000; code++) {
  let folded = code;
  if (folded >= 0xff01 && folded <= 0xff5e) folded -= 0xfee0;
  if (folded === 0x3000 || folded === 0xa0 || folded === 0x09 || folded === 0x0a || folded === 0x0d)
    folded = 0x20;
  if (folded === 0xe000) folded = 0x20;
  FOLD_WIDTH[code] = folded;
  FOLD[code] = folded >= 0x41 && folded <= 0x5a ? folded + 0x20 : folded;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

let buffer = new Uint16Array(1 << 16);
const utf16 = new TextDecoder("utf-16le");

/**
 * Width and case folding in a single pass, plus removal of thousands separators ("6,500" → "6500")
 * so that amounts come out of jieba as one number token.
 */
export function foldWidthAndCase(text: string): string {
  return foldWith(FOLD, text);
}

/**
 * Width folding only (letters keep their case), with the same thousands separators removed: the
 * character-indexed full text (text_chars), whose analyzer lowercases for matching, so that its
 * highlights show "KTV" as the judgment writes it rather than "ktv".
 */
export function foldWidth(text: string): string {
  return foldWith(FOLD_WIDTH, text);
}

function foldWith(table: Uint16Array, text: string): string {
  const n = text.length;
  if (buffer.length < n) buffer = new Uint16Array(n * 2);
  const out = buffer;
  let j = 0;
  for (let i = 0; i < n; i++) {
    const folded = table[text.charCodeAt(i)] as number;
    if (folded === 0x2c && j > 0 && isDigit(out[j - 1] as number) && isThousandsGroup(text, i + 1)) continue;
    out[j++] = folded;
  }
  return utf16.decode(out.subarray(0, j));
}

/** Exactly three digits follow at `start`, then a non-digit (or the end). */
function isThousandsGroup(text: string, start: number): boolean {
  for (let k = 0; k < 3; k++) {
    if (!isDigit(FOLD[text.charCodeAt(start + k)] ?? 0)) return false;
  }
  return !isDigit(FOLD[text.charCodeAt(start + 3)] ?? 0);
}

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/**
 * Converts a Chinese numeral ("一百三十三", "十五", "二〇一七", "三万五千") or an Arabic one to an
 * integer; undefined when the string is not a numeral.
 */
export function chineseNumeralToInt(numeral: string): number | undefined {
  if (numeral.length === 0) return undefined;
  if (/^\d+$/.test(numeral)) return Number(numeral);
  // Digits with no unit between them: a year written digit by digit (二〇一七, 二零二一, 一九九七), or
  // two neighbouring numbers told as a rough range (三四个月, 七八岁), which is no one number.
  if (/^[零〇一二三四五六七八九两]+$/.test(numeral) && numeral.length > 1) {
    if (!/[零〇]/.test(numeral) && numeral.length !== 4) return undefined;
    if (numeral.includes("两")) return undefined;
    let value = 0;
    for (const ch of numeral) value = value * 10 + (DIGITS[ch] ?? 0);
    return value;
  }
  let total = 0;
  let section = 0;
  let digit = -1;
  for (const ch of numeral) {
    const d = DIGITS[ch];
    if (d !== undefined) {
      digit = d;
      continue;
    }
    const unit = UNITS[ch];
    if (unit !== undefined) {
      // "十五" starts with the unit: an implicit 一.
      section += (digit < 0 ? 1 : digit) * unit;
      digit = -1;
      continue;
    }
    if (ch === "万") {
      total += (section + Math.max(digit, 0)) * 10_000;
      section = 0;
      digit = -1;
      continue;
    }
    return undefined;
  }
  return total + section + Math.max(digit, 0);
}

// Chinese numerals directly before a unit of time, money or weight become Arabic, so that "九个月"
// and "9个月", "一千元" and "1000元" index alike. A numeral may not start with 万 ("4万元",
// "十余万元" stay as written) and bare numerals (一审, 统一) are left alone. No lookbehind: it would
// be evaluated at every position; the rare digit-before case is checked in the callback instead.
const CHINESE_QUANTITY =
  /[零〇一二三四五六七八九十百千两][零〇一二三四五六七八九十百千万两]*(?=个月|年|月|日|天|周岁|岁|元|千克|公斤|毫克|毫升|克)/g;

function replaceQuantity(numeral: string, offset: number, whole: string): string {
  const before = whole.charCodeAt(offset - 1);
  if (isDigit(before) || before === 0x2e) return numeral;
  const value = chineseNumeralToInt(numeral);
  return value === undefined ? numeral : String(value);
}

/**
 * A title in 《》 as segmentation reads one (src/text/segment.ts PROTECTED; the content is group 1): 2
 * to 80 characters, a title in 《》 among them (《最高人民法院关于适用《中华人民共和国刑事诉讼法》的解释》).
 * Spaces may stand inside (《中华人民共和国 刑法》, a line broken inside a title), as src/judgment/
 * statutes.ts reads one; the title is named without them (src/text/law-titles.ts).
 */
export const TITLE = "《((?:[^《》]|《[^《》]{1,60}》){2,80}?)》";
const TITLE_RE = new RegExp(TITLE, "g");

/**
 * The whole normaliser: width and case folding, thousands separators, Chinese quantities and years to
 * Arabic — except inside a title in 《》 ({@link TITLE}), whose numerals are words of its name
 * (已满十四周岁不满十六周岁的人, 第二个五年改革纲要, 二〇一六年度…标准): segmentation names the title as
 * written, as the statute keys read from the text do (src/judgment/statutes.ts), so that a title's
 * token is its key. Idempotent: normalising twice gives the same string.
 */
export function normalizeText(text: string): string {
  const folded = foldWidthAndCase(text);
  if (!folded.includes("《")) return arabicNumbers(folded);
  // The pieces between titles are rewritten apart: a numeral at a piece's edge touches 《 or 》, which
  // is no digit before it nor a unit after it, so each reads as it does in the whole text.
  let out = "";
  let from = 0;
  for (const m of folded.matchAll(TITLE_RE)) {
    out += arabicNumbers(folded.slice(from, m.index)) + m[0];
    from = m.index + m[0].length;
  }
  return out + arabicNumbers(folded.slice(from));
}

function arabicNumbers(text: string): string {
  return text.replace(CHINESE_YEAR, chineseYear).replace(CHINESE_QUANTITY, replaceQuantity);
}

/**
 * Characters written for zero in a year written digit by digit (二○一九年, 二0一五年): 〇 (U+3007), 零, the
 * white circle ○ (U+25CB) and the large circle ◯ (U+25EF) that input methods offer for it, letters that
 * look like it (Latin O/o, full-width Ｏ, Cyrillic О/о, Greek Ο) and Arabic 0 (full-width ０). The one
 * list of them: the normaliser's years here, and dates as judgments are parsed (src/judgment/numerals.ts).
 */
export const ZERO_CHARS = "〇零○◯ＯОоΟOo0０";

/**
 * A year written digit by digit whose zero is a look-alike of 〇 ({@link ZERO_CHARS}: 二○一七年, 二O一五年,
 * 1,285 ○ in LeCaRD's texts) is that year, as 二〇一七年 is: otherwise it was left as written, a year no
 * search for 2017年 finds. Folding does not reach a Cyrillic or Greek capital (二О一七年, 二Ο一七年).
 */
const CHINESE_YEAR = new RegExp(`[一二][${ZERO_CHARS}一二三四五六七八九]{3}(?=年)`, "g");
const YEAR_DIGITS = "〇一二三四五六七八九";

function chineseYear(year: string): string {
  return [...year].map((ch) => (YEAR_DIGITS.includes(ch) ? String(YEAR_DIGITS.indexOf(ch)) : "0")).join("");
}
