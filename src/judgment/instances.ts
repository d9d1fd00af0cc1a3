/**
 * Whether two judgments' courts can be instances of one dispute (前审/后审), from what their case
 * numbers and court names tell (pure): shared by related cases (src/retrieval/related.ts) and the
 * reversals the indexer derives (src/search/reversals.ts), so both have one notion of it.
 */
import { PROVINCE_NAMES, PROVINCES, provinceInName } from "./case-number.ts";
import { numberedCode } from "./courts.ts";

/** Where a judgment was given, as far as its document tells. */
export interface CourtInfo {
  court?: string;
  courtCode?: string;
  province?: string;
  courtLevel?: string;
  typeCode?: string;
  procedure?: string;
  /** The year of the number the court is known by: codes mean the 2016 scheme from 2016 on. */
  caseYear?: number;
}

/** The court fields of an index document (src/search/documents.ts), without the empty ones. */
export function courtInfo(
  doc: {
    [K in Exclude<keyof CourtInfo, "caseYear">]?: string | undefined;
  } & { caseYear?: number | undefined },
): CourtInfo {
  const out: CourtInfo = {};
  for (const key of ["court", "courtCode", "province", "courtLevel", "typeCode", "procedure"] as const) {
    const value = doc[key];
    if (value) out[key] = value;
  }
  if (doc.caseYear) out.caseYear = doc.caseYear;
  return out;
}

/**
 * A post-2016 court code (the number's year tells: 湘 of （2015）湘刑初字 is 萍乡市湘东区's own abbreviation),
 * read as src/judgment/courts.ts numberedCode reads one. An index document keeps the number's year, not
 * its form: a number of 2016 on written in the older form (…字第…号) is read by its year alone.
 */
export function modernCode(c: CourtInfo): string | undefined {
  return numberedCode(c.courtCode, { year: c.caseYear });
}

/**
 * A court's province, from what tells it for certain: the court's name (河北省…) or a post-2016
 * code; the document's `province` only when no pre-2016 number's abbreviation may have set it
 * (湘 of 萍乡市湘东区人民法院 read as 湖南省).
 */
export function provinceOf(c: CourtInfo): string | undefined {
  const named = c.court ? provinceInName(c.court) : undefined;
  if (named) return named;
  const code = modernCode(c);
  if (code) return code === "最高法" ? undefined : PROVINCES[code[0] ?? ""];
  // The document's own, unless a pre-2016 number may have set it.
  return c.caseYear !== undefined && c.caseYear < 2016 ? undefined : c.province;
}

/** 0 basic, 1 intermediate (and specialised), 2 high, 3 the SPC, from a post-2016 code. */
function codeLevel(code: string): number {
  if (code === "最高法") return 3;
  return code.length === 1 ? 2 : code.length === 3 ? 1 : 0;
}

/**
 * The prefecture-level city (or prefecture, league, autonomous prefecture) a court's name places it
 * in, when the name says so: 河北省唐山市中级人民法院 and 唐山市路北区人民法院 → 唐山市. A county-level
 * court named by its county or county-level city alone (上犹县人民法院, 迁安市人民法院) gives none.
 */
export function prefectureOf(court: string | undefined): string | undefined {
  let name = court?.replace(/\s/g, "");
  if (!name) return undefined;
  const province = PROVINCE_NAMES.find((p) => name?.startsWith(p));
  if (province) name = name.slice(province.length);
  // 州(?!市): the 州 of 郑州市 is part of the city's name.
  const m = /^(.+?(?:市|地区|盟|州(?!市)))(.+)人民法院$/.exec(name);
  if (!m?.[1] || !m[2]) return undefined;
  return m[2] === "中级" || /(区|县|市|旗)$/.test(m[2]) ? m[1] : undefined;
}

const LEVELS = ["基层", "中级", "高级", "最高"];

/**
 * Whether `earlier` can plausibly be an earlier instance of a case decided by `later` (pure). Case
 * numbers before 2016 used court abbreviations chosen by each province, so one number can be borne
 * by judgments of several courts (（2014）北刑初字第880号 of 保定市北市区 and of 唐山市路北区):
 * - the same province, whenever both are known;
 * - enforcement (执…) is by the first-instance court or one of its level where the property is
 *   (民事诉讼法 2023 §235), and its basis may be the appeal's judgment: the province is all;
 * - both post-2016 codes (法〔2015〕137号), unique nationally: `later` is not of a lower level;
 * - otherwise the earlier court's level is not above the later's, and the two names do not place
 *   the courts in different cities (prefectureOf).
 * What is not known does not count against a link.
 */
export function plausiblyBelow(earlier: CourtInfo, later: CourtInfo): boolean {
  const [pe, pl] = [provinceOf(earlier), provinceOf(later)];
  if (pe && pl && pe !== pl) return false;
  if (later.typeCode?.startsWith("执") || later.procedure?.startsWith("执行")) return true;
  // Post-2016 numbers are unique nationally: a number that matches names the very court. Which
  // intermediate court hears a basic court's appeals the codes do not say (京0105 → 京03, 豫9001 →
  // 豫96), so only the level is checked.
  const [ce, cl] = [modernCode(earlier), modernCode(later)];
  if (ce && cl) return codeLevel(ce) <= codeLevel(cl);
  const [le, ll] = [LEVELS.indexOf(earlier.courtLevel ?? ""), LEVELS.indexOf(later.courtLevel ?? "")];
  if (le >= 0 && ll >= 0 && le > ll) return false;
  const [ye, yl] = [prefectureOf(earlier.court), prefectureOf(later.court)];
  return !(ye && yl && ye !== yl);
}

/**
 * An appeal or a retrial above, quashed and sent back to the court that tried the case again: the
 * retrial (豫0182刑初391号) lists the appeal judgment (郑刑一终字第82号) among its instances, a court up.
 */
export function remandedFrom(higher: CourtInfo, retrial: CourtInfo): boolean {
  const reviewing = higher.procedure === "二审" || higher.procedure === "再审";
  const retried = retrial.procedure === "一审" || retrial.procedure === "再审";
  return reviewing && retried && plausiblyBelow(retrial, higher);
}
