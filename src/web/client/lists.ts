/**
 * Charges, causes and statutes typed in one field of the workbench's forms, read into the entries the
 * API reads each of whole. Commas, semicolons and new lines always separate; 、 separates only where it
 * does not join the words of one name: charges and causes hold it (走私、贩卖、运输、制造毒品罪,
 * 生命权、身体权、健康权纠纷, 合同、准合同纠纷), and so do statutes' titles (最高人民法院、最高人民检察院
 * 关于…的解释) and the articles cited of one law (《刑法》第二百六十四条、第六十七条).
 */
import { knownTypedCause } from "../../judgment/causes.ts";
import { canonicalCharge } from "../../judgment/charges.ts";
import { ISSUER, TITLE_WORDS } from "../../text/law-titles.ts";

/** Comma, semicolon or new line: always between two entries. */
const ENTRY_SEPARATOR = /[,，;；\n]+/;

/**
 * How a charge or a cause ends: 罪 (the Criminal Law's offences, as the SPC/SPP 确定罪名的规定 names
 * them), 纠纷, 争议 or 之诉 (民事案件案由规定, 2020: 劳动争议, 执行异议之诉).
 */
const NAME_END = /(?:罪|纠纷|争议|之诉)$/;

/** The entries of a field: split at commas, semicolons and new lines, trimmed, none empty. */
function entries(text: string): string[] {
  return text
    .split(ENTRY_SEPARATOR)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/** An entry's pieces between its 、, trimmed, none empty; a 、 inside 《》 (a title's own) is no break. */
function pieces(entry: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < entry.length; i++) {
    const c = entry[i];
    if (c === "《") depth++;
    else if (c === "》") depth = Math.max(0, depth - 1);
    else if (c === "、" && depth === 0) {
      out.push(entry.slice(start, i));
      start = i + 1;
    }
  }
  out.push(entry.slice(start));
  return out.map((s) => s.trim()).filter((s) => s !== "");
}

/**
 * Whether a piece names a charge or a cause by itself: a known cause, as typed or with its 纠纷 (民间借贷,
 * 合同), or a charge written without its 罪 up to the listed name's last word (故意伤害, 贩卖毒品) — not a
 * selective charge's verb alone (贩卖, 运输: 走私、贩卖、运输、制造毒品罪).
 */
function namesOne(piece: string): boolean {
  if (knownTypedCause(piece)) return true;
  const charge = canonicalCharge(piece);
  return charge?.slice(0, -1).endsWith(piece.slice(-1)) === true;
}

/**
 * Whether pieces joined by 、 are one name: a charge that is listed (the subset of a selective charge a
 * judgment names, 贩卖、运输毒品罪, too) or a cause the API knows by name (src/judgment/causes.ts
 * knownTypedCause: 合同、准合同 is 合同、准合同纠纷, 冻结存款、汇款); else words
 * none of which names anything by itself before a last one that ends as a name ends (身体权、健康权纠纷).
 * A piece that ends so ends the name, but for a name listed with such a piece (拒绝提供间谍犯罪、恐怖主义
 * 犯罪、极端主义犯罪证据罪, 劳动争议、人事争议).
 */
function oneName(run: readonly string[]): boolean {
  const name = run.join("、");
  const before = run.slice(0, -1);
  const closed = before.some((p) => NAME_END.test(p));
  if (name.endsWith("罪")) {
    const charge = canonicalCharge(name);
    if (charge !== undefined && (!closed || charge === name)) return true;
  } else if (knownTypedCause(name)) return true;
  return !closed && NAME_END.test(run.at(-1) ?? "") && !before.some(namesOne);
}

/**
 * Typed charges and causes → the names, each whole: 盗窃罪、走私、贩卖、运输、制造毒品罪 is two; at each
 * piece the longest run of pieces that is {@link oneName} is taken.
 */
export function splitNames(text: string): string[] {
  return entries(text).flatMap((entry) => {
    const parts = pieces(entry);
    const out: string[] = [];
    for (let i = 0; i < parts.length; ) {
      let j = parts.length;
      while (j > i + 1 && !oneName(parts.slice(i, j))) j--;
      out.push(parts.slice(i, j).join("、"));
      i = j;
    }
    return out;
  });
}

/** An article, a paragraph or an item: 第六十七条, 第67条, 第一百三十三条之一, 第二款, 第（四）项, （二）. */
const POSITION =
  "(?:第?[\\d〇零一二两三四五六七八九十百千]+[条款项](?:之[\\d一二三四五六七八九十]+)?|第?[（(][\\d一二三四五六七八九十]+[）)]项?)";
/** Positions alone, of no law: 第六十七条第三款, 第一百九十五条第（三）项, 第二款. */
const POSITIONS_ONLY = new RegExp(`^${POSITION}+$`);
/** An issuer or a 关于 that begins an interpretation's title. */
const TITLE_BEGINS = new RegExp(`^(?:${ISSUER}(?:[、和与]?${ISSUER})*(?:关于|$)|关于)`);
/** A title word other than 法, which a 关于… title names a law by (关于刑法、刑诉法有关规定的解释). */
const OWN_TITLE_WORDS = `${TITLE_WORDS.split("|")
  .filter((w) => w !== "法")
  .join("|")}|答复|复函`;
/** How a statute ends: 》, a key's number, a position, or a title's word with its own brackets (（试行）). */
const ends = (words: string) =>
  new RegExp(`(?:》|#\\d+(?:-\\d+)?|${POSITION}|(?:${words})(?:（[^（）]*）)*)$`);
const STATUTE_ENDS = ends(`${OWN_TITLE_WORDS}|法`);
const TITLE_ENDS = ends(OWN_TITLE_WORDS);

/** Whether a statute typed so far goes on after its 、: it does not end as a statute ends. */
function unfinished(statute: string): boolean {
  return !(TITLE_BEGINS.test(statute) ? TITLE_ENDS : STATUTE_ENDS).test(statute);
}

/**
 * Typed statutes → the entries the API reads (src/search/documents.ts statuteKeysOf), each whole: a
 * piece that is only positions belongs to the law before it (《刑法》第二百六十四条、第六十七条 is one
 * entry, read as 刑法#264 and 刑法#67), unless that is a key (刑法#264, read alone); a statute whose name
 * has a 、 goes on to its end (最高人民法院、最高人民检察院关于…的解释第一条, 枪支、弹药、爆炸物解释#9), a
 * 关于… title to its own title word, not to a law's name inside it.
 */
export function splitStatutes(text: string): string[] {
  return entries(text).flatMap((entry) => {
    const out: string[] = [];
    for (const piece of pieces(entry)) {
      const last = out.at(-1);
      const continues =
        last !== undefined && (unfinished(last) || (POSITIONS_ONLY.test(piece) && !last.includes("#")));
      if (continues) out[out.length - 1] = `${last}、${piece}`;
      else out.push(piece);
    }
    return out;
  });
}
