/**
 * The canonical name of a cited title — a national law, an amendment to the Criminal Law, a judicial
 * interpretation with its issuer — however a judgment writes it. One function for the statute parser's
 * keys (src/judgment/statutes.ts) and segmentation's statute tokens (segment.ts), so that a `law#article`
 * token in the text is the key the statutes field holds and a judge types.
 */

import { KNOWN_ISSUERS } from "./interpretation-issuers.ts";
import { NATIONAL_LAWS, nationalLawName } from "./laws.ts";
import { chineseNumeralToInt, foldWidthAndCase } from "./normalize.ts";

/**
 * The bodies that issue interpretations, as a title or a citation names them before 关于: by their names,
 * short (最高法院, 最高检, 全国人大常委会) or together (两高: the two highest bodies). A longer name comes
 * before a shorter one it starts with (最高法院 before 最高法), as an alternation takes the first.
 */
export const ISSUER =
  "(?:最高人民法院|最高法院|最高法|最高院|最高人民检察院|最高检察院|最高检|两高|公安部|司法部|国家安全部|海关总署|全国人民代表大会常务委员会|全国人大常务委员会|全国人大常委会)";
/** Issuers as written short, by their full names. */
const ISSUER_NAMES: Readonly<Record<string, readonly string[]>> = {
  最高法院: ["最高人民法院"],
  最高法: ["最高人民法院"],
  最高院: ["最高人民法院"],
  最高检察院: ["最高人民检察院"],
  最高检: ["最高人民检察院"],
  两高: ["最高人民法院", "最高人民检察院"],
  全国人大常务委员会: ["全国人民代表大会常务委员会"],
  全国人大常委会: ["全国人民代表大会常务委员会"],
};
const ISSUER_EACH = new RegExp(ISSUER, "g");
/** The issuer inside the brackets, the title perhaps bracketed again: 《最高人民法院、最高人民检察院《关于…解释》》. */
const ISSUER_INSIDE = new RegExp(`^(${ISSUER}(?:[、和与]?${ISSUER})*)《?(关于.*?)》?$`);

/** The words a title of a law, regulation or judicial interpretation ends in. */
export const TITLE_WORDS = "法|条例|解释|规定|意见|办法|决定|纪要|批复|通知|修正案|规则|标准";
/** A title, perhaps followed by its own brackets: 刑法修正案（八）, …意见（试行）, …解释（二）. */
const TITLE_END = new RegExp(`(?:${TITLE_WORDS})(?:（[^（）]*）)*$`);
/** 中华人民共和国 before a listed national law inside a title (not at its start). */
const PRC_INSIDE = new RegExp(`(?<=.)中华人民共和国(?=${NATIONAL_LAWS.join("|")})`, "g");

/**
 * Quotation marks of every kind: a title quotes a term (办理“套路贷”刑事案件, 刑法中"国家规定"的…) in
 * curly, straight, full-width or corner quotes, paired or by a slip not, and a judge typing it seldom
 * quotes at all. They tell no document from another: the name is written without them.
 */
const QUOTES = /["'“”‘’「」『』〝〞〟]/g;

/** From an ASCII character to its full-width form (, → ，). */
const FULL_WIDTH = 0xfee0;

/**
 * A title folded as segmentation folds the text it finds the title in (src/text/normalize.ts
 * foldWidthAndCase: ＡＴＭ机 and ATM机 are atm机, full-width digits half-width), so that the title's token
 * there is its statute key — the key a judge types is searched as that token (src/search/queries/
 * keyword.ts), and segmentation, folding the whole text before it finds a title, cannot keep a title's
 * case. Then a title's commas, colons, semicolons and marks full-width, as titles write them, whichever
 * width the text had; no quotation marks ({@link QUOTES}); brackets unified so that 〈〉 ﹤﹥ <> and
 * half-width parentheses compare equal; and the titles named inside a title written without theirs
 * ({@link unbracketTitles}).
 */
function normaliseTitle(raw: string): string {
  return unbracketTitles(
    foldWidthAndCase(raw)
      .replace(QUOTES, "")
      .replace(/[,;:!?]/g, (c) => String.fromCharCode(c.charCodeAt(0) + FULL_WIDTH))
      .replace(/[〈﹤<]/g, "《")
      .replace(/[〉﹥>]/g, "》")
      .replace(/\(/g, "（")
      .replace(/\)/g, "）")
      .replace(/\s/g, ""),
  );
}

/**
 * A title with the titles it names written without brackets, a national law among them by its short
 * name: judgments bracket them with 《》, with （） or not at all (最高人民法院关于适用《中华人民共和国
 * 刑事诉讼法》的解释, 关于适用（中华人民共和国刑事诉讼法）的解释, 关于适用刑事诉讼法的解释;
 * 关于《中华人民共和国刑法修正案（八）》时间效力问题的解释, 关于刑法修正案（八）…), and each spelling was
 * a key of its own. A bracket whose words end no title and name no law (（八）, （试行）, （1979年）) is kept.
 */
function unbracketTitles(title: string): string {
  let out = "";
  for (let i = 0; i < title.length; i++) {
    const close = title[i] === "《" || title[i] === "（" ? closingBracket(title, i) : -1;
    const inner = close < 0 ? "" : title.slice(i + 1, close);
    // A bracket after a whole title is its alias or note: 座谈会纪要（某地会议纪要）.
    const alias = close === title.length - 1 && TITLE_END.test(title.slice(0, i));
    if (close < 0 || alias || !(TITLE_END.test(inner) || lawName(inner))) {
      out += title[i];
      continue;
    }
    const named = unbracketTitles(inner);
    out += lawName(named)?.replace(/^中华人民共和国/, "") ?? named;
    i = close;
  }
  return out.replace(PRC_INSIDE, "");
}

/** Where the bracket opened at `open` closes, 《 and （ alike (a slip pairs 《 with ）), or -1. */
function closingBracket(title: string, open: number): number {
  let depth = 0;
  for (let j = open; j < title.length; j++) {
    const c = title[j];
    if (c === "《" || c === "（") depth++;
    else if ((c === "》" || c === "）") && --depth === 0) return j;
  }
  return -1;
}

/** The bodies a citation names, by their full names, each once, in the order written. */
function issuingBodies(raw: string): string[] {
  return [...new Set((raw.match(ISSUER_EACH) ?? []).flatMap((i) => ISSUER_NAMES[i] ?? [i]))];
}

/**
 * The issuer of a 关于… title: the one {@link KNOWN_ISSUERS} lists for it when the citation names none or
 * only bodies among the listed ones — in another order (最高人民检察院、最高人民法院), or some of a joint
 * document's bodies (最高人民法院 alone for a two-body interpretation) — so that each such citation is the
 * document's one key; else the bodies named. A body the list does not give the title keeps its own key:
 * it names another document of that title, or a slip the list cannot tell from one.
 */
function issuerOf(title: string, named: readonly string[]): string {
  const listed = KNOWN_ISSUERS.get(title);
  if (listed !== undefined && named.every((body) => listed.split("、").includes(body))) return listed;
  return named.join("、");
}

/**
 * Canonical name: 中华人民共和国 prefix for national laws (also abbreviated or with a slip in the prefix,
 * src/text/laws.ts nationalLawName) and their amendments, issuer before 关于… titles (the one written,
 * by its bodies' full names, else the one {@link KNOWN_ISSUERS} knows: {@link issuerOf}).
 */
export function canonicalLawName(rawTitle: string, rawIssuer = ""): string {
  let title = normaliseTitle(rawTitle);
  let bodies = issuingBodies(rawIssuer);
  const inner = ISSUER_INSIDE.exec(title);
  if (inner?.[1] && inner[2]) {
    bodies = issuingBodies(inner[1]);
    title = inner[2];
  }
  title = title.replace(/^《(.*)》$/, "$1");
  if (title.startsWith("关于")) return `${issuerOf(title, bodies)}${title}`;
  return lawName(title) ?? title;
}

/** The full name of a national law or an amendment to the Criminal Law a title names, or undefined. */
function lawName(title: string): string | undefined {
  const amendment = /^(?:中华人民共和国)?刑法修正案（?([一二三四五六七八九十\d]+)）?$/.exec(title);
  if (amendment?.[1]) {
    const n = chineseNumeralToInt(amendment[1]);
    return `中华人民共和国刑法修正案（${n === undefined ? amendment[1] : toChineseNumeral(n)}）`;
  }
  const national = nationalLawName(title);
  return national === undefined ? undefined : `中华人民共和国${national}`;
}

function toChineseNumeral(n: number): string {
  const d = "〇一二三四五六七八九";
  if (n < 10) return d[n] ?? String(n);
  if (n < 20) return `十${n % 10 === 0 ? "" : d[n % 10]}`;
  if (n < 100) return `${d[Math.floor(n / 10)]}十${n % 10 === 0 ? "" : d[n % 10]}`;
  return String(n);
}
